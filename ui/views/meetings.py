"""The Vergaderingen page: meetings, commitments, open items, agenda, history, changes.

A list of meetings (date, kind, parties, our delegation) and the selected
meeting's notes, decisions, commitments and action items with their
visibility; the open and overdue items across meetings; a proposed agenda
for the next meeting that the user reorders and prints; and the team's own
record: the project-wide change list (filter by date, person, entity,
measure) and "what changed since" the selected meeting. Everything is read
from the core (:mod:`workbench.record`); meetings come from the screen's
audience's data, so meeting mode shows what the partners may see, and the
internal record (history, changes) is hidden there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.undo import Editor
from ui.views import PageSpec
from workbench.i18n import label
from workbench.record import agenda as agenda_core
from workbench.record.meetings import MeetingRecord, meetings, open_items
from workbench.services import Change


def _table(parent: QWidget, name: str) -> QTableWidget:
    t = QTableWidget(parent)
    t.setObjectName(name)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    return t


def _fill(t: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    t.clear()
    t.setColumnCount(len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            t.setItem(r, c, QTableWidgetItem(v))
    t.resizeColumnsToContents()


class MeetingsPage(QWidget):
    """Meetings, their record and the team's history, from the core's record package."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.lang = language
        self.editor: Editor | None = None
        self.meeting_mode = False
        self._stale = False
        self.records: list[MeetingRecord] = []
        self.items: list[agenda_core.AgendaItem] = []

        self.list = _table(self, "meetingList")
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._show_detail)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openMeeting")
        self.open_button.clicked.connect(self._open_meeting)
        self.header = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("meetingNotes")
        self.notes.setReadOnly(True)
        self.commitments = _table(self, "commitments")
        self.action_table = _table(self, "actionItems")
        self.open_box = QGroupBox(self)
        self.open_list = _table(self, "openItems")
        QVBoxLayout(self.open_box).addWidget(self.open_list)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        for w in (self.header, self.notes, self.commitments, self.action_table):
            dl.addWidget(w)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.list)
        ll.addWidget(self.open_button)
        ll.addWidget(self.open_box)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(detail)

        # agenda: proposed from the record, reordered and printed
        agenda = QWidget(self)
        self.agenda_list = QListWidget(agenda)
        self.agenda_list.setObjectName("agendaList")
        self.up, self.down, self.print_button = (QPushButton(agenda) for _ in range(3))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.print_button.clicked.connect(self._print)
        al = QVBoxLayout(agenda)
        al.addWidget(self.agenda_list)
        row = QHBoxLayout()
        for b in (self.up, self.down, self.print_button):
            row.addWidget(b)
        al.addLayout(row)

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
        self.tabs.addTab(agenda, "")
        self.tabs.addTab(self.record_tab, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate_ui()

    # -- page protocol -------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self._refresh_when_shown()

    def on_change(self, change: Change) -> None:
        # every change is history, so the change list refreshes on any change
        del change
        self._refresh_when_shown()

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.meeting_mode
        self.meeting_mode = on
        if changed:
            self.refresh()  # also while hidden: nothing read for another audience lingers
        else:
            self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        # the history reads the whole audit log: a hidden page reads nothing until shown
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.tabs.setTabText(1, self.tr("Agenda"))
        self.tabs.setTabText(2, self.tr("History"))
        self.open_button.setText(self.tr("Open meeting (record the state)"))
        self.open_box.setTitle(self.tr("Open and overdue items"))
        self.up.setText(self.tr("Up"))
        self.down.setText(self.tr("Down"))
        self.print_button.setText(self.tr("Print agenda…"))
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
        _fill(self.list, [self.tr("Date"), self.tr("Title"), self.tr("Kind"),
                          self.tr("Parties"), self.tr("Our delegation")],
              [[m.date.isoformat(), m.title, label("meeting_kind." + m.kind, lang),
                ", ".join(m.parties), m.delegation] for m in self.records])
        _fill(self.open_list, [self.tr("Meeting"), self.tr("What"), self.tr("Who"),
                               self.tr("Due"), self.tr("Overdue")],
              [[i.meeting, i.text, i.who, "" if i.due is None else i.due.isoformat(),
                self.tr("overdue") if i.overdue else ""] for i in open_items(self.records)])
        if self.records and not self.list.selectionModel().selectedRows():
            self.list.selectRow(len(self.records) - 1)  # the latest meeting
        self.items = agenda_core.propose(self.editor.analysis(), dt.date.today())
        self._show_agenda()
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
        lang = self.editor.lang if self.editor else "nl"
        if m is None:
            self.header.clear()
            self.notes.clear()
            self.commitments.setRowCount(0)
            self.action_table.setRowCount(0)
            return
        self.header.setText(f"{m.title} — {m.date.isoformat()} — {m.location}")
        parts = [(self.tr("Notes"), m.notes), (self.tr("Decisions"), m.decisions)]
        self.notes.setPlainText("\n\n".join(f"{h}:\n{t}" for h, t in parts if t))
        vis = self.tr("Visibility")
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
        result = changes_since(svc, state, "internal", None, self.editor.lang)
        self.changes.setPlainText(change_doc(result, m.key, self.editor.lang).text())

    def _show_agenda(self) -> None:
        self.agenda_list.clear()
        self.agenda_list.addItems([i.text for i in self.items])

    def _move(self, step: int) -> None:
        row = self.agenda_list.currentRow()
        if row < 0:
            return
        self.items = agenda_core.move(self.items, row, row + step)
        self._show_agenda()
        self.agenda_list.setCurrentRow(max(0, min(row + step, len(self.items) - 1)))

    def _print(self) -> None:
        from workbench.record.document import Doc, to_pdf

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print agenda…"), "agenda.pdf",
                                              "PDF (*.pdf)")
        if not path:
            return
        doc = Doc(self.tr("Agenda"))
        for i, item in enumerate(self.items, 1):
            doc.para(f"{i}. {item.text}")
        with open(path, "wb") as fh:
            fh.write(to_pdf(doc))


def _title() -> str:
    return QCoreApplication.translate("MeetingsPage", "M&eetings")


PAGE = PageSpec("meetings", _title, lambda language, parent: MeetingsPage(language, parent))
