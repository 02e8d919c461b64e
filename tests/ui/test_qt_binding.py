"""The pinned Qt binding does not corrupt reference counts on the model path we use.

PySide6 6.12.0 decremented None's reference count each time a Python
``data()`` returned None to C++ (a proxy model or a view asking for a role),
so after a 10,000-row register had been painted the interpreter aborted
("deallocating None"). The pin in pyproject.toml avoids it; this test keeps
it avoided when the pin moves.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from pytestqt.qtbot import QtBot

_ROOT = QModelIndex()


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 50

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 20

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_returning_none_through_cpp_keeps_nones_refcount(qtbot: QtBot) -> None:
    model = _NoneModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for r in range(50):
        for c in range(20):
            proxy.data(proxy.index(r, c), Qt.ItemDataRole.DisplayRole)
    # 1,000 calls: a leak-free binding moves the count by a handful at most
    assert abs(sys.getrefcount(None) - before) < 100
