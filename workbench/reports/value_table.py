"""Value for money in figures: health per euro per measure, and the steps along the efficient line.

Built from the chart's own series (:class:`workbench.reports.series.ValueForMoney`),
so the table, the chart and the paper show the same numbers:

- *health per million euro* (DALY per M€): health best / cost best x 10^6, with
  a range from the least favourable (health low / cost high) to the most
  favourable (health high / cost low) ends; undefined for a measure without
  a positive cost;
- *euros per DALY*: cost best / health best, undefined without a positive
  health gain;
- each *step* along the efficient line (the Pareto-efficient measures by
  rising cost): the extra euros and the extra health it buys over the
  previous efficient measure, the extra euros per extra DALY, and whether
  the extra health lies within the previous measure's uncertainty (its high
  estimate minus its best): then the step buys no health one can count on;
- what a *what-if budget* buys: the steps whose cumulative cost along the
  efficient line (the sum of their extra euros) fits within it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workbench.analysis.negotiation import PartyMatrix
from workbench.analysis.packages import Triple
from workbench.reports.series import ValueForMoney, ValuePoint

MILLION = 1e6


@dataclass(frozen=True)
class ValueRow:
    """One measure's value-for-money figures."""

    code: str
    title: str
    status: str
    cost: Triple | None
    health: Triple | None
    health_per_million: Triple | None  # health units per million euro
    euro_per_health: float | None  # euros per health unit (per DALY/year)
    on_frontier: bool


@dataclass(frozen=True)
class FrontierStep:
    """From one efficient measure to the next costlier one."""

    code: str  # the measure this step reaches
    previous: str | None  # the efficient measure before it (None: the first step)
    extra_cost: float
    extra_health: float
    euro_per_extra_health: float | None  # None when the step adds no health
    within_uncertainty: bool  # the extra health lies within the previous measure's range


def _per_million(cost: Triple | None, health: Triple | None) -> Triple | None:
    if cost is None or health is None or cost.best <= 0:
        return None
    low = health.low / cost.high * MILLION if cost.high > 0 else math.nan
    high = health.high / cost.low * MILLION if cost.low > 0 else math.inf
    return Triple(low, health.best / cost.best * MILLION, high)


def value_row(p: ValuePoint) -> ValueRow:
    cost = None if p.cost is None else Triple(p.cost.low, p.cost.best, p.cost.high)
    health = None if p.health is None else Triple(p.health.low, p.health.best, p.health.high)
    per_euro = (
        cost.best / health.best
        if cost is not None and health is not None and health.best > 0
        else None
    )
    return ValueRow(
        p.code, p.title, p.status, cost, health, _per_million(cost, health), per_euro, p.on_frontier
    )


def value_rows(vfm: ValueForMoney) -> tuple[ValueRow, ...]:
    """Every measure, most health per million euro first; those without the figure last."""
    rows = [value_row(p) for p in vfm.points]
    return tuple(
        sorted(
            rows,
            key=lambda r: (
                r.health_per_million is None,
                -(r.health_per_million.best if r.health_per_million else 0.0),
            ),
        )
    )


def frontier_steps(vfm: ValueForMoney) -> tuple[FrontierStep, ...]:
    """The steps along the efficient line, cheapest first; the first starts from nothing."""
    efficient = sorted(
        (p for p in vfm.plotted if p.on_frontier),
        key=lambda p: (p.cost.best if p.cost else 0.0, p.health.best if p.health else 0.0),
    )
    steps: list[FrontierStep] = []
    before: ValuePoint | None = None
    for p in efficient:
        assert p.cost is not None and p.health is not None  # plotted points have both
        base_cost = 0.0 if before is None or before.cost is None else before.cost.best
        base_health = 0.0 if before is None or before.health is None else before.health.best
        extra_cost = p.cost.best - base_cost
        extra_health = p.health.best - base_health
        spread = (
            0.0 if before is None or before.health is None else before.health.high - base_health
        )
        steps.append(
            FrontierStep(
                p.code,
                None if before is None else before.code,
                extra_cost,
                extra_health,
                extra_cost / extra_health if extra_health > 0 else None,
                before is not None and extra_health <= spread,
            )
        )
        before = p
    return tuple(steps)


@dataclass(frozen=True)
class BudgetFit:
    """What a what-if budget buys along the efficient line.

    ``cumulative`` is the cost reached at each step (the sum of the steps'
    extra euros so far, cheapest step first); a step fits when that sum is
    within the budget. ``best`` is the last step that fits: the most health
    the efficient line offers for the money (None when even the first does not).
    """

    budget: float
    cumulative: tuple[tuple[str, float], ...]  # (code, cost reached), along the line
    within: tuple[str, ...]  # codes of the steps that fit, cheapest first
    best: str | None


def within_budget(vfm: ValueForMoney, budget: float) -> BudgetFit:
    """The efficient line's steps whose cumulative cost fits ``budget`` (euros)."""
    total = 0.0
    cumulative: list[tuple[str, float]] = []
    for step in frontier_steps(vfm):
        total += step.extra_cost
        cumulative.append((step.code, total))
    # a relative tolerance: the running sum of differences may miss the measure's own
    # cost by a rounding error, and a budget of exactly that cost must still fit
    within = tuple(code for code, cost in cumulative if cost <= budget * (1 + 1e-12))
    return BudgetFit(float(budget), tuple(cumulative), within, within[-1] if within else None)


def opposed_by(parties: PartyMatrix) -> dict[str, tuple[str, ...]]:
    """Per measure code the parties against it (stance below 0), a red line marked "!"."""
    out: dict[str, tuple[str, ...]] = {}
    for code, row in zip(parties.codes, parties.cells, strict=True):
        names = tuple(
            party.name + (" !" if cell.red_line else "")
            for party, cell in zip(parties.parties, row, strict=True)
            if cell is not None and cell.stance < 0
        )
        out[code] = names
    return out
