"""The first screen: the register painted from a plain sqlite3 read, before the ORM loads.

Opening a project builds the whole window (SQLAlchemy, the model, numpy and
every page: about two seconds on a laptop). Before that, :func:`read_register`
reads the register with plain sqlite3, read-only and in place, after the
same checks ``workbench info`` makes (header, schema exactly that of the
migrations, SQLite's quick check; see :mod:`workbench.store.peek`), and
:class:`LightWindow` shows it: the columns, order and texts of the real
register page, read-only. A file that fails a check gives None here and
takes the normal path, with its normal message. The real
:class:`~ui.main_window.MainWindow` then takes over in place
(:func:`take_over`).

What the light window may show: the audience the real window starts with
(:func:`start_audience`; the window always starts outside meeting mode, so
internal). A figure the real register computes (a health criterion
computed from exposure changes) is left blank until the real window
replaces this one: it is never guessed, and never shown as "missing".

``MAATWERK_PAINT_MARK=FILE`` makes the start-up append ``register <time>``
when the register's rows are first painted (light or real window) and
``ready <time>`` when the full window has taken over and painted (Unix
time in seconds, then the process's CPU seconds so far): the benchmarks
time a start with it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
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

from ui.i18n import Language
from workbench.analysis.audience import Audience, may_see
from workbench.i18n import UserError, label
from workbench.i18n.numbers import is_euros, money, num, scale_decimals
from workbench.store.files import check_project_file, integrity_problem
from workbench.store.guard import check_schema
from workbench.store.schema import SCHEMA_VERSION
from workbench.store.sqlite import raw_connect

if TYPE_CHECKING:  # (each PySide6 class costs a little the first time it is named)
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWidget

    AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

PAINT_MARK_ENV = "MAATWERK_PAINT_MARK"
# The same texts as ui.models.table_model.MISSING_TEXT and the register's
# column specs (ui/register/columns.py); tests/ui/test_first_paint.py holds
# the two together, since importing those modules loads the ORM.
MISSING_TEXT = "—"
LARGE_FONT_FACTOR = 1.5  # ui.meeting.LARGE_FONT_FACTOR
# (key, header source text in the "Columns" context, width in average characters, kind)
MEASURE_COLUMNS: tuple[tuple[str, str, int, str], ...] = (
    ("code", "Code", 7, "text"),
    ("title", "Title", 32, "text"),
    ("theme", "Theme", 12, "theme"),
    ("status", "Status", 12, "status"),
    ("above_statutory", "Above statutory", 8, "bool"),
    ("payer", "Payer", 12, "payer"),
    ("start_year", "Start", 8, "year"),
    ("deadline_year", "Deadline", 8, "year"),
)
# Qt's flag and role values as plain integers: the first use of PySide6's ``Qt``
# namespace builds its ~120 Python enums (16 ms, a tenth of a bare window's start).
LEFT, RIGHT, CENTER = 0x81, 0x82, 0x84  # Qt.AlignLeft/AlignRight | AlignVCenter; AlignCenter
DISPLAY, FONT, ALIGN, BACKGROUND, FOREGROUND, CHECK = 0, 6, 7, 8, 9, 10  # Qt.ItemDataRole
CHECKED, UNCHECKED = 2, 0  # Qt.CheckState
ITEM_CELLS = 1000  # up to this many cells the light table is a QStandardItemModel


def start_audience() -> Audience:
    """Who the real window shows its first screen to: it always starts outside meeting mode."""
    return "internal"


def paint_mark(what: str) -> None:
    """Append `what` and the time to the file MAATWERK_PAINT_MARK names (benchmarks)."""
    target = os.environ.get(PAINT_MARK_ENV)
    if target:
        try:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(f"{what} {time.time():.6f} {time.process_time():.6f}\n")
        except OSError:
            pass


class Column:
    """One column of the light register (plain classes: a dataclass costs ~1 ms to define)."""

    __slots__ = ("align", "fits_values", "header", "width")

    def __init__(self, header: str, width: int, align: int, fits_values: bool = False) -> None:
        self.header = header  # as shown (translated)
        self.width = width  # in average characters, before fitting the header and values
        self.align = align  # Qt.AlignmentFlag
        self.fits_values = fits_values  # a criterion column: widened to its first rows' values


class Cell:
    """One cell: its text, a marked gap (as the real register shows one), a check box."""

    __slots__ = ("checked", "missing", "text")

    def __init__(self, text: str = "", missing: bool = False, checked: bool | None = None) -> None:
        self.text = text
        self.missing = missing
        self.checked = checked


class LightRegister:
    """What the light window shows: the project's name, columns and rows.

    ``rows[r]`` is read and formatted on first use, from the read-only
    connection kept until :meth:`close`: a first screen shows a few dozen of
    10,000 measures, and reading and formatting every figure up front took
    half a second.
    """

    def __init__(
        self,
        title: str,
        columns: list[Column],
        ids: list[str],
        row: Callable[[int], list[Cell]],
        close: Callable[[], None] = lambda: None,
    ) -> None:
        self.title = title
        self.columns = columns
        self.ids = ids
        self.rows = _Rows(len(ids), row)
        self.close = close


class _Rows(Sequence[list[Cell]]):
    """Rows made on first use and kept."""

    def __init__(self, count: int, make: Callable[[int], list[Cell]]) -> None:
        self._made: list[list[Cell] | None] = [None] * count
        self._make = make

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, r: int) -> list[Cell]: ...

    @overload
    def __getitem__(self, r: slice) -> list[list[Cell]]: ...

    def __getitem__(self, r: int | slice) -> list[Cell] | list[list[Cell]]:
        if isinstance(r, slice):
            return [self[i] for i in range(*r.indices(len(self._made)))]
        row = self._made[r]
        if row is None:
            row = self._made[r] = self._make(r)
        return row


def read_register(path: Path, lang: Language, audience: Audience) -> LightRegister | None:
    """The register of `path` for `audience`, or None when only a full open can answer.

    None for anything the checks of ``workbench info`` do not pass (the
    normal open then says what is wrong) and for any SQLite complaint.
    """
    try:
        version = check_project_file(path)
    except UserError:
        return None
    if version != SCHEMA_VERSION:
        return None  # an older file: the full open migrates it
    try:
        conn = raw_connect(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        check_schema(conn, version, path)
        if integrity_problem(conn) is None:
            return _read(conn, path, lang, audience)  # keeps `conn` for its rows
    except (UserError, sqlite3.Error, ValueError, KeyError, TypeError, AttributeError):
        pass
    conn.close()
    return None


def _read(
    conn: sqlite3.Connection, path: Path, lang: Language, audience: Audience
) -> LightRegister:
    code = lang.code
    crits = conn.execute(
        'SELECT id, "key", name, unit, scale, computed FROM criterion ORDER BY sort_key'
    ).fetchall()
    measures = [
        m
        for m in conn.execute(
            "SELECT id, code, title, theme, status, above_statutory, payer, start_year,"
            " deadline_year, visibility FROM measure ORDER BY sort_key, code"
        )
        if may_see(audience, m[9])
    ]
    exposed = {r[0] for r in conn.execute("SELECT DISTINCT measure_id FROM exposure_change")}
    columns = [
        Column(QCoreApplication.translate("Columns", header), width, RIGHT if kind == "year"
               else CENTER if kind == "bool" else LEFT)
        for _key, header, width, kind in MEASURE_COLUMNS
    ]
    formats = []
    for cid, _key, name, unit, scale_text, computed in crits:
        scale: dict[str, Any] = json.loads(scale_text) if isinstance(scale_text, str) else {}
        euros = is_euros(unit)
        header = f"{name}\n({unit})" if unit and not euros else str(name)
        width = max(9, min(max(len(line) for line in header.splitlines()), 18))
        columns.append(Column(header, width, RIGHT, fits_values=True))
        formats.append((cid, bool(computed), _formatter(scale, euros, lang)))

    def row(r: int) -> list[Cell]:
        mid, mcode, title, theme, status, above, payer, start, deadline, _vis = measures[r]
        cells = [
            Cell(str(mcode)),
            Cell(str(title)),
            Cell(label(f"theme.{theme}", code)),
            Cell(label(f"status.{status}", code)),
            Cell(checked=bool(above)),
            Cell(label(f"payer.{payer}", code)),
            Cell("" if start is None else str(start)),
            Cell("" if deadline is None else str(deadline)),
        ]
        try:
            figures = dict(conn.execute(
                "SELECT criterion_id, best FROM assessment WHERE measure_id = ?", (mid,)
            ))
        except sqlite3.Error:  # (closed after the takeover) blank, never a wrong "missing"
            return cells + [Cell() for _ in formats]
        for cid, computed, fmt in formats:
            if computed and mid in exposed:
                cells.append(Cell())  # computed by the real register: not guessed here
                continue
            value = figures.get(cid)
            cells.append(
                Cell(MISSING_TEXT, missing=True) if value is None else Cell(fmt(float(value)))
            )
        return cells

    return LightRegister(path.name, columns, [str(m[0]) for m in measures], row, conn.close)


def _formatter(scale: dict[str, Any], euros: bool, lang: Language) -> Any:
    """A criterion column's notation, as ui.register.columns.criterion_column writes it."""
    decimals = scale_decimals(scale)
    levels = {float(lv["value"]): str(lv["label"]) for lv in scale.get("levels", [])} if (
        scale.get("type") == "levels") else None

    def fmt(value: float) -> str:
        if levels is not None:
            return levels.get(float(value)) or lang.number(value)
        if euros:
            return money(value, lang.code)
        return num(value, lang.code, decimals)

    return fmt


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
        if not self.painted and self.model() is not None and self.model().rowCount() > 0:
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


def wait_for_paint(window: LightWindow, timeout_ms: int = 3000) -> None:
    """Run the event loop until the light table's rows are painted (or `timeout_ms`)."""
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
WARM_MODULES = ("ui.weights.ranking", "workbench.record.history", "workbench.reports.value_table")


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


def prepare_pages(window: Any, steps: list[Callable[[], None]] | None = None) -> None:
    """Run :func:`page_warmups` one step per idle turn of the event loop."""
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

    QTimer.singleShot(0, next_step)
