"""One writer per file: a second opener is told who has it, and may read only."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from workbench.store import ProjectDocument, ProjectLockedError, read_lock
from workbench.store.lock import FileLock, lock_path


def test_lock_names_user_and_time(doc: ProjectDocument, project_path: Path) -> None:
    info = read_lock(project_path)
    assert info is not None
    assert info.user == "testgebruiker"
    assert info.host == socket.gethostname()
    assert info.since[:4].isdigit()


def test_second_writer_is_refused_with_who_and_since(
    project_path: Path, doc: ProjectDocument
) -> None:
    lock_path(project_path).write_text(
        json.dumps(
            {"user": "collega", "host": "andere-laptop", "pid": 1, "since": "2026-11-27T09:30:00"}
        )
    )
    with pytest.raises(ProjectLockedError) as err:
        ProjectDocument.open(project_path)
    text = str(err.value)
    assert "collega" in text and "andere-laptop" in text and "2026-11-27 09:30" in text


def test_read_only_open_ignores_the_lock(project_path: Path, doc: ProjectDocument) -> None:
    ro = ProjectDocument.open(project_path, read_only=True)
    try:
        assert ro.read_only
    finally:
        ro.close()
    assert read_lock(project_path) is not None  # the writer keeps its lock


def test_stale_lock_of_a_dead_process_is_taken_over(
    doc: ProjectDocument, project_path: Path
) -> None:
    doc.close()
    lock_path(project_path).write_text(
        json.dumps(
            {
                "user": "ik",
                "host": socket.gethostname(),
                "pid": 2**22 + 12345,
                "since": "2026-01-01T00:00:00",
            }
        )
    )
    again = ProjectDocument.open(project_path)
    try:
        info = read_lock(project_path)
        assert info is not None and info.user == "testgebruiker"
    finally:
        again.close()


def test_close_releases_the_lock(doc: ProjectDocument, project_path: Path) -> None:
    doc.close()
    assert not lock_path(project_path).exists()
    lock = FileLock(project_path, "x")
    lock.acquire()
    lock.release()
