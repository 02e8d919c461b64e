"""Weight sensitivity and tornado data for the additive value model.

This module owns the exact answers to "how far can this weight move before
the ranking changes?". When criterion j's weight is set to t and the other
weights are rescaled proportionally (w_k * (1 - t) / (1 - w_j)), every
alternative's value is a straight line in t:

    S_i(t) = R_i + t * (v_ij - R_i),  R_i = (S_i - w_j v_ij) / (1 - w_j),

so the interval in which the current first place (or top-k set) survives is
bounded by line crossings, computed in closed form -- no scanning. (If w_j
is already 1 the others have no proportions to keep; they then share
1 - t equally.) Only alternatives complete under the profile's weights take
part (the additive ranking's rule): incomplete ones have no point score and
rank after all complete ones whatever the weights; they are listed in
``excluded_incomplete``. An alternative that is complete only because its
gap is on a zero-weight criterion drops into the incomplete group as soon
as that weight becomes positive (w_j > 0 for its own criterion, w_j < 1 for
any other when w_j is 1): it cannot overtake anyone then, and if it held
first place (or a top-k seat) the interval for j is the single point w_j. Tornado data: each
alternative's value with one assessment moved to its low or high estimate,
the rest at best, at the profile's weights (NaN for incomplete alternatives
and for a zero-weight criterion's gap).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import BoolArray, FloatArray, check_positive_int, lock
from workbench.scoring.additive import additive_kernel
from workbench.scoring.errors import ScoringError
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.result import JsonValue, _number
from workbench.scoring.weights import Weights, as_weights


@dataclass(frozen=True)
class WeightInterval:
    """Weights of one criterion (others rescaled) over which a result holds.

    ``lower_rival`` / ``upper_rival`` name the alternative that ties at the
    bound (None when the bound is 0 or 1 and nothing changes before it).
    """

    criterion: str
    weight: float
    lower: float
    upper: float
    lower_rival: str | None
    upper_rival: str | None


@dataclass(frozen=True, eq=False)
class Tornado:
    """Per alternative and criterion, the value at the low and high assessment.

    ``at_low[i, j]`` is alternative i's value with criterion j at its low
    raw estimate and everything else at best; ``span`` = |at_high - at_low|.
    NaN for incomplete alternatives.
    """

    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    base: FloatArray
    at_low: FloatArray
    at_high: FloatArray
    span: FloatArray

    def to_dict(self) -> dict[str, JsonValue]:
        """Per complete alternative: its value and, per criterion, the value at low/high."""
        out: dict[str, JsonValue] = {}
        for i, code in enumerate(self.alternatives):
            if np.isnan(self.base[i]):
                continue
            out[code] = {
                "value": float(self.base[i]),
                "criteria": {
                    key: {
                        "at_low": _number(float(self.at_low[i, j])),
                        "at_high": _number(float(self.at_high[i, j])),
                        "span": _number(float(self.span[i, j])),
                    }
                    for j, key in enumerate(self.criteria)
                },
            }
        return out


@dataclass(frozen=True, eq=False)
class SensitivityResult:
    """Weight intervals for first place and top-k, adjacent swaps, tornado data.

    ``ranked`` lists the complete alternatives best first. ``swap_weights[j, r]``
    is the weight of criterion j at which ``ranked[r]`` and ``ranked[r + 1]``
    swap, NaN if their lines do not cross within [0, 1] (or never).
    """

    criteria: tuple[str, ...]
    weights: Weights
    top_k: int
    ranked: tuple[str, ...]
    leader: str
    top_set: tuple[str, ...]
    first_place: tuple[WeightInterval, ...]
    top_k_set: tuple[WeightInterval, ...]
    swap_weights: FloatArray
    tornado: Tornado
    excluded_incomplete: tuple[str, ...]

    def to_dict(self) -> dict[str, JsonValue]:
        """JSON shape for ``workbench sensitivity --json`` (swaps within [0, 1] only)."""

        def interval(item: WeightInterval) -> dict[str, JsonValue]:
            return {
                "criterion": item.criterion,
                "weight": item.weight,
                "lower": item.lower,
                "upper": item.upper,
                "lower_rival": item.lower_rival,
                "upper_rival": item.upper_rival,
            }

        swaps: dict[str, JsonValue] = {
            key: [
                {"higher": hi, "lower": lo, "weight": t}
                for hi, lo, t in self.swaps(key)
                if t is not None
            ]
            for key in self.criteria
        }
        return {
            "weights": dict(self.weights.as_dict()),
            "weights_normalised": self.weights.normalised,
            "top_k": self.top_k,
            "leader": self.leader,
            "top_set": list(self.top_set),
            "first_place": [interval(item) for item in self.first_place],
            "top_k_set": [interval(item) for item in self.top_k_set],
            "swaps": swaps,
            "tornado": self.tornado.to_dict(),
            "excluded_incomplete": list(self.excluded_incomplete),
        }

    def swaps(self, criterion: str) -> list[tuple[str, str, float | None]]:
        """(higher, lower, weight or None) for each adjacent pair on ``criterion``."""
        j = self.criteria.index(criterion)
        return [
            (
                self.ranked[r],
                self.ranked[r + 1],
                None if np.isnan(self.swap_weights[j, r]) else float(self.swap_weights[j, r]),
            )
            for r in range(len(self.ranked) - 1)
        ]


def _lines(values: FloatArray, weights: FloatArray, j: int) -> tuple[FloatArray, FloatArray]:
    """Intercepts R and slopes (v_j - R) of every alternative's line in t = w_j."""
    m = weights.shape[0]
    others = np.delete(np.arange(m), j)
    rest = 1.0 - weights[j]
    if rest > 1e-12:
        intercept = values[:, others] @ (weights[others] / rest)
    else:
        intercept = values[:, others].mean(axis=1) if others.size else np.zeros(len(values))
    return intercept, values[:, j] - intercept


