"""Issue 10, finding 3: a partner workbook changes only what its audience could see.

The demo project (resources/demo/demo.json) has the internal measure M27 and
the internal weight profile ``tata_est``. A workbook exported for the
coalition partners that gains a row for M27, or whose profile cell is
switched to ``tata_est``, or that sets a stance over a hidden position, is
refused with one message naming the cell, and the project file stays byte
for byte what it was. Before the fix all three were applied and saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.server_project import open_target, state_of
from workbench.cli.main import main
from workbench.reports.xlsx_layout import FIRST_ROW, KEY_ROW, NAME_AUDIENCE, NAME_PROFILE
from workbench.services import ProjectService, queries

pytestmark = pytest.mark.both_backends


@pytest.fixture(scope="module")
def partners_book(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    """The demo's partners' workbook (made once for the module)."""
    book = tmp_path_factory.mktemp("demo") / "partners.xlsx"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        assert main(["export", str(demo_file), "--format", "xlsx", "--audience", "partners",
                     "-o", str(book)]) == 0
    return book


@pytest.fixture
def demo(demo_target: str, partners_book: Path) -> tuple[str, Path]:
    """The demo on this test's back end (path or URL) and its partners' workbook."""
    return demo_target, partners_book


def _keys(ws: Any) -> dict[str, int]:
    return {c.value: c.column for c in ws[KEY_ROW] if isinstance(c.value, str)}


def _named_cell(wb: Any, name: str) -> Any:
    ((sheet, coord),) = wb.defined_names[name].destinations
    return wb[sheet][coord.replace("$", "")]


def _import(project: str, book: Path, *extra: str) -> int:
    return main(["import", project, str(book), *extra])


def _refused(project: str, book: Path, capsys: pytest.CaptureFixture[str],
             *extra: str) -> str:
    before = state_of(project)
    rc = _import(project, book, *extra)
    err = capsys.readouterr().err
    assert rc == 1
    assert state_of(project) == before  # nothing written
    assert "interne fout" not in err
    return err


def test_a_row_added_for_the_internal_measure_is_refused(
    demo: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, book = demo
    wb = openpyxl.load_workbook(book)
    ws = wb["Vergelijking"]
    codes = [ws.cell(r, 1).value for r in range(FIRST_ROW, ws.max_row + 1)]
    assert "M27" not in codes  # the export left the internal measure out
    keys = _keys(ws)
    row = ws.max_row + 3
    ws.cell(row, keys["code"]).value = "M27"
    for f in ("low", "best", "high"):
        ws.cell(row, keys[f"cost:{f}"]).value = 1.0
    edited = tmp_path / "m27.xlsx"
    wb.save(edited)
    err = _refused(project, edited, capsys)
    assert f"Vergelijking!A{row}: maatregel M27 staat niet in deze werkmap" in err


def test_the_profile_cell_switched_to_an_internal_profile_is_refused(
    demo: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, book = demo
    wb = openpyxl.load_workbook(book)
    cell = _named_cell(wb, NAME_PROFILE)
    assert cell.value != "tata_est"
    cell.value = "tata_est"
    edited = tmp_path / "profile.xlsx"
    wb.save(edited)
    err = _refused(project, edited, capsys)
    assert f"Toelichting!{cell.coordinate}: weging tata_est staat niet in deze werkmap" in err


def test_a_forged_audience_cell_does_not_widen_what_may_change(
    demo: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, book = demo
    wb = openpyxl.load_workbook(book)
    audience = _named_cell(wb, NAME_AUDIENCE)
    assert audience.value == "partners"  # the export records its audience
    audience.value = "internal"
    _named_cell(wb, NAME_PROFILE).value = "tata_est"
    edited = tmp_path / "forged.xlsx"
    wb.save(edited)
    err = _refused(project, edited, capsys)
    assert "weging tata_est staat niet in deze werkmap" in err


def test_a_stance_over_a_hidden_position_is_refused(
    demo: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, book = demo
    doc = open_target(project, read_only=True)
    try:
        svc = ProjectService(doc)
        code_of = {m["id"]: m["code"] for m in svc.rows("measure")
                   if str(m["visibility"]) != "internal"}
        party_of = {p["id"]: p["key"] for p in svc.rows("stakeholder")}
        hidden = [(party_of[s], code_of[m]) for (s, m), p in queries.current_positions(svc).items()
                  if str(p["visibility"]) == "internal" and m in code_of]
    finally:
        doc.close()
    if not hidden:
        pytest.fail("the demo should hold an internal position on a shared measure")
    wb = openpyxl.load_workbook(book)
    ws = wb["Partijen"]
    keys = _keys(ws)
    party, code = next((p, c) for p, c in hidden if f"stance:{p}" in keys)
    row = next(r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value == code)
    cell = ws.cell(row, keys[f"stance:{party}"])
    assert cell.value is None  # the hidden position was not exported
    cell.value = 2
    edited = tmp_path / "stance.xlsx"
    wb.save(edited)
    err = _refused(project, edited, capsys)
    assert f"Partijen!{cell.coordinate}: het standpunt van {party} over {code}" in err


def test_an_edit_of_a_visible_measure_is_still_applied(
    demo: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, book = demo
    wb = openpyxl.load_workbook(book)
    ws = wb["Vergelijking"]
    keys = _keys(ws)
    ws.cell(FIRST_ROW, keys["cost:high"]).value = 1e12
    edited = tmp_path / "ok.xlsx"
    wb.save(edited)
    assert _import(project, edited) == 0
    assert "1 wijziging(en) overgenomen" in capsys.readouterr().out
