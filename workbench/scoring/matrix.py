"""The immutable decision matrix every scoring method reads.

This module owns :class:`DecisionMatrix`: alternative (measure) codes,
criterion keys, the low / best / high assessment triples as read-only
float64 arrays, and one value function per criterion. A missing assessment
is NaN in all three arrays -- never zero -- and the matrix knows which
alternatives are complete. Operations that change the content (adding
alternatives, selecting criteria) return a new matrix; nothing is edited in
place, so a result computed from a matrix can always be explained from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import BoolArray, FloatArray, frozen, lock
from workbench.scoring.errors import ScoringError
from workbench.scoring.valuefn import ValueFunction, direction_sign

Estimate = Literal["low", "best", "high"]


@dataclass(frozen=True, eq=False)
class DecisionMatrix:
    """Alternatives x criteria assessments with their value functions.

    ``low``, ``best`` and ``high`` have shape (alternatives, criteria) and
    are copied into read-only arrays. Each cell is either a triple with
    ``low <= best <= high`` or NaN in all three (missing).
    """

    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    low: FloatArray
    best: FloatArray
    high: FloatArray
    value_functions: tuple[ValueFunction, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        alternatives = tuple(str(code) for code in self.alternatives)
        criteria = tuple(str(key) for key in self.criteria)
        object.__setattr__(self, "alternatives", alternatives)
        object.__setattr__(self, "criteria", criteria)
        object.__setattr__(self, "value_functions", tuple(self.value_functions))
        if not alternatives or not criteria:
            raise ScoringError("matrix_empty")
        for names in (alternatives, criteria):
            seen: set[str] = set()
            for name in names:
                if name in seen:
                    raise ScoringError("duplicate_code", code=name)
                seen.add(name)
        if len(self.value_functions) != len(criteria):
            raise ScoringError(
                "value_functions_count", got=len(self.value_functions), expected=len(criteria)
            )
        shape = (len(alternatives), len(criteria))
        arrays = {}
        for name in ("low", "best", "high"):
            array = frozen(getattr(self, name))
            if array.shape != shape:
                raise ScoringError("matrix_shape", name=name, got=array.shape, expected=shape)
            arrays[name] = array
            object.__setattr__(self, name, array)
        self._validate_triples(arrays["low"], arrays["best"], arrays["high"])
        object.__setattr__(self, "_index", {code: i for i, code in enumerate(alternatives)})

    def _validate_triples(self, low: FloatArray, best: FloatArray, high: FloatArray) -> None:
        missing = np.isnan(best)
        partial = (np.isnan(low) != missing) | (np.isnan(high) != missing)
        if partial.any():
            i, j = np.argwhere(partial)[0]
            raise ScoringError(
                "assessment_partial", code=self.alternatives[i], criterion=self.criteria[j]
            )
        infinite = np.isinf(low) | np.isinf(best) | np.isinf(high)
        if infinite.any():
            i, j = np.argwhere(infinite)[0]
            raise ScoringError(
                "assessment_infinite", code=self.alternatives[i], criterion=self.criteria[j]
            )
        with np.errstate(invalid="ignore"):
            disorder = ~missing & ((low > best) | (best > high))
        if disorder.any():
            i, j = np.argwhere(disorder)[0]
            raise ScoringError(
                "assessment_order",
                code=self.alternatives[i],
                criterion=self.criteria[j],
                low=float(low[i, j]),
                best=float(best[i, j]),
                high=float(high[i, j]),
            )

    # --- construction ---------------------------------------------------------

    @classmethod
    def from_best(
        cls,
        alternatives: Sequence[str],
        criteria: Sequence[str],
        best: npt.ArrayLike,
        value_functions: Sequence[ValueFunction],
    ) -> DecisionMatrix:
        """A matrix of point estimates (low = best = high)."""
        array = np.asarray(best, dtype=np.float64)
        return cls(
            tuple(alternatives), tuple(criteria), array, array, array, tuple(value_functions)
        )

    def with_alternatives(
        self,
        codes: Sequence[str],
        low: npt.ArrayLike,
        best: npt.ArrayLike,
        high: npt.ArrayLike,
    ) -> DecisionMatrix:
        """A new matrix with rows appended for ``codes`` (shape (len(codes), criteria))."""
        m = len(self.criteria)
        rows = [np.asarray(a, dtype=np.float64).reshape(len(codes), m) for a in (low, best, high)]
        return DecisionMatrix(
            self.alternatives + tuple(codes),
            self.criteria,
            np.vstack([self.low, rows[0]]),
            np.vstack([self.best, rows[1]]),
            np.vstack([self.high, rows[2]]),
            self.value_functions,
        )

    def select(
        self,
        alternatives: Sequence[str] | None = None,
        criteria: Sequence[str] | None = None,
    ) -> DecisionMatrix:
        """A new matrix restricted to (and ordered as) the given codes and keys."""
        rows = (
            np.arange(len(self.alternatives))
            if alternatives is None
            else np.array([self.index_of(code) for code in alternatives], dtype=np.int64)
        )
        cols = (
            np.arange(len(self.criteria))
            if criteria is None
            else np.array([self.criterion_index(key) for key in criteria], dtype=np.int64)
        )
        return DecisionMatrix(
            tuple(self.alternatives[i] for i in rows),
            tuple(self.criteria[j] for j in cols),
            self.low[np.ix_(rows, cols)],
            self.best[np.ix_(rows, cols)],
            self.high[np.ix_(rows, cols)],
            tuple(self.value_functions[j] for j in cols),
        )

    # --- lookups ----------------------------------------------------------------

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.alternatives), len(self.criteria)

    def index_of(self, code: str) -> int:
        """Row of alternative ``code``; refuses an unknown code."""
        try:
            return self._index[code]
        except KeyError:
            raise ScoringError("unknown_code", code=code) from None

    def criterion_index(self, key: str) -> int:
        """Column of criterion ``key``; refuses an unknown key."""
        try:
            return self.criteria.index(key)
        except ValueError:
            raise ScoringError("unknown_criterion", criterion=key) from None

    # --- derived, cached (the matrix never changes) -------------------------------

    @cached_property
    def missing(self) -> BoolArray:
        """True where an assessment is missing."""
        return lock(np.isnan(self.best))

    @cached_property
    def complete(self) -> BoolArray:
        """Per alternative: every criterion assessed."""
        return lock(np.asarray(~self.missing.any(axis=1)))

    @cached_property
    def directions(self) -> FloatArray:
        """Per criterion +1 (higher raw is better) or -1 (lower is better)."""
        return lock(np.array([direction_sign(f) for f in self.value_functions]))

    def values(self, estimate: Estimate = "best") -> FloatArray:
        """Values in [0, 1] of the chosen estimate; NaN where missing.

        The low raw estimate maps to the *low value* only for increasing
        value functions; callers wanting the worst/best value take the
        elementwise min/max of ``values("low")`` and ``values("high")``.
        """
        return {"low": self._values_low, "best": self._values_best, "high": self._values_high}[
            estimate
        ]

    def _apply(self, raw: FloatArray) -> FloatArray:
        out = np.empty_like(raw)
        for j, function in enumerate(self.value_functions):
            out[:, j] = function(raw[:, j])
        out[np.isnan(raw)] = np.nan
        return lock(out)

    @cached_property
    def _values_low(self) -> FloatArray:
        return self._apply(self.low)

    @cached_property
    def _values_best(self) -> FloatArray:
        return self._apply(self.best)

    @cached_property
    def _values_high(self) -> FloatArray:
        return self._apply(self.high)
