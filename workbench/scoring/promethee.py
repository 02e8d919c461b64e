"""PROMETHEE II net outranking flows as a cross-view on the best estimates.

This module owns PROMETHEE II (Brans & Vincke): for every ordered pair of
alternatives and every criterion a preference degree P(d) of the
direction-corrected difference d, aggregated with the weights into
positive and negative flows and the net flow phi = phi+ - phi-. The usual
criterion (P = 1 for any d > 0) is the default; the linear preference
function with an indifference threshold q and a preference threshold p per
criterion (raw units) is the option. Per criterion the single-criterion net
flow times its weight is kept as the contribution, so the contributions of
an alternative sum to its net flow. Flows are relative to the alternatives
present; incomplete alternatives are left out, get a NaN score and rank
after the complete ones. They get no score interval (``score_low`` and
``score_high`` NaN): any value put in for a gap would change every other
alternative's flows, so no interval can be stated honestly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray, check_choice, competition_ranks, lock
from workbench.scoring.errors import ScoringError
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.result import RankingResult
from workbench.scoring.weights import Weights, as_weights

Preference = Literal["usual", "linear"]
PREFERENCES: tuple[Preference, ...] = ("usual", "linear")


def promethee2_kernel(
    x: FloatArray,
    weights: FloatArray,
    directions: FloatArray,
    q: FloatArray | None = None,
    p: FloatArray | None = None,
) -> dict[str, FloatArray]:
    """Pure kernel on a complete raw matrix ``x`` (n >= 2, m).

    Without thresholds (``q``/``p`` None) the usual criterion is used;
    otherwise the linear preference function with per-criterion q <= p
    (q == p is a step at q). Returns phi_plus, phi_minus, net_flow and
    criterion_flows (n, m), the unweighted single-criterion net flows.
    """
    n, m = x.shape
    phi_plus = np.zeros(n)
    phi_minus = np.zeros(n)
    criterion_flows = np.empty((n, m))
    for j in range(m):
        # One (n, n) slab per criterion bounds memory to n^2 floats.
        d = directions[j] * (x[:, j, None] - x[None, :, j])
        if q is None or p is None:
            pref = (d > 0).astype(np.float64)
        elif p[j] > q[j]:
            pref = np.clip((d - q[j]) / (p[j] - q[j]), 0.0, 1.0)
        else:
            pref = (d > q[j]).astype(np.float64)
        out_flow = pref.sum(axis=1) / (n - 1)
        in_flow = pref.sum(axis=0) / (n - 1)
        criterion_flows[:, j] = out_flow - in_flow
        phi_plus += weights[j] * out_flow
        phi_minus += weights[j] * in_flow
    return {
        "phi_plus": phi_plus,
        "phi_minus": phi_minus,
        "net_flow": phi_plus - phi_minus,
        "criterion_flows": criterion_flows,
    }


def _thresholds(
    matrix: DecisionMatrix, thresholds: Mapping[str, tuple[float, float]]
) -> tuple[FloatArray, FloatArray]:
    m = len(matrix.criteria)
    q = np.zeros(m)
    p = np.zeros(m)
    for key, (q_j, p_j) in thresholds.items():
        j = matrix.criterion_index(key)
        if not (np.isfinite(q_j) and np.isfinite(p_j) and 0 <= q_j <= p_j):
            raise ScoringError("threshold_order", criterion=key, q=float(q_j), p=float(p_j))
        q[j], p[j] = q_j, p_j
    return q, p


def rank_promethee2(
    matrix: DecisionMatrix,
    weights: Weights | npt.ArrayLike,
    preference: str = "usual",
    thresholds: Mapping[str, tuple[float, float]] | None = None,
) -> RankingResult:
    """Rank by PROMETHEE II net flow on the raw best estimates.

    ``thresholds`` maps a criterion key to (q, p) in raw units and is used
    with ``preference="linear"``; criteria without thresholds keep q = p = 0
    (the usual criterion).
    """
    chosen = check_choice(preference, PREFERENCES, "preference")
    w = as_weights(matrix.criteria, weights)
    used = w.values > 0
    complete = ~np.any(matrix.missing[:, used], axis=1)
    if complete.sum() < 2:
        raise ScoringError("too_few_alternatives", method="PROMETHEE II", minimum=2)
    n = matrix.shape[0]
    x = matrix.best[complete]
    x = np.where(np.isnan(x), 0.0, x)  # only zero-weight columns can hold NaN here
    q, p = (None, None) if chosen == "usual" else _thresholds(matrix, thresholds or {})
    steps = promethee2_kernel(x, w.values, matrix.directions, q, p)
    expanded: dict[str, FloatArray] = {}
    for name, step in steps.items():
        full = np.full((n, *step.shape[1:]), np.nan)
        full[complete] = step
        expanded[name] = lock(full)
    contributions = expanded["criterion_flows"] * w.values
    scores = expanded["net_flow"]
    options: dict[str, str | float] = {"preference": chosen}
    if q is not None and p is not None:
        for key, q_j, p_j in zip(matrix.criteria, q, p, strict=True):
            options[f"q:{key}"] = float(q_j)
            options[f"p:{key}"] = float(p_j)
    return RankingResult(
        method="promethee2",
        normalisation="none",
        alternatives=matrix.alternatives,
        criteria=matrix.criteria,
        weights=w,
        scores=scores,
        score_low=scores,
        score_high=scores,
        ranks=lock(competition_ranks(scores, complete)),
        complete=lock(complete),
        contributions=lock(contributions),
        steps=expanded,
        options=options,
    )
