"""Push, check out, work offline, check in: the laptop's work merges, nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli.main import main
from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store.server_document import ServerDocument

from .conftest import PgProject

pytestmark = pytest.mark.postgres


def _titles(target: str | Path) -> dict[str, str]:
    doc = ProjectDocument.open(Path(target), read_only=True)
    try:
        return {r["code"]: r["title"] for r in ProjectService(doc).rows("measure")}
    finally:
        doc.close()


def test_checkout_offline_edits_and_checkin_with_a_conflict(
    pg: PgProject, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg.url("anna")
    start = tmp_path / "start.mwb"
    doc = ProjectDocument.create(start)
    svc = ProjectService(doc)
    svc.create("measure", {"code": "M01", "title": "Cokesfabriek sluiten"})
    svc.create("measure", {"code": "M02", "title": "Ertsopslag overkappen"})
    doc.save()
    doc.close()
    assert main(["push", str(start), url]) == 0
    assert _titles(url) == {"M01": "Cokesfabriek sluiten", "M02": "Ertsopslag overkappen"}
    # Pushing again would overwrite the team's work: refused.
    assert main(["push", str(start), url]) == 1
    assert "leeg" in capsys.readouterr().err

    laptop = tmp_path / "laptop.mwb"
    assert main(["checkout", url, str(laptop)]) == 0
    # Offline: the laptop changes M01 and M02, and adds M03.
    assert main(["set", str(laptop), "measure", "M01", "title", "Laptop: eerder sluiten"]) == 0
    assert main(["set", str(laptop), "measure", "M02", "title", "Ertsopslag dicht"]) == 0
    off = ProjectDocument.open(laptop)
    ProjectService(off).create("measure", {"code": "M03", "title": "Nieuw van de laptop"})
    off.save()
    off.close()
    # Meanwhile on the server, otto changes M01 too.
    assert main(["set", pg.url("otto"), "measure", "M01", "title", "Server: 2027"]) == 0
    capsys.readouterr()

    assert main(["checkin", str(laptop), url, "--json"]) == 3
    out = json.loads(capsys.readouterr().out)
    [conflict] = out["conflicts"]
    assert (conflict["code"], conflict["field"], conflict["ours"], conflict["theirs"]) == (
        "M01", "title", "Server: 2027", "Laptop: eerder sluiten")
    assert conflict["status"] == "open" and conflict["ours_by"] == "otto"
    assert _titles(url) == {"M01": "Server: 2027", "M02": "Ertsopslag dicht",
                            "M03": "Nieuw van de laptop"}
    # The conflict stays open on the server until someone decides it.
    assert main(["conflicts", url]) == 3
    assert main(["resolve", url, "measure", "M01", "title", "theirs"]) == 0
    assert main(["conflicts", url]) == 0
    assert _titles(url)["M01"] == "Laptop: eerder sluiten"
    # Checking in the same file again changes nothing and finds no conflict.
    assert main(["checkin", str(laptop), url]) == 0
    assert _titles(url)["M01"] == "Laptop: eerder sluiten"


def test_a_reader_cannot_check_in(pg: PgProject, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    doc = ServerDocument.connect(pg.url("anna"))
    ProjectService(doc).create("measure", {"code": "M01", "title": "Een"})
    doc.close()
    laptop = tmp_path / "l.mwb"
    assert main(["checkout", pg.url("anna"), str(laptop)]) == 0
    assert main(["checkin", str(laptop), pg.url("rita")]) == 1
    assert "alleen-lezen" in capsys.readouterr().err
