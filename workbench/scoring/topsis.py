"""TOPSIS as a cross-view on the best estimates (Hwang & Yoon).

This module owns closeness to the ideal solution: normalise each criterion
column (vector normalisation by default, min-max as an option), weight it,
measure the Euclidean distance of every alternative to the ideal and the
anti-ideal point, and score d- / (d+ + d-). Unlike the additive model,
TOPSIS normalises by the alternatives present, so adding a measure can
change the others' scores and even the winner -- and the normalisation
variant can change the winner too (Opricovic & Tzeng 2004) -- which is why
the result always names the variant. TOPSIS cannot place an alternative
with a gap: incomplete alternatives are left out of the normalisation, get
a NaN score and are ranked after the complete ones. They get no score
interval either (``score_low`` and ``score_high`` NaN): putting one in at a
guessed value would move the ideal points and so every other score, so no
interval can be stated honestly.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray, check_choice, competition_ranks, lock
from workbench.scoring.errors import ScoringError
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.result import RankingResult
from workbench.scoring.weights import Weights, as_weights

Normalisation = Literal["vector", "minmax"]
NORMALISATIONS: tuple[Normalisation, ...] = ("vector", "minmax")


def topsis_kernel(
    x: FloatArray,
    weights: FloatArray,
    directions: FloatArray,
    normalisation: Normalisation = "vector",
) -> dict[str, FloatArray]:
    """Pure kernel on a complete raw matrix ``x`` (n, m).

    ``directions`` is +1 for benefit and -1 for cost criteria. Returns the
    steps by name: normalised, weighted, ideal, anti_ideal, d_plus, d_minus
    and closeness.
    """
    benefit = directions > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        if normalisation == "vector":
            norms = np.sqrt(np.einsum("ij,ij->j", x, x))
            # A column of zeros carries no information; keep it at zero.
            r = x / norms if np.all(norms > 0) else np.where(norms > 0, x / norms, 0.0)
        else:
            lo = x.min(axis=0)
            span = x.max(axis=0) - lo
            scaled = np.where(span > 0, (x - lo) / span, 0.0)
            # Min-max turns every criterion into a benefit on [0, 1].
            r = np.where(benefit, scaled, np.where(span > 0, 1.0 - scaled, 0.0))
            benefit = np.ones_like(benefit)
    v = r * weights
    top = v.max(axis=0)
    bottom = v.min(axis=0)
    ideal = np.where(benefit, top, bottom)
    anti_ideal = np.where(benefit, bottom, top)
    to_ideal = v - ideal
    to_anti = v - anti_ideal
    d_plus = np.sqrt(np.einsum("ij,ij->i", to_ideal, to_ideal))
    d_minus = np.sqrt(np.einsum("ij,ij->i", to_anti, to_anti))
    total = d_plus + d_minus
    with np.errstate(invalid="ignore", divide="ignore"):
        # All alternatives identical: no one is closer to the ideal; call it a tie.
        closeness = np.where(total > 0, d_minus / total, 0.5)
    return {
        "normalised": r,
        "weighted": v,
        "ideal": ideal,
        "anti_ideal": anti_ideal,
        "d_plus": d_plus,
        "d_minus": d_minus,
        "closeness": closeness,
    }


def rank_topsis(
    matrix: DecisionMatrix,
    weights: Weights | npt.ArrayLike,
    normalisation: str = "vector",
) -> RankingResult:
    """Rank by TOPSIS closeness on the raw best estimates; see the module docstring."""
    variant = check_choice(normalisation, NORMALISATIONS, "normalisation")
    w = as_weights(matrix.criteria, weights)
    used = w.values > 0
    all_used = bool(used.all())
    complete = matrix.complete if all_used else ~np.any(matrix.missing[:, used], axis=1)
    if not complete.any():
        raise ScoringError("too_few_alternatives", method="TOPSIS", minimum=1)
    n, m = matrix.shape
    # The common case (everything assessed, every weight used) needs no copy.
    x = matrix.best if complete.all() else matrix.best[complete]
    if not all_used:
        # Only zero-weight columns can still hold NaN here; they carry no weight.
        x = np.where(np.isnan(x), 0.0, x)
    steps = topsis_kernel(x, w.values, matrix.directions, variant)
    if complete.all():
        # Nothing to re-expand: the kernel's arrays are the result's arrays.
        return RankingResult(
            method="topsis",
            normalisation=variant,
            alternatives=matrix.alternatives,
            criteria=matrix.criteria,
            weights=w,
            scores=lock(steps["closeness"]),
            score_low=steps["closeness"],
            score_high=steps["closeness"],
            ranks=lock(competition_ranks(steps["closeness"])),
            complete=complete,
            contributions=lock(steps["weighted"]),
            steps={name: lock(step) for name, step in steps.items()},
            options={"distance": "euclidean"},
        )
    scores = np.full(n, np.nan)
    scores[complete] = steps["closeness"]
    contributions = np.full((n, m), np.nan)
    contributions[complete] = steps["weighted"]
    full_steps: dict[str, FloatArray] = {}
    for name, step in steps.items():
        if step.ndim == 1 and step.shape[0] == x.shape[0] and name not in ("ideal", "anti_ideal"):
            expanded = np.full(n, np.nan)
            expanded[complete] = step
            full_steps[name] = lock(expanded)
        elif step.ndim == 2:
            expanded2 = np.full((n, m), np.nan)
            expanded2[complete] = step
            full_steps[name] = lock(expanded2)
        else:
            full_steps[name] = lock(step)
    return RankingResult(
        method="topsis",
        normalisation=variant,
        alternatives=matrix.alternatives,
        criteria=matrix.criteria,
        weights=w,
        scores=lock(scores),
        score_low=scores,
        score_high=scores,
        ranks=lock(competition_ranks(scores, complete)),
        complete=lock(complete),
        contributions=lock(contributions),
        steps=full_steps,
        options={"distance": "euclidean"},
    )
