"""Negotiation view data: the parties matrix, the zone of agreement, package totals.

Computed here, in the core, for the GUI's Parties and Packages pages (and
anything headless that wants the same numbers). :func:`party_matrix` gives
every party's current position on every measure (latest by date, then time
recorded) with each measure's consensus / contested / blocked / open flag;
:func:`party_rankings` ranks the measures under each profile that estimates
a party's weights; :func:`zone_of_agreement` lists the measures no party
opposes, ranked by health (best DALYs first, unknown last);
:func:`compare_packages` totals packages: the sum of best costs and DALYs,
the value under each profile (the optimiser's objective: the additive value
without the cost criterion), and whose red lines each package crosses;
:func:`optimiser_problem` builds the portfolio problem exactly as
``workbench portfolio`` does, and :func:`frontier_steps` yields the
efficient frontier one budget at a time (for progress and cancel).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from workbench.analysis.data import Source
from workbench.analysis.decisions import current_positions, portfolio_problem
from workbench.analysis.matrix import ProjectMatrix, profile, profiles, project_matrix
from workbench.analysis.packages import PackageTotals, package_members, package_totals
from workbench.i18n import UserError
from workbench.scoring import (
    FrontierPoint,
    MeasureStanding,
    PortfolioProblem,
    PortfolioResult,
    efficient_frontier,
    measure_flags,
    rank_additive,
)
from workbench.services import queries

if TYPE_CHECKING:
    from workbench.analysis.build import Analysis

__all__ = ["PackageTotals", "compare_packages"]


@dataclass(frozen=True)
class PartyCell:
    """A party's current position on a measure."""

    position_id: str
    stance: int
    red_line: bool
    conditions: str
    priority: str | None
    visibility: str
    date: Any  # datetime.date


@dataclass(frozen=True)
class Party:
    id: str
    key: str
    name: str


@dataclass(frozen=True)
class PartyMatrix:
    """Measures x parties: current positions (None = no position) and flags."""

    measure_ids: tuple[str, ...]
    codes: tuple[str, ...]
    titles: tuple[str, ...]
    parties: tuple[Party, ...]
    cells: tuple[tuple[PartyCell | None, ...], ...]  # [measure][party]
    standings: tuple[MeasureStanding, ...]  # per measure, in the same order
    visibilities: tuple[str, ...] = ()  # per measure: public | partners | internal

    def flag(self, code: str) -> str:
        return self.standings[self.codes.index(code)].flag


def party_matrix(svc: Source) -> PartyMatrix:
    """Every party's current position on every measure, in register order."""
    measures = sorted(svc.rows("measure"), key=lambda m: str(m["code"]))
    parties = tuple(
        Party(str(p["id"]), str(p["key"]), str(p["name"])) for p in svc.rows("stakeholder")
    )
    latest = {(m, s): p for (s, m), p in queries.current_positions(svc).items()}
    cells: list[tuple[PartyCell | None, ...]] = []
    for m in measures:
        row: list[PartyCell | None] = []
        for party in parties:
            p = latest.get((str(m["id"]), party.id))
            row.append(
                None
                if p is None
                else PartyCell(
                    str(p["id"]),
                    int(p["stance"]),
                    bool(p["red_line"]) and int(p["stance"]) != 0,
                    str(p["conditions"] or ""),
                    None if p["priority"] is None else str(p["priority"]),
                    str(p["visibility"]),
                    p["date"],
                )
            )
        cells.append(tuple(row))
    codes = tuple(str(m["code"]) for m in measures)
    return PartyMatrix(
        tuple(str(m["id"]) for m in measures),
        codes,
        tuple(str(m["title"]) for m in measures),
        parties,
        tuple(cells),
        measure_flags(current_positions(svc, codes)),
        tuple(str(m["visibility"]) for m in measures),
    )


def position_history(
    svc: Source, stakeholder_id: str, measure_id: str
) -> list[Mapping[str, Any]]:
    """A party's positions on a measure, newest first (the first is current)."""
    rows = svc.rows("position", stakeholder_id=stakeholder_id, measure_id=measure_id)
    return sorted(rows, key=queries.position_stamp, reverse=True)


@dataclass(frozen=True)
class PartyRanking:
    """A party's ranking of the measures under a profile estimating its weights."""

    party_id: str
    profile_key: str
    profile_name: str
    visibility: str
    ranked: tuple[str, ...]  # codes, best first


def party_rankings(svc: Source, pm: ProjectMatrix | None = None) -> list[PartyRanking]:
    """The ranking under every usable profile that belongs to a party."""
    pm = pm or analysable_matrix(svc)
    if pm is None:
        return []
    out = []
    for p in profiles(svc, pm.matrix.criteria):
        if p.stakeholder_id is None:
            continue
        result = rank_additive(pm.matrix, p.weights)
        out.append(
            PartyRanking(p.stakeholder_id, p.key, p.name, p.visibility, result.ranked_codes())
        )
    return out


