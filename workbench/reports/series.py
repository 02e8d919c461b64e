"""Chart series: the numbers behind every chart, computed once in the core.

The GUI draws these with pyqtgraph and the PDF with reportlab graphics, so
both show the same points. Three charts: value for money (per measure cost
against health with their ranges, feasibility as bubble size, status as
colour, and the Pareto frontier of :func:`workbench.scoring.pareto_efficient`),
ranking contributions (per measure one stacked bar, one part per criterion,
summing to the score), and cumulative health to each horizon year (2030 and
2035) per measure and per package. Series are built from an
audience-filtered :class:`~workbench.reports.model.Report`, or from a
project via :func:`series_for_project` (which builds that report first), so a
chart can never show more than its audience may see. Each series has one
item per measure of the report, in its ranked order; a measure lacking a
number keeps its item with ``None`` (missing is shown as missing, never 0).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from workbench.analysis.audience import Audience
from workbench.analysis.build import Analysis
from workbench.health import years_counted
from workbench.i18n import Language
from workbench.reports.model import RCriterion, Report, RMeasure, Triple, build_report, report_of
from workbench.scoring import pareto_efficient
from workbench.services import ProjectService

HORIZONS: tuple[int, ...] = (2030, 2035)
LOG_SPAN = 100.0  # cost axis turns logarithmic from this ratio of highest to lowest cost

# Shared colours (hex), so the GUI's and the PDF's charts look alike. Criteria take
# the Okabe-Ito palette in criterion order (safe for colour-blind readers).
STATUS_COLOURS: dict[str, str] = {
    "idea": "#9AA5B1",
    "proposed": "#0072B2",
    "in_draft": "#E69F00",
    "agreed": "#009E73",
    "rejected": "#D55E00",
    "parked": "#CC79A7",
}
CRITERION_COLOURS: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
HORIZON_COLOURS: tuple[str, ...] = ("#56B4E9", "#0072B2", "#1F3A5F")
FRONTIER_COLOUR = "#1F3A5F"


def criterion_colour(index: int) -> str:
    return CRITERION_COLOURS[index % len(CRITERION_COLOURS)]


@dataclass(frozen=True)
class ValuePoint:
    """One measure in the value-for-money chart."""

    code: str
    title: str
    status: str
    theme: str
    rank: int
    cost: Triple | None
    health: Triple | None
    feasibility: float | None  # the feasibility value 0..1, for the bubble size
    on_frontier: bool

    @property
    def plotted(self) -> bool:
        return self.cost is not None and self.health is not None


@dataclass(frozen=True)
class ValueForMoney:
    """Cost (x) against health (y); the frontier runs from cheapest to costliest."""

    cost: RCriterion | None
    health: RCriterion | None
    points: tuple[ValuePoint, ...]
    frontier: tuple[tuple[float, float], ...]  # (cost, health) best estimates, cost ascending

    @property
    def plotted(self) -> tuple[ValuePoint, ...]:
        return tuple(p for p in self.points if p.plotted)

    @property
    def log_cost(self) -> bool:
        """Whether the cost axis should be logarithmic: costs all positive, spanning
        two orders of magnitude or more (a linear axis would crowd the cheap ones)."""
        lows = [p.cost.low for p in self.plotted if p.cost is not None]
        highs = [p.cost.high for p in self.plotted if p.cost is not None]
        return bool(lows) and min(lows) > 0 and max(highs) / min(lows) >= LOG_SPAN


@dataclass(frozen=True)
class ContributionBar:
    """One measure's score split into its criteria's weighted values."""

    code: str
    title: str
    rank: int
    score: float | None  # None for an incomplete measure: its score is an interval
    complete: bool
    parts: tuple[float | None, ...]  # in the order of RankingContributions.criteria
    low: float | None = None  # the interval: equal to score for a complete measure;
    high: float | None = None  # missing criteria at value 0 (low) and 1 (high)


@dataclass(frozen=True)
class RankingContributions:
    criteria: tuple[RCriterion, ...]
    bars: tuple[ContributionBar, ...]  # ranked, best first


@dataclass(frozen=True)
class HealthBar:
    """Cumulative health of a measure or package to each horizon (None: unknown)."""

    key: str  # measure code or package key
    label: str
    start_year: int | None
    by_horizon: tuple[Triple | None, ...]  # in the order of CumulativeHealth.horizons
    missing: tuple[str, ...] = ()  # for a package: members without a cumulative figure


@dataclass(frozen=True)
class CumulativeHealth:
    """Annual health gain times the whole years from the start year to each horizon."""

    criterion: RCriterion | None
    unit: str
    horizons: tuple[int, ...]
    measures: tuple[HealthBar, ...]
    packages: tuple[HealthBar, ...]


@dataclass(frozen=True)
class ChartSeries:
    value_for_money: ValueForMoney
    ranking: RankingContributions
    cumulative_health: CumulativeHealth


def _criterion(report: Report, kind: str) -> RCriterion | None:
    return next((c for c in report.criteria if c.kind == kind), None)


def _triple(m: RMeasure, key: str | None) -> Triple | None:
    a = None if key is None else m.assessments.get(key)
    if a is None or any(math.isnan(x) for x in (a.low, a.best, a.high)):
        return None
    return Triple(a.low, a.best, a.high)


def value_for_money(report: Report) -> ValueForMoney:
    """Cost against health per measure, with the Pareto-efficient ones marked."""
    cost_c, health_c = _criterion(report, "cost"), _criterion(report, "health")
    feas_c = _criterion(report, "feasibility")
    costs = [_triple(m, None if cost_c is None else cost_c.key) for m in report.measures]
    healths = [_triple(m, None if health_c is None else health_c.key) for m in report.measures]
    nan = float("nan")
    efficient = pareto_efficient(
        np.array([nan if h is None else h.best for h in healths], dtype=np.float64),
        np.array([nan if c is None else c.best for c in costs], dtype=np.float64),
    )
    points = []
    for i, m in enumerate(report.measures):
        fa = None if feas_c is None else m.assessments.get(feas_c.key)
        points.append(
            ValuePoint(
                m.code,
                m.title,
                m.status,
                m.theme,
                m.rank,
                costs[i],
                healths[i],
                None if fa is None or math.isnan(fa.value) else fa.value,
                bool(efficient[i]),
            )
        )
    frontier = sorted(
        (p.cost.best, p.health.best)
        for p in points
        if p.on_frontier and p.cost is not None and p.health is not None
    )
    return ValueForMoney(cost_c, health_c, tuple(points), tuple(frontier))


def ranking_contributions(report: Report) -> RankingContributions:
    """Per measure, each criterion's weighted value (its share of the score)."""
    bars = tuple(
        ContributionBar(
            m.code,
            m.title,
            m.rank,
            m.score,
            m.complete,
            tuple(m.contributions.get(c.key) for c in report.criteria),
            m.score_low,
            m.score_high,
        )
        for m in report.measures
    )
    return RankingContributions(report.criteria, bars)


