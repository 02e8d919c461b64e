"""Truncated files and unreadable locks (issue 10, finding 10)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.workbench.store.support import returned_workbook
from workbench.cli.main import main
from workbench.i18n import UserError
from workbench.store import ProjectDocument, ProjectLockedError, read_lock
from workbench.store.lock import StaleLockError, lock_path


@pytest.mark.parametrize("delta", [-1, +1, -4096])
def test_a_file_whose_size_is_not_its_page_count_is_refused(
    doc: ProjectDocument, project_path: Path, delta: int, capsys: pytest.CaptureFixture[str]
) -> None:
    doc.close()
    data = project_path.read_bytes()
    cut = data[:delta] if delta < 0 else data + b"\0" * delta
    project_path.write_bytes(cut)
    with pytest.raises(UserError) as err:
        ProjectDocument.open(project_path, read_only=True)
    assert err.value.key == "store.truncated"
    assert str(len(cut)) in str(err.value) and str(len(data)) in str(err.value)
    for command in ("info", "dump"):
        assert main([command, str(project_path)]) == 1
        _out, errout = capsys.readouterr()
        assert errout.count("\n") == 1 and "ingekort" in errout and "interne fout" not in errout
    assert project_path.read_bytes() == cut


@pytest.mark.parametrize("content", [b"", b"{\"user\": \"coll", b"\xff\xfe garbage", b"[]"])
def test_an_unreadable_lock_is_stale_and_taken_over_only_when_asked(
    doc: ProjectDocument, project_path: Path, content: bytes
) -> None:
    doc.close()
    lock_path(project_path).write_bytes(content)
    with pytest.raises(StaleLockError) as err:
        ProjectDocument.open(project_path)
    text = str(err.value)
    assert "onbekend" not in text and "onleesbaar" in text
    assert str(lock_path(project_path)) in text  # says what to delete to take over
    assert isinstance(err.value, ProjectLockedError)  # read-only is still offered
    assert lock_path(project_path).read_bytes() == content
    again = ProjectDocument.open(project_path, take_over=True)
    try:
        info = read_lock(project_path)
        assert info is not None and info.user == "testgebruiker"
        assert info.host == socket.gethostname()
    finally:
        again.close()
    assert not lock_path(project_path).exists()


def test_the_cli_says_a_garbled_lock_is_stale_and_how_to_take_over(
    doc: ProjectDocument, project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = returned_workbook(doc, project_path)
    lock_path(project_path).write_text("")
    assert main(["import", str(project_path), str(book)]) == 1
    err = capsys.readouterr().err
    assert "onleesbaar slotbestand" in err and f"Verwijder {lock_path(project_path)}" in err
    assert main(["--lang", "en", "import", str(project_path), str(book)]) == 1
    assert "Delete" in capsys.readouterr().err


def test_a_readable_lock_of_a_colleague_is_not_stale(
    doc: ProjectDocument, project_path: Path
) -> None:
    doc.close()
    lock_path(project_path).write_text(
        json.dumps({"user": "collega", "host": "andere-laptop", "pid": 1, "since": ""})
    )
    with pytest.raises(ProjectLockedError) as err:
        ProjectDocument.open(project_path, take_over=True)
    assert not isinstance(err.value, StaleLockError)
