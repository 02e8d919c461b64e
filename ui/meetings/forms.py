"""Dialogs that add or edit a meeting, a commitment or an action item.

Each dialog shows a row as the screen's audience may see it (the rows of
``editor.source``) and returns plain values; the page turns the values
that changed into core commands. A text the audience may not read (None in
its data: an internal note on a shared screen) is not offered for editing
and is never written, so an edit in meeting mode cannot overwrite it. A new
item is internal unless the user picks another visibility.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from workbench.i18n import Language, label
from workbench.model import CommitmentStatus, MeetingKind, Visibility

Choices = Sequence[tuple[str, str]]  # (id or value, text shown)


def _value(v: Any) -> Any:
    return getattr(v, "value", v)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def combo(parent: QWidget, choices: Choices, current: Any, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for value, text in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(_value(current))))
    return box


def fill_visibility(box: QComboBox, lang: Language, current: Any) -> None:
    """(Re)fill `box` with the visibilities in `lang`; `current` chosen (internal if None)."""
    box.clear()
    for v in Visibility:
        box.addItem(label("visibility." + v.value, lang), v.value)
    box.setCurrentIndex(max(0, box.findData(_value(current) or "internal")))


def visibility_combo(parent: QWidget, lang: Language, current: Any, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    fill_visibility(box, lang, current)
    return box


class DueDate(QWidget):
    """An optional date: a tick box ("due by") and a date."""

    def __init__(self, current: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has = QCheckBox(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has.setChecked(current is not None)
        self.date.setDate(_qdate(current or dt.date.today()))
        self.date.setEnabled(current is not None)
        self.has.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has)
        row.addWidget(self.date, 1)

    def value(self) -> dt.date | None:
        return _pydate(self.date.date()) if self.has.isChecked() else None


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.complete())

    def complete(self) -> bool:
        return True

    def _text(self, current: str | None, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(110)
        if current is None:  # hidden from this screen's audience: not offered, never written
            edit.setEnabled(False)
            edit.setPlaceholderText(
                QCoreApplication.translate("MeetingForm", "Not shown on this screen."))
        else:
            edit.setPlainText(current)
        return edit


class MeetingDialog(_Form):
    """Date, title, place, kind, visibility, parties present, our delegation, notes, decisions."""

    def __init__(
        self,
        lang: Language,
        row: Mapping[str, Any],
        parties: Choices,
        present: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("MeetingDialog", "Meeting"), parent)
        self.setObjectName("meetingDialog")
        self.title = QLineEdit(str(row.get("title") or ""), self)
        self.title.setObjectName("meetingTitle")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(_qdate(row.get("date") or dt.date.today()))
        self.location = QLineEdit(str(row.get("location") or ""), self)
        self.kind = combo(self, [(k.value, label("meeting_kind." + k.value, lang))
                                 for k in MeetingKind], row.get("kind") or "plenary", "kind")
        self.visibility = visibility_combo(self, lang, row.get("visibility"), "visibility")
        self.parties = QListWidget(self)
        self.parties.setObjectName("partiesPresent")
        self.parties.setMaximumHeight(140)
        for pid, name in parties:
            item = QListWidgetItem(name, self.parties)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in present
                               else Qt.CheckState.Unchecked)
        self.delegation = QLineEdit(str(row.get("delegation") or ""), self)
        self.notes = self._text(row.get("notes", ""), "notes")
        self.notes_visibility = visibility_combo(self, lang, row.get("notes_visibility"),
                                                 "notesVisibility")
        self.decisions = self._text(row.get("decisions", ""), "decisions")
        self.decisions_visibility = visibility_combo(self, lang, row.get("decisions_visibility"),
                                                     "decisionsVisibility")
        self.notes_visibility.setEnabled(self.notes.isEnabled())
        self.decisions_visibility.setEnabled(self.decisions.isEnabled())
        for text, widget in (
            (self.tr("Title"), self.title), (self.tr("Date"), self.date),
            (self.tr("Place"), self.location), (self.tr("Kind"), self.kind),
            (self.tr("Visibility"), self.visibility), (self.tr("Parties present"), self.parties),
            (self.tr("Our delegation"), self.delegation), (self.tr("Notes"), self.notes),
            (self.tr("Visibility of the notes"), self.notes_visibility),
            (self.tr("Decisions"), self.decisions),
            (self.tr("Visibility of the decisions"), self.decisions_visibility),
        ):
            self.form.addRow(text, widget)
        self.title.textChanged.connect(self._check)
        self.finish()
        self.resize(560, 640)

    def complete(self) -> bool:
        return bool(self.title.text().strip())

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title.text().strip(), "date": _pydate(self.date.date()),
            "location": self.location.text().strip(), "kind": self.kind.currentData(),
            "visibility": self.visibility.currentData(),
            "delegation": self.delegation.text().strip(),
        }
        if self.notes.isEnabled():
            out["notes"] = self.notes.toPlainText()
            out["notes_visibility"] = self.notes_visibility.currentData()
        if self.decisions.isEnabled():
            out["decisions"] = self.decisions.toPlainText()
            out["decisions_visibility"] = self.decisions_visibility.currentData()
        return out

    def checked_parties(self) -> set[str]:
        return {str(self.parties.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.parties.count())
                if self.parties.item(i).checkState() == Qt.CheckState.Checked}


class CommitmentDialog(_Form):
    """A promise: which party, on which measure, what, by when, open/kept/broken, visibility."""

    def __init__(
        self,
        lang: Language,
        row: Mapping[str, Any],
        parties: Choices,
        measures: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("CommitmentDialog", "Commitment"), parent)
        self.setObjectName("commitmentDialog")
        self.party = combo(self, parties, row.get("stakeholder_id"), "party")
        self.measure = combo(self, [("", self.tr("(no measure)")), *measures],
                             row.get("measure_id") or "", "measure")
        self.text = self._text(str(row.get("text") or ""), "commitmentText")
        self.due = DueDate(row.get("due"), self)
        self.status = combo(self, [(s.value, label("commitment." + s.value, lang))
                                   for s in CommitmentStatus], row.get("status") or "open",
                            "status")
        self.visibility = visibility_combo(self, lang, row.get("visibility"), "visibility")
        for text, widget in (
            (self.tr("Party"), self.party), (self.tr("Measure"), self.measure),
            (self.tr("What"), self.text), (self.tr("Due"), self.due),
            (self.tr("Status"), self.status), (self.tr("Visibility"), self.visibility),
        ):
            self.form.addRow(text, widget)
        self.text.textChanged.connect(self._check)
        self.finish()

    def complete(self) -> bool:
        return bool(self.text.toPlainText().strip()) and self.party.count() > 0

    def values(self) -> dict[str, Any]:
        return {
            "stakeholder_id": self.party.currentData(),
            "measure_id": self.measure.currentData() or None,
            "text": self.text.toPlainText().strip(), "due": self.due.value(),
            "status": self.status.currentData(), "visibility": self.visibility.currentData(),
        }


class ActionDialog(_Form):
    """An action item: what, owner, due date, done or open, visibility."""

    def __init__(self, lang: Language, row: Mapping[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ActionDialog", "Action item"), parent)
        self.setObjectName("actionDialog")
        self.text = self._text(str(row.get("text") or ""), "actionText")
        self.owner = QLineEdit(str(row.get("owner") or ""), self)
        self.owner.setObjectName("owner")
        self.due = DueDate(row.get("due"), self)
        self.done_box = QCheckBox(self.tr("Done"), self)
        self.done_box.setChecked(bool(row.get("done")))
        self.visibility = visibility_combo(self, lang, row.get("visibility"), "visibility")
        for text, widget in (
            (self.tr("What"), self.text), (self.tr("Owner"), self.owner),
            (self.tr("Due"), self.due), (self.tr("Status"), self.done_box),
            (self.tr("Visibility"), self.visibility),
        ):
            self.form.addRow(text, widget)
        self.text.textChanged.connect(self._check)
        self.finish()

    def complete(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText().strip(), "owner": self.owner.text().strip(),
            "due": self.due.value(), "done": self.done_box.isChecked(),
            "visibility": self.visibility.currentData(),
        }
