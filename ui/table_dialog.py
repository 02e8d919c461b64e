"""A read-only table of text rows under a title, with Close: the dialogs that show
a history (a field's changes, a party's dated positions) are this."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class TableDialog(QDialog):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(QLabel(title, self))
        self.table = QTableWidget(self)

    def fill(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], empty: str,
        size: tuple[int, int],
    ) -> None:
        """The rows as cells; `empty` said above the table when there are none."""
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        for i, cells in enumerate(rows):
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if not rows:
            self._layout.addWidget(QLabel(empty, self))
        self._layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)
        self.resize(*size)
