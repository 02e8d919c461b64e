"""Navigation by task: the side bar, one page per task, the detail dock per page, global keys.

The window's pages are *tasks* in two groups, the record (measures, drafts,
parties and positions, meetings) and the analysis (score table, weights,
value for money, uncertainty and sensitivity, support, packages). A task
page holds one or more *parts* (a view page and the data table it
analyses, e.g. the score table and the criteria), as inner tabs. The side
bar lists the tasks; Ctrl+1..9 and Ctrl+0 reach them from any widget.
:class:`DockMemory` shows the measure details only beside pages where a
measure is the subject, remembering what the user chose per page.
:class:`GlobalKeys` makes the window's shortcuts work while a text field
has focus (Ctrl+E in the search field, Ctrl+Z in a weight box).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

RECORD, ANALYSIS = "record", "analysis"
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Task:
    key: str  # the --view name and the saved view
    group: str  # RECORD or ANALYSIS
    parts: tuple[str, ...]  # part keys, shown as inner tabs in this order
    dock: bool  # the measure details beside it, until the user chooses otherwise


TASKS = (
    Task("register", RECORD, ("register",), True),
    Task("drafts", RECORD, ("drafts",), False),
    Task("positions", RECORD, ("positions", "party_list"), False),
    Task("meetings", RECORD, ("meetings",), False),
    Task("matrix", ANALYSIS, ("matrix", "ranking", "criteria"), True),
    Task("weights", ANALYSIS, ("weights", "profiles"), False),
    Task("value", ANALYSIS, ("value",), False),  # its table needs the width
    Task("uncertainty", ANALYSIS, ("uncertainty",), False),
    Task("parties", ANALYSIS, ("parties",), False),
    Task("packages", ANALYSIS, ("packages", "health"), False),
)
ALIASES = {"charts": "value"}  # names of pages that were merged into another


def group_title(group: str) -> str:
    return (
        QCoreApplication.translate("Navigation", "Record")
        if group == RECORD
        else QCoreApplication.translate("Navigation", "Analysis")
    )


def task_title(key: str) -> str:
    titles = {
        "register": QCoreApplication.translate("Navigation", "Measures"),
        "drafts": QCoreApplication.translate("Navigation", "Drafts"),
        "positions": QCoreApplication.translate("Navigation", "Parties and positions"),
        "meetings": QCoreApplication.translate("Navigation", "Meetings"),
        "matrix": QCoreApplication.translate("Navigation", "Score table"),
        "weights": QCoreApplication.translate("Navigation", "Weights"),
        "value": QCoreApplication.translate("Navigation", "Value for money"),
        "uncertainty": QCoreApplication.translate("Navigation", "Uncertainty and sensitivity"),
        "parties": QCoreApplication.translate("Navigation", "Support"),
        "packages": QCoreApplication.translate("Navigation", "Packages"),
    }
    return titles.get(key, key)


def part_title(key: str) -> str:
    titles = {
        "positions": QCoreApplication.translate("Navigation", "Positions"),
        "party_list": QCoreApplication.translate("Navigation", "Parties"),
        "matrix": QCoreApplication.translate("Navigation", "Scores"),
        "ranking": QCoreApplication.translate("Navigation", "How the score is built"),
        "criteria": QCoreApplication.translate("Navigation", "Criteria"),
        "weights": QCoreApplication.translate("Navigation", "Weights and ranking"),
        "profiles": QCoreApplication.translate("Navigation", "Manage profiles"),
        "packages": QCoreApplication.translate("Navigation", "Packages"),
        "health": QCoreApplication.translate("Navigation", "Health over time"),
    }
    return titles.get(key, task_title(key))


def shortcut_for(index: int) -> QKeySequence:
    """Ctrl+1 .. Ctrl+9 for the first nine pages, Ctrl+0 for the tenth."""
    if index < 9:
        return QKeySequence(f"Ctrl+{index + 1}")
    return QKeySequence("Ctrl+0") if index == 9 else QKeySequence()


class TaskPage(QWidget):
    """One task: its parts side by side as inner tabs (a single part fills the page)."""

    def __init__(self, task: Task, parts: list[tuple[str, QWidget]], parent: QWidget) -> None:
        super().__init__(parent)
        self.task = task
        self.setObjectName(f"task_{task.key}")
        self.parts = dict(parts)
        self.inner: QTabWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(parts) == 1:
            layout.addWidget(parts[0][1])
            return
        self.inner = QTabWidget(self)
        self.inner.setObjectName(f"parts_{task.key}")
        self.inner.setDocumentMode(True)
        for _key, widget in parts:
            self.inner.addTab(widget, "")
        layout.addWidget(self.inner)

    def show_part(self, key: str) -> None:
        if self.inner is not None and key in self.parts:
            self.inner.setCurrentWidget(self.parts[key])

    def current_part(self) -> str:
        if self.inner is None:
            return self.task.key
        current = self.inner.currentWidget()
        return next((k for k, w in self.parts.items() if w is current), self.task.key)

    def retranslate_ui(self) -> None:
        if self.inner is not None:
            for i, key in enumerate(self.parts):
                self.inner.setTabText(i, part_title(key))


class SideBar(QListWidget):
    """The tasks by group; choosing one emits :attr:`chosen` with its index in the stack."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet(
            "QListWidget#navigation { background: #f2f4f7; padding-top: 6px; }"
            "QListWidget#navigation::item { padding: 5px 10px; }"
            "QListWidget#navigation::item:selected { background: #d5e3f5; color: #102a4c; }"
        )
        self.tasks: list[Task] = []
        self.currentItemChanged.connect(lambda item, _old: self._chosen(item))

    def set_tasks(self, tasks: list[Task]) -> None:
        self.tasks = tasks
        self.blockSignals(True)
        self.clear()
        group = ""
        for i, task in enumerate(tasks):
            if task.group != group:
                group = task.group
                header = QListWidgetItem(self)
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not a page
                header.setData(KEY_ROLE, f"group:{group}")
                font = QFont(self.font())
                font.setBold(True)
                header.setFont(font)
            item = QListWidgetItem(self)
            item.setData(KEY_ROLE, task.key)
            item.setData(KEY_ROLE + 1, i)
        self.blockSignals(False)
        self.retranslate_ui()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(KEY_ROLE + 1) is not None:
            self.chosen.emit(int(item.data(KEY_ROLE + 1)))

    def select_index(self, index: int) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE + 1) == index:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return

    def retranslate_ui(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            key = str(item.data(KEY_ROLE))
            if key.startswith("group:"):
                item.setText(group_title(key[6:]).upper())
                continue
            index = int(item.data(KEY_ROLE + 1))
            item.setText(task_title(key))
            keys = shortcut_for(index).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{task_title(key)} ({keys})" if keys else task_title(key))
        self.setFixedWidth(max(190, self.sizeHintForColumn(0) + 30))


class DockMemory(QObject):
    """Show the detail dock where a measure is the subject; remember the user's choice per page."""

    def __init__(self, dock: QDockWidget, chosen: dict[str, bool]) -> None:
        super().__init__(dock)
        self.dock = dock
        self.chosen = dict(chosen)  # page key -> shown, as the user left it
        self.page = ""
        self._switching = False
        # Only the user's own choices count (F4, View menu, the dock's close button),
        # not the window being shown or closed.
        dock.toggleViewAction().triggered.connect(self._toggled)
        dock.installEventFilter(self)

    def wanted(self, page: str) -> bool:
        default = next((t.dock for t in TASKS if t.key == page), False)
        return self.chosen.get(page, default)

    def page_shown(self, page: str) -> None:
        self.page = page
        self._switching = True
        try:
            self.dock.setVisible(self.wanted(page))
        finally:
            self._switching = False

    def _toggled(self, on: bool) -> None:
        if not self._switching and self.page:
            self.chosen[self.page] = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.Close:
            self._toggled(False)  # the dock's own close button
        return False


# Keys a text field keeps for itself (its own undo, deleting a word).
TEXT_KEYS = frozenset(
    QKeySequence(k).toString()
    for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Delete", "Ctrl+D", "Ctrl+A")
)
UNDO_KEYS = frozenset(QKeySequence(k).toString() for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"))


class GlobalKeys(QObject):
    """Let the window's shortcuts win over a focused text field's own key handling.

    A QLineEdit claims Ctrl+E (end of line) and Ctrl+Z (its own undo) through
    a ShortcutOverride event, so Export did nothing while the search field had
    focus and Ctrl+Z in a weight box undid typing, not the weight change.
    Installed on the application, this filter refuses that claim for the
    window's shortcuts (in a spin box also for undo and redo, whose edit is
    committed as soon as it is typed).
    """

    def __init__(self, window: QWidget, sequences: Callable[[], Iterable[QKeySequence]]) -> None:
        super().__init__(window)
        self._window = window
        self._sequences = sequences

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination()).toString()
        if pressed not in {s.toString() for s in self._sequences()}:
            return False
        in_spin = _inside(watched, QAbstractSpinBox)
        if pressed in TEXT_KEYS and not (in_spin and pressed in UNDO_KEYS):
            return False
        event.ignore()  # not claimed by the widget: the shortcut map dispatches it
        return True


def _inside(widget: QWidget, kind: type) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, kind):
            return True
        w = w.parentWidget()
    return False