@dataclass(frozen=True)
class AgreedMeasure:
    code: str
    title: str
    dalys: float  # best estimate; NaN when unknown
    supporters: tuple[str, ...]


def analysable_matrix(svc: Source) -> ProjectMatrix | None:
    """The project's matrix, or None while it has no measures or criteria yet."""
    try:
        return project_matrix(svc)
    except UserError as exc:
        if exc.key == "analysis.empty":
            return None
        raise


def _health_key(pm: ProjectMatrix | None) -> str | None:
    if pm is None:
        return None
    return next((c.key for c in pm.criteria if c.kind == "health"), None)


def _cost_key(pm: ProjectMatrix | None) -> str | None:
    if pm is None:
        return None
    return next((c.key for c in pm.criteria if c.kind == "cost"), None)


def _column(pm: ProjectMatrix | None, key: str | None) -> dict[str, float]:
    if pm is None or key is None:
        return {}
    j = pm.matrix.criterion_index(key)
    return {code: float(pm.matrix.best[i, j]) for i, code in enumerate(pm.matrix.alternatives)}


def zone_of_agreement(svc: Source, pm: ProjectMatrix | None = None) -> list[AgreedMeasure]:
    """Measures no party is against (so no refusing red line), most DALYs first."""
    pm = pm or analysable_matrix(svc)
    if pm is None:
        return []
    dalys = _column(pm, _health_key(pm))
    titles = {m.code: m.title for m in pm.measures}
    positions = current_positions(svc, pm.matrix.alternatives)
    agreed = [
        AgreedMeasure(s.code, titles[s.code], dalys.get(s.code, math.nan), s.supporters)
        for s in measure_flags(positions)
        if not s.opponents and not s.refusing
    ]
    return sorted(
        agreed, key=lambda a: (math.isnan(a.dalys), -a.dalys if not math.isnan(a.dalys) else 0)
    )


def package_codes(svc: Source, package_id: str) -> tuple[str, ...]:
    return package_members(svc, package_id)


def compare_packages(
    svc: Source,
    package_ids: Sequence[str],
    pm: ProjectMatrix | None = None,
    analysis: Analysis | None = None,
) -> list[PackageTotals]:
    """Totals of each package in `package_ids`, in that order (see workbench.analysis.packages).

    Pass the `analysis` whose data `svc` is, so the totals use its profile and
    the measures its audience may see; without one, the project's first usable
    profile and every measure.
    """
    if analysis is not None:
        pm = analysis.matrix
        usable = analysis.profiles
        chosen = analysis.profile
    else:
        pm = pm or analysable_matrix(svc)
        usable = [] if pm is None else profiles(svc, pm.matrix.criteria)
        chosen = usable[0] if usable else None
    codes = pm.matrix.alternatives if pm else sorted(str(m["code"]) for m in svc.rows("measure"))
    positions = current_positions(svc, codes)
    return package_totals(svc, package_ids, pm, usable, chosen, positions)


@dataclass(frozen=True)
class OptimiserSettings:
    """The optimiser's settings, as `workbench portfolio` takes them."""

    objective: str = "value"  # "value" | "health"
    profile: str | None = None  # profile key; None = the first usable one
    must: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    by_year: int | None = None
    respect: tuple[str, ...] = ()  # party keys whose red lines must hold


def optimiser_problem(svc: Source, settings: OptimiserSettings) -> PortfolioProblem:
    """The portfolio problem for `settings` (used by `workbench portfolio` and the GUI).

    Raises :class:`~workbench.i18n.UserError` for unknown codes or keys.
    """
    pm = project_matrix(svc)
    prof = (
        profile(svc, settings.profile, pm.matrix.criteria)
        if settings.objective == "value"
        else None
    )
    return portfolio_problem(
        svc,
        pm,
        objective=settings.objective,
        profile=prof,
        must=settings.must,
        exclude=settings.exclude,
        by_year=settings.by_year,
        respect=settings.respect,
    )


def frontier_steps(
    problem: PortfolioProblem, start: float, stop: float, steps: int
) -> Iterator[FrontierPoint]:
    """:func:`~workbench.scoring.efficient_frontier` one point at a time.

    The same points in the same order, so a caller can report progress and
    stop between budgets; the whole range is checked the way the core does.
    """
    budgets = np.linspace(start, stop, steps) if steps > 1 else np.array([float(start)])
    previous: PortfolioResult | None = None
    for budget in budgets:
        # Each step continues from the previous point, as efficient_frontier does:
        # a package that still fits a larger budget is never given up for a worse one.
        point = efficient_frontier(problem, float(budget), float(budget), 1)[0]
        result = point.result
        if (
            previous is not None
            and previous.status == "optimal"
            and result.status == "optimal"
            and result.objective_value < previous.objective_value
        ):
            result = PortfolioResult(
                "optimal",
                previous.objective,
                float(budget),
                previous.selected,
                previous.total_cost,
                previous.objective_value,
            )
        yield FrontierPoint(float(budget), result)
        previous = result
