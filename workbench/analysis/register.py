"""The register as an audience sees it: every measure with its figures and their origin.

One definition of a measure's figure per criterion, used by every page,
command and export:

- *computed*: for a health criterion marked computed, the health
  calculator's DALYs per year wherever the measure has exposure changes
  ("berekend uit blootstelling");
- *entered*: otherwise the typed-in assessment ("ingevoerde schatting"),
  including a measure with emission changes only (they give euros, not DALYs);
- *missing*: no figure ("geen gegevens"), never zero.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import repeat
from typing import Any, Literal

import numpy as np

from workbench.analysis.data import Source
from workbench.i18n import Language
from workbench.services import ProjectService
from workbench.services.queries import CriterionRow, Estimate, MeasureRow, Register

Origin = Literal["entered", "computed", "missing"]

ORIGIN_LABELS: dict[Origin, tuple[str, str]] = {
    "computed": ("berekend uit blootstelling", "computed from exposure"),
    "entered": ("ingevoerde schatting", "entered estimate"),
    "missing": ("geen gegevens", "no data"),
}


def origin_of(estimate: Estimate | None) -> Origin:
    if estimate is None:
        return "missing"
    return "computed" if estimate.computed else "entered"


def origin_label(origin: Origin, language: str = "nl") -> str:
    nl, en = ORIGIN_LABELS[origin]
    return en if language == "en" else nl


def criteria_of(source: Source) -> list[CriterionRow]:
    rows = sorted(source.rows("criterion"), key=lambda r: r["sort_key"] or 0)
    return [
        CriterionRow(
            str(r["id"]),
            str(r["key"]),
            str(r["name"]),
            str(getattr(r["kind"], "value", r["kind"])),
            str(r["unit"] or ""),
            str(getattr(r["direction"], "value", r["direction"])),
            dict(r["scale"]),
            bool(r["computed"]),
        )
        for r in rows
    ]


class EstimateGrid:
    """Every visible estimate of a register as three measures x criteria arrays.

    NaN marks a missing estimate (a stored one is never NaN: SQLite keeps no
    NaN). The register's rows read their estimates from here on demand, so
    opening a 10,000 x 12 project builds three arrays, not 120,000 objects.
    """

    __slots__ = ("best", "column", "high", "keys", "low")

    def __init__(
        self,
        keys: list[str],
        low: np.ndarray[Any, np.dtype[np.float64]],
        best: np.ndarray[Any, np.dtype[np.float64]],
        high: np.ndarray[Any, np.dtype[np.float64]],
    ) -> None:
        self.keys = keys
        self.column = {k: j for j, k in enumerate(keys)}
        self.low, self.best, self.high = low, best, high


class Estimates(Mapping[str, Estimate]):
    """One measure's estimates by criterion key (a missing key means not assessed).

    A read-only mapping over a row of the :class:`EstimateGrid`, with the
    computed health figures (`computed`) in place of the entered ones.
    """

    __slots__ = ("_computed", "_grid", "_row")

    def __init__(
        self, grid: EstimateGrid, row: int, computed: Mapping[str, Estimate] | None = None
    ) -> None:
        self._grid, self._row, self._computed = grid, row, computed

    def __getitem__(self, key: str) -> Estimate:
        if self._computed is not None and key in self._computed:
            return self._computed[key]
        g = self._grid
        j = g.column[key]
        best = float(g.best[self._row, j])
        if best != best:  # NaN: not assessed
            raise KeyError(key)
        return Estimate(float(g.low[self._row, j]), best, float(g.high[self._row, j]))

    def _keys(self) -> list[str]:
        g = self._grid
        present = ~np.isnan(g.best[self._row])
        keys = [k for k, p in zip(g.keys, present.tolist(), strict=True) if p]
        if self._computed:
            keys += [k for k in self._computed if k not in keys]
        return keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __repr__(self) -> str:
        return f"Estimates({dict(self.items())!r})"


def estimate_arrays(
    measures: Sequence[MeasureRow], keys: Sequence[str]
) -> tuple[np.ndarray[Any, np.dtype[np.float64]], ...] | None:
    """(low, best, high) of `measures` x `keys` as new arrays (NaN: not assessed).

    Taken from the register's grid at once when every row reads from the same
    one; None otherwise (rows built by hand), and the caller reads them cell
    by cell.
    """
    grids = {id(getattr(m.estimates, "_grid", None)) for m in measures}
    if not measures or len(grids) != 1 or not isinstance(measures[0].estimates, Estimates):
        return None
    grid = measures[0].estimates._grid
    if any(k not in grid.column for k in keys):
        return None
    rows = [m.estimates._row for m in measures]  # type: ignore[attr-defined]
    where = np.ix_(rows, [grid.column[k] for k in keys])
    out = (grid.low[where], grid.best[where], grid.high[where])
    for i, m in enumerate(measures):
        computed = m.estimates._computed  # type: ignore[attr-defined]
        for j, k in enumerate(keys):
            if computed and k in computed:
                e = computed[k]
                out[0][i, j], out[1][i, j], out[2][i, j] = e.low, e.best, e.high
    return out


def _grid(source: Source, crit: list[CriterionRow], index: dict[str, int]) -> EstimateGrid:
    """The visible assessments of the measures in `index` on `crit`, as arrays."""
    names = ("measure_id", "criterion_id", "low", "best", "high")
    columns = getattr(source, "columns", None)
    if columns is not None:
        cols: dict[str, list[Any]] = columns("assessment", names)
    else:  # a plain row source (the project service)
        rows = source.rows("assessment")
        cols = {n: [r[n] for r in rows] for n in names}
    col_of = {c.id: j for j, c in enumerate(crit)}
    shape = (len(index), len(crit))
    low, best, high = (np.full(shape, np.nan) for _ in range(3))
    if cols["measure_id"]:
        i = np.array(list(map(index.get, cols["measure_id"], repeat(-1))), np.intp)
        j = np.array(list(map(col_of.get, cols["criterion_id"], repeat(-1))), np.intp)
        keep = (i >= 0) & (j >= 0)
        i, j = i[keep], j[keep]
        for grid, name in ((low, "low"), (best, "best"), (high, "high")):
            grid[i, j] = np.asarray(cols[name], dtype=np.float64)[keep]
    return EstimateGrid([c.key for c in crit], low, best, high)


def register_of(source: Source, language: Language = "nl") -> Register:
    """Every measure the source holds, in register order, with its figures."""
    crit = criteria_of(source)
    rows = sorted(source.rows("measure"), key=lambda m: (m["sort_key"] or 0, m["code"]))
    grid = _grid(source, crit, {str(r["id"]): i for i, r in enumerate(rows)})
    computed = [c.key for c in crit if c.computed]
    health_errors: dict[str, str] = {}
    dalys: dict[str, tuple[float, float, float]] = {}
    if computed and rows:
        from workbench.analysis.health import computed_dalys

        result = computed_dalys(source, language)
        health_errors = result.errors
        dalys = result.dalys
    measures = []
    # the enum columns are StrEnums: str() is their value, as for a plain string
    for i, r in enumerate(rows):
        found = dalys.get(r["id"])
        figures = (
            None if found is None else {k: Estimate(*found, computed=True) for k in computed}
        )
        measures.append(
            MeasureRow(
                id=str(r["id"]),
                code=str(r["code"]),
                title=str(r["title"]),
                theme=str(r["theme"]),
                status=str(r["status"]),
                above_statutory=bool(r["above_statutory"]),
                payer=str(r["payer"]),
                origin=str(r["origin"]),
                start_year=r["start_year"],
                deadline_year=r["deadline_year"],
                visibility=str(r["visibility"]),
                estimates=Estimates(grid, i, figures),
                row_version=r.get("row_version"),
            )
        )
    return Register(crit, measures, health_errors)


def register(svc: ProjectService, ids: Collection[str] | None = None) -> Register:
    """The team's register of the project's current state (or of the measures `ids`).

    The same register every face reads: the internal analysis' (cached per
    state), not a second reading of the project.
    """
    from workbench.analysis.build import analysis_for

    reg = analysis_for(svc).register
    if ids is None:
        return reg
    wanted = set(ids)
    return Register(
        reg.criteria,
        [m for m in reg.measures if m.id in wanted],
        {k: v for k, v in reg.health_errors.items() if k in wanted},
    )
