"""The editor for each cell, chosen by the column spec's editor kind.

Choices (enumerations, levels) get a combo box, years a spin box whose
lowest value means "no year", integers and decimals spin boxes in the UI
locale, text a line edit; yes/no columns are check boxes drawn by the view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.columns import EditorKind, Role

AnyIndex = QModelIndex | QPersistentModelIndex
NO_YEAR = "—"


class SpecDelegate(QStyledItemDelegate):
    """Creates, fills and reads the editor named by the cell's Role.EDITOR."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        kind = EditorKind(index.data(Role.EDITOR) or EditorKind.TEXT.value)
        if kind == EditorKind.CHOICE:
            combo = QComboBox(parent)
            for value, text in index.data(Role.CHOICES) or []:
                combo.addItem(text, value)
            # Commit as soon as the user picks, so one click edits.
            combo.activated.connect(lambda _i: self._commit(combo))
            return combo
        if kind in (EditorKind.YEAR, EditorKind.INT):
            spin = QSpinBox(parent)
            low, high = index.data(Role.BOUNDS) or (-(2**31), 2**31 - 1)
            if kind == EditorKind.YEAR:
                spin.setRange(int(low) - 1, int(high))
                spin.setSpecialValueText(NO_YEAR)
                spin.setGroupSeparatorShown(False)
            else:
                spin.setRange(int(low), int(high))
            return spin
        if kind == EditorKind.FLOAT:
            dspin = QDoubleSpinBox(parent)
            low, high = index.data(Role.BOUNDS) or (-1e12, 1e12)
            dspin.setRange(float(low), float(high))
            dspin.setDecimals(3)
            return dspin
        return QLineEdit(parent)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            pos = editor.findData(value)
            editor.setCurrentIndex(max(pos, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(0.0 if value is None else float(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
            if editor.specialValueText() and value == editor.minimum():
                value = None
        elif isinstance(editor, QDoubleSpinBox):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text().strip()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
