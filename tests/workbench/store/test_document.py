"""The project file: header, save, revert, read-only, refusal of foreign and newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.i18n import UserError
from workbench.services import ProjectService
from workbench.store import SCHEMA_VERSION, ProjectDocument
from workbench.store.sqlite import APPLICATION_ID, read_header


def test_new_file_has_application_id_and_schema_version(
    doc: ProjectDocument, project_path: Path
) -> None:
    magic, app_id, version = read_header(project_path)
    assert magic == b"SQLite format 3\x00"
    assert app_id == APPLICATION_ID
    assert version == SCHEMA_VERSION


def test_saved_file_uses_a_rollback_journal(
    svc: ProjectService, doc: ProjectDocument, project_path: Path
) -> None:
    svc.create("measure", {"code": "M01", "title": "Iets"})
    doc.save()
    conn = sqlite3.connect(project_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_edit_reaches_the_file_only_on_save(
    svc: ProjectService, doc: ProjectDocument, project_path: Path
) -> None:
    svc.create("measure", {"code": "M01", "title": "Windscherm"})
    assert doc.modified
    other = ProjectDocument.open(project_path, read_only=True)
    try:
        assert ProjectService(other).rows("measure") == []
    finally:
        other.close()
    doc.save()
    assert not doc.modified
    again = ProjectDocument.open(project_path, read_only=True)
    try:
        assert [r["code"] for r in ProjectService(again).rows("measure")] == ["M01"]
    finally:
        again.close()


def test_revert_drops_unsaved_edits(svc: ProjectService, doc: ProjectDocument) -> None:
    svc.create("measure", {"code": "M01", "title": "Bewaard"})
    doc.save()
    svc.create("measure", {"code": "M02", "title": "Niet bewaard"})
    doc.revert()
    assert [r["code"] for r in svc.rows("measure")] == ["M01"]
    assert not doc.modified


def test_save_as_moves_the_document_and_its_lock(
    svc: ProjectService, doc: ProjectDocument, project_path: Path, tmp_path: Path
) -> None:
    svc.create("measure", {"code": "M01", "title": "Iets"})
    target = tmp_path / "kopie.mwb"
    doc.save_as(target)
    assert doc.path == target.resolve()
    assert target.with_name("kopie.mwb.lock").exists()
    assert not project_path.with_name("dossier.mwb.lock").exists()


def test_secure_delete_leaves_no_trace_of_deleted_text(
    svc: ProjectService, doc: ProjectDocument, project_path: Path
) -> None:
    canary = "GEHEIM-KANARIE-4711-" * 20
    mid = svc.create("measure", {"code": "M01", "title": "x", "description": canary}).created[0]
    doc.save()
    assert canary.encode() in project_path.read_bytes()
    svc.delete("measure", mid)
    doc.save()
    # The audit log keeps the old row, by design; the measure table must not.
    conn = sqlite3.connect(project_path)
    conn.execute("DELETE FROM audit_entry")
    conn.commit()
    conn.close()
    assert b"GEHEIM-KANARIE-4711" not in project_path.read_bytes()


def test_read_only_document_refuses_edits(doc: ProjectDocument, project_path: Path) -> None:
    ro = ProjectDocument.open(project_path, read_only=True)
    try:
        with pytest.raises(UserError) as err:
            ProjectService(ro).create("measure", {"code": "M9", "title": "nee"})
        assert "alleen-lezen" in str(err.value)
    finally:
        ro.close()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "beschadigd"),
        (b"dit is een notitie, geen dossier\n" * 10, "geen Maatwerk-dossier"),
    ],
)
def test_foreign_or_empty_file_gets_one_clear_message(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "vreemd.mwb"
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        ProjectDocument.open(path)
    assert expected in str(err.value)
    assert path.read_bytes() == content
    assert not path.with_name("vreemd.mwb.lock").exists()


def test_plain_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "andere.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as err:
        ProjectDocument.open(path)
    assert "geen Maatwerk-dossier" in str(err.value)


def test_truncated_project_is_refused_untouched(
    svc: ProjectService, doc: ProjectDocument, project_path: Path, tmp_path: Path
) -> None:
    for i in range(200):
        svc.create("measure", {"code": f"M{i:03}", "title": "vulling " * 20})
    doc.save()
    data = project_path.read_bytes()
    cut = tmp_path / "afgebroken.mwb"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(UserError) as err:
        ProjectDocument.open(cut)
    assert "beschadigd" in str(err.value)
    assert cut.read_bytes() == data[: len(data) // 3]


def test_file_from_a_newer_version_is_refused_untouched(
    doc: ProjectDocument, project_path: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "nieuwer.mwb"
    conn = sqlite3.connect(project_path)
    conn.execute(f"VACUUM INTO '{newer}'")
    conn.close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = newer.read_bytes()
    with pytest.raises(UserError) as err:
        ProjectDocument.open(newer)
    assert "nieuwere versie" in str(err.value)
    assert newer.read_bytes() == before
