"""Issue 10, findings 6 and 7 for partner workbooks: bounded reading, one-line messages.

A FIFO used to hang the import; a workbook padded with millions of cells
beside its table was read for minutes; a damaged part passed on openpyxl's
multi-line message. Each is now refused with one line, before the project is
touched.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from tests.server_project import open_target, state_of
from workbench.cli.main import main
from workbench.i18n import UserError
from workbench.imports import Limits, read_partner_workbook
from workbench.imports.workbook import first_line
from workbench.services import ProjectService

from .support import build_scoring_project, export, rebuild_zip

pytestmark = pytest.mark.both_backends


@pytest.fixture
def exported(svc: ProjectService, tmp_path: Path) -> Path:
    build_scoring_project(svc, n=4)
    svc.doc.save()
    return export(svc, tmp_path / "vergelijking.xlsx")


@pytest.mark.timeout(10)
def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "vergelijking.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as info:
        read_partner_workbook(fifo)
    assert info.value.key == "file.not_regular"
    assert "FIFO" in info.value.text("nl")


@pytest.mark.timeout(20)
def test_cli_import_from_a_fifo_leaves_the_project_alone(
    exported: Path, doc_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pijp.xlsx"
    os.mkfifo(fifo)
    before = state_of(doc_target)
    assert main(["import", doc_target, str(fifo)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fout: ") and "FIFO" in err
    assert state_of(doc_target) == before


def _padded(src: bytes, rows: int, cols: int) -> bytes:
    """The workbook with `rows` x `cols` numbers added far beside the comparison table."""
    import openpyxl

    # openpyxl, which wrote the workbook, names the parts by sheet position.
    sheets = openpyxl.load_workbook(io.BytesIO(src), read_only=True).sheetnames
    part = f"xl/worksheets/sheet{sheets.index('Vergelijking') + 1}.xml"
    with zipfile.ZipFile(io.BytesIO(src)) as z:
        sheet = z.read(part).decode()
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c) for c in range(30, 30 + cols)]
    extra = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{x}{r}"><v>1</v></c>' for x in letters) + "</row>"
        for r in range(1000, 1000 + rows)
    )
    sheet = sheet.replace("</sheetData>", extra + "</sheetData>", 1)
    return rebuild_zip(src, {part: sheet.encode()})


def test_a_workbook_padded_beside_its_table_is_refused_at_the_cell_limit(
    exported: Path, tmp_path: Path
) -> None:
    padded = tmp_path / "opgevuld.xlsx"
    padded.write_bytes(_padded(exported.read_bytes(), rows=60, cols=500))  # 30,000 cells
    limits = Limits(max_cells=20_000)
    read_partner_workbook(exported, limits)  # the real workbook is well within
    with pytest.raises(UserError) as info:
        read_partner_workbook(padded, limits)
    assert info.value.key == "import.too_many_cells_total"
    assert "Vergelijking" in info.value.text("nl") and "20000" in info.value.text("nl")


def test_reading_stops_at_the_time_limit(exported: Path) -> None:
    with pytest.raises(UserError) as info:
        read_partner_workbook(exported, Limits(max_seconds=-1.0))
    assert info.value.key == "import.too_slow"


def test_the_default_limits_are_generous_but_bounded() -> None:
    limits = Limits()
    assert 100_000 <= limits.max_cells <= 1_000_000 and limits.max_seconds <= 120


def test_an_exception_is_reduced_to_its_first_line() -> None:
    exc = ValueError("Value does not match pattern\n  ^[a-z]+$\n  got: 12")
    assert first_line(exc) == "ValueError: Value does not match pattern"


@pytest.mark.parametrize(
    ("part", "data"),
    [
        ("xl/styles.xml", b"<styleSheet><numFmts count='x'><numFmt numFmtId='y'/></numFmts>"),
        ("xl/workbook.xml", b"<workbook>\n<sheets>\n<sheet name='a\nb'/>"),
        ("xl/worksheets/sheet1.xml",
         b"<worksheet><sheetData><row r='1'><c r='A1' t='n'><v>1\n2</v></c></row>"),
    ],
    ids=["styles", "workbook", "sheet"],
)
def test_a_damaged_part_gives_one_line(exported: Path, tmp_path: Path, part: str,
                                       data: bytes) -> None:
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(rebuild_zip(exported.read_bytes(), {part: data}))
    with pytest.raises(UserError) as info:
        read_partner_workbook(bad)
    for lang in ("nl", "en"):
        text = info.value.text(lang)  # type: ignore[arg-type]
        assert "\n" not in text and len(text) < 600


def test_cli_import_of_a_refused_workbook_writes_nothing(
    exported: Path, doc_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    padded = tmp_path / "opgevuld.xlsx"
    padded.write_bytes(_padded(exported.read_bytes(), rows=5, cols=2_100))
    before = state_of(doc_target)
    assert main(["import", doc_target, str(padded)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Vergelijking" in err
    assert state_of(doc_target) == before
    open_target(doc_target, read_only=True).close()
