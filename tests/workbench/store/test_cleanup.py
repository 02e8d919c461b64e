"""Copies of confidential data are not left behind; a full disk is named
(issue 10, finding 9).
"""

from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path

import pytest

from workbench.i18n import UserError
from workbench.services import ProjectService
from workbench.store import ProjectDocument, find_recoverable
from workbench.store import document as document_module
from workbench.store import files as files_module
from workbench.store.lock import lock_path
from workbench.store.paths import working_dir

DEAD_PID = 2**22 + 4321


def _leftovers(project_path: Path) -> list[Path]:
    folder = project_path.parent
    return [folder / f".{project_path.name}.saving-{DEAD_PID}",
            folder / f".{project_path.name}.saving-{DEAD_PID}-journal"]


def test_copies_left_by_a_killed_save_are_removed_by_the_next_writer(
    doc: ProjectDocument, project_path: Path
) -> None:
    doc.close()
    left = _leftovers(project_path)
    for p in left:
        p.write_bytes(b"SQLite format 3\0 vertrouwelijk")
    ro = ProjectDocument.open(project_path, read_only=True)
    ro.close()
    assert all(p.exists() for p in left), "a reader writes (and deletes) nothing beside the file"
    again = ProjectDocument.open(project_path)
    again.close()
    assert not any(p.exists() for p in left)
    assert sorted(p.name for p in project_path.parent.iterdir()) == [project_path.name]


def _record(working: Path, **data: object) -> None:
    base = {"target": None, "pid": DEAD_PID, "user": "x", "started": "", "saved_seq": 0}
    base.update(data)
    working.with_suffix(".json").write_text(json.dumps(base), encoding="utf-8")


def test_a_copy_whose_open_was_killed_is_removed_at_the_next_start(tmp_path: Path) -> None:
    working = working_dir() / "0000-killed-while-opening.mwb"
    working.write_bytes(b"half a copy")
    _record(working, target=str(tmp_path / "x.mwb"), saved_seq=None)
    assert find_recoverable() == []
    assert list(working_dir().iterdir()) == []


def test_an_unrecorded_working_copy_is_removed_once_no_session_can_own_it() -> None:
    old = working_dir() / "1111-orphan.mwb"
    old.write_bytes(b"copy with no record")
    (working_dir() / "1111-orphan.mwb-journal").write_bytes(b"journal")
    stamp = time.time() - 3600
    for p in working_dir().iterdir():
        os.utime(p, (stamp, stamp))
    young = working_dir() / "2222-being-made.mwb"
    young.write_bytes(b"a session of an older version may be making this one")
    assert find_recoverable() == []
    assert [p.name for p in working_dir().iterdir()] == [young.name]


def test_unsaved_work_of_a_dead_session_is_still_offered(
    doc: ProjectDocument, project_path: Path
) -> None:
    ProjectService(doc).create("measure", {"code": "M09", "title": "Ongesaved", "theme": "dust"})
    working = doc.working_path
    data = json.loads(working.with_suffix(".json").read_text(encoding="utf-8"))
    data["pid"] = DEAD_PID
    working.with_suffix(".json").write_text(json.dumps(data), encoding="utf-8")
    (found,) = find_recoverable()
    assert found.working == working and found.unsaved_edits >= 1
    doc.close()


def _disk_full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_save_on_a_full_disk_says_so_and_leaves_no_copy_or_journal(
    doc: ProjectDocument, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ProjectService(doc).create("measure", {"code": "M01", "title": "Nieuw", "theme": "dust"})
    saved = project_path.read_bytes()

    def fill_then_fail(_source: Path, target: Path) -> None:
        target.write_bytes(b"half")
        target.with_name(target.name + "-journal").write_bytes(b"journal")
        _disk_full()

    monkeypatch.setattr(files_module, "copy_database", fill_then_fail)
    with pytest.raises(UserError) as err:
        doc.save()
    assert err.value.key == "store.disk_full"
    assert "Schijf vol" in str(err.value) and str(project_path.parent) in str(err.value)
    assert project_path.read_bytes() == saved
    assert sorted(p.name for p in project_path.parent.iterdir()) == sorted(
        [project_path.name, lock_path(project_path).name]
    )
    assert doc.modified  # the edit is still in the working copy, unsaved


def test_a_full_working_copy_disk_is_not_reported_as_a_damaged_project(
    doc: ProjectDocument, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc.close()
    monkeypatch.setattr(document_module, "copy_database", _disk_full)
    with pytest.raises(UserError) as err:
        ProjectDocument.open(project_path)
    assert err.value.key == "store.disk_full"
    assert "beschadigd" not in str(err.value) and str(working_dir()) in str(err.value)
    assert list(working_dir().iterdir()) == []
    assert not lock_path(project_path).exists()


def test_sqlites_own_disk_full_error_is_recognised() -> None:
    import sqlite3

    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert files_module.is_disk_full(exc)
    assert not files_module.is_disk_full(sqlite3.OperationalError("no such table"))
