"""A project's decision matrix and weight profiles, for the scoring kernels.

Reads the register (with the computed health criterion applied) and turns
each criterion's stored scale into a value function: a linear scale is
(worst, best), a piecewise scale its points, a levels scale its labels in
list order, with assessments stored as the level's *position* (what
:class:`~workbench.scoring.valuefn.VerbalValue` expects). A missing
assessment is NaN, never zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from workbench.analysis.data import Source
from workbench.analysis.register import estimate_arrays, register_of
from workbench.i18n import Term, UserError
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.valuefn import (
    LinearValue,
    PiecewiseLinearValue,
    ValueFunction,
    VerbalValue,
)
from workbench.scoring.weights import Weights, direct_weights_from_mapping
from workbench.services.queries import CriterionRow, MeasureRow, Register


@dataclass(frozen=True)
class ProjectMatrix:
    matrix: DecisionMatrix
    criteria: tuple[CriterionRow, ...]
    measures: tuple[MeasureRow, ...]
    health_errors: dict[str, str]


@dataclass(frozen=True)
class Profile:
    key: str
    name: str
    weights: Weights
    stakeholder_id: str | None
    visibility: str
    method: str


@dataclass(frozen=True)
class UnusableProfile:
    """A profile whose weights cannot rank anything (all zero), with the reason."""

    key: str
    name: str
    reason: str


def value_function(c: CriterionRow) -> ValueFunction:
    scale = c.scale
    if scale["type"] == "linear":
        return LinearValue(worst=float(scale["worst"]), best=float(scale["best"]))
    if scale["type"] == "piecewise":
        return PiecewiseLinearValue(tuple((float(x), float(v)) for x, v in scale["points"]))
    return VerbalValue(tuple((str(lv["label"]), float(lv["value"])) for lv in scale["levels"]))


def _stored_to_matrix(c: CriterionRow, value: float) -> float:
    """Levels are stored by their value and enter the matrix by their position."""
    if c.scale["type"] != "levels":
        return value
    for i, lv in enumerate(c.scale["levels"]):
        if float(lv["value"]) == float(value):
            return float(i)
    return float("nan")


def _levels_to_positions(
    crit: Sequence[CriterionRow], stored: np.ndarray[Any, np.dtype[np.float64]]
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """:func:`_stored_to_matrix` on whole columns (a value that is no level becomes NaN)."""
    for j, c in enumerate(crit):
        if c.scale["type"] != "levels":
            continue
        column = stored[:, j].copy()
        stored[:, j] = np.nan
        for pos, lv in reversed(list(enumerate(c.scale["levels"]))):  # the first match wins
            stored[column == float(lv["value"]), j] = float(pos)
    return stored


def project_matrix(
    svc: Source,
    *,
    measure_codes: Sequence[str] | None = None,
    criteria_keys: Sequence[str] | None = None,
    reg: Register | None = None,
) -> ProjectMatrix:
    """The decision matrix of the source's register (or of `reg`, already built)."""
    reg = reg if reg is not None else register_of(svc)
    crit = [c for c in reg.criteria if criteria_keys is None or c.key in criteria_keys]
    if criteria_keys is not None:
        known = {c.key for c in reg.criteria}
        for key in criteria_keys:
            if key not in known:
                raise UserError(
                    "value.unknown_ref", where="--criterion", kind=Term("entity.criterion"), got=key
                )
    measures = reg.measures
    if measure_codes is not None:
        wanted = set(measure_codes)
        measures = [m for m in measures if m.code in wanted]
    if not measures or not crit:
        raise UserError("analysis.empty")
    shape = (len(measures), len(crit))
    arrays = estimate_arrays(measures, [c.key for c in crit])  # the register's, at once
    if arrays is not None:
        low, best, high = (_levels_to_positions(crit, a) for a in arrays)
    else:
        low, best, high = (np.full(shape, np.nan) for _ in range(3))
        for i, m in enumerate(measures):
            for j, c in enumerate(crit):
                e = m.estimates.get(c.key)
                if e is None:
                    continue
                low[i, j] = _stored_to_matrix(c, e.low)
                best[i, j] = _stored_to_matrix(c, e.best)
                high[i, j] = _stored_to_matrix(c, e.high)
    matrix = DecisionMatrix(
        alternatives=tuple(m.code for m in measures),
        criteria=tuple(c.key for c in crit),
        low=low,
        best=best,
        high=high,
        value_functions=tuple(value_function(c) for c in crit),
    )
    return ProjectMatrix(matrix, tuple(crit), tuple(measures), reg.health_errors)


def profiles(svc: Source, criteria: Sequence[str]) -> list[Profile]:
    """Every usable weight profile over `criteria` (absent weights are 0).

    A profile without any positive weight cannot rank; it is left out here
    (see :func:`unusable_profiles`) rather than failing every analysis.
    """
    return [p for p in _all_profiles(svc, criteria) if isinstance(p, Profile)]


def unusable_profiles(svc: Source, criteria: Sequence[str]) -> list[UnusableProfile]:
    return [p for p in _all_profiles(svc, criteria) if isinstance(p, UnusableProfile)]


def _all_profiles(svc: Source, criteria: Sequence[str]) -> list[Profile | UnusableProfile]:
    from workbench.scoring import ScoringError

    crit_key = {r["id"]: r["key"] for r in svc.rows("criterion")}
    out: list[Profile | UnusableProfile] = []
    for p in svc.rows("weight_profile"):
        raw = {key: 0.0 for key in criteria}
        for w in svc.rows("weight", profile_id=p["id"]):
            key = crit_key[w["criterion_id"]]
            if key in raw:
                raw[key] = float(w["weight"])
        try:
            weights = direct_weights_from_mapping(raw)
        except ScoringError as exc:
            out.append(UnusableProfile(p["key"], p["name"], exc.message("nl")))
            continue
        out.append(
            Profile(
                p["key"],
                p["name"],
                weights,
                p["stakeholder_id"],
                str(p["visibility"]),
                str(p["method"]),
            )
        )
    return out


def profile(svc: Source, key: str | None, criteria: Sequence[str]) -> Profile:
    """The named profile, or the first one when `key` is None."""
    all_profiles = _all_profiles(svc, criteria)
    usable = [p for p in all_profiles if isinstance(p, Profile)]
    if key is None:
        if not usable:
            raise UserError("analysis.no_profile")
        return usable[0]
    for p in all_profiles:
        if p.key == key:
            if isinstance(p, UnusableProfile):
                raise UserError("analysis.profile_unusable", profile=key, reason=p.reason)
            return p
    raise UserError(
        "analysis.profile_unknown",
        where="--profile",
        got=key,
        choices=", ".join(p.key for p in all_profiles) or "–",
    )
