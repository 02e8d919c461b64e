"""Criterion weights and how they were set: direct, swing and rank-order centroid.

This module owns the :class:`Weights` record that every ranking takes -- the
normalised weights, the raw numbers the user entered, the elicitation
method and whether normalising changed anything -- plus the validation that
refuses negative, missing or all-zero weights instead of repairing them,
and the simple elicitation methods. AHP pairwise comparison lives in
:mod:`workbench.scoring.ahp` and returns the same record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray, frozen
from workbench.scoring.errors import ScoringError

if TYPE_CHECKING:
    from workbench.scoring.ahp import AHPResult

WeightMethod = Literal["direct", "swing", "rank-order-centroid", "ahp-eigenvector",
                       "ahp-geometric-mean"]

# Relative tolerance for "already summed to 1": user-entered decimals such as
# 0.3 + 0.4 + 0.3 are not exactly 1 in binary and must not be reported as
# normalised.
_SUM_TOLERANCE = 1e-9


@dataclass(frozen=True, eq=False)
class Weights:
    """Normalised criterion weights with their provenance.

    ``values`` sums to 1 (read-only). ``raw`` is what the method produced
    before normalising (entered numbers, swing points, AHP vector).
    ``normalised`` is True when ``raw`` did not already sum to 1, so the
    output can say the user's numbers were rescaled.
    """

    criteria: tuple[str, ...]
    values: FloatArray
    raw: FloatArray
    method: WeightMethod
    normalised: bool
    ahp: AHPResult | None = None

    def as_dict(self) -> dict[str, float]:
        """Criterion key -> weight (for JSON output)."""
        return {key: float(w) for key, w in zip(self.criteria, self.values, strict=True)}

    def aligned_to(self, criteria: Sequence[str]) -> FloatArray:
        """The weights in the order of ``criteria``; refuses a different set."""
        if tuple(criteria) == self.criteria:
            return self.values
        if sorted(criteria) != sorted(self.criteria):
            raise ScoringError(
                "weights_criteria_mismatch",
                got=", ".join(self.criteria),
                expected=", ".join(criteria),
            )
        position = {key: i for i, key in enumerate(self.criteria)}
        return frozen([self.values[position[key]] for key in criteria])

    def restricted_to(self, criteria: Sequence[str]) -> Weights:
        """Weights over a subset of criteria, renormalised (normalised=True if changed)."""
        position = {key: i for i, key in enumerate(self.criteria)}
        for key in criteria:
            if key not in position:
                raise ScoringError("unknown_criterion", criterion=key)
        subset = np.array([self.values[position[key]] for key in criteria])
        total = subset.sum()
        if total <= 0:
            raise ScoringError("weights_all_zero")
        changed = bool(abs(total - 1.0) > _SUM_TOLERANCE)
        return Weights(
            tuple(criteria), frozen(subset / total), frozen(subset), self.method,
            self.normalised or changed, self.ahp,
        )


def validate_raw_weights(criteria: Sequence[str], raw: npt.ArrayLike) -> FloatArray:
    """Check raw weights: one per criterion, finite, non-negative, not all zero."""
    array = np.asarray(raw, dtype=np.float64).reshape(-1)
    if array.shape[0] != len(criteria):
        raise ScoringError("weights_size", got=array.shape[0], expected=len(criteria))
    for key, value in zip(criteria, array, strict=True):
        if not np.isfinite(value):
            raise ScoringError("weight_not_finite", criterion=key)
        if value < 0:
            raise ScoringError("weight_negative", criterion=key, value=float(value))
    if not np.any(array > 0):
        raise ScoringError("weights_all_zero")
    return array


def _normalise(
    criteria: Sequence[str], raw: FloatArray, method: WeightMethod, ahp: AHPResult | None = None
) -> Weights:
    total = float(raw.sum())
    normalised = abs(total - 1.0) > _SUM_TOLERANCE * max(1.0, total)
    return Weights(tuple(criteria), frozen(raw / total), frozen(raw), method, normalised, ahp)


def direct_weights(criteria: Sequence[str], raw: npt.ArrayLike) -> Weights:
    """Weights as entered, normalised to sum 1 (``normalised`` says if that changed them)."""
    array = validate_raw_weights(criteria, raw)
    return _normalise(criteria, array, "direct")


def direct_weights_from_mapping(weights: Mapping[str, float]) -> Weights:
    """Direct weights from ``{criterion: weight}``, in the mapping's order."""
    return direct_weights(tuple(weights), list(weights.values()))


def swing_weights(criteria: Sequence[str], points: npt.ArrayLike) -> Weights:
    """Swing weights: the most important swing gets 100, the others 0..100 relative to it.

    The user ranks the swings from worst to best level per criterion and
    scores them from 100 down; weights are the points divided by their sum
    (so ``normalised`` is True whenever more than one criterion has points).
    """
    array = validate_raw_weights(criteria, points)
    for key, value in zip(criteria, array, strict=True):
        if value > 100:
            raise ScoringError("swing_range", criterion=key, value=float(value))
    if array.max() != 100:
        raise ScoringError("swing_no_hundred", value=float(array.max()))
    return _normalise(criteria, array, "swing")


def rank_order_centroid(n: int) -> FloatArray:
    """ROC weights for ranks 1..n: w_i = (1/n) * sum_{k=i..n} 1/k."""
    if n < 1:
        raise ScoringError("positive_int", name="n", value=n)
    reciprocals = 1.0 / np.arange(1, n + 1, dtype=np.float64)
    # Reverse cumulative sum gives sum_{k=i..n} 1/k for every i at once.
    tails = np.cumsum(reciprocals[::-1])[::-1]
    return frozen(tails / n)


def roc_weights(criteria_by_rank: Sequence[str]) -> Weights:
    """Rank-order centroid weights; ``criteria_by_rank`` lists the most important first."""
    if len(set(criteria_by_rank)) != len(criteria_by_rank):
        raise ScoringError("ordinal_unknown", criterion=", ".join(criteria_by_rank))
    values = rank_order_centroid(len(criteria_by_rank))
    # ROC weights sum to 1 by construction; nothing the user entered was rescaled.
    return Weights(tuple(criteria_by_rank), values, values, "rank-order-centroid", False)


def as_weights(criteria: Sequence[str], weights: Weights | npt.ArrayLike) -> Weights:
    """Accept a :class:`Weights` record or raw direct weights for ``criteria``.

    A record is checked against (and reordered to) ``criteria``; raw numbers
    are validated and normalised as direct weights.
    """
    if isinstance(weights, Weights):
        values = weights.aligned_to(criteria)
        if values is weights.values:
            return weights
        raw = weights.raw[[weights.criteria.index(key) for key in criteria]]
        return Weights(tuple(criteria), values, frozen(raw), weights.method,
                       weights.normalised, weights.ahp)
    return direct_weights(criteria, weights)
