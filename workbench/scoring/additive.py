"""The additive value model, the workbench's primary ranking method.

This module owns value(a) = sum_j w_j * v_j(x_aj) on the best estimates,
with each criterion's contribution w_j * v_j kept for the explanation. The
values come from the matrix's fixed-scale value functions, so a measure's
value never depends on the other measures. Missing assessments are never
zero: an alternative lacking an assessment on a criterion with positive
weight is *incomplete*; its score is the weighted mean over the criteria it
does have (weights renormalised over those, the assessed share is reported
as ``coverage``), and it is ranked after every complete alternative so a
partial score can never overtake a full one.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import BoolArray, FloatArray, competition_ranks, lock
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.result import RankingResult
from workbench.scoring.weights import Weights, as_weights


def additive_kernel(
    values: FloatArray, weights: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, BoolArray]:
    """Pure kernel: (scores, contributions, coverage, complete) from values and weights.

    ``values`` is (n, m) in [0, 1] with NaN for missing; ``weights`` (m,)
    sums to 1. Contributions of incomplete rows are renormalised by their
    coverage, so each row's contributions (ignoring NaN) sum to its score.
    """
    assessed = ~np.isnan(values)
    coverage = assessed @ weights
    complete = np.all(assessed | (weights <= 0), axis=1)
    if assessed.all():
        contributions = values * weights
        return contributions.sum(axis=1), contributions, coverage, complete
    with np.errstate(invalid="ignore", divide="ignore"):
        contributions = values * weights / coverage[:, None]
    contributions[:, weights <= 0] = np.where(assessed[:, weights <= 0], 0.0, np.nan)
    scores = np.where(coverage > 0, np.nansum(contributions, axis=1), np.nan)
    return scores, contributions, coverage, complete


def rank_additive(matrix: DecisionMatrix, weights: Weights | npt.ArrayLike) -> RankingResult:
    """Rank by additive value on the best estimates; see the module docstring."""
    w = as_weights(matrix.criteria, weights)
    scores, contributions, coverage, complete = additive_kernel(matrix.values("best"), w.values)
    return RankingResult(
        method="additive",
        normalisation="value-functions",
        alternatives=matrix.alternatives,
        criteria=matrix.criteria,
        weights=w,
        scores=lock(scores),
        ranks=lock(competition_ranks(scores, complete)),
        complete=lock(complete),
        contributions=lock(contributions),
        steps={"values": matrix.values("best"), "coverage": lock(coverage)},
        options={"missing": "ranked-after-complete; score over assessed criteria"},
    )
