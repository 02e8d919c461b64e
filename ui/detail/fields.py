"""Form widgets bound to one row's fields, each edit a core command.

A :class:`FieldBinder` maps field names to editor widgets (line edits,
text areas, combo boxes, check boxes, year spin boxes). When the user
finishes an edit it pushes an ``UpdateEntity`` for that one field through
the :class:`~ui.undo.Editor`; when the core refuses it, the widget shows
the stored value again. :meth:`FieldBinder.load` fills the widgets from a
row without emitting edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ui.undo import Editor
from workbench.commands import UpdateEntity

NO_YEAR = "—"


class TextArea(QPlainTextEdit):
    """A plain-text area that reports the end of an edit when it loses focus."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setMaximumHeight(90)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class YearBox(QSpinBox):
    """A year, or none (the lowest value, shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1989, 2100)
        self.setSpecialValueText(NO_YEAR)
        self.setGroupSeparatorShown(False)

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_year(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))


Reader = Callable[[], Any]
Writer = Callable[[Any], None]


class FieldBinder:
    """Binds widgets to the fields of one entity row; edits become commands."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.editor: Editor | None = None
        self.row: dict[str, Any] | None = None
        self._fields: dict[str, tuple[QWidget, Reader, Writer]] = {}

    def line(self, name: str, widget: QLineEdit) -> QLineEdit:
        self._add(name, widget, lambda: widget.text().strip(), lambda v: widget.setText(v or ""))
        widget.editingFinished.connect(lambda: self._commit(name))
        return widget

    def text(self, name: str, widget: TextArea) -> TextArea:
        self._add(name, widget, widget.toPlainText, lambda v: widget.setPlainText(v or ""))
        widget.editing_finished.connect(lambda: self._commit(name))
        return widget

    def choice(self, name: str, widget: QComboBox) -> QComboBox:
        def write(value: Any) -> None:
            widget.setCurrentIndex(max(widget.findData(value), 0))

        self._add(name, widget, widget.currentData, write)
        widget.activated.connect(lambda _i: self._commit(name))
        return widget

    def check(self, name: str, widget: QCheckBox) -> QCheckBox:
        self._add(name, widget, widget.isChecked, lambda v: widget.setChecked(bool(v)))
        widget.clicked.connect(lambda _c: self._commit(name))
        return widget

    def year(self, name: str, widget: YearBox) -> YearBox:
        self._add(name, widget, widget.year, widget.set_year)
        widget.editingFinished.connect(lambda: self._commit(name))
        return widget

    def _add(self, name: str, widget: QWidget, read: Reader, write: Writer) -> None:
        self._fields[name] = (widget, read, write)

    def widget(self, name: str) -> QWidget:
        return self._fields[name][0]

    def load(self, row: dict[str, Any] | None, editable: bool = True) -> None:
        """Show `row` (None clears and disables the widgets) without making edits."""
        self.row = row
        for name, (widget, _read, write) in self._fields.items():
            widget.blockSignals(True)
            try:
                write(None if row is None else row.get(name))
            finally:
                widget.blockSignals(False)
            widget.setEnabled(row is not None and editable)

    def _commit(self, name: str) -> None:
        if self.row is None or self.editor is None:
            return
        widget, read, write = self._fields[name]
        value = read()
        if value == self.row.get(name):
            return
        before = self.row
        version = before.get("row_version")  # as read: a stale edit is refused
        cmd = UpdateEntity(self.entity, str(before["id"]), {name: value},
                           version=None if version is None else int(version))
        if self.editor.push(cmd) is None:
            # Refused (the user was told why): show the stored value again.
            widget.blockSignals(True)
            try:
                write(self.row.get(name))
            finally:
                widget.blockSignals(False)
        elif self.row is before:
            # Nobody reloaded us from the core: remember the stored value.
            self.row = {**before, name: value, "row_version": cmd.after}
