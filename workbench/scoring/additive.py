"""The additive value model, the workbench's primary ranking method.

This module owns value(a) = sum_j w_j * v_j(x_aj) on the best estimates,
with each criterion's contribution w_j * v_j kept for the explanation. The
values come from the matrix's fixed-scale value functions, so a measure's
value never depends on the other measures.

Missing assessments are never zero and never hidden by re-normalising the
weights. An alternative lacking an assessment on a criterion with positive
weight is *incomplete*: it has no point score (NaN) but an interval, its
missing criteria at value 0 (``score_low``, the sum of the weighted values
it has) and at value 1 (``score_high`` = ``score_low`` plus the weights of
its missing criteria). Its contributions are w_j * v_j where assessed and
NaN where missing, so they add up to ``score_low``. Incomplete alternatives
form their own group, "onvolledig beoordeeld", ranked after every complete
alternative by their low end, so a partial score can never overtake a full
one. A gap on a zero-weight criterion does not make an alternative
incomplete (its contribution there is NaN, its score unaffected).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import BoolArray, FloatArray, competition_ranks, lock
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.result import RankingResult
from workbench.scoring.weights import Weights, as_weights

MISSING_RULE = (
    "incomplete: no point score, interval with gaps at 0..1, ranked after complete by low end"
)


class AdditiveScores(NamedTuple):
    """What :func:`additive_kernel` computes, per alternative (row)."""

    scores: FloatArray  # NaN where incomplete
    score_low: FloatArray  # missing criteria at value 0
    score_high: FloatArray  # missing criteria at value 1
    contributions: FloatArray  # w_j * v_j, NaN where missing
    coverage: FloatArray  # weight of the assessed criteria
    complete: BoolArray


def additive_kernel(values: FloatArray, weights: FloatArray) -> AdditiveScores:
    """Pure kernel: scores, their intervals and contributions from values and weights.

    ``values`` is (n, m) in [0, 1] with NaN for missing; ``weights`` (m,)
    sums to 1 and is non-negative. See the module docstring for the rule.
    """
    contributions = values * weights
    if not np.isnan(contributions).any():
        scores = contributions.sum(axis=1)
        ones = np.ones(values.shape[0])
        return AdditiveScores(
            scores, scores, scores, contributions, ones, np.ones(values.shape[0], dtype=bool)
        )
    missing = np.isnan(values)
    missing_weight = missing @ weights
    complete = ~np.any(missing & (weights > 0), axis=1)
    low = np.nansum(contributions, axis=1)
    return AdditiveScores(
        np.where(complete, low, np.nan),
        low,
        low + missing_weight,
        contributions,
        1.0 - missing_weight,
        complete,
    )


def rank_additive(matrix: DecisionMatrix, weights: Weights | npt.ArrayLike) -> RankingResult:
    """Rank by additive value on the best estimates; see the module docstring."""
    w = as_weights(matrix.criteria, weights)
    k = additive_kernel(matrix.values("best"), w.values)
    low = lock(k.score_low)
    return RankingResult(
        method="additive",
        normalisation="value-functions",
        alternatives=matrix.alternatives,
        criteria=matrix.criteria,
        weights=w,
        scores=low if k.complete.all() else lock(k.scores),
        score_low=low,
        score_high=low if k.complete.all() else lock(k.score_high),
        # The low end is the score for a complete row, so one key ranks both groups.
        ranks=lock(competition_ranks(k.score_low, k.complete)),
        complete=lock(k.complete),
        contributions=lock(k.contributions),
        steps={"values": matrix.values("best"), "coverage": lock(k.coverage)},
        options={"missing": MISSING_RULE},
    )
