"""Parties' positions and portfolio problems of a project, for the scoring kernels.

Current positions (the latest dated row per party and measure) become a
:class:`~workbench.scoring.Positions`; links, start years and red lines of a
project become a :class:`~workbench.scoring.PortfolioProblem`. Codes and keys
given by the user are checked here, with one clear message each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.analysis.data import Source
from workbench.analysis.matrix import Profile, ProjectMatrix
from workbench.i18n import Term, UserError
from workbench.scoring import (
    PortfolioProblem,
    Positions,
    portfolio_inputs,
    red_line_sets,
)
from workbench.services import queries


def current_positions(svc: Source, codes: Sequence[str]) -> Positions:
    """The latest position of every party on each of `codes` (a red line needs a stance)."""
    code_of = {m["id"]: m["code"] for m in svc.rows("measure")}
    party_of = {p["id"]: p["key"] for p in svc.rows("stakeholder")}
    wanted = set(codes)
    records = [
        (code_of[mid], party_of[sid], int(p["stance"]), bool(p["red_line"]) and p["stance"] != 0)
        for (sid, mid), p in queries.current_positions(svc).items()
        if code_of[mid] in wanted
    ]
    return Positions.from_records(tuple(codes), tuple(party_of.values()), records)


def check_codes(pm: ProjectMatrix, codes: Sequence[str], option: str) -> None:
    known = set(pm.matrix.alternatives)
    for code in codes:
        if code not in known:
            raise UserError(
                "value.unknown_ref", where=option, kind=Term("entity.measure"), got=code
            )


def portfolio_problem(
    svc: Source,
    pm: ProjectMatrix,
    *,
    objective: str,
    profile: Profile | None,
    must: Sequence[str] = (),
    exclude: Sequence[str] = (),
    by_year: int | None = None,
    respect: Sequence[str] = (),
) -> PortfolioProblem:
    """The portfolio problem: cost and benefit from the matrix, constraints from the project."""
    check_codes(pm, must, "--must")
    check_codes(pm, exclude, "--exclude")
    both = sorted(set(must) & set(exclude))
    if both:
        raise UserError("analysis.must_and_exclude", code=both[0])
    cost = next((c.key for c in pm.criteria if c.kind == "cost"), None)
    if cost is None:
        raise UserError("analysis.no_cost")
    health = next((c.key for c in pm.criteria if c.kind == "health"), None)
    if objective == "health" and health is None:
        raise UserError("analysis.no_health")
    inputs = portfolio_inputs(
        pm.matrix,
        cost_criterion=cost,
        objective=objective,
        weights=None if profile is None else profile.weights,
        health_criterion=health,
        skip_incomplete=True,
    )
    codes = set(inputs.codes)
    id_code = {m.id: m.code for m in pm.measures}
    requires: list[tuple[str, str]] = []
    excludes: list[tuple[str, str]] = []
    for link in svc.rows("measure_link"):
        a, b = id_code.get(link["measure_id"]), id_code.get(link["other_id"])
        if a is not None and b is not None and a in codes and b in codes:
            (requires if str(link["kind"]) == "requires" else excludes).append((a, b))
    years = {
        m.code: m.start_year for m in pm.measures if m.code in codes and m.start_year is not None
    }
    insists: dict[str, frozenset[str]] = {}
    refuses: dict[str, frozenset[str]] = {}
    if respect:
        parties = {p["key"] for p in svc.rows("stakeholder")}
        positions = current_positions(svc, inputs.codes)
        for party in respect:
            if party not in parties:
                raise UserError(
                    "value.unknown_ref",
                    where="--respect-red-lines",
                    kind=Term("entity.stakeholder"),
                    got=party,
                )
            ins, ref = red_line_sets(positions, party)
            insists[party], refuses[party] = frozenset(ins), frozenset(ref)
    problem = PortfolioProblem(
        codes=inputs.codes,
        cost=inputs.cost,
        benefit=inputs.benefit,
        objective=objective,
        must_in=frozenset(c for c in must if c in codes),
        must_out=frozenset(c for c in exclude if c in codes),
        requires=tuple(requires),
        excludes=tuple(excludes),
        effective_year=years,
        by_year=by_year,
        insists=insists,
        refuses=refuses,
    )
    missing_must = [c for c in must if c not in codes]
    if missing_must:
        raise UserError("analysis.must_incomplete", code=missing_must[0])
    return replace(problem)
