"""Paints and edits a scoring-matrix cell.

The background is the cell's value 0..1 on a red-yellow-green ramp; a
missing assessment is hatched grey with a dash (never a 0); the best
estimate is drawn large with the low-high range small beneath it, and a
computed health cell carries a small "berekend" tag. Numbers are edited in
a spin box in the UI locale (Dutch: 1.234,5), levels from a combo box.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.matrix.model import MatrixRole

AnyIndex = QModelIndex | QPersistentModelIndex
_RAMP = ((0.0, (244, 166, 160)), (0.5, (255, 241, 176)), (1.0, (158, 217, 165)))


def heat_colour(value: float) -> QColor:
    """Red (0, worst) through yellow to green (1, best), light enough for black text."""
    v = min(1.0, max(0.0, value))
    for (x0, c0), (x1, c1) in itertools.pairwise(_RAMP):
        if v <= x1:
            t = (v - x0) / (x1 - x0)
            return QColor(*(round(a + (b - a) * t) for a, b in zip(c0, c1, strict=True)))
    return QColor(*_RAMP[-1][1])


class MatrixDelegate(QStyledItemDelegate):
    """Heat-map cells with range and computed marker; number or level editors."""

    computed_text = "computed"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.column() == 0:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        painter.save()
        missing = bool(index.data(MatrixRole.MISSING))
        if missing:
            painter.fillRect(rect, QColor(236, 236, 236))
            painter.fillRect(rect, QBrush(QColor(190, 190, 190), Qt.BrushStyle.BDiagPattern))
        else:
            value = index.data(MatrixRole.VALUE)
            fill = heat_colour(float(value)) if value is not None else QColor(255, 255, 255)
            painter.fillRect(rect, fill)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = painter.pen()
            pen.setColor(QColor(31, 58, 95))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(QColor(110, 110, 110) if missing else QColor(20, 20, 20))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        span = str(index.data(MatrixRole.RANGE) or "")
        main = rect.adjusted(2, 6, -2, -(rect.height() // 3 if span else 0))
        bold = QFont(option.font)
        bold.setBold(not missing)
        painter.setFont(bold)
        painter.drawText(main, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setFont(small)
        if span:
            painter.setPen(QColor(70, 70, 70))
            low = rect.adjusted(2, rect.height() * 2 // 3 - 4, -2, -1)
            painter.drawText(low, int(Qt.AlignmentFlag.AlignCenter), span)
        if index.data(MatrixRole.COMPUTED):
            painter.setPen(QColor(31, 58, 95))
            painter.drawText(
                rect.adjusted(3, 0, -3, -1),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                self.computed_text,
            )
        painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        levels = index.data(MatrixRole.LEVELS)
        if levels:
            combo = QComboBox(parent)
            for text, value in levels:
                combo.addItem(text, value)
            combo.activated.connect(lambda _i: self._commit(combo))
            return combo
        spin = QDoubleSpinBox(parent)
        spin.setRange(-1e12, 1e12)
        spin.setDecimals(2)
        spin.setGroupSeparatorShown(True)
        return spin

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(0, i))
        elif isinstance(editor, QDoubleSpinBox) and value is not None:
            editor.setValue(float(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        value: Any = None
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QDoubleSpinBox):
            value = editor.value()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
