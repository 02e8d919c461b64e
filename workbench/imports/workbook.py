"""Reading a returned comparison workbook into plain cells, after the guard passed.

The workbook is opened twice with ``load_workbook(read_only=True)``: once with
``data_only=True`` for the values (a formula cell gives its cached result)
and once without, only to learn which input cells hold formulas, so a
formula whose result was never calculated is flagged instead of being read
as an empty cell. Cells are addressed as ``Vergelijking!F7``. The sheets are
found by name and their columns by the row of keys the writer put above each
table (:mod:`workbench.reports.xlsx_layout`); nothing here knows the project.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from typing import Any

from workbench.i18n import UserError
from workbench.imports.guard import DEFAULT_LIMITS, Limits, require_defused_reader
from workbench.reports.xlsx_layout import (
    FIRST_ROW,
    KEY_ROW,
    NAME_AUDIENCE,
    NAME_FORMAT,
    NAME_PROFILE,
    SHEET_COMPARE,
    SHEET_NOTES,
    SHEET_PARTIES,
)


def cell_ref(sheet: str, row: int, col: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{sheet}!{get_column_letter(col)}{row}"


@dataclass(frozen=True)
class CellValue:
    ref: str
    value: Any  # None for an empty cell (or a formula without a cached result)
    formula: bool = False


@dataclass
class Grid:
    """One sheet's cells: the key row (key -> column) and the data rows."""

    sheet: str
    keys: dict[str, int]
    rows: list[tuple[int, dict[int, CellValue]]] = field(default_factory=list)

    def key_ref(self, col: int) -> str:
        return cell_ref(self.sheet, KEY_ROW, col)


@dataclass(frozen=True)
class PartnerWorkbook:
    name: str
    format: CellValue | None
    profile: CellValue | None
    # The audience the workbook says it was made for (None: not recorded).
    audience: CellValue | None
    # criterion key (from the weights table) -> the weight cell, and the key cell
    weights: dict[str, CellValue]
    weight_keys: dict[str, CellValue]
    compare: Grid
    parties: Grid | None


def read_workbook(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> PartnerWorkbook:
    """The cells the importer needs; refuses a workbook without the expected sheets."""
    require_defused_reader()
    from openpyxl import load_workbook

    try:
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                               keep_links=False)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False,
                                 keep_links=False)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many types on damaged files
        raise UserError("import.unreadable", path=name, detail=first_line(exc)) from None
    budget = _Budget(name, limits)
    try:
        for sheet in (SHEET_NOTES, SHEET_COMPARE):
            if sheet not in values.sheetnames:
                raise UserError("import.wrong_sheet", path=name, sheet=sheet)
        notes = _cells(values, formulas, SHEET_NOTES, budget, min_row=1)
        names = _defined_names(values)
        fmt = _named(names, NAME_FORMAT, notes)
        profile = _named(names, NAME_PROFILE, notes)
        audience = _named(names, NAME_AUDIENCE, notes)
        weights: dict[str, CellValue] = {}
        weight_keys: dict[str, CellValue] = {}
        for defined, (sheet, row, col) in names.items():
            if not defined.lower().startswith("weight_") or sheet != SHEET_NOTES:
                continue
            key_cell = notes.get((row, 1)) or CellValue(cell_ref(sheet, row, 1), None)
            key = str(key_cell.value or "").strip()
            weights[key] = notes.get((row, col)) or CellValue(cell_ref(sheet, row, col), None)
            weight_keys[key] = key_cell
        compare = _grid(values, formulas, SHEET_COMPARE, budget)
        # Partijen has a details table below its matrix: the matrix ends at its first gap.
        parties = (_grid(values, formulas, SHEET_PARTIES, budget, stop_at_gap=True)
                   if SHEET_PARTIES in values.sheetnames else None)
    except UserError:
        raise
    except Exception as exc:  # a damaged sheet found while reading its rows
        raise UserError("import.unreadable", path=name, detail=first_line(exc)) from None
    finally:
        values.close()
        formulas.close()
    return PartnerWorkbook(name, fmt, profile, audience, weights, weight_keys, compare, parties)


