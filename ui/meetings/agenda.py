"""The agenda of the selected meeting: proposed from the record, edited, kept, printed.

Shows the agenda kept for the meeting (:func:`workbench.record.agenda.saved`,
as the screen's audience may see it) or else the core's proposal for the
meeting's date. The user edits an item's text in place (double-click),
adds, removes and reorders items; "Save" keeps the agenda in the project
with its visibility (one undo step), "Print" writes it as PDF. Unsaved
edits survive a refresh for another change; a new meeting or a change of
meeting mode shows that meeting's (or audience's) agenda afresh.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.meetings.forms import fill_visibility
from ui.undo import Editor
from workbench.record import agenda as agenda_core
from workbench.record.meetings import MeetingRecord


class AgendaPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.editor: Editor | None = None
        self.meeting: MeetingRecord | None = None
        self.meeting_mode = False
        self.items: list[agenda_core.AgendaItem] = []
        self.dirty = False
        self.kept = False  # the shown agenda is one kept in the project
        self._shown_for: tuple[str | None, bool] | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("agendaCaption")
        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.itemChanged.connect(self._edited)
        self.visibility = QComboBox(self)
        self.visibility.setObjectName("agendaVisibility")
        self.visibility_label = QLabel(self)
        self.visibility_label.setBuddy(self.visibility)
        self.visibility.activated.connect(lambda _i: self._touched())
        self.up, self.down, self.add, self.remove, self.propose, self.save, self.print_button = (
            QPushButton(self) for _ in range(7))
        self.save.setObjectName("saveAgenda")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.propose.clicked.connect(lambda: self.show_for(self.meeting, force=True, fresh=True))
        self.save.clicked.connect(self.keep)
        self.print_button.clicked.connect(self._print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.agenda_list)
        row = QHBoxLayout()
        for b in (self.up, self.down, self.add, self.remove, self.propose):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.visibility_label)
        row2.addWidget(self.visibility)
        row2.addStretch(1)
        row2.addWidget(self.save)
        row2.addWidget(self.print_button)
        layout.addLayout(row2)

    def retranslate_ui(self) -> None:
        self.up.setText(self.tr("Up"))
        self.down.setText(self.tr("Down"))
        self.add.setText(self.tr("Add item"))
        self.remove.setText(self.tr("Remove item"))
        self.propose.setText(self.tr("Propose again"))
        self.save.setText(self.tr("Save agenda"))
        self.print_button.setText(self.tr("Print agenda…"))
        self.visibility_label.setText(self.tr("Visibility:"))
        self._caption()

    # -- content -------------------------------------------------------------------
    def show_for(self, meeting: MeetingRecord | None, *, force: bool = False,
                 fresh: bool = False) -> None:
        """Show `meeting`'s agenda; keep unsaved edits for the same meeting unless `force`."""
        if self.editor is None:
            return
        key = (None if meeting is None else meeting.id, self.meeting_mode)
        if not force and self.dirty and key == self._shown_for:
            return
        self.meeting, self._shown_for = meeting, key
        kept = None if meeting is None or fresh else agenda_core.saved(self.editor.source,
                                                                       meeting.id)
        visibility = "internal"
        if kept is not None:
            self.items, visibility = kept
        else:
            date = dt.date.today() if meeting is None else meeting.date
            self.items = agenda_core.propose(self.editor.analysis(), date,
                                             today=dt.date.today())
        self.kept = kept is not None
        self.dirty = fresh
        fill_visibility(self.visibility, self.editor.lang, visibility)
        self._show()
        self._enable()

    def _enable(self) -> None:
        editable = self.editor is not None and not self.editor.read_only
        # on a shared screen only an agenda the partners may read is kept again: saving
        # there must not overwrite an internal agenda that screen does not show
        may_keep = not self.meeting_mode or self.kept
        self.save.setEnabled(editable and self.meeting is not None and may_keep)
        self.visibility.setEnabled(editable and self.meeting is not None and may_keep)

    def _caption(self) -> None:
        if self.meeting is None:
            text = self.tr("Proposed agenda for a new meeting")
        elif self.kept:
            text = self.tr("Agenda of {title} ({date}), as saved").format(
                title=self.meeting.title, date=self.meeting.date.isoformat())
        else:
            text = self.tr("Proposed agenda for {title} ({date})").format(
                title=self.meeting.title, date=self.meeting.date.isoformat())
        if self.dirty:
            text += " — " + self.tr("not saved")
        self.caption.setText(text)

    def _show(self) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for it in self.items:
            item = QListWidgetItem(it.text, self.agenda_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.agenda_list.blockSignals(False)
        self._caption()

    def texts(self) -> list[str]:
        return [self.agenda_list.item(i).text() for i in range(self.agenda_list.count())]

    # -- editing ---------------------------------------------------------------------
    def _touched(self) -> None:
        self.dirty = True
        self._caption()

    def _edited(self, item: QListWidgetItem) -> None:
        row = self.agenda_list.row(item)
        if 0 <= row < len(self.items) and item.text() != self.items[row].text:
            self.items = agenda_core.edit(self.items, row, item.text())
            self._touched()

    def _move(self, step: int) -> None:
        row = self.agenda_list.currentRow()
        if row < 0:
            return
        self.items = agenda_core.move(self.items, row, row + step)
        self._show()
        self.agenda_list.setCurrentRow(max(0, min(row + step, len(self.items) - 1)))
        self._touched()

    def _add(self) -> None:
        self.items = [*self.items, agenda_core.AgendaItem("own", self.tr("New item"))]
        self._show()
        self._touched()
        self.agenda_list.setCurrentRow(len(self.items) - 1)
        self.agenda_list.editItem(self.agenda_list.item(len(self.items) - 1))

    def _remove(self) -> None:
        row = self.agenda_list.currentRow()
        if row < 0:
            return
        self.items = agenda_core.drop(self.items, row)
        self._show()
        self.agenda_list.setCurrentRow(min(row, len(self.items) - 1))
        self._touched()

    def keep(self) -> None:
        """Save the shown agenda in the project (one undo step)."""
        if self.editor is None or self.meeting is None or not self.save.isEnabled():
            return
        visibility = str(self.visibility.currentData())
        items, meeting = list(self.items), self.meeting
        self.dirty = False  # the change this push dispatches re-reads the kept agenda
        if self.editor.push(agenda_core.save(meeting.id, items, visibility)) is None:
            # refused, or nothing to change: unsaved unless the project holds these items
            self.dirty = agenda_core.saved(self.editor.source, meeting.id) != (items, visibility)
        self._caption()

    def _print(self) -> None:
        from workbench.record.document import Doc, to_pdf

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print agenda…"), "agenda.pdf",
                                              "PDF (*.pdf)")
        if not path:
            return
        title = self.tr("Agenda")
        if self.meeting is not None:
            title += f" — {self.meeting.title} ({self.meeting.date.isoformat()})"
        doc = Doc(title)
        for i, item in enumerate(self.items, 1):
            doc.para(f"{i}. {item.text}")
        with open(path, "wb") as fh:
            fh.write(to_pdf(doc))
