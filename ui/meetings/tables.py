"""Small read-only tables and button rows of the Vergaderingen page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QWidget


def table(parent: QWidget, name: str) -> QTableWidget:
    t = QTableWidget(parent)
    t.setObjectName(name)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    return t


def buttons(parent: QWidget, names: tuple[str, ...]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    made = []
    for name in names:
        b = QPushButton(parent)
        b.setObjectName(name)
        row.addWidget(b)
        made.append(b)
    row.addStretch(1)
    return row, made


def current(t: QTableWidget, ids: list[str]) -> str | None:
    rows = t.selectionModel().selectedRows() if t.selectionModel() else []
    return ids[rows[0].row()] if rows and rows[0].row() < len(ids) else None


def fill(t: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    t.clear()
    t.setColumnCount(len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            t.setItem(r, c, QTableWidgetItem(v))
    t.resizeColumnsToContents()
