"""`workbench export` and `workbench import` on the command line."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.server_project import open_target, state_of
from tests.workbench.imports.support import edit, rebuild_zip
from tests.workbench.reports.xlsx_support import build_scoring_project
from workbench.cli.main import main
from workbench.services import ProjectService
from workbench.store import ProjectDocument

pytestmark = pytest.mark.both_backends


@pytest.fixture
def project(tmp_path: Path, on_backend: Callable[[Path], str]) -> str:
    """The project as a file's path or (pushed) a server project's URL."""
    path = tmp_path / "dossier.mwb"
    doc = ProjectDocument.create(path, title="CLI-dossier")
    try:
        svc = ProjectService(doc)
        build_scoring_project(svc, n=6)
        secret = svc.create("weight_profile", {"key": "geheim", "name": "Geheime weging"})
        svc.create("weight", {"profile_id": secret.created[0], "weight": 1.0,
                              "criterion_id": svc.id_for("criterion", "cost")})
        doc.save()
    finally:
        doc.close()
    return on_backend(path)


def _export(project: str, out: Path, *extra: str) -> int:
    return main(["export", str(project), "--format", "xlsx", "--audience", "partners",
                 "--profile", "team", "-o", str(out), *extra])


def test_export_writes_a_workbook(project: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "vergelijking.xlsx"
    assert _export(project, out, "--package", "ask", "--language", "en") == 0
    assert capsys.readouterr().out.strip() == str(out)
    wb = openpyxl.load_workbook(out)
    assert "Vergelijking" in wb.sheetnames
    assert wb["Toelichting"]["B1"].value == "Comparison of measures"


def test_an_internal_profile_for_partners_is_one_dutch_line(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xlsx"
    rc = main(["export", str(project), "--format", "xlsx", "--audience", "partners",
               "--profile", "geheim", "-o", str(out)])
    err = capsys.readouterr().err
    assert rc == 1 and not out.exists()
    assert err.count("\n") == 1 and err.startswith("fout: Weging geheim is niet zichtbaar")


def test_an_unknown_package_is_refused(project: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert _export(project, tmp_path / "x.xlsx", "--package", "nope") == 1
    err = capsys.readouterr().err
    assert err.startswith("fout: --package:") and "nope" in err and err.count("\n") == 1


def test_pdf_goes_to_the_position_paper_writer(
    project: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("workbench.reports.pdf")
    seen = []

    def to_pdf(report: object) -> bytes:
        seen.append(report)
        return b"%PDF-1.7 nep"

    fake.to_pdf = to_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "workbench.reports.pdf", fake)
    out = tmp_path / "paper.pdf"
    rc = main(["export", str(project), "--format", "pdf", "--audience", "partners",
               "--profile", "team", "-o", str(out)])
    assert rc == 0 and out.read_bytes() == b"%PDF-1.7 nep"
    assert seen[0].provenance.audience == "partners"


@pytest.fixture
def returned(project: str, tmp_path: Path) -> tuple[Path, dict[tuple[str, str, str], str]]:
    exported = tmp_path / "vergelijking.xlsx"
    assert _export(project, exported) == 0
    refs = edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "noise:low"): 7.0,
        ("Vergelijking", "M02", "noise:best"): 7.25,
        ("Vergelijking", "M02", "noise:high"): 7.5,
        ("Partijen", "M03", "stance:tata"): -2,
    })
    return tmp_path / "terug.xlsx", refs


def test_import_dry_run_lists_changes_and_changes_nothing(
    project: str, returned: tuple[Path, dict[tuple[str, str, str], str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, refs = returned
    before = state_of(project)
    capsys.readouterr()
    assert main(["import", str(project), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert refs[("Vergelijking", "M02", "noise:best")] in out and "7.25" in out
    assert refs[("Partijen", "M03", "stance:tata")] in out
    assert "Proefdraai" in out
    assert state_of(project) == before


def test_import_applies_and_saves(
    project: str, returned: tuple[Path, dict[tuple[str, str, str], str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _refs = returned
    assert main(["import", str(project), str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["applied"] is True and data["errors"] == []
    assert {(c["entity"], c["code"], c["key"], c["field"], c["new"]) for c in data["changes"]} == {
        ("assessment", "M02", "noise", "low", 7.0), ("assessment", "M02", "noise", "best", 7.25),
        ("assessment", "M02", "noise", "high", 7.5), ("position", "M03", "tata", "stance", -2)}
    doc = open_target(project, read_only=True)
    try:
        svc = ProjectService(doc)
        mid, cid = svc.id_for("measure", "M02"), svc.id_for("criterion", "noise")
        (a,) = [r for r in svc.rows("assessment", measure_id=mid) if r["criterion_id"] == cid]
        assert a["best"] == 7.25
    finally:
        doc.close()
    assert main(["import", str(project), str(path)]) == 0
    assert "Geen wijzigingen" in capsys.readouterr().out


BOMB = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workbook>&a;</workbook>'


def _hostile(kind: str, good: Path, tmp: Path) -> Path:
    data = good.read_bytes()
    if kind == "entity_bomb":
        data = rebuild_zip(data, {"xl/workbook.xml": BOMB})
    elif kind == "zip_bomb":
        data = rebuild_zip(data, {}, add={"xl/media/x.bin": b"\0" * (40 * 2**20)})
    elif kind == "macro":
        data = rebuild_zip(data, {}, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    elif kind == "wrong_sheet":
        wb = openpyxl.Workbook()
        wb.active.title = "Vergelijking"
        wb.save(tmp / "leeg.xlsx")
        data = (tmp / "leeg.xlsx").read_bytes()
    path = tmp / f"{kind}.xlsx"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", ["entity_bomb", "zip_bomb", "macro", "wrong_sheet"])
def test_hostile_files_leave_the_project_byte_identical(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    good = tmp_path / "goed.xlsx"
    assert _export(project, good) == 0
    bad = _hostile(kind, good, tmp_path)
    before = state_of(project)
    capsys.readouterr()
    assert main(["import", str(project), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fout: ") and bad.name in err
    assert state_of(project) == before


def test_wrong_types_are_listed_per_cell_and_nothing_changes(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "goed.xlsx"
    assert _export(project, good) == 0
    refs = edit(good, tmp_path / "fout.xlsx", {
        ("Vergelijking", "M02", "health:best"): "veel",
        ("Partijen", "M03", "stance:tata"): 1,  # a valid change, not applied either
    })
    before = state_of(project)
    capsys.readouterr()
    assert main(["import", str(project), str(tmp_path / "fout.xlsx")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f'{refs[("Vergelijking", "M02", "health:best")]}: verwacht een getal, maar '
                   'kreeg "veel".',
                   "fout: fout.xlsx: 1 probleem/problemen in het werkboek; er is niets gewijzigd."]
    assert state_of(project) == before
