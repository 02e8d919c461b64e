"""Filtering in front of a spec-driven model; sorting is forwarded to the source.

The source model sorts its own rows in Python with one key per row (fast
for 10,000 measures); this proxy keeps the source order and only hides
rows for which the owning view's predicate says no.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.table_model import EntityTableModel

Predicate = Callable[[Any], bool]


class FilterProxy(QSortFilterProxyModel):
    """Shows the rows of an EntityTableModel that pass a predicate."""

    def __init__(self, source: EntityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._predicate: Predicate | None = None
        self.setSourceModel(source)

    def set_predicate(self, predicate: Predicate | None) -> None:
        # Qt 6.9+: the begin/end pair replaces the deprecated invalidateRowsFilter().
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._predicate is None:
            return True
        return self._predicate(self._source.row_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)
