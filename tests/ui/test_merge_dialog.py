"""The conflict review dialog, driven with pytest-qt; choices applied through the core."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.workbench.merge.support import copies, edit
from ui.merge_dialog import MergeDialog
from workbench.commands.base import History
from workbench.merge import open_conflicts, prepare
from workbench.merge.run import ResolveCommand
from workbench.services import ProjectService
from workbench.store import ProjectDocument


def test_choose_ours_theirs_edited_and_later(qtbot: QtBot, tmp_path: Path) -> None:
    team, mine, ids = copies(tmp_path)
    changes = {"M1": ("Ons 1", "Hun 1"), "M2": ("Ons 2", "Hun 2"),
               "M3": ("Ons 3", "Hun 3"), "M4": ("Ons 4", "Hun 4")}
    edit(team, *[lambda s, c=c, v=v[0]: s.update("measure", ids[c], {"title": v})
                 for c, v in changes.items()])
    edit(mine, *[lambda s, c=c, v=v[1]: s.update("measure", ids[c], {"title": v})
                 for c, v in changes.items()])
    doc = ProjectDocument.open(team)
    try:
        svc = ProjectService(doc)
        history = History(svc)
        history.push(prepare(svc, mine))
        found = sorted(open_conflicts(svc), key=lambda c: c.code)
        assert [c.code for c in found] == ["M1", "M2", "M3", "M4"]
        dialog = MergeDialog(found, "nl")
        qtbot.addWidget(dialog)
        assert "Hun 2" in dialog.table.item(1, 3).text()
        assert "testgebruiker" in dialog.table.item(1, 3).text()
        dialog.choose(0, "ours")
        dialog.choose(1, "theirs")
        qtbot.keyClicks(dialog.edits[2], " en meer")  # typing picks "edited"
        assert dialog.combos[2].currentData() == "edited"
        # row 3 stays "later"
        dialog.buttons.accepted.emit()
        assert dialog.result() == MergeDialog.DialogCode.Accepted
        history.push(ResolveCommand(dialog.choices()))
        titles = {c: svc.get("measure", ids[c])["title"] for c in changes}
        assert titles == {"M1": "Ons 1", "M2": "Hun 2", "M3": "Ons 3 en meer", "M4": "Ons 4"}
        assert [c.code for c in open_conflicts(svc)] == ["M4"]
        history.undo()  # the decisions are one undo step
        assert len(open_conflicts(svc)) == 4
        assert svc.get("measure", ids["M2"])["title"] == "Ons 2"
    finally:
        doc.close()


def test_all_theirs_decides_every_row_and_a_bad_value_is_one_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"deadline_year": 2027}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"deadline_year": 2030}))
    doc = ProjectDocument.open(team)
    try:
        svc = ProjectService(doc)
        prepare(svc, mine).do(svc)
        dialog = MergeDialog(open_conflicts(svc), "en")
        qtbot.addWidget(dialog)
        dialog.choose_all("theirs")
        assert [key for key in dialog.choices()] and all(
            v[0] == "theirs" for v in dialog.choices().values())
        dialog.choose(0, "edited", "3000")
        dialog.buttons.accepted.emit()
        assert dialog.result() != MergeDialog.DialogCode.Accepted
        assert "3000" in dialog.error.text() and "\n" not in dialog.error.text()
    finally:
        doc.close()


def test_file_menu_copy_then_merge_is_one_undo_step(
    qtbot: QtBot, tmp_path: Path, make_window  # type: ignore[no-untyped-def]
) -> None:
    team, _mine, ids = copies(tmp_path)
    window = make_window(team)
    assert window.actions_.merge.isEnabled()
    assert window.actions_.merge in window.actions_.file_menu.actions()
    fresh = tmp_path / "voor collega.mwb"
    assert window.files.copy_for_colleague(fresh)
    edit(fresh, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    svc = window.controller.svc
    svc.update("measure", ids["M1"], {"title": "Ons"})  # a conflict, outside the stack
    dialog = window.files.merge_copy(fresh)
    assert isinstance(dialog, MergeDialog)
    assert [c.code for c in dialog.conflicts] == ["M1"]
    dialog.choose(0, "theirs")
    dialog.buttons.accepted.emit()
    assert svc.get("measure", ids["M1"])["title"] == "Hun"
    stack = window.controller.stack
    stack.undo()  # the decision
    assert svc.get("measure", ids["M1"])["title"] == "Ons"
    assert len(open_conflicts(svc)) == 1
    stack.undo()  # the merge
    assert open_conflicts(svc) == []


def test_conflicts_kept_for_later_show_a_badge_and_reopen_from_the_file_menu(
    qtbot: QtBot, tmp_path: Path, make_window  # type: ignore[no-untyped-def]
) -> None:
    team, _mine, ids = copies(tmp_path)
    window = make_window(team)
    status = window.conflict_status
    assert status.badge.isHidden() and not status.action.isEnabled()
    assert status.action in window.actions_.file_menu.actions()
    fresh = tmp_path / "voor collega.mwb"
    assert window.files.copy_for_colleague(fresh)
    edit(fresh, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}),
         lambda s: s.update("measure", ids["M2"], {"title": "Hun 2"}))
    svc = window.controller.svc
    svc.update("measure", ids["M1"], {"title": "Ons"})
    first = window.files.merge_copy(fresh)
    assert isinstance(first, MergeDialog)
    assert "Automatisch samengevoegde rijen: 1" in first.summary.text()
    first.reject()  # everything later
    assert not status.badge.isHidden() and status.count == 1
    assert status.badge.text() == "Open conflicten: 1"
    status.action.trigger()  # File > Conflicten…
    dialog = next(w for w in window.findChildren(MergeDialog) if w.isVisible())
    assert dialog.windowTitle() == "Samenvoegen: conflicten"
    dialog.choose(0, "theirs")
    dialog.buttons.accepted.emit()
    assert svc.get("measure", ids["M1"])["title"] == "Hun"
    assert status.badge.isHidden() and not status.action.isEnabled()
    window.controller.stack.undo()  # the decision is one undo step: the badge comes back
    assert svc.get("measure", ids["M1"])["title"] == "Ons"
    assert not status.badge.isHidden() and status.count == 1
