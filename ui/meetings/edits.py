"""Adding, editing and deleting meetings, commitments and action items from the page.

Each action opens its dialog (:mod:`ui.meetings.forms`, returned so tests
can fill it) and, when accepted, pushes one core command on the undo stack
(``editor.push``): the generic create/update/delete commands, or the
record's meeting macros (:mod:`workbench.record.editing`). The dialogs are
filled from the screen's audience's rows; an edit writes only the fields
that changed. In meeting mode a new item is internal by default, so it
leaves the shared screen: the status bar then says so without naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from ui.meetings.forms import ActionDialog, CommitmentDialog, MeetingDialog
from ui.undo import Editor
from workbench.commands import Command, CreateEntity, DeleteEntity, UpdateEntity
from workbench.record.editing import changed, edit_meeting, new_meeting


class RecordEdits(QObject):
    """The page's edit actions; `editor` gives the current editor (None without a project)."""

    def __init__(self, parent: QWidget, editor: Callable[[], Editor | None]) -> None:
        super().__init__(parent)
        self._page = parent
        self._editor = editor
        self.meeting_mode = False

    # -- helpers -------------------------------------------------------------------
    def _writable(self) -> Editor | None:
        ed = self._editor()
        return None if ed is None or ed.read_only else ed

    def _parties(self, ed: Editor) -> list[tuple[str, str]]:
        return [(str(r["id"]), str(r["name"])) for r in ed.source.rows("stakeholder")]

    def _measures(self, ed: Editor) -> list[tuple[str, str]]:
        return [(str(r["id"]), f"{r['code']} {r['title'] or ''}".strip())
                for r in ed.source.rows("measure")]

    def _push(self, ed: Editor, cmd: Command, entity: str, id_: str, hidden_text: str) -> bool:
        if ed.push(cmd) is None:
            return False
        if id_ not in ed.source.visible_ids(entity):  # internal: gone from the shared screen
            window = self._page.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(hidden_text, 8000)
        return True

    def _hidden(self, kind: str) -> str:
        texts = {
            "meeting": self.tr("The meeting is internal: hidden in meeting mode."),
            "commitment": self.tr("The commitment is internal: hidden in meeting mode."),
            "action_item": self.tr("The action item is internal: hidden in meeting mode."),
        }
        return texts[kind]

    # -- meetings ------------------------------------------------------------------
    def add_meeting(self) -> MeetingDialog | None:
        ed = self._writable()
        if ed is None:
            return None
        dialog = MeetingDialog(ed.lang, {}, self._parties(ed), set(), self._page)

        def apply() -> None:
            cmd, mid = new_meeting(ed.svc, dialog.values(), dialog.checked_parties())
            self._push(ed, cmd, "meeting", mid, self._hidden("meeting"))

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def edit_meeting(self, meeting_id: str) -> MeetingDialog | None:
        ed = self._writable()
        if ed is None or meeting_id not in ed.source.visible_ids("meeting"):
            return None
        row = ed.source.get("meeting", meeting_id)
        offered = self._parties(ed)
        present = {str(r["stakeholder_id"])
                   for r in ed.source.rows("meeting_party", meeting_id=meeting_id)}
        dialog = MeetingDialog(ed.lang, row, offered, present, self._page)

        def apply() -> None:
            cmd = edit_meeting(ed.svc, meeting_id, changed(row, dialog.values()),
                               dialog.checked_parties(), {p for p, _ in offered},
                               version=int(row["row_version"]))  # as read: stale is refused
            if cmd is not None:
                self._push(ed, cmd, "meeting", meeting_id, self._hidden("meeting"))

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def delete_meeting(self, meeting_id: str) -> bool:
        # not on a shared screen: the meeting may hold items that screen does not show
        ed = self._writable()
        if ed is None or self.meeting_mode:
            return False
        return ed.push(DeleteEntity("meeting", meeting_id)) is not None

    # -- commitments and action items ------------------------------------------------
    def add_commitment(self, meeting_id: str) -> CommitmentDialog | None:
        ed = self._writable()
        if ed is None:
            return None
        dialog = CommitmentDialog(ed.lang, {}, self._parties(ed), self._measures(ed),
                                  self._page)
        dialog.accepted.connect(lambda: self._create(
            ed, "commitment", {"meeting_id": meeting_id, **dialog.values()}))
        dialog.open()
        return dialog

    def add_action(self, meeting_id: str) -> ActionDialog | None:
        ed = self._writable()
        if ed is None:
            return None
        dialog = ActionDialog(ed.lang, {}, self._page)
        dialog.accepted.connect(lambda: self._create(
            ed, "action_item", {"meeting_id": meeting_id, **dialog.values()}))
        dialog.open()
        return dialog

    def edit_commitment(self, id_: str) -> CommitmentDialog | None:
        ed = self._writable()
        if ed is None or id_ not in ed.source.visible_ids("commitment"):
            return None
        row = ed.source.get("commitment", id_)
        dialog = CommitmentDialog(ed.lang, row, self._parties(ed), self._measures(ed),
                                  self._page)
        dialog.accepted.connect(lambda: self._update(ed, "commitment", row, dialog.values()))
        dialog.open()
        return dialog

    def edit_action(self, id_: str) -> ActionDialog | None:
        ed = self._writable()
        if ed is None or id_ not in ed.source.visible_ids("action_item"):
            return None
        row = ed.source.get("action_item", id_)
        dialog = ActionDialog(ed.lang, row, self._page)
        dialog.accepted.connect(lambda: self._update(ed, "action_item", row, dialog.values()))
        dialog.open()
        return dialog

    def delete(self, entity: str, id_: str) -> bool:
        ed = self._writable()
        return ed is not None and ed.push(DeleteEntity(entity, id_)) is not None

    def _create(self, ed: Editor, entity: str, values: dict[str, Any]) -> None:
        cmd = CreateEntity(entity, values)
        self._push(ed, cmd, entity, cmd.id, self._hidden(entity))

    def _update(self, ed: Editor, entity: str, row: dict[str, Any],
                values: dict[str, Any]) -> None:
        new = changed(row, values)
        if new:
            id_ = str(row["id"])
            cmd = UpdateEntity(entity, id_, new, version=int(row["row_version"]))  # as read
            self._push(ed, cmd, entity, id_, self._hidden(entity))
