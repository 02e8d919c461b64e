"""Push, check out, work offline, check in: the laptop's work merges, nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

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
    assert main(["push", str(start), pg.url("otto")]) == 0
    assert _titles(url) == {"M01": "Cokesfabriek sluiten", "M02": "Ertsopslag overkappen"}
    # Pushing again would overwrite the team's work: refused.
    assert main(["push", str(start), pg.url("otto")]) == 1
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


def _audit_users(url: str) -> set[str]:
    doc = ServerDocument.connect(url)
    try:
        with doc.engine.connect() as conn:
            return {str(u) for u in conn.execute(text('SELECT "user" FROM audit_entry')).scalars()}
    finally:
        doc.close()


def test_only_an_owner_pushes_and_the_pushed_history_keeps_its_users(
    pg: PgProject, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start = tmp_path / "start.mwb"
    doc = ProjectDocument.create(start, user="bram")
    ProjectService(doc).create("measure", {"code": "M01", "title": "Een"})
    doc.save()
    doc.close()
    # An editor's push would put other users' names in the log: refused, nothing written.
    assert main(["push", str(start), pg.url("anna")]) == 1
    err = capsys.readouterr().err
    assert "eigenaar" in err and "anna" in err and "bram" in err and err.count("\n") == 1
    assert _audit_users(pg.url("otto")) == set()
    assert main(["push", str(start), pg.url("otto")]) == 0
    assert _audit_users(pg.url("otto")) == {"bram"}
    # After the push, everyone's own edits carry their own name.
    assert main(["set", pg.url("anna"), "measure", "M01", "title", "Twee"]) == 0
    assert _audit_users(pg.url("otto")) == {"bram", "anna"}


def test_an_editor_pushes_a_file_of_her_own(pg: PgProject, tmp_path: Path) -> None:
    start = tmp_path / "own.mwb"
    doc = ProjectDocument.create(start, user="anna")
    ProjectService(doc).create("measure", {"code": "M01", "title": "Een"})
    doc.save()
    doc.close()
    assert main(["push", str(start), pg.url("anna")]) == 0
    assert _audit_users(pg.url("otto")) == {"anna"}


def test_the_database_writes_the_session_user_whatever_the_client_sends(
    pg: PgProject,
) -> None:
    from workbench.store.server_url import connect_raw, parse_target

    def insert(user: str, name: str, seq: int) -> None:
        conn = connect_raw(parse_target(pg.url(user)))
        try:
            conn.execute(
                "INSERT INTO audit_entry (id, seq, at, \"user\", action, entity, entity_id, "
                "field, row_version) VALUES (%s, %s, now(), %s, 'update', 'measure', 'x', "
                "'title', 1)", (f"e{seq}", seq, name))
            # Nor can the name be changed afterwards.
            conn.execute("UPDATE audit_entry SET \"user\" = 'bram' WHERE id = %s", (f"e{seq}",))
            conn.commit()
        finally:
            conn.close()

    insert("anna", "bram", 1)
    assert _audit_users(pg.url("otto")) == {"anna"}
    doc = ServerDocument.connect(pg.url("anna"))
    doc.user = "iemand anders"  # a client that claims another name
    ProjectService(doc).create("measure", {"code": "M01", "title": "Een"})
    doc.close()
    assert _audit_users(pg.url("otto")) == {"anna"}
    # The owner level may write others' names (a pushed file's history).
    insert("otto", "bram", 999)
    assert _audit_users(pg.url("otto")) == {"anna", "bram"}


def test_a_reader_cannot_check_out(pg: PgProject, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    doc = ServerDocument.connect(pg.url("anna"))
    ProjectService(doc).create("measure", {"code": "M01", "title": "Een", "visibility": "public",
                                           "description": "geheim",
                                           "description_visibility": "internal"})
    doc.close()
    out = tmp_path / "r.mwb"
    assert main(["checkout", pg.url("rita"), str(out)]) == 1
    err = capsys.readouterr().err
    assert "lezer" in err and "rita" in err and err.count("\n") == 1
    assert not out.exists()
