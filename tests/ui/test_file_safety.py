"""The GUI's side of issue 10: an unreadable lock is taken over only when the
user says so, a read-only place offers read-only, and Save As from a
read-only copy never overwrites the lock holder's file.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from pathlib import Path

import pytest

from tests.ui.conftest import answer_prompt
from workbench.store import lock as lock_module
from workbench.store import read_lock


def test_an_unreadable_lock_is_taken_over_after_asking(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, _ids = sample
    lock = path.with_name(path.name + ".lock")
    lock.write_text("")
    window = make_window(lang="en")
    seen = answer_prompt("staleLockPrompt", "&Take over")
    assert window.open_path(path)
    assert "unreadable lock file" in seen[0] and str(lock) in seen[0]
    assert not window.controller.read_only
    info = read_lock(path)
    assert info is not None and info.pid == os.getpid()


def test_an_unreadable_lock_can_be_read_around(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, _ids = sample
    lock = path.with_name(path.name + ".lock")
    lock.write_text("{garbled")
    window = make_window(lang="en")
    answer_prompt("staleLockPrompt", "Open &read-only")
    assert window.open_path(path)
    assert window.controller.read_only
    assert lock.read_text() == "{garbled"


def test_a_read_only_folder_offers_read_only(  # type: ignore[no-untyped-def]
    make_window, sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ids = sample
    folder = path.parent.resolve()
    real_open = os.open

    def refuse(p: str, flags: int, *args: int) -> int:
        if flags & os.O_CREAT and Path(p).resolve().parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), p)
        return real_open(p, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", refuse)
    window = make_window(lang="en")
    seen = answer_prompt("readOnlyPlacePrompt", "Open &read-only")
    assert window.open_path(path)
    assert "read-only" in seen[0]
    assert window.controller.read_only
    assert window.errors.history == []


def test_save_as_onto_the_holders_file_is_refused(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, _ids = sample
    lock = path.with_name(path.name + ".lock")
    lock.write_text(json.dumps({"user": "collega", "host": socket.gethostname(),
                                "pid": os.getppid(), "since": "2026-03-10T14:05:00+01:00"}))
    saved = path.read_bytes()
    window = make_window(lang="en")
    answer_prompt("lockPrompt", "Open &read-only")
    assert window.open_path(path)
    assert not window.files.save_to(path)
    assert "collega" in window.errors.history[-1]
    assert path.read_bytes() == saved
    assert json.loads(lock.read_text())["user"] == "collega"
