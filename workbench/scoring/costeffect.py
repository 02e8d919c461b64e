"""Cost-effectiveness: euros per unit of health, its range, and the Pareto set.

This module owns the ratio cost / health on the best estimates and its
range from the low/high estimates, plus the measures that are
Pareto-efficient on (health, higher is better; cost, lower is better).

Range formula: for cost >= 0 and health > 0 the ratio falls with health and
rises with cost, so its range is cost_low / health_high .. cost_high /
health_low. In general (a measure can save money) the range is the minimum
and maximum of the four corner ratios, which equals that formula for
non-negative costs. Health <= 0 buys no health: the best ratio is NaN
("no ratio") when health_best <= 0, and the upper end of the range is
+inf when health_low <= 0 < health_high (the cost per unit of health is
unbounded in the worst case); both ends are NaN when health_high <= 0.
Missing cost or health gives NaN throughout and no Pareto membership.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import BoolArray, FloatArray, lock
from workbench.scoring.matrix import DecisionMatrix


@dataclass(frozen=True, eq=False)
class CostEffectiveness:
    """Per alternative: ratio (best), its low..high range, Pareto efficiency."""

    alternatives: tuple[str, ...]
    ratio: FloatArray
    ratio_low: FloatArray
    ratio_high: FloatArray
    pareto_efficient: BoolArray

    @property
    def efficient_codes(self) -> tuple[str, ...]:
        flags = zip(self.alternatives, self.pareto_efficient, strict=True)
        return tuple(code for code, ok in flags if ok)


def ratio_range(
    cost: tuple[npt.ArrayLike, npt.ArrayLike, npt.ArrayLike],
    health: tuple[npt.ArrayLike, npt.ArrayLike, npt.ArrayLike],
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Pure kernel: (ratio, ratio_low, ratio_high) from (low, best, high) triples."""
    c_lo, c_best, c_hi = (np.asarray(a, dtype=np.float64) for a in cost)
    h_lo, h_best, h_hi = (np.asarray(a, dtype=np.float64) for a in health)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(h_best > 0, c_best / h_best, np.nan)
        # Health only counts where positive; clip the low end to "just above 0".
        h_floor = np.where(h_lo > 0, h_lo, np.nan)
        corners = np.stack([c_lo / h_hi, c_hi / h_hi, c_lo / h_floor, c_hi / h_floor])
        low = np.nanmin(np.where(np.isnan(corners), np.inf, corners), axis=0)
        high = np.nanmax(np.where(np.isnan(corners), -np.inf, corners), axis=0)
        unbounded = (h_lo <= 0) & (h_hi > 0)
        high = np.where(unbounded, np.inf, high)
        # With h_lo <= 0 the cheapest case is cost_low at health_high (or below
        # zero cost, the lowest ratio is cost_low / tiny health: -inf).
        low = np.where(unbounded & (c_lo < 0), -np.inf, low)
    missing = np.isnan(c_best) | np.isnan(h_best) | (h_hi <= 0)
    low = np.where(missing, np.nan, low)
    high = np.where(missing, np.nan, high)
    return ratio, low, high


def pareto_efficient(health: npt.ArrayLike, cost: npt.ArrayLike) -> BoolArray:
    """True where no other alternative has health >= and cost <= with one strict.

    Sort by cost ascending (health descending among equal costs) and sweep:
    an alternative is efficient when its health beats every cheaper one's.
    O(n log n). NaN in either gives False.
    """
    h = np.asarray(health, dtype=np.float64)
    c = np.asarray(cost, dtype=np.float64)
    valid = ~(np.isnan(h) | np.isnan(c))
    efficient = np.zeros(h.shape[0], dtype=bool)
    idx = np.flatnonzero(valid)
    if idx.size == 0:
        return efficient
    order = idx[np.lexsort((-h[idx], c[idx]))]
    best_before = np.maximum.accumulate(np.concatenate([[-np.inf], h[order][:-1]]))
    # Equal (cost, health) twins do not dominate each other: both stay efficient.
    hs, cs = h[order], c[order]
    twin = np.zeros(order.size, dtype=bool)
    twin[1:] = (hs[1:] == hs[:-1]) & (cs[1:] == cs[:-1])
    keep = hs > best_before
    for position in np.flatnonzero(twin):
        keep[position] = keep[position - 1]
    efficient[order] = keep
    return efficient


def cost_effectiveness(
    matrix: DecisionMatrix, cost_criterion: str, health_criterion: str
) -> CostEffectiveness:
    """Ratios and Pareto set from the raw cost and health assessments of ``matrix``."""
    c = matrix.criterion_index(cost_criterion)
    h = matrix.criterion_index(health_criterion)
    cost = (matrix.low[:, c], matrix.best[:, c], matrix.high[:, c])
    health = (matrix.low[:, h], matrix.best[:, h], matrix.high[:, h])
    ratio, low, high = ratio_range(cost, health)
    return CostEffectiveness(
        matrix.alternatives,
        lock(ratio),
        lock(low),
        lock(high),
        lock(pareto_efficient(matrix.best[:, h], matrix.best[:, c])),
    )
