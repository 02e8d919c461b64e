"""The negotiation view data on the demo project: parties matrix, zone of agreement, totals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from workbench.analysis.decisions import current_positions
from workbench.analysis.matrix import project_matrix
from workbench.analysis.negotiation import (
    OptimiserSettings,
    compare_packages,
    frontier_steps,
    optimiser_problem,
    party_matrix,
    party_rankings,
    position_history,
    zone_of_agreement,
)
from workbench.commands import set_position
from workbench.scoring import efficient_frontier, measure_flags, optimise, package_violations
from workbench.services import ProjectService
from workbench.store import ProjectDocument

pytestmark = pytest.mark.both_backends


@pytest.fixture
def svc(demo_svc: ProjectService) -> ProjectService:
    """The demo project, on a file and on the server."""
    return demo_svc


def test_party_matrix_holds_the_current_stances(svc: ProjectService) -> None:
    pm = party_matrix(svc)
    positions = current_positions(svc, pm.codes)
    keys = [p.key for p in pm.parties]
    for i, _code in enumerate(pm.codes):
        for j, cell in enumerate(pm.cells[i]):
            stance = positions.stances[i, positions.parties.index(keys[j])]
            assert (cell is None) == math.isnan(stance)
            if cell is not None:
                assert cell.stance == stance
    assert [s.flag for s in pm.standings] == [s.flag for s in measure_flags(positions)]
    assert "blocked" in {s.flag for s in pm.standings}


def test_history_is_newest_first_and_a_new_position_becomes_current(
    svc: ProjectService,
) -> None:
    pm = party_matrix(svc)
    party = pm.parties[0]
    mid = pm.measure_ids[0]
    before = len(position_history(svc, party.id, mid))
    cmd = set_position(svc, party.id, mid, {"stance": 1})
    cmd.do(svc)
    try:
        history = position_history(svc, party.id, mid)
        assert len(history) == before + 1
        assert history[0]["id"] == cmd.id
        assert party_matrix(svc).cells[0][0].stance == 1  # type: ignore[union-attr]
    finally:
        cmd.undo(svc)


def test_zone_of_agreement_has_no_opponent_and_is_ranked_by_health(svc: ProjectService) -> None:
    zone = zone_of_agreement(svc)
    flags = {s.code: s for s in party_matrix(svc).standings}
    assert zone
    assert all(not flags[a.code].opponents for a in zone)
    expected = {c for c, s in flags.items() if not s.opponents}
    assert {a.code for a in zone} == expected
    known = [a.dalys for a in zone if not math.isnan(a.dalys)]
    assert known == sorted(known, reverse=True)


def test_party_rankings_cover_every_party_profile(svc: ProjectService) -> None:
    rankings = party_rankings(svc)
    assert rankings
    n = len(project_matrix(svc).matrix.alternatives)
    assert all(len(r.ranked) == n for r in rankings)


def test_package_totals_are_the_sums_of_the_best_estimates(svc: ProjectService) -> None:
    pm = project_matrix(svc)
    cost = next(c.key for c in pm.criteria if c.kind == "cost")
    health = next(c.key for c in pm.criteria if c.kind == "health")
    ids = [str(p["id"]) for p in svc.rows("package")]
    positions = current_positions(svc, pm.matrix.alternatives)
    for totals in compare_packages(svc, ids, pm):
        rows = [pm.matrix.alternatives.index(c) for c in totals.codes]
        ci, hi = pm.matrix.criterion_index(cost), pm.matrix.criterion_index(health)
        costs = [float(pm.matrix.best[i, ci]) for i in rows]
        dalys = [float(pm.matrix.best[i, hi]) for i in rows]
        # A missing estimate is left out of the total and named, never counted as zero.
        assert totals.cost is not None
        assert totals.cost.best == pytest.approx(sum(x for x in costs if not math.isnan(x)))
        assert totals.dalys is not None
        assert totals.dalys.best == pytest.approx(sum(x for x in dalys if not math.isnan(x)))
        assert len(totals.missing_dalys) == sum(math.isnan(x) for x in dalys)
        assert totals.violations == package_violations(positions, totals.codes)
        assert set(totals.values) >= {"ijmond"}


def test_frontier_steps_are_the_cores_frontier(svc: ProjectService) -> None:
    problem = optimiser_problem(svc, OptimiserSettings(objective="health"))
    stop = float(np.nansum(problem.cost))
    expected = efficient_frontier(problem, 0.0, stop, 6)
    got = tuple(frontier_steps(problem, 0.0, stop, 6))
    assert [(p.budget, p.result.selected, p.result.status) for p in got] == [
        (p.budget, p.result.selected, p.result.status) for p in expected
    ]


def test_optimiser_problem_with_red_lines_is_the_clis(svc: ProjectService) -> None:
    settings = OptimiserSettings(profile="ijmond", must=("M02",), respect=("tata",))
    result = optimise(optimiser_problem(svc, settings), 2e9)
    assert result.status == "optimal"
    assert "M02" in result.selected and "M01" not in result.selected


def test_an_empty_project_has_empty_views(doc: ProjectDocument) -> None:
    svc = ProjectService(doc)
    assert party_matrix(svc).codes == ()
    assert zone_of_agreement(svc) == []
    assert party_rankings(svc) == []
    assert compare_packages(svc, []) == []


def test_hidden_measures_are_left_out_of_package_totals(svc: ProjectService) -> None:
    """The partners' analysis drops an internal member from every total."""
    from workbench.analysis.build import analysis_for

    ask = next(r for r in svc.rows("package") if r["key"] == "ask")
    svc.update("package", str(ask["id"]), {"visibility": "partners"})
    full = analysis_for(svc, "internal").package("ask")
    assert full is not None and full.cost is not None
    first = full.codes[0]
    svc.update("measure", str(svc.id_for("measure", first)), {"visibility": "internal"})
    less = analysis_for(svc, "partners").package("ask")
    assert less is not None and less.cost is not None
    assert first not in less.codes and len(less.codes) == len(full.codes) - 1
    assert first in full.codes
    cost_first = next(m for m in analysis_for(svc).measures if m.code == first).estimates
    assert less.cost.best == pytest.approx(full.cost.best - cost_first["cost"].best)
