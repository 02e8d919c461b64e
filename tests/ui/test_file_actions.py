"""File workflows: save and reopen, the unsaved marker, crash recovery, a locked file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import answer_prompt
from workbench.services import ProjectService
from workbench.store import ProjectDocument, find_recoverable

ROOT = Path(__file__).resolve().parents[2]


def test_save_and_reopen_keeps_the_edit_and_the_title_tracks_unsaved(
    make_window,
    sample,  # type: ignore[no-untyped-def]
) -> None:
    path, ids = sample
    window = make_window(path)
    assert window.windowTitle().startswith("voorbeeld.mwb —")
    row = window.register.model.row_of(ids["M03"])
    idx = window.register.proxy.mapFromSource(
        window.register.model.index(row, window.register.model.column_of("title"))
    )
    assert window.register.proxy.setData(idx, "Windscherm 18 meter")
    assert window.windowTitle().startswith("voorbeeld.mwb* —")
    assert window.files.save()
    assert "*" not in window.windowTitle()
    window.actions_.undo.trigger()  # back before the saved state: unsaved again
    assert "*" in window.windowTitle()
    window.actions_.redo.trigger()
    assert "*" not in window.windowTitle()
    window.controller.close()

    again = make_window(path)
    assert again.controller.svc.get("measure", ids["M03"])["title"] == "Windscherm 18 meter"
    assert "*" not in again.windowTitle()


def test_revert_discards_unsaved_changes(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    svc = window.controller.svc
    window.controller.editor.push(  # type: ignore[union-attr]
        __import__("workbench.commands", fromlist=["UpdateEntity"]).UpdateEntity(
            "measure", ids["M01"], {"title": "Weg ermee"}
        )
    )
    answer_prompt("revertPrompt", standard=QMessageBox.StandardButton.Discard)
    assert window.files.revert()
    assert svc.get("measure", ids["M01"])["title"] == "Kooksfabriek 2 eerder sluiten"
    assert "*" not in window.windowTitle()
    assert window.controller.stack.count() == 0


def _crash_after_edit(path: Path, data_dir: Path) -> None:
    """A separate process opens the file, edits it and dies without saving."""
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from workbench.store import ProjectDocument\n"
        "from workbench.services import ProjectService\n"
        "doc = ProjectDocument.open(Path(sys.argv[1]), user='wethouder')\n"
        "svc = ProjectService(doc)\n"
        "mid = svc.id_for('measure', 'M02')\n"
        "svc.update('measure', mid, {'title': 'Herstelde titel'})\n"
        "os._exit(9)\n"
    )
    env = {**os.environ, "MAATWERK_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=False)
    assert done.returncode == 9


def test_recovery_prompt_recovers_a_crashed_session(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, ids = sample
    _crash_after_edit(path, Path(os.environ["MAATWERK_DATA_DIR"]))
    assert len(find_recoverable()) == 1
    window = make_window()
    seen = answer_prompt("recoveryPrompt", "&Herstellen")
    assert window.files.offer_recovery()
    assert "wethouder" in seen[0] and "voorbeeld.mwb" in seen[0]
    assert window.controller.svc.get("measure", ids["M02"])["title"] == "Herstelde titel"
    assert "*" in window.windowTitle()  # recovered work is unsaved until saved
    assert window.files.save()
    assert "*" not in window.windowTitle()


def test_recovery_prompt_can_discard(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, ids = sample
    _crash_after_edit(path, Path(os.environ["MAATWERK_DATA_DIR"]))
    window = make_window()
    answer_prompt("recoveryPrompt", "&Weggooien")
    assert not window.files.offer_recovery()
    assert find_recoverable() == []
    doc = ProjectDocument.open(path)
    try:
        assert ProjectService(doc).get("measure", ids["M02"])["title"] == "Ertsopslag overkappen"
    finally:
        doc.close()


def test_a_file_locked_by_a_colleague_opens_read_only(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, _ids = sample
    lock = path.with_name(path.name + ".lock")
    # A live process on this host other than ours holds the file.
    lock.write_text(
        json.dumps(
            {
                "user": "collega",
                "host": socket.gethostname(),
                "pid": os.getppid(),
                "since": "2026-03-10T14:05:00+01:00",
            }
        )
    )
    window = make_window()
    seen = answer_prompt("lockPrompt", "&Alleen-lezen openen")
    assert window.open_path(path)
    assert "collega" in seen[0] and "10 maart 2026 14:05" in seen[0]
    assert window.controller.read_only
    assert "(alleen-lezen)" in window.windowTitle()
    reg = window.register
    idx = reg.proxy.mapFromSource(reg.model.index(0, reg.model.column_of("title")))
    assert not (reg.proxy.flags(idx) & reg.proxy.flags(idx).ItemIsEditable)
    assert not window.actions_.add_measure.isEnabled()
    assert lock.exists()  # the colleague's lock is left alone


def test_a_locked_file_can_be_left_alone(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, _ids = sample
    path.with_name(path.name + ".lock").write_text(
        json.dumps(
            {"user": "collega", "host": socket.gethostname(), "pid": os.getppid(), "since": ""}
        )
    )
    window = make_window()
    answer_prompt("lockPrompt", standard=QMessageBox.StandardButton.Cancel)
    assert not window.open_path(path)
    assert window.controller.doc is None


def test_quitting_with_unsaved_changes_asks_first(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    path, ids = sample
    window = make_window(path)
    from workbench.commands import UpdateEntity

    window.controller.editor.push(UpdateEntity("measure", ids["M01"], {"status": "agreed"}))  # type: ignore[union-attr]
    seen = answer_prompt("unsavedPrompt", standard=QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert "voorbeeld.mwb" in seen[0]
    answer_prompt("unsavedPrompt", standard=QMessageBox.StandardButton.Save)
    assert window.close()
    doc = ProjectDocument.open(path)
    try:
        assert ProjectService(doc).get("measure", ids["M01"])["status"] == "agreed"
    finally:
        doc.close()


def test_opening_a_file_that_is_not_a_project_says_so(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "brief.mwb"
    bad.write_text("Geachte heer, mevrouw," * 20)
    window = make_window()
    assert not window.open_path(bad)
    assert window.errors.last_box is not None
    assert "brief.mwb" in window.errors.last_box.text()
