"""Telling the user what went wrong: one presenter for every error message.

Messages appear in a window-modal QMessageBox opened with ``open()``, so
the event loop keeps running (tests read the box's text without blocking).
:attr:`ErrorPresenter.history` keeps the texts shown in this session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorPresenter:
    """Shows error texts over a parent window, never blocking the caller."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.history: list[str] = []
        self.last_box: QMessageBox | None = None

    def show(self, text: str) -> None:
        self.history.append(text)
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorPresenter", "Maatwerk Workbench"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.open()
