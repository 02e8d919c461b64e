"""View data for the GUI's analysis pages, computed in the core (no Qt here).

:func:`matrix_cells` gives the scoring matrix as the GUI shows it: per
measure and criterion the stored triple, its value 0..1 on the criterion's
value function (for the heat-map colour), whether it is computed health,
the assessment's id, rationale, source and visibility; a missing cell is
``None`` (shown as missing, never zero). :func:`profile_weights` gives a
profile's stored weight rows by criterion key, so a page can update an
existing weight or create a missing one as an undoable command.
:func:`smaa_in_chunks` runs SMAA-2 in chunks of draws with seeds derived
from one recorded seed, merging the rank counts, so a caller (the GUI's
worker thread) can report progress and stop between chunks.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from workbench.analysis.data import Source
from workbench.analysis.matrix import ProjectMatrix, project_matrix
from workbench.scoring.matrix import DecisionMatrix


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
    # the stored row's version as read, so an edit of this cell is refused once stale
    row_version: int | None = None


@dataclass(frozen=True)
class MatrixCells:
    pm: ProjectMatrix
    cells: tuple[tuple[Cell | None, ...], ...]  # [measure][criterion]


def matrix_cells(
    svc: Source, measure_codes: list[str] | None = None, pm: ProjectMatrix | None = None
) -> MatrixCells:
    """The source's matrix (or these measures', or `pm`) with every cell's triple, value,
    provenance. Pass an audience's ProjectData (and its analysis' matrix) as `svc`."""
    pm = pm if pm is not None else project_matrix(svc, measure_codes=measure_codes)
    sources = {r["id"]: str(r["title"]) for r in svc.rows("source")}
    stored: dict[tuple[str, str], dict[str, object]] = {
        (str(r["measure_id"]), str(r["criterion_id"])): r for r in svc.rows("assessment")
    }
    values = pm.matrix.values("best")  # the value functions on every best estimate, at once
    rows: list[tuple[Cell | None, ...]] = []
    for i, m in enumerate(pm.measures):
        row: list[Cell | None] = []
        for j, c in enumerate(pm.criteria):
            e = m.estimates.get(c.key)
            if e is None:
                row.append(None)
                continue
            v = float(values[i, j])
            value = None if math.isnan(v) else v
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
                    version if isinstance(version := r.get("row_version"), int) else None,
                )
            )
        rows.append(tuple(row))
    return MatrixCells(pm, tuple(rows))


def profile_weights(svc: Source, profile_id: str) -> dict[str, tuple[str, float]]:
    """Criterion key -> (weight row id, stored weight) of one profile."""
    keys = {r["id"]: str(r["key"]) for r in svc.rows("criterion")}
    return {
        keys[w["criterion_id"]]: (str(w["id"]), float(w["weight"]))
        for w in svc.rows("weight", profile_id=profile_id)
    }


@dataclass(frozen=True)
class ChunkedSMAA:
    """Rank acceptability merged over every chunk; ``seed`` reproduces the run."""

    alternatives: tuple[str, ...]
    complete: npt.NDArray[np.bool_]
    rank_acceptability: npt.NDArray[np.float64]  # [alternative, rank]
    seed: int
    draws: int
    chunks: int

    def top_k_probability(self, k: int) -> npt.NDArray[np.float64]:
        return np.asarray(self.rank_acceptability[:, :k].sum(axis=1), dtype=np.float64)


def chunk_seeds(seed: int, chunks: int) -> list[int]:
    """The seed of each chunk, derived from the recorded seed (reproducible)."""
    return [
        int(s.generate_state(1, np.uint64)[0]) for s in np.random.SeedSequence(seed).spawn(chunks)
    ]


def smaa_in_chunks(
    matrix: DecisionMatrix,
    weights: object | None,
    *,
    draws: int,
    seed: int,
    chunks: int = 10,
    workers: int | None = 1,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ChunkedSMAA | None:
    """SMAA-2 in `chunks` runs of draws/chunks each; None when stopped early."""
    from workbench.scoring import smaa2

    chunks = max(1, min(chunks, draws))
    sizes = [draws // chunks + (1 if i < draws % chunks else 0) for i in range(chunks)]
    total: npt.NDArray[np.float64] | None = None
    complete: npt.NDArray[np.bool_] | None = None
    for i, (size, chunk_seed) in enumerate(zip(sizes, chunk_seeds(seed, chunks), strict=True)):
        if should_stop is not None and should_stop():
            return None
        r = smaa2(matrix, weights, draws=size, seed=chunk_seed, workers=workers)  # type: ignore[arg-type]
        counts = np.asarray(r.rank_acceptability, dtype=np.float64) * size
        total = counts if total is None else total + counts
        complete = np.asarray(r.complete, dtype=np.bool_)
        if progress is not None:
            progress(i + 1, chunks)
    assert total is not None and complete is not None
    return ChunkedSMAA(matrix.alternatives, complete, total / draws, seed, draws, chunks)
