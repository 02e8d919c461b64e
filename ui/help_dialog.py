"""Help > Keyboard shortcuts: every shortcut of the main window, read from its actions.

The list is built from the QActions themselves (text without mnemonics,
every shortcut in the platform's native notation), so it cannot drift from
what the keys really do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(action text, shortcuts) for each action that has a shortcut, once each."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.replace("…", "").strip()
        if not keys or not text:
            continue
        row = (text, ", ".join(keys))
        if row not in rows:
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table: what the action does, and its keys."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.intro = QLabel(self.tr("The keys of the main actions of the workbench."), self)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for i, (text, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(text))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def texts(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.table.rowCount()):
            action, keys = self.table.item(i, 0), self.table.item(i, 1)
            if action is not None and keys is not None:
                out.append((action.text(), keys.text()))
        return out


def page_help_html(task: str, language: str) -> str:
    """The short help of a task page (workbench/resources/help/<lang>/<task>.html)."""
    from workbench.resources import resource_path

    lang = "en" if language == "en" else "nl"
    path = resource_path("help", lang, f"{task}.html")
    if not path.is_file():
        path = resource_path("help", lang, "register.html")
    return path.read_text(encoding="utf-8")


class PageHelpDialog(QDialog):
    """F1: what the page's figures mean and how they are computed, with a way to the keys."""

    def __init__(
        self, task: str, language: str, actions: Iterable[QAction], parent: QWidget | None = None
    ) -> None:
        from PySide6.QtWidgets import QTextBrowser

        super().__init__(parent)
        self.setObjectName("pageHelpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.task = task
        self._actions = list(actions)
        self.text = QTextBrowser(self)
        self.text.setObjectName("pageHelpText")
        self.text.setOpenLinks(False)
        keys = self.tr("Keyboard shortcuts (Shift+F1)")
        self.text.setHtml(page_help_html(task, language) + f'<p><a href="keys">{keys}</a></p>')
        self.text.anchorClicked.connect(lambda _url: self.show_shortcuts())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self._actions, self)
        dialog.open()
        return dialog
