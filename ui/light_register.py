"""The register read for the first screen: plain sqlite3, before the ORM loads.

:func:`read_register` reads a project file's register read-only and in
place, after the same checks ``workbench info`` makes (header, schema
exactly that of the migrations, SQLite's quick check; see
:mod:`workbench.store.peek`), as the texts the real register page shows:
the same columns, order, labels and number notation
(ui/register/columns.py). A file that fails a check gives None: the caller
takes the normal open, with its normal message.

What it may show: the audience the real window starts with
(:func:`start_audience`; the window always starts outside meeting mode, so
internal), through the core's one rule (:func:`~workbench.analysis.audience.may_see`).
A figure the real register computes (a health criterion computed from
exposure changes) is left blank: never guessed, never shown as missing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, overload

from PySide6.QtCore import QCoreApplication

from ui.i18n import Language
from workbench.analysis.audience import Audience, may_see
from workbench.i18n import UserError, label
from workbench.i18n.numbers import is_euros, money, num, scale_decimals
from workbench.store.files import check_project_file, integrity_problem
from workbench.store.guard import check_schema
from workbench.store.schema import SCHEMA_VERSION
from workbench.store.sqlite import raw_connect

# The same texts as ui.models.table_model.MISSING_TEXT and the register's
# column specs (ui/register/columns.py); tests/ui/test_first_paint.py holds
# the two together, since importing those modules loads the ORM.
MISSING_TEXT = "—"
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
# Qt's alignment flags as plain integers: the first use of PySide6's ``Qt``
# namespace builds its ~120 Python enums (16 ms, a tenth of a bare window's start).
LEFT, RIGHT, CENTER = 0x81, 0x82, 0x84  # Qt.AlignLeft/AlignRight | AlignVCenter; AlignCenter


def start_audience() -> Audience:
    """Who the real window shows its first screen to: it always starts outside meeting mode."""
    return "internal"


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
