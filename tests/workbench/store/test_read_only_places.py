"""Read-only folders and files, commands that only read, Save As onto a held file
(issue 10, finding 8).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tests.workbench.store.support import returned_workbook
from workbench.cli.main import main
from workbench.i18n import UserError
from workbench.store import ProjectDocument, ProjectLockedError
from workbench.store import lock as lock_module
from workbench.store.lock import ProjectReadOnlyError, lock_path


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_info_and_dump_of_an_older_file_write_nothing_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.workbench.store.test_migrations import _baseline_file

    path = tmp_path / "oud.mwb"
    _baseline_file(path)
    before = _listing(tmp_path)
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["measure"] == 1 and info["schema_version"] == 1
    assert main(["dump", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["measures"][0]["code"] == "M01"
    assert main(["measures", str(path)]) == 0
    # No NAME.mwb.schema1.bak, no lock, no migration of the user's file.
    assert _listing(tmp_path) == before


def make_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`folder` refuses new files (as a read-only share or medium does).

    Simulated, because the tests may run as root, whom chmod does not stop.
    """
    real_open = os.open
    folder = folder.resolve()

    def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & os.O_CREAT and Path(path).resolve().parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", refuse)


@pytest.fixture
def read_only_folder(project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_read_only(project_path.parent, monkeypatch)


def test_a_project_in_a_read_only_folder_offers_read_only(
    doc: ProjectDocument, project_path: Path, read_only_folder: None
) -> None:
    doc.close()
    with pytest.raises(ProjectReadOnlyError) as err:
        ProjectDocument.open(project_path)
    assert err.value.path == project_path.resolve()
    assert "alleen-lezen" in str(err.value) and "\n" not in str(err.value)
    ro = ProjectDocument.open(project_path, read_only=True)
    try:
        assert ro.read_only and ro.title == "Testdossier"
    finally:
        ro.close()


def test_a_writing_command_in_a_read_only_folder_gives_one_line(
    doc: ProjectDocument, project_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    book = returned_workbook(doc, project_path)
    make_read_only(project_path.parent, monkeypatch)
    assert main(["import", str(project_path), str(book)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fout: ") and "alleen-lezen" in err and "interne fout" not in err


def test_a_read_only_file_offers_read_only(
    doc: ProjectDocument, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc.close()
    target = project_path.resolve()
    real_access = os.access
    monkeypatch.setattr(
        lock_module.os,
        "access",
        lambda p, mode: False if Path(p) == target else real_access(p, mode),
    )
    with pytest.raises(ProjectReadOnlyError):
        ProjectDocument.open(project_path)
    assert not lock_path(project_path).exists()


def test_save_as_from_a_read_only_copy_onto_the_holders_file_is_refused(
    doc: ProjectDocument, project_path: Path
) -> None:
    doc.close()
    lock_path(project_path).write_text(
        json.dumps({"user": "collega", "host": "andere-laptop", "pid": 1,
                    "since": "2026-11-27T09:30:00"})
    )
    saved = project_path.read_bytes()
    ro = ProjectDocument.open(project_path, read_only=True)
    try:
        with pytest.raises(ProjectLockedError) as err:
            ro.save_as(project_path)
        assert "collega" in str(err.value) and "andere-laptop" in str(err.value)
        with pytest.raises(UserError):
            ro.save()
    finally:
        ro.close()
    assert project_path.read_bytes() == saved
    assert json.loads(lock_path(project_path).read_text())["user"] == "collega"


def test_revert_of_an_older_file_opened_read_only_works(tmp_path: Path) -> None:
    from tests.workbench.store.test_migrations import _baseline_file

    path = tmp_path / "oud.mwb"
    _baseline_file(path)
    before = _listing(tmp_path)
    doc = ProjectDocument.open(path, read_only=True)
    try:
        doc.revert()
        assert doc.file_version == 1 and doc.title == "Oud"
    finally:
        doc.close()
    assert _listing(tmp_path) == before
