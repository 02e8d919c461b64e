"""A list to work through on the Concepten page: a heading, a read-only table of rows
selected whole, and a row of buttons below. What the user sets aside (a confirmed
match, a rejected suggestion) stays aside for the session and comes back with
another project. The review list and the link suggestions are both this."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.undo import Editor

Item = TypeVar("Item")


class SessionList(QWidget, Generic[Item]):
    def __init__(self, name: str, table_name: str, columns: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.editor: Editor | None = None
        self.draft_key: str | None = None
        self.items: list[Item] = []
        self.set_aside: set[Hashable] = set()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, columns, self)
        self.table.setObjectName(table_name)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.body = layout  # a panel may add a line between the table and the buttons

    def finish_layout(self, widgets: Sequence[QWidget]) -> None:
        for w in widgets:
            self.buttons.addWidget(w)
        self.buttons.addStretch(1)
        self.body.addLayout(self.buttons)

    def bind(self, editor: Editor | None) -> None:
        self.editor = editor
        self.set_aside.clear()  # another project: nothing of the last one stays aside

    def selected(self) -> Item | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None