def _per_year_unit(unit: str) -> str:
    for suffix in ("/jaar", "/year", "/jr", "/yr", " per jaar", " per year"):
        if unit.endswith(suffix):
            return unit[: -len(suffix)].strip()
    return unit


def _cumulative(annual: Triple | None, start: int | None, horizon: int) -> Triple | None:
    if annual is None or start is None:
        return None
    n = float(years_counted(start, horizon))
    return Triple(annual.low * n, annual.best * n, annual.high * n)


def cumulative_health(report: Report, horizons: Sequence[int] = HORIZONS) -> CumulativeHealth:
    """The health criterion's annual estimate, counted in whole years to each horizon.

    Years follow :func:`workbench.health.years_counted` (start year and horizon
    both count in full). A measure without a start year or a health estimate
    has no cumulative figure; a package sums its members that have one and
    names the others in ``missing``.
    """
    hs = tuple(int(h) for h in horizons)
    crit = _criterion(report, "health")
    key = None if crit is None else crit.key
    by_code: dict[str, HealthBar] = {}
    for m in report.measures:
        annual = _triple(m, key)
        by_code[m.code] = HealthBar(
            m.code,
            m.title,
            m.start_year,
            tuple(_cumulative(annual, m.start_year, h) for h in hs),
        )
    packages = []
    for p in report.packages:
        members = [by_code[c] for c in p.measures if c in by_code]
        known = [b for b in members if all(t is not None for t in b.by_horizon)]
        known_keys = {b.key for b in known}
        totals: list[Triple | None] = []
        for i in range(len(hs)):
            parts = [b.by_horizon[i] for b in known]
            totals.append(
                Triple(
                    sum(t.low for t in parts if t is not None),
                    sum(t.best for t in parts if t is not None),
                    sum(t.high for t in parts if t is not None),
                )
                if known
                else None
            )
        packages.append(
            HealthBar(
                p.key,
                p.name,
                None,
                tuple(totals),
                tuple(b.key for b in members if b.key not in known_keys),
            )
        )
    unit = "" if crit is None else _per_year_unit(crit.unit)
    return CumulativeHealth(crit, unit, hs, tuple(by_code.values()), tuple(packages))


def chart_series(report: Report, horizons: Sequence[int] = HORIZONS) -> ChartSeries:
    """Every chart's series for `report`."""
    return ChartSeries(
        value_for_money(report),
        ranking_contributions(report),
        cumulative_health(report, horizons),
    )


_SERIES: weakref.WeakKeyDictionary[Analysis, ChartSeries] = weakref.WeakKeyDictionary()


def series_of(analysis: Analysis, horizons: Sequence[int] = HORIZONS) -> ChartSeries:
    """The chart series of an analysis (every visible package), kept while it lives."""
    if tuple(horizons) != HORIZONS:
        return chart_series(report_of(analysis), horizons)
    found = _SERIES.get(analysis)
    if found is None:
        found = _SERIES[analysis] = chart_series(report_of(analysis), horizons)
    return found


def series_for_project(
    svc: ProjectService,
    *,
    audience: Audience = "internal",
    profile_key: str | None = None,
    package_keys: Sequence[str] = (),
    language: Language = "nl",
    horizons: Sequence[int] = HORIZONS,
) -> ChartSeries:
    """The chart series of a project as `audience` may see it (the GUI's entry point).

    Builds the audience's report first, so the numbers equal those of an
    export with the same profile and packages. Raises
    :class:`~workbench.i18n.UserError` as :func:`build_report` does (no
    visible measure, unknown or hidden profile or package).
    """
    report = build_report(
        svc, audience, profile_key=profile_key, package_keys=package_keys, language=language
    )
    return chart_series(report, horizons)
