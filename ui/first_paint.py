"""The first screen: the register painted before the ORM, numpy and the pages load.

Opening a project builds the whole window (SQLAlchemy, the model, numpy and
every page: about a second on a laptop). Before that, ``ui.app`` shows a
:class:`LightWindow` with the register :func:`ui.light_register.read_register`
read with plain sqlite3: the columns, order and texts of the real register
page, read-only. The real :class:`~ui.main_window.MainWindow` then takes
over in place (:func:`take_over`), and the other pages are prepared in idle
time (:func:`prepare_pages`) so the first click on one stays quick.

``MAATWERK_PAINT_MARK=FILE`` makes the start-up append ``register <time>``
when the register's rows are first painted (light or real window) and
``ready <time>`` when the full window has taken over and painted (Unix
time in seconds, then the process's CPU seconds so far): the benchmarks
time a start with it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QTableView,
)

from ui.light_register import CENTER, LightRegister

if TYPE_CHECKING:  # (each PySide6 class costs a little the first time it is named)
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWidget

    AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

PAINT_MARK_ENV = "MAATWERK_PAINT_MARK"
LARGE_FONT_FACTOR = 1.5  # ui.meeting.LARGE_FONT_FACTOR
# Qt's item roles and check states as plain integers (see ui.light_register.LEFT).
DISPLAY, FONT, ALIGN, BACKGROUND, FOREGROUND, CHECK = 0, 6, 7, 8, 9, 10  # Qt.ItemDataRole
CHECKED, UNCHECKED = 2, 0  # Qt.CheckState
ITEM_CELLS = 1000  # up to this many cells the light table is a QStandardItemModel


def paint_mark(what: str) -> None:
    """Append `what` and the time to the file MAATWERK_PAINT_MARK names (benchmarks)."""
    target = os.environ.get(PAINT_MARK_ENV)
    if target:
        try:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(f"{what} {time.time():.6f} {time.process_time():.6f}\n")
        except OSError:
            pass


class LightModel(QAbstractTableModel):
    """A read-only table over a :class:`LightRegister` (texts prepared, nothing computed)."""

    def __init__(self, reg: LightRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self._missing_fg = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        self._missing_font = QFont()
        self._missing_font.setItalic(True)
        self._missing_bg = QColor(0, 0, 0, 10)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reg.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reg.columns)

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        r, c = index.row(), index.column()
        if not (0 <= r < len(self.reg.rows) and 0 <= c < len(self.reg.columns)):
            return None
        cell = self.reg.rows[r][c]
        if role == DISPLAY:
            return cell.text
        if role == ALIGN:
            return CENTER if cell.missing else self.reg.columns[c].align
        if role == CHECK and cell.checked is not None:
            return CHECKED if cell.checked else UNCHECKED
        if cell.missing:
            if role == FOREGROUND:
                return self._missing_fg
            if role == FONT:
                return self._missing_font
            if role == BACKGROUND:
                return self._missing_bg
        return None

    def header_model(self) -> QStandardItemModel:
        """The column headers, as a model of their own for the header view.

        (Overriding headerData would make PySide6 build the ``Qt`` enums to pass
        the orientation: see the integers above.)
        """
        model = QStandardItemModel(0, len(self.reg.columns), self)
        model.setHorizontalHeaderLabels([col.header for col in self.reg.columns])
        return model


def item_model(reg: LightRegister, parent: QObject | None = None) -> QStandardItemModel:
    """The register as Qt items: painted without a Python call per cell and role.

    Cheaper than :class:`LightModel` up to about :data:`ITEM_CELLS` cells (a
    Python ``data()`` costs ~2.5 µs a call, ~2,600 calls for a first screen;
    an item ~7 µs once, for every row).
    """
    model = QStandardItemModel(len(reg.rows), len(reg.columns), parent)
    model.setHorizontalHeaderLabels([col.header for col in reg.columns])
    gap_fg = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    gap_font = QFont()
    gap_font.setItalic(True)
    gap_bg = QColor(0, 0, 0, 10)
    aligns = [col.align for col in reg.columns]
    for r, row in enumerate(reg.rows):
        for c, cell in enumerate(row):
            item = QStandardItem(cell.text)
            item.setEditable(False)
            if cell.missing:
                item.setData(CENTER, ALIGN)
                item.setData(gap_fg, FOREGROUND)
                item.setData(gap_font, FONT)
                item.setData(gap_bg, BACKGROUND)
            else:
                item.setData(aligns[c], ALIGN)
            if cell.checked is not None:
                item.setData(CHECKED if cell.checked else UNCHECKED, CHECK)
            model.setItem(r, c, item)
    return model


class LightTable(QTableView):
    """The register table of the light window; says once when its rows were painted."""

    rows_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted and self.model() is not None:  # (an empty register too)
            self.painted = True
            paint_mark("register")
            self.rows_painted.emit()


class LightWindow(QMainWindow):
    """A window with nothing but the register, read-only, until the real one takes over."""

    def __init__(
        self, reg: LightRegister, *, large_font: bool = False, item_cells: int | None = None
    ) -> None:
        super().__init__()
        self.reg = reg
        self.setObjectName("lightWindow")
        self.setWindowTitle(f"{reg.title} — Maatwerk Workbench")
        self.table = LightTable(self)
        self.table.setObjectName("lightRegisterTable")
        if large_font:  # as the real window will show it (meeting-room projector)
            font = self.table.font()
            font.setPointSizeF(font.pointSizeF() * LARGE_FONT_FACTOR)
            self.table.setFont(font)
        cells = len(reg.rows) * len(reg.columns)
        if cells <= (ITEM_CELLS if item_cells is None else item_cells):
            self.table.setModel(item_model(reg, self))
        else:
            model = LightModel(reg, self)
            self.table.setModel(model)
            self.table.horizontalHeader().setModel(model.header_model())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            QFontMetrics(self.table.font()).height() + 8
        )
        header = self.table.horizontalHeader()  # resized by hand: Interactive, the default
        header.setHighlightSections(False)
        self._size_columns()
        self.setCentralWidget(self.table)
        if reg.rows:
            self.table.selectRow(0)  # as the real window does after opening

    def _size_columns(self) -> None:
        # The rule of ui.register.view.RegisterView._size_columns.
        metrics = QFontMetrics(self.table.font())
        avg = metrics.averageCharWidth()
        rows = self.reg.rows[:100]
        for i, col in enumerate(self.reg.columns):
            lines = col.header.splitlines() or [""]
            head = max(metrics.horizontalAdvance(line) for line in lines) + 24
            width = max(col.width * avg + 16, min(head, 40 * avg))
            if col.fits_values:
                hint = max((metrics.horizontalAdvance(r[i].text) for r in rows), default=0) + 16
                width = max(width, min(hint, 30 * avg))
            self.table.setColumnWidth(i, width)

    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        ids = self.reg.ids
        return ids[idx.row()] if idx.isValid() and 0 <= idx.row() < len(ids) else None


def wait_for_paint(window: LightWindow, timeout_ms: int = 1500) -> None:
    """Run the event loop until the light table's rows are painted.

    At most `timeout_ms`: a window that is not exposed (started minimised)
    never paints, and the real window must not wait for it.
    """
    if window.table.painted:
        return
    loop = QEventLoop()
    window.table.rows_painted.connect(lambda: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def take_over(light: LightWindow, window: QMainWindow) -> None:
    """Show `window` where the light window is and close that one, in one event-loop turn."""
    if light.isMaximized():
        window.showMaximized()
    else:
        window.setGeometry(light.geometry())
        window.show()
    light.close()
    light.reg.close()  # the read-only connection of its rows
    light.deleteLater()
    window.activateWindow()  # the keyboard goes where it went in the light window


# What the first click on another page would otherwise pay: the chart library and
# the modules pages import on first show (a page's own lazy widgets are built too).
# (pyqtgraph first and alone: its import is the longest step, ~0.2 s)
WARM_MODULES = (
    "pyqtgraph",
    "ui.weights.ranking",
    "workbench.record.history",
    "workbench.reports.value_table",
)


def page_warmups(window: Any) -> list[Callable[[], None]]:
    """Steps that prepare the window's other pages, each a short piece of idle time."""
    import importlib

    def importer(name: str) -> Callable[[], None]:
        def load() -> None:
            importlib.import_module(name)

        return load

    steps = [importer(name) for name in WARM_MODULES]
    for page in getattr(window, "view_pages", {}).values():
        build = getattr(page, "ensure_built", None)
        if callable(build):
            steps.append(build)
    return steps


def prepare_pages(
    window: Any, steps: list[Callable[[], None]] | None = None, delay_ms: int = 250
) -> None:
    """Run :func:`page_warmups` one step per idle turn of the event loop.

    The first step waits `delay_ms`, so the window taking over paints first.
    """
    todo = list(page_warmups(window) if steps is None else steps)

    def next_step() -> None:
        if not todo:
            return
        try:
            todo.pop(0)()
        except Exception:  # a page not prepared here is built on its first show, as before
            todo.clear()
            return
        QTimer.singleShot(0, next_step)

    QTimer.singleShot(delay_ms, next_step)
