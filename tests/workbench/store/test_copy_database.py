"""copy_database: a project file (rollback journal) is copied byte for byte under
SQLite's shared lock; any other journal mode goes through the backup API and the
copy is a rollback-journal file either way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store.files import copy_database


def _make(path: Path, mode: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    conn.commit()
    conn.close()


def _mode(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_a_rollback_journal_file_is_copied_byte_for_byte(tmp_path: Path) -> None:
    src, dst = tmp_path / "a.mwb", tmp_path / "b.mwb"
    _make(src, "DELETE")
    copy_database(src, dst)
    assert dst.read_bytes() == src.read_bytes()
    assert _mode(dst) == "delete"


def test_a_wal_file_is_copied_through_sqlite_as_a_rollback_journal_file(tmp_path: Path) -> None:
    src, dst = tmp_path / "a.mwb", tmp_path / "b.mwb"
    _make(src, "WAL")
    keep = sqlite3.connect(src)  # holds the -wal file open: its rows are not in the file yet
    keep.execute("INSERT INTO t VALUES (-1)")
    keep.commit()
    try:
        copy_database(src, dst)
    finally:
        keep.close()
    assert _mode(dst) == "delete"
    conn = sqlite3.connect(dst)
    try:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1001
    finally:
        conn.close()


def test_a_writer_waits_for_the_copy(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The copy holds SQLite's shared lock: a commit started during it cannot land in
    the middle of the copied bytes (it waits, or fails busy, but the copy is whole)."""
    import shutil

    src, dst = tmp_path / "a.mwb", tmp_path / "b.mwb"
    _make(src, "DELETE")
    results: list[str] = []
    real = shutil.copyfile

    def slow_copy(a, b):  # type: ignore[no-untyped-def]
        writer = sqlite3.connect(src, timeout=0)
        try:
            writer.execute("INSERT INTO t VALUES (-1)")
            writer.commit()
            results.append("committed during the copy")
        except sqlite3.OperationalError as exc:
            results.append(str(exc))
        finally:
            writer.close()
        return real(a, b)

    monkeypatch.setattr(shutil, "copyfile", slow_copy)
    copy_database(src, dst)
    assert results == ["database is locked"]
    conn = sqlite3.connect(dst)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1000
    finally:
        conn.close()
