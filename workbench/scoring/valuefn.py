"""Value functions: a criterion's raw assessments onto [0, 1] on a fixed scale.

This module owns the three kinds of value function the workbench offers --
linear between a worst and a best level (clipped), piecewise linear through
(x, value) points, and a table of verbal levels -- and their direction
(whether a higher raw number is better). Every function is defined by the
criterion's own scale, never by the other measures in the project, which is
what makes the additive value of one measure independent of which other
measures exist (no rank reversal). Verbal levels are stored in a decision
matrix as their position on the scale (0, 1, 2, ...); a fractional position,
as drawn in an uncertainty analysis, interpolates between adjacent levels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray
from workbench.scoring.errors import ScoringError

Direction = Literal["higher", "lower"]


@dataclass(frozen=True)
class LinearValue:
    """Linear from ``worst`` (value 0) to ``best`` (value 1), clipped outside.

    ``best < worst`` means lower raw numbers are better (a cost); the
    constructors :meth:`higher_is_better` and :meth:`lower_is_better` say so
    in words.
    """

    worst: float
    best: float

    def __post_init__(self) -> None:
        if not (np.isfinite(self.worst) and np.isfinite(self.best)):
            raise ScoringError("value_scale_empty", value=float(self.worst))
        if self.worst == self.best:
            raise ScoringError("value_scale_empty", value=float(self.worst))

    @classmethod
    def higher_is_better(cls, low: float, high: float) -> LinearValue:
        """Scale from ``low`` (worst) to ``high`` (best)."""
        return cls(worst=float(low), best=float(high))

    @classmethod
    def lower_is_better(cls, low: float, high: float) -> LinearValue:
        """Scale from ``high`` (worst) to ``low`` (best), e.g. cost."""
        return cls(worst=float(high), best=float(low))

    @property
    def kind(self) -> Literal["linear"]:
        return "linear"

    @property
    def direction(self) -> Direction:
        return "higher" if self.best > self.worst else "lower"

    @property
    def affine(self) -> tuple[float, float]:
        """(slope, intercept) of the unclipped line; lets SMAA draw in value space."""
        slope = 1.0 / (self.best - self.worst)
        return slope, -self.worst * slope

    def __call__(self, x: npt.ArrayLike) -> FloatArray:
        slope, intercept = self.affine
        values: FloatArray = np.clip(np.asarray(x, dtype=np.float64) * slope + intercept, 0, 1)
        return values


@dataclass(frozen=True)
class PiecewiseLinearValue:
    """Piecewise linear through ``points`` ((x, value), x strictly increasing).

    The values must be monotone (the scale has a direction) and run onto
    [0, 1]: the lowest is 0 and the highest is 1. Outside the first and last
    x the end values hold.
    """

    points: tuple[tuple[float, float], ...]

    def __post_init__(self) -> None:
        pts = tuple((float(x), float(v)) for x, v in self.points)
        object.__setattr__(self, "points", pts)
        xs = np.array([p[0] for p in pts])
        vs = np.array([p[1] for p in pts])
        if len(pts) < 2:
            raise ScoringError("value_points", reason="at least two points are needed")
        if not (np.all(np.isfinite(xs)) and np.all(np.isfinite(vs))):
            raise ScoringError("value_points", reason="every point must be a finite number")
        if np.any(np.diff(xs) <= 0):
            raise ScoringError("value_points", reason="x must be strictly increasing")
        steps = np.diff(vs)
        if not (np.all(steps >= 0) or np.all(steps <= 0)):
            raise ScoringError("value_points", reason="the values must be monotone")
        if vs.min() != 0.0 or vs.max() != 1.0:
            raise ScoringError("value_points", reason="the values must run from 0 to 1")

    @property
    def kind(self) -> Literal["piecewise"]:
        return "piecewise"

    @property
    def direction(self) -> Direction:
        return "higher" if self.points[-1][1] > self.points[0][1] else "lower"

    def __call__(self, x: npt.ArrayLike) -> FloatArray:
        xs = np.array([p[0] for p in self.points])
        vs = np.array([p[1] for p in self.points])
        values: FloatArray = np.interp(np.asarray(x, dtype=np.float64), xs, vs)
        # np.interp maps NaN to NaN, so a missing assessment stays missing.
        return values


@dataclass(frozen=True)
class VerbalValue:
    """A table of verbal levels ``(label, value)`` listed in scale order.

    Values are monotone along the list and run onto [0, 1]. A decision
    matrix holds a verbal assessment as the level's position (see
    :meth:`position`); positions between levels interpolate linearly.
    """

    levels: tuple[tuple[str, float], ...]

    def __post_init__(self) -> None:
        levels = tuple((str(label), float(value)) for label, value in self.levels)
        object.__setattr__(self, "levels", levels)
        labels = [label for label, _ in levels]
        vs = np.array([value for _, value in levels])
        if len(levels) < 2:
            raise ScoringError("verbal_levels", reason="at least two levels are needed")
        if len(set(labels)) != len(labels):
            raise ScoringError("verbal_levels", reason="labels must be unique")
        steps = np.diff(vs)
        if not np.all(np.isfinite(vs)) or not (np.all(steps >= 0) or np.all(steps <= 0)):
            raise ScoringError("verbal_levels", reason="values must be monotone in list order")
        if vs.min() != 0.0 or vs.max() != 1.0:
            raise ScoringError("verbal_levels", reason="the values must run from 0 to 1")

    @property
    def kind(self) -> Literal["verbal"]:
        return "verbal"

    @property
    def direction(self) -> Direction:
        return "higher" if self.levels[-1][1] > self.levels[0][1] else "lower"

    def position(self, label: str) -> float:
        """The number to store in a decision matrix for ``label``."""
        for index, (name, _) in enumerate(self.levels):
            if name == label:
                return float(index)
        raise ScoringError("unknown_level", label=label)

    def label(self, position: float) -> str:
        """The level nearest to ``position`` (for display)."""
        index = int(np.clip(round(position), 0, len(self.levels) - 1))
        return self.levels[index][0]

    def __call__(self, x: npt.ArrayLike) -> FloatArray:
        positions = np.arange(len(self.levels), dtype=np.float64)
        vs = np.array([value for _, value in self.levels])
        values: FloatArray = np.interp(np.asarray(x, dtype=np.float64), positions, vs)
        return values


ValueFunction = LinearValue | PiecewiseLinearValue | VerbalValue
"""Any of the three value-function kinds; all are callable on arrays."""


def direction_sign(function: ValueFunction) -> float:
    """+1.0 when a higher raw number is better, -1.0 otherwise."""
    return 1.0 if function.direction == "higher" else -1.0
