"""A new project is a copy of the cached empty project the migrations built; a cached
copy that is not exactly the empty schema is never used (rebuilt instead)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store import ProjectDocument
from workbench.store.document import _empty_path
from workbench.store.guard import signature


def _schema(path: Path) -> object:
    conn = sqlite3.connect(path)
    try:
        return signature(conn), conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT value FROM project_option WHERE key = 'title'")]
    finally:
        conn.close()


def test_the_second_project_is_copied_and_equals_the_migrated_one(tmp_path: Path) -> None:
    first = ProjectDocument.create(tmp_path / "a.mwb", title="Eerste")
    first.close()
    empty = _empty_path()
    assert empty is not None and empty.is_file()  # kept by the first creation
    second = ProjectDocument.create(tmp_path / "b.mwb", title="Tweede")
    second.close()
    assert _schema(tmp_path / "a.mwb") == _schema(tmp_path / "b.mwb")
    assert _titles(tmp_path / "b.mwb") == ['"Tweede"']  # stored as JSON text
    # the cached empty project itself holds no rows
    assert _titles(empty) == []


def test_a_tampered_empty_project_is_not_used(tmp_path: Path) -> None:
    ProjectDocument.create(tmp_path / "a.mwb").close()
    empty = _empty_path()
    assert empty is not None
    conn = sqlite3.connect(empty)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON measure BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    doc = ProjectDocument.create(tmp_path / "b.mwb")
    doc.close()
    conn = sqlite3.connect(tmp_path / "b.mwb")
    try:
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchall() == []
    finally:
        conn.close()
    assert _schema(tmp_path / "a.mwb") == _schema(tmp_path / "b.mwb")
    assert "sneaky" not in empty.read_bytes().decode("latin-1")  # rebuilt clean


def test_an_empty_project_with_rows_is_not_used(tmp_path: Path) -> None:
    ProjectDocument.create(tmp_path / "a.mwb").close()
    empty = _empty_path()
    assert empty is not None
    conn = sqlite3.connect(empty)
    conn.execute("INSERT INTO project_option (key, value) VALUES ('title', '\"Canary\"')")
    conn.commit()
    conn.close()
    ProjectDocument.create(tmp_path / "b.mwb", title="Schoon").close()
    assert not any("Canary" in t for t in _titles(tmp_path / "b.mwb"))


def test_a_damaged_empty_project_is_rebuilt(tmp_path: Path) -> None:
    ProjectDocument.create(tmp_path / "a.mwb").close()
    empty = _empty_path()
    assert empty is not None
    empty.write_bytes(b"not a database")
    ProjectDocument.create(tmp_path / "b.mwb").close()
    assert _schema(tmp_path / "a.mwb") == _schema(tmp_path / "b.mwb")
    assert empty.read_bytes().startswith(b"SQLite format 3")
