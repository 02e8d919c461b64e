"""What 0.3 costs against 0.2: the DALY figures are the analysis' figures times the years."""

from __future__ import annotations

from workbench.analysis.build import analysis_for
from workbench.drafts.comparison import compare_versions
from workbench.services import ProjectService


def _per_year(svc: ProjectService, code: str) -> float:
    a = analysis_for(svc)
    crit = a.criterion_of_kind("health")
    assert crit is not None
    est = a.estimate(code, crit.key)
    assert est is not None
    return est.best


def test_a_year_of_delay_costs_the_measures_yearly_dalys(drafts: ProjectService) -> None:
    cmp = compare_versions(analysis_for(drafts), "c1", "c2")
    change = next(c for c in cmp.redline.changes if c.new_label == "Artikel 2 lid 1")
    cost = cmp.cost.of(change.clause_id)
    assert cost is not None
    (effect,) = cost.effects
    assert (effect.code, effect.effect, effect.years) == ("M01", "delayed", 1)
    # 2029 -> 2030: one year of M01's DALYs lost, before 2030 and before 2035 alike
    assert effect.dalys[2030] == -_per_year(drafts, "M01") * 1 == -4.0
    assert effect.dalys[2035] == -_per_year(drafts, "M01")
    # the parties' support for a later deadline: a supporter (+2) loses, Tata (-1) gains
    assert effect.support == {"tata": 1, "velsen": -2}


def test_a_dropped_measure_loses_every_year_to_the_horizon(drafts: ProjectService) -> None:
    cmp = compare_versions(analysis_for(drafts), "c1", "c2")
    change = next(c for c in cmp.redline.changes if c.kind == "deleted")
    cost = cmp.cost.of(change.clause_id)
    assert cost is not None
    (effect,) = cost.effects
    # M03, deadline 2027: 2027..2030 is 4 years, 2027..2035 is 9 (both inclusive)
    assert effect.effect == "dropped"
    assert effect.dalys[2030] == -4 * _per_year(drafts, "M03")
    assert effect.dalys[2035] == -9 * _per_year(drafts, "M03")
    assert effect.cost == -150.0


def test_modal_change_is_named_without_a_figure(drafts: ProjectService) -> None:
    cmp = compare_versions(analysis_for(drafts), "c1", "c2")
    change = next(c for c in cmp.redline.changes if c.new_label == "Artikel 3 lid 1")
    cost = cmp.cost.of(change.clause_id)
    assert cost is not None
    assert [e.effect for e in cost.effects] == ["strengthened"]
    assert cost.dalys_to(2030) is None


def test_summary_line(drafts: ProjectService) -> None:
    cmp = compare_versions(analysis_for(drafts), "c1", "c2")
    expected = -4.0 - 4 * _per_year(drafts, "M03")
    assert cmp.cost.dalys_to(2030) == expected
    assert cmp.summary == (
        f"Concept 0.3 t.o.v. Concept 0.2: 3 maatregelen geraakt, {expected:+.0f} DALY tot 2030"
    )


def test_partners_do_not_see_an_internal_measures_cost(drafts: ProjectService) -> None:
    """M03 is internal: for partners its link, and so its figure, do not exist."""
    cmp = compare_versions(analysis_for(drafts, "partners"), "c1", "c2")
    assert "M03" not in cmp.cost.measures
    assert cmp.cost.dalys_to(2030) == -4.0