def _interval(
    d0: FloatArray, d1: FloatArray, t0: float, rivals: npt.NDArray[np.int64]
) -> tuple[float, float, int | None, int | None]:
    """Where d0 + t * d1 >= 0 for all pairs, around t0 (d0 + t0 d1 >= 0 holds)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        roots = -d0 / d1
    rising = d1 > 0  # holds for t >= root
    falling = d1 < 0  # holds for t <= root
    lower, upper = 0.0, 1.0
    lower_rival: int | None = None
    upper_rival: int | None = None
    if rising.any():
        k = int(np.argmax(np.where(rising, roots, -np.inf)))
        if roots[k] > lower:
            lower, lower_rival = float(min(roots[k], t0)), int(rivals[k])
    if falling.any():
        k = int(np.argmin(np.where(falling, roots, np.inf)))
        if roots[k] < upper:
            upper, upper_rival = float(max(roots[k], t0)), int(rivals[k])
    return lower, upper, lower_rival, upper_rival


def sensitivity(
    matrix: DecisionMatrix, weights: Weights | npt.ArrayLike, top_k: int = 3
) -> SensitivityResult:
    """Exact weight intervals, swap points and tornado data; see the module docstring."""
    top_k = check_positive_int(top_k, "top_k")
    w = as_weights(matrix.criteria, weights)
    kernel = additive_kernel(matrix.values("best"), w.values)
    complete = kernel.complete
    if not complete.any():
        raise ScoringError("too_few_alternatives", method="Sensitivity", minimum=1)
    idx = np.flatnonzero(complete)
    codes = [matrix.alternatives[i] for i in idx]
    values = matrix.values("best")[idx]
    # Gaps left here lie on zero-weight criteria. At value 0 a row's line is
    # its low end, which is also how the incomplete group is ordered.
    gaps = np.isnan(values)
    values = np.where(gaps, 0.0, values)
    scores = kernel.score_low[idx]
    order = np.argsort(-scores, kind="stable")
    k = min(top_k, idx.size)
    top, rest = order[:k], order[k:]
    leader = order[0]
    m = len(matrix.criteria)
    first_place: list[WeightInterval] = []
    top_k_set: list[WeightInterval] = []
    swap_weights = np.full((m, max(idx.size - 1, 0)), np.nan)
    for j, key in enumerate(matrix.criteria):
        t0 = float(w.values[j])
        drops = _drops(gaps, w.values, j)
        intercept, slope = _lines(values, w.values, j)
        others = order[1:][~drops[order[1:]]]
        if drops[leader]:
            lo, hi, lr, ur = _pinned(t0, others)
        else:
            lo, hi, lr, ur = _interval(
                intercept[leader] - intercept[others], slope[leader] - slope[others], t0, others
            )
        first_place.append(WeightInterval(key, t0, lo, hi, _code(codes, lr), _code(codes, ur)))
        entrants = rest[~drops[rest]]
        if drops[top].any():
            lo, hi, lr, ur = _pinned(t0, entrants)
        elif entrants.size:
            d0 = (intercept[top][:, None] - intercept[entrants][None, :]).ravel()
            d1 = (slope[top][:, None] - slope[entrants][None, :]).ravel()
            rivals = np.broadcast_to(entrants[None, :], (k, entrants.size)).ravel()
            lo, hi, lr, ur = _interval(d0, d1, t0, rivals)
        else:
            lo, hi, lr, ur = 0.0, 1.0, None, None
        top_k_set.append(WeightInterval(key, t0, lo, hi, _code(codes, lr), _code(codes, ur)))
        with np.errstate(divide="ignore", invalid="ignore"):
            d0 = intercept[order[:-1]] - intercept[order[1:]]
            d1 = slope[order[:-1]] - slope[order[1:]]
            root = -d0 / d1
        swaps = np.where((d1 != 0) & (root >= 0) & (root <= 1), root, np.nan)
        higher_drops, lower_drops = drops[order[:-1]], drops[order[1:]]
        # A higher row that drops is passed at once; a lower one never passes.
        swaps = np.where(higher_drops & ~lower_drops, t0, swaps)
        swap_weights[j] = np.where(lower_drops & ~higher_drops, np.nan, swaps)
    return SensitivityResult(
        criteria=matrix.criteria,
        weights=w,
        top_k=k,
        ranked=tuple(codes[i] for i in order),
        leader=codes[leader],
        top_set=tuple(codes[i] for i in top),
        first_place=tuple(first_place),
        top_k_set=tuple(top_k_set),
        swap_weights=lock(swap_weights),
        tornado=tornado(matrix, w),
        excluded_incomplete=tuple(
            code for code, ok in zip(matrix.alternatives, complete, strict=True) if not ok
        ),
    )


def _drops(gaps: BoolArray, weights: FloatArray, j: int) -> BoolArray:
    """Rows that turn incomplete as soon as w_j moves away from its current value.

    A gap on j (its weight is 0 then) counts once w_j > 0; at w_j = 1 the
    other criteria all get weight once w_j < 1, so a gap anywhere counts.
    """
    if 1.0 - weights[j] <= 1e-12:
        dropping: BoolArray = np.any(gaps, axis=1)
        return dropping
    return gaps[:, j]


def _pinned(
    t0: float, rivals: npt.NDArray[np.int64]
) -> tuple[float, float, int | None, int | None]:
    """The interval [t0, t0] when a holder drops out for any other weight (t0 is 0 or 1)."""
    rival = int(rivals[0]) if rivals.size else None
    return (t0, t0, None, rival) if t0 < 0.5 else (t0, t0, rival, None)


def _code(codes: list[str], index: int | None) -> str | None:
    return None if index is None else codes[index]


def tornado(matrix: DecisionMatrix, weights: Weights | npt.ArrayLike) -> Tornado:
    """Value of every alternative with one assessment at its low / high estimate."""
    w = as_weights(matrix.criteria, weights)
    best = matrix.values("best")
    base = additive_kernel(best, w.values).scores  # NaN where incomplete
    at_low = base[:, None] + w.values * (matrix.values("low") - best)
    at_high = base[:, None] + w.values * (matrix.values("high") - best)
    return Tornado(
        matrix.alternatives,
        matrix.criteria,
        lock(base),
        lock(at_low),
        lock(at_high),
        lock(np.abs(at_high - at_low)),
    )
