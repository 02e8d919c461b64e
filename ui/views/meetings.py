"""The Vergaderingen page: meetings, commitments, open items, agenda, history, changes.

A list of meetings (date, kind, parties, our delegation) and the selected
meeting's notes, decisions, commitments and action items with their
visibility, each added, edited or deleted as one undo step
(:mod:`ui.meetings.edits`); the open and overdue items across meetings; the
selected meeting's agenda, proposed from the record, edited, kept in the
project and printed (:mod:`ui.meetings.agenda`); and the team's own
record: the project-wide change list (filter by date, person, entity,
measure) and "what changed since" the selected meeting. Everything is read
from the core (:mod:`workbench.record`); meetings come from the screen's
audience's data, so meeting mode shows what the partners may see, and the
internal record (history, changes) is hidden there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.meetings.agenda import AgendaPanel
from ui.meetings.edits import RecordEdits
from ui.meetings.tables import buttons as _buttons
from ui.meetings.tables import current as _current
from ui.meetings.tables import fill as _fill
from ui.meetings.tables import table as _table
from ui.undo import Editor
from ui.views import PageSpec
from ui.views.shown import ReadWhenShown
from workbench.i18n import label
from workbench.record.meetings import MeetingRecord, meetings, open_items
from workbench.services import Change


class MeetingsPage(ReadWhenShown, QWidget):
    """Meetings, their record and the team's history, from the core's record package."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.lang = language
        self.editor: Editor | None = None
        self.meeting_mode = False
        self._shown_id: str | None = None
        self.records: list[MeetingRecord] = []
        self.commitment_ids: list[str] = []
        self.action_ids: list[str] = []
        self.edits = RecordEdits(self, lambda: self.editor)

        self.list = _table(self, "meetingList")
        self.list.itemSelectionChanged.connect(self._show_detail)
        self.list.doubleClicked.connect(lambda _i: self._edit_meeting())
        meeting_row, (self.new_meeting, self.edit_meeting, self.delete_meeting) = _buttons(
            self, ("newMeeting", "editMeeting", "deleteMeeting"))
        self.new_meeting.clicked.connect(self.edits.add_meeting)
        self.edit_meeting.clicked.connect(self._edit_meeting)
        self.delete_meeting.clicked.connect(self._delete_meeting)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openMeeting")
        self.open_button.clicked.connect(self._open_meeting)
        self.header = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("meetingNotes")
        self.notes.setReadOnly(True)
        self.commitments = _table(self, "commitments")
        self.commitments.doubleClicked.connect(lambda _i: self._edit_commitment())
        promise_row, (self.add_commitment, self.edit_commitment, self.delete_commitment) = (
            _buttons(self, ("addCommitment", "editCommitment", "deleteCommitment")))
        self.add_commitment.clicked.connect(self._add_commitment)
        self.edit_commitment.clicked.connect(self._edit_commitment)
        self.delete_commitment.clicked.connect(
            lambda: self._delete("commitment", self.commitments, self.commitment_ids))
        self.action_table = _table(self, "actionItems")
        self.action_table.doubleClicked.connect(lambda _i: self._edit_action())
        action_row, (self.add_action, self.edit_action, self.delete_action) = _buttons(
            self, ("addAction", "editAction", "deleteAction"))
        self.add_action.clicked.connect(self._add_action)
        self.edit_action.clicked.connect(self._edit_action)
        self.delete_action.clicked.connect(
            lambda: self._delete("action_item", self.action_table, self.action_ids))
        self.open_box = QGroupBox(self)
        self.open_list = _table(self, "openItems")
        QVBoxLayout(self.open_box).addWidget(self.open_list)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        for w in (self.header, self.notes, self.commitments, promise_row, self.action_table,
                  action_row):
            if isinstance(w, QHBoxLayout):
                dl.addLayout(w)
            else:
                dl.addWidget(w)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.list)
        ll.addLayout(meeting_row)
        ll.addWidget(self.open_button)
        ll.addWidget(self.open_box)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(detail)

        # agenda: proposed from the record, edited, kept and printed
        self.agenda = AgendaPanel(self)
        self.agenda_list = self.agenda.agenda_list
        self.up, self.down = self.agenda.up, self.agenda.down

        # the team's own record: change list and "what changed since"
        self.record_tab = QWidget(self)
        self.since = QDateEdit(self.record_tab)
        self.since.setCalendarPopup(True)
        self.since.setDate(QDate(2000, 1, 1))
        self.who = QLineEdit(self.record_tab)
        self.entity = QLineEdit(self.record_tab)
        self.measure = QLineEdit(self.record_tab)
        self.filter_button = QPushButton(self.record_tab)
        self.filter_button.clicked.connect(self.refresh_history)
        self.history = _table(self.record_tab, "changeList")
        self.changes_button = QPushButton(self.record_tab)
        self.changes_button.setObjectName("changesSince")
        self.changes_button.clicked.connect(self.show_changes)
        self.changes = QPlainTextEdit(self.record_tab)
        self.changes.setObjectName("changesText")
        self.changes.setReadOnly(True)
        rl = QVBoxLayout(self.record_tab)
        filters = QHBoxLayout()
        for f in (self.since, self.who, self.entity, self.measure, self.filter_button):
            filters.addWidget(f)
        rl.addLayout(filters)
        rl.addWidget(self.history)
        rl.addWidget(self.changes_button)
        rl.addWidget(self.changes)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(self.record_tab, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate_ui()

    # -- page protocol -------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.agenda.editor = editor
        self.agenda.dirty = False  # another project: nothing of the last one's agenda stays
        self.read_when_shown()  # the history reads the whole audit log: not while hidden

    def on_change(self, change: Change) -> None:
        # every change is history, so the change list refreshes on any change
        del change
        self.read_when_shown()

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.meeting_mode
        self.meeting_mode = on
        self.edits.meeting_mode = self.agenda.meeting_mode = on
        self.audience_changed(changed)

    def read_page(self) -> None:
        self.refresh()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.tabs.setTabText(1, self.tr("Agenda"))
        self.tabs.setTabText(2, self.tr("History"))
        self.open_button.setText(self.tr("Open meeting (record the state)"))
        self.open_box.setTitle(self.tr("Open and overdue items"))
        for button, text in (
            (self.new_meeting, self.tr("New meeting…")), (self.edit_meeting, self.tr("Edit…")),
            (self.delete_meeting, self.tr("Delete")),
            (self.add_commitment, self.tr("Add commitment…")),
            (self.edit_commitment, self.tr("Edit…")), (self.delete_commitment, self.tr("Delete")),
            (self.add_action, self.tr("Add action item…")), (self.edit_action, self.tr("Edit…")),
            (self.delete_action, self.tr("Delete")),
        ):
            button.setText(text)
        self.agenda.retranslate_ui()
        self.who.setPlaceholderText(self.tr("Person"))
        self.entity.setPlaceholderText(self.tr("Entity"))
        self.measure.setPlaceholderText(self.tr("Measure"))
        self.filter_button.setText(self.tr("Filter"))
        self.changes_button.setText(self.tr("What changed since the selected meeting…"))
        self.refresh()

    # -- reading ---------------------------------------------------------------
    def refresh(self) -> None:
        if self.editor is None:
            return
        data = self.editor.source
        self.records = meetings(data)
        lang = self.editor.lang
        keep = self._shown_id
        ids = [m.id for m in self.records]
        # refilled without selection signals: the detail and agenda are shown once, below
        self.list.blockSignals(True)
        _fill(self.list, [self.tr("Date"), self.tr("Title"), self.tr("Kind"),
                          self.tr("Parties"), self.tr("Our delegation")],
              [[m.date.isoformat(), m.title, label("meeting_kind." + m.kind, lang),
                ", ".join(m.parties), m.delegation] for m in self.records])
        if keep in ids:
            self.list.selectRow(ids.index(keep))
        elif self.records:
            self.list.selectRow(len(self.records) - 1)  # the latest meeting
        self.list.blockSignals(False)
        _fill(self.open_list, [self.tr("Meeting"), self.tr("What"), self.tr("Who"),
                               self.tr("Due"), self.tr("Overdue")],
              [[i.meeting, i.text, i.who, "" if i.due is None else i.due.isoformat(),
                self.tr("overdue") if i.overdue else ""] for i in open_items(self.records)])
        self._show_detail()
        self.tabs.setTabVisible(2, not self.meeting_mode)
        self.open_button.setEnabled(not self.meeting_mode and not self.editor.read_only)
        if self.meeting_mode:
            self.history.setRowCount(0)
            self.changes.clear()
        else:
            self.refresh_history()

    def _selected(self) -> MeetingRecord | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def _show_detail(self) -> None:
        m = self._selected()
        self._shown_id = None if m is None else m.id
        lang = self.editor.lang if self.editor else "nl"
        self._enable(m)
        self.agenda.show_for(m)
        if m is None:
            self.header.clear()
            self.notes.clear()
            self.commitments.setRowCount(0)
            self.action_table.setRowCount(0)
            self.commitment_ids, self.action_ids = [], []
            return
        self.header.setText(f"{m.title} — {m.date.isoformat()} — {m.location}")
        parts = [(self.tr("Notes"), m.notes), (self.tr("Decisions"), m.decisions)]
        self.notes.setPlainText("\n\n".join(f"{h}:\n{t}" for h, t in parts if t))
        vis = self.tr("Visibility")
        self.commitment_ids = [c.id for c in m.commitments]
        self.action_ids = [a.id for a in m.actions]
        _fill(self.commitments, [self.tr("Party"), self.tr("Measure"), self.tr("Commitment"),
                                 self.tr("Due"), self.tr("Status"), vis],
              [[c.party, c.measure or "", c.text, "" if c.due is None else c.due.isoformat(),
                label("commitment." + c.status, lang), label("visibility." + c.visibility, lang)]
               for c in m.commitments])
        _fill(self.action_table, [self.tr("Action item"), self.tr("Owner"), self.tr("Due"),
                             self.tr("Done"), vis],
              [[a.text, a.owner, "" if a.due is None else a.due.isoformat(),
                self.tr("yes") if a.done else "", label("visibility." + a.visibility, lang)]
               for a in m.actions])

    def refresh_history(self) -> None:
        if self.editor is None or self.meeting_mode:
            return
        from workbench.record.history import history

        q = self.since.date()
        entries = history(
            self.editor.svc, since=dt.date(q.year(), q.month(), q.day()),
            user=self.who.text().strip() or None, entity=self.entity.text().strip() or None,
            measure=self.measure.text().strip() or None,
        )
        lang = self.editor.lang
        _fill(self.history, [self.tr("When"), self.tr("Who"), self.tr("Entity"),
                             self.tr("Code"), self.tr("Field"), self.tr("Old"),
                             self.tr("New"), self.tr("Origin")],
              [[str(x["at"]), str(x["user"]), str(x["entity"]), str(x["code"]),
                str(x["field"]), str(x["old"]), str(x["new"]), str(x["origin"] or "")]
               for x in (e.as_json(lang) for e in entries)])

    # -- actions -----------------------------------------------------------------
    def _open_meeting(self) -> None:
        m = self._selected()
        if m is None or self.editor is None or self.editor.read_only:
            return
        from workbench.record.snapshots import mark

        mark(self.editor.svc, m.id, "open")

    def show_changes(self) -> None:
        m = self._selected()
        if m is None or self.editor is None or self.meeting_mode:
            return
        from workbench.record.changes import changes_since
        from workbench.record.exports import change_doc
        from workbench.record.snapshots import snapshot_of, state_at_date

        svc = self.editor.svc
        state = snapshot_of(svc, m.id) or state_at_date(svc, m.date)
        result = changes_since(svc, state, self.editor.audience, None, self.editor.lang)
        self.changes.setPlainText(change_doc(result, m.key, self.editor.lang).text())

    def _enable(self, m: MeetingRecord | None) -> None:
        editable = self.editor is not None and not self.editor.read_only
        self.new_meeting.setEnabled(editable)
        self.edit_meeting.setEnabled(editable and m is not None)
        # deleting a meeting takes items a shared screen does not show with it
        self.delete_meeting.setEnabled(editable and m is not None and not self.meeting_mode)
        for b in (self.add_commitment, self.edit_commitment, self.delete_commitment,
                  self.add_action, self.edit_action, self.delete_action):
            b.setEnabled(editable and m is not None)

    # -- edits (each one undo step, ui.meetings.edits) ------------------------------
    def _edit_meeting(self) -> None:
        m = self._selected()
        if m is not None:
            self.edits.edit_meeting(m.id)

    def _delete_meeting(self) -> None:
        m = self._selected()
        if m is not None:
            self.edits.delete_meeting(m.id)

    def _add_commitment(self) -> None:
        m = self._selected()
        if m is not None:
            self.edits.add_commitment(m.id)

    def _add_action(self) -> None:
        m = self._selected()
        if m is not None:
            self.edits.add_action(m.id)

    def _edit_commitment(self) -> None:
        cid = _current(self.commitments, self.commitment_ids)
        if cid is not None:
            self.edits.edit_commitment(cid)

    def _edit_action(self) -> None:
        aid = _current(self.action_table, self.action_ids)
        if aid is not None:
            self.edits.edit_action(aid)

    def _delete(self, entity: str, table: QTableWidget, ids: list[str]) -> None:
        id_ = _current(table, ids)
        if id_ is not None:
            self.edits.delete(entity, id_)


def _title() -> str:
    return QCoreApplication.translate("MeetingsPage", "M&eetings")


PAGE = PageSpec("meetings", _title, lambda language, parent: MeetingsPage(language, parent))
