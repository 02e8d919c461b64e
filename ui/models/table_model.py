"""The one generic table model: rows of plain records, columns from specs.

``data()`` dispatches on the role to the column's spec (getter, formatter,
alignment, editor hints); ``setData()`` asks the spec for a core command
and hands it to the :class:`~ui.undo.Editor`, which runs it and puts it on
the undo stack. The model holds no business logic and runs no queries: the
owning panel gives it rows (from :mod:`workbench.services.queries` or
:meth:`ProjectService.rows`) and refreshes them when a change concerns it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.i18n import Language
from ui.models.columns import ColumnSpec, EditorKind, Role, row_id
from ui.undo import Editor

AnyIndex = QModelIndex | QPersistentModelIndex
MISSING_TEXT = "—"


class EntityTableModel(QAbstractTableModel):
    """Rows of one entity (or read model), shown and edited through column specs."""

    def __init__(
        self,
        columns: Sequence[ColumnSpec],
        language: Language,
        editor: Editor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[ColumnSpec, ...] = tuple(columns)
        self._rows: list[Any] = []
        self._given: list[Any] = []  # every row, before meeting mode hides any
        self._meeting = False
        self._lang = language
        self.editor = editor
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content -------------------------------------------------------------
    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._columns

    def set_columns(self, columns: Sequence[ColumnSpec]) -> None:
        if tuple(c.key for c in columns) == tuple(c.key for c in self._columns):
            self._columns = tuple(columns)
            if self._columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            return
        self.beginResetModel()
        self._columns = tuple(columns)
        self._sort = None
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`; keeps the current sort, and the view's state when ids are unchanged."""
        self._given = list(rows)
        new = list(rows)
        if self._sort is not None:
            new = self._sorted(new, *self._sort)
        if [row_id(r) for r in new] == [row_id(r) for r in self._rows]:
            self._rows = new
            if new and self._columns:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def set_meeting_mode(self, on: bool) -> None:
        """Remember the mode; the rows given are already those the audience may see."""
        self._meeting = on

    @property
    def meeting_mode(self) -> bool:
        return self._meeting

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        """The rows shown (without those meeting mode hides)."""
        return list(self._rows)

    def all_rows(self) -> list[Any]:
        """Every row given, shown or hidden by meeting mode."""
        return list(self._given)

    def row_of(self, id_: str) -> int:
        for i, r in enumerate(self._rows):
            if row_id(r) == id_:
                return i
        return -1

    def column_of(self, key: str) -> int:
        for i, c in enumerate(self._columns):
            if c.key == key:
                return i
        return -1

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        spec = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.header_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.header_text()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        spec = self._columns[index.column()]
        if spec.edit is None or self.editor is None or self.editor.read_only:
            return base
        if self._meeting and spec.getter(self._rows[index.row()]) is None:
            # an empty cell may hide an internal text: no typing over what cannot be seen
            return base
        if spec.editor == EditorKind.BOOL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self._columns[index.column()]
        row = self._rows[index.row()]
        value = spec.getter(row)
        missing = spec.mark_missing and value is None
        if role == Qt.ItemDataRole.DisplayRole:
            if missing:
                return MISSING_TEXT
            if spec.display is not None:
                return spec.display(row)
            if spec.row_fmt is not None:
                return spec.row_fmt(self._lang, row)
            return spec.fmt(self._lang, value)
        if role == Qt.ItemDataRole.EditRole or role == Role.RAW:
            return value
        if role == Qt.ItemDataRole.CheckStateRole:
            if spec.editor != EditorKind.BOOL:
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if missing else spec.align
        if role == Qt.ItemDataRole.ForegroundRole:
            if missing:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if missing:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(0, 0, 0, 10) if missing else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return QCoreApplication.translate("EntityTableModel", "Not assessed")
            if spec.tooltip is not None:
                return spec.tooltip(self._lang, value)
            return None
        if role == Role.ROW_ID:
            return row_id(row)
        if role == Role.SORT:
            return self._sort_value(spec, value)
        per_row = None if spec.row_choices is None else spec.row_choices(row)
        if role == Role.EDITOR:
            return EditorKind.CHOICE.value if per_row is not None else spec.editor.value
        if role == Role.CHOICES:
            if per_row is not None:
                return list(per_row)
            return list(spec.choices(self._lang)) if spec.choices is not None else []
        if role == Role.BOUNDS:
            return spec.bounds
        if role == Role.MISSING:
            return missing
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.editor is None:
            return False
        spec = self._columns[index.column()]
        if spec.edit is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and spec.editor == EditorKind.BOOL:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        cmd = spec.edit(self._rows[index.row()], value)
        if cmd is None:
            return False
        return self.editor.push(cmd) is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python (one key per row), keeping persistent indexes."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [row_id(self._rows[i.row()]) for i in old]
        self._rows = self._sorted(self._rows, column, order)
        self._sort = (column, order)
        pos = {row_id(r): n for n, r in enumerate(self._rows)}
        new = [self.index(pos[i], idx.column()) for i, idx in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- helpers -------------------------------------------------------------
    def _sort_value(self, spec: ColumnSpec, value: Any) -> Any:
        if spec.sort_key is not None:
            return spec.sort_key(self._lang, value)
        if isinstance(value, str):
            return value.casefold()
        return value

    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        spec = self._columns[column]
        keyed = [(self._sort_value(spec, spec.getter(r)), r) for r in rows]
        # A missing value sorts last in either direction.
        present = [kr for kr in keyed if kr[0] is not None]
        absent = [r for k, r in keyed if k is None]
        present.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [r for _k, r in present] + absent
