"""View data for the GUI's analysis pages, computed in the core (no Qt here).

:func:`matrix_cells` gives the scoring matrix as the GUI shows it: per
measure and criterion the stored triple, its value 0..1 on the criterion's
value function (for the heat-map colour), whether it is computed health,
the assessment's id, rationale, source and visibility; a missing cell is
``None`` (shown as missing, never zero). :func:`profile_weights` gives a
profile's stored weight rows by criterion key, so a page can update an
existing weight or create a missing one as an undoable command.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workbench.analysis.matrix import ProjectMatrix, project_matrix
from workbench.services import ProjectService


@dataclass(frozen=True)
class Cell:
    """One assessment as shown in the matrix."""

    low: float
    best: float
    high: float
    value: float | None  # the best estimate on the value function, 0..1
    computed: bool
    assessment_id: str | None  # None for computed health without a stored row
    rationale: str
    source: str
    visibility: str
    level: str | None  # the verbal level of a levels criterion


@dataclass(frozen=True)
class MatrixCells:
    pm: ProjectMatrix
    cells: tuple[tuple[Cell | None, ...], ...]  # [measure][criterion]


def matrix_cells(svc: ProjectService) -> MatrixCells:
    """The project's matrix with every cell's triple, value and provenance."""
    pm = project_matrix(svc)
    sources = {r["id"]: str(r["title"]) for r in svc.rows("source")}
    stored: dict[tuple[str, str], dict[str, object]] = {
        (str(r["measure_id"]), str(r["criterion_id"])): r for r in svc.rows("assessment")
    }
    rows: list[tuple[Cell | None, ...]] = []
    for i, m in enumerate(pm.measures):
        row: list[Cell | None] = []
        for j, c in enumerate(pm.criteria):
            e = m.estimates.get(c.key)
            if e is None:
                row.append(None)
                continue
            position = float(pm.matrix.best[i, j])
            value = (
                None
                if math.isnan(position)
                else float(pm.matrix.value_functions[j](position))
            )
            r = stored.get((m.id, c.id), {})
            src = r.get("source_id")
            row.append(
                Cell(
                    e.low,
                    e.best,
                    e.high,
                    value,
                    e.computed,
                    None if not r else str(r["id"]),
                    str(r.get("rationale") or ""),
                    sources.get(str(src), "") if src else "",
                    str(r.get("visibility") or "internal"),
                    c.level_label(e.best),
                )
            )
        rows.append(tuple(row))
    return MatrixCells(pm, tuple(rows))


def profile_weights(svc: ProjectService, profile_id: str) -> dict[str, tuple[str, float]]:
    """Criterion key -> (weight row id, stored weight) of one profile."""
    keys = {r["id"]: str(r["key"]) for r in svc.rows("criterion")}
    return {
        keys[w["criterion_id"]]: (str(w["id"]), float(w["weight"]))
        for w in svc.rows("weight", profile_id=profile_id)
    }
