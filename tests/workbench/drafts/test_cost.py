"""What 0.3 costs against 0.2: the DALY figures are the analysis' figures times the years."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis.build import analysis_for
from workbench.drafts.comparison import compare_versions
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


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


def _v04() -> list[tuple[str, str]]:
    """0.4 after builders.V03: the NOx cut 30 -> 20 procent, "zal" back to "kan"."""
    from .builders import V03

    out = []
    for style, text in V03:
        text = text.replace("met 30 procent", "met 20 procent")
        text = text.replace("Tata Steel zal de ertsopslag", "Tata Steel kan de ertsopslag")
        out.append((style, text))
    return out


def test_a_lower_percentage_target_scales_the_measures_dalys(
    drafts: ProjectService, tmp_path: Path
) -> None:
    from workbench.drafts.store import import_draft, link_measure

    from .builders import write_docx

    import_draft(drafts, write_docx(tmp_path / "c3.docx", _v04()), name="Concept 0.4")
    link_measure(drafts, "c2", "Artikel 4a lid 1", "M01")
    cmp = compare_versions(analysis_for(drafts), "c2", "c3")
    change = next(c for c in cmp.redline.changes if c.new_label == "Artikel 4a lid 1")
    assert change.replaced_percents == ((30.0, 20.0),)
    (effect,) = cmp.cost.of(change.clause_id).effects  # type: ignore[union-attr]
    # M01: 4 DALY/jaar from 2029; a cut of 20 instead of 30 procent keeps 2/3 of it:
    # 2029..2030 is 2 years, so 4 x 2 x (20/30 - 1) = -8/3 to 2030; 2029..2035: 7 years
    assert effect.effect == "target"
    assert effect.dalys[2030] == pytest.approx(-8 / 3)
    assert effect.dalys[2035] == pytest.approx(4 * 7 * (20 / 30 - 1))
    assert effect.support == {"tata": 1, "velsen": -2}  # a weaker target: Tata gains


def test_zal_to_kan_puts_dalys_at_stake_without_counting_them_lost(
    drafts: ProjectService, tmp_path: Path
) -> None:
    from workbench.drafts.comparison import to_json
    from workbench.drafts.store import import_draft

    from .builders import write_docx

    import_draft(drafts, write_docx(tmp_path / "c3.docx", _v04()), name="Concept 0.4")
    cmp = compare_versions(analysis_for(drafts), "c2", "c3")
    change = next(c for c in cmp.redline.changes if c.new_label == "Artikel 3 lid 1")
    cost = cmp.cost.of(change.clause_id)
    assert cost is not None and [e.effect for e in cost.effects] == ["weakened"]
    # M02: 2.5 DALY/jaar from 2028: 2028..2030 is 3 years at stake, none counted as lost
    assert cost.dalys_to(2030) is None
    assert cost.at_stake_to(2030) == 7.5
    row = next(r for r in to_json(cmp)["changes"] if r["new_label"] == "Artikel 3 lid 1")
    assert (row["dalys_to_2030"], row["dalys_at_stake_to_2030"]) == (None, 7.5)