def first_line(exc: BaseException) -> str:
    """An exception as one line: openpyxl's messages can run over several."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


class _Budget:
    """Cells and seconds left for reading one workbook (see :class:`Limits`)."""

    def __init__(self, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds

    def sheet(self, sheet: str) -> _SheetBudget:
        return _SheetBudget(self, sheet)


class _SheetBudget:
    def __init__(self, budget: _Budget, sheet: str) -> None:
        self.budget = budget
        self.sheet = sheet
        self.cells = 0

    def row(self, row: int, cols: int) -> None:
        """Count one row read; refuse the workbook once a limit is passed."""
        b = self.budget
        limits = b.limits
        if row > limits.max_rows or cols > limits.max_cols:
            raise UserError("import.too_many_cells", path=b.name, sheet=self.sheet,
                            limit=max(limits.max_rows, limits.max_cols))
        self.cells += max(cols, 1)
        if self.cells > limits.max_cells:
            raise UserError("import.too_many_cells_total", path=b.name, sheet=self.sheet,
                            limit=limits.max_cells)
        if time.monotonic() > b.deadline:
            raise UserError("import.too_slow", path=b.name, limit=f"{limits.max_seconds:g}")


def _defined_names(wb: Any) -> dict[str, tuple[str, int, int]]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    out: dict[str, tuple[str, int, int]] = {}
    for name, dn in wb.defined_names.items():
        try:
            dests = list(dn.destinations)
        except Exception:  # a name that is not a plain cell reference
            continue
        if len(dests) != 1:
            continue
        sheet, coord = dests[0]
        coord = coord.replace("$", "")
        if ":" in coord:
            continue
        letters, row = coordinate_from_string(coord)
        out[name] = (sheet, int(row), column_index_from_string(letters))
    return out


def _named(
    names: dict[str, tuple[str, int, int]], name: str, notes: dict[tuple[int, int], CellValue]
) -> CellValue | None:
    where = names.get(name)
    if where is None or where[0] != SHEET_NOTES:
        return None
    return notes.get((where[1], where[2])) or CellValue(cell_ref(*where), None)


def _cells(
    values: Any, formulas: Any, sheet: str, budget: _Budget, min_row: int
) -> dict[tuple[int, int], CellValue]:
    """Every non-empty cell of `sheet` from `min_row` on, with its formula flag."""
    flagged = _formula_cells(formulas[sheet], budget.sheet(sheet), min_row)
    out: dict[tuple[int, int], CellValue] = {}
    ws = values[sheet]
    ws.reset_dimensions()  # a dimension tag in the file could hide rows; read them all
    count = budget.sheet(sheet)
    for r, row in enumerate(ws.iter_rows(min_row=min_row, values_only=True), start=min_row):
        count.row(r, len(row))
        for c, value in enumerate(row, start=1):
            formula = (r, c) in flagged
            if value is None and not formula:
                continue
            out[(r, c)] = CellValue(cell_ref(sheet, r, c), value, formula)
    return out


def _formula_cells(ws: Any, count: _SheetBudget, min_row: int) -> set[tuple[int, int]]:
    ws.reset_dimensions()
    out: set[tuple[int, int]] = set()
    for r, row in enumerate(ws.iter_rows(min_row=min_row), start=min_row):
        count.row(r, len(row))
        for c, cell in enumerate(row, start=1):
            if getattr(cell, "data_type", None) == "f":
                out.add((r, c))
    return out


def _grid(
    values: Any, formulas: Any, sheet: str, budget: _Budget, stop_at_gap: bool = False
) -> Grid:
    cells = _cells(values, formulas, sheet, budget, min_row=KEY_ROW)
    keys: dict[str, int] = {}
    for (r, c), cv in cells.items():
        if r == KEY_ROW and isinstance(cv.value, str) and cv.value.strip():
            keys.setdefault(cv.value.strip(), c)
    grid = Grid(sheet, keys)
    by_row: dict[int, dict[int, CellValue]] = {}
    for (r, c), cv in cells.items():
        if r >= FIRST_ROW:
            by_row.setdefault(r, {})[c] = cv
    rows = sorted(by_row.items())
    if stop_at_gap:
        rows = [(r, cs) for i, (r, cs) in enumerate(rows) if r == FIRST_ROW + i]
    grid.rows = rows
    return grid
