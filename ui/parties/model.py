"""The parties matrix as a Qt model: measures x parties, stance as colour, red lines marked.

:class:`PartyMatrixModel` adapts the core's :class:`~workbench.analysis.negotiation.PartyMatrix`
(one row per measure, a code/title column, a flag column, one column per
party) and turns an edited stance into a new dated position through
:func:`~workbench.commands.set_position`. In meeting mode it reads the
partners' data: no internal position, red line or condition. :class:`StanceDelegate`
draws the red-line border and edits a stance from a list;
:class:`VerticalHeader` writes party names upright so 18 parties fit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, Language
from ui.models.columns import Role
from ui.tables.positions import stance_text
from workbench.analysis.negotiation import PartyCell, PartyMatrix

AnyIndex = QModelIndex | QPersistentModelIndex

STANCE_COLOURS = {
    -2: "#d7301f",
    -1: "#fc8d59",
    0: "#eeeeee",
    1: "#a6d96a",
    2: "#1a9850",
}
FLAG_COLOURS = {
    "consensus": "#1a9850",
    "contested": "#e08214",
    "blocked": "#b2182b",
    "open": "#777777",
}
FLAGS = {
    "consensus": QT_TRANSLATE_NOOP("Parties", "consensus"),
    "contested": QT_TRANSLATE_NOOP("Parties", "contested"),
    "blocked": QT_TRANSLATE_NOOP("Parties", "blocked"),
    "open": QT_TRANSLATE_NOOP("Parties", "no positions"),
}
FIXED = 2  # measure and flag columns before the parties
RED_LINE = Role.RAW + 10


def tr(text: str) -> str:
    return QCoreApplication.translate("Parties", text)


def flag_text(flag: str) -> str:
    return tr(str(FLAGS.get(flag, flag)))


class PartyMatrixModel(QAbstractTableModel):
    """Measures x parties from the core's party matrix; edits become positions."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = language
        self.pm: PartyMatrix | None = None
        self.rows: list[int] = []  # indices into pm.codes, after the filter
        self.shown_flags: set[str] | None = None  # None = every measure
        self.meeting = False
        self.edit: Any = None  # (measure_id, party_id, changes) -> None; set by the page

    def set_matrix(self, pm: PartyMatrix) -> None:
        self.beginResetModel()
        self.pm = pm
        self._filter()
        self.endResetModel()

    def set_flags(self, flags: set[str] | None) -> None:
        self.beginResetModel()
        self.shown_flags = flags
        self._filter()
        self.endResetModel()

    def set_meeting_mode(self, on: bool) -> None:
        self.beginResetModel()
        self.meeting = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        pm = self.pm
        if pm is None:
            self.rows = []
            return
        # the matrix is the analysis of the screen's audience: nothing to hide here
        self.rows = [
            i
            for i, s in enumerate(pm.standings)
            if self.shown_flags is None or s.flag in self.shown_flags
        ]

    def shown_codes(self) -> list[str]:
        return [] if self.pm is None else [self.pm.codes[i] for i in self.rows]

    def cell(self, index: AnyIndex) -> PartyCell | None:
        if self.pm is None or index.column() < FIXED:
            return None
        return self.pm.cells[self.rows[index.row()]][index.column() - FIXED]

    def ids(self, index: AnyIndex) -> tuple[str, str] | None:
        """(measure_id, party_id) of a party cell."""
        if self.pm is None or index.column() < FIXED:
            return None
        return (
            self.pm.measure_ids[self.rows[index.row()]],
            self.pm.parties[index.column() - FIXED].id,
        )

    # -- Qt model ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.pm is None:
            return 0
        return FIXED + len(self.pm.parties)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.pm is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return QCoreApplication.translate("Parties", "Measure")
            if section == 1:
                return QCoreApplication.translate("Parties", "Agreement")
            return self.pm.parties[section - FIXED].name
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIXED and self.edit is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pm = self.pm
        if pm is None or not index.isValid():
            return None
        i, col = self.rows[index.row()], index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{pm.codes[i]}  {pm.titles[i]}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return pm.titles[i]
            return None
        if col == 1:
            flag = pm.standings[i].flag
            if self.meeting:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return flag_text(flag)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(FLAG_COLOURS[flag]))
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(flag == "blocked")
                return f
            if role == Role.RAW:
                return flag
            return None
        return self._party_data(index, role)

    def _party_data(self, index: AnyIndex, role: int) -> Any:
        c = self.cell(index)
        # the cell comes from the screen's audience's data: in meeting mode only what the
        # partners may see (the one rule, workbench.analysis.audience), as in their workbook
        red = c is not None and c.red_line
        if role == Qt.ItemDataRole.DisplayRole:
            if c is None:
                return ""
            text = f"{c.stance:+d}".replace("-", "−") if c.stance else "0"
            return f"{text} !" if red else text
        if role == Qt.ItemDataRole.EditRole:
            return None if c is None else c.stance
        if role == Role.RAW:
            return None if c is None else c.stance
        if role == RED_LINE:
            return red
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and c is not None:
            return QBrush(QColor(STANCE_COLOURS[c.stance]))
        if role == Qt.ItemDataRole.ForegroundRole and c is not None and abs(c.stance) == 2:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.FontRole and red:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, c, red)
        return None

    def _tooltip(self, index: AnyIndex, c: PartyCell | None, red: bool) -> str:
        assert self.pm is not None
        party = self.pm.parties[index.column() - FIXED].name
        code = self.pm.codes[self.rows[index.row()]]
        if c is None:
            return QCoreApplication.translate("Parties", "{party} on {code}: no position").format(
                party=party, code=code
            )
        lines = [
            QCoreApplication.translate("Parties", "{party} on {code}: {stance}").format(
                party=party, code=code, stance=stance_text(c.stance)
            ),
            QCoreApplication.translate("Parties", "Since {date}").format(
                date=self.lang.date(c.date)
            ),
        ]
        if red:
            lines.append(QCoreApplication.translate("Parties", "Red line"))
        if c.conditions:
            lines.append(
                QCoreApplication.translate("Parties", "Conditions: {text}").format(
                    text=c.conditions
                )
            )
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        ids = self.ids(index)
        if role != Qt.ItemDataRole.EditRole or ids is None or self.edit is None:
            return False
        c = self.cell(index)
        stance = int(value)
        if c is not None and c.stance == stance:
            return False
        changes: dict[str, Any] = {"stance": stance}
        if stance == 0:
            changes["red_line"] = False  # a neutral stance cannot be a red line
        self.edit(ids[0], ids[1], changes)
        return True


class StanceDelegate(QStyledItemDelegate):
    """Draws a red line as a heavy border; edits a stance from the five choices."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        if index.data(RED_LINE):
            painter.save()
            painter.setPen(QPen(QColor("#000000"), 3))
            r: QRect = option.rect.adjusted(2, 2, -2, -2)
            painter.drawRect(r)
            painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for value in (2, 1, 0, -1, -2):
            box.addItem(stance_text(value), value)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        i = editor.findData(0 if value is None else int(value))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class VerticalHeader(QHeaderView):
    """A horizontal header whose party names read bottom-up, so narrow columns fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setMinimumHeight(190)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if logical_index < FIXED:
            super().paintSection(painter, rect, logical_index)
            return
        painter.save()
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.rect = rect
        opt.section = logical_index
        opt.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
        text = str(self.model().headerData(logical_index, Qt.Orientation.Horizontal) or "")
        painter.translate(rect.x() + rect.width() / 2 + 5, rect.bottom() - 6)
        painter.rotate(-90)
        room = rect.height() - 12
        painter.drawText(
            0, 0, painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        )
        painter.restore()
