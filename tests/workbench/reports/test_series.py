"""Chart series: one item per report measure, the Pareto frontier, cumulative health."""

from __future__ import annotations

import pytest

from workbench.reports.model import build_report
from workbench.reports.series import (
    chart_series,
    cumulative_health,
    series_for_project,
    value_for_money,
)
from workbench.services import ProjectService

from ..reports.conftest import CANARIES, canary_project  # noqa: F401  (fixture)

pytestmark = pytest.mark.both_backends


def _criterion(
    svc: ProjectService, key: str, kind: str, scale: dict[str, object], **kw: str
) -> str:
    return svc.create(
        "criterion", {"key": key, "name": key.title(), "kind": kind, "scale": scale, **kw}
    ).created[0]


@pytest.fixture
def small(svc: ProjectService) -> None:
    """Four measures: B dominates C (cheaper and healthier); D has no cost estimate.

    code  cost  health/yr  start  feasibility
    A      10      5       2026   hoog
    B      20     10       2029   laag
    C      30      8       2031   -
    D       -     12       -      middel
    """
    health = _criterion(
        svc, "health", "health", {"type": "linear", "worst": 0, "best": 20}, unit="DALY/jaar"
    )
    cost = _criterion(
        svc,
        "cost",
        "cost",
        {"type": "linear", "worst": 40, "best": 0},
        unit="EUR",
        direction="lower_is_better",
    )
    feas = _criterion(
        svc,
        "feasibility",
        "feasibility",
        {
            "type": "levels",
            "levels": [
                {"label": "laag", "value": 0.0},
                {"label": "middel", "value": 0.5},
                {"label": "hoog", "value": 1.0},
            ],
        },
    )
    rows = {
        "A": (10.0, 5.0, 2026, 1.0),
        "B": (20.0, 10.0, 2029, 0.0),
        "C": (30.0, 8.0, 2031, None),
        "D": (None, 12.0, None, 0.5),
    }
    ids = {}
    for code, (c, h, start, f) in rows.items():
        fields: dict[str, object] = {"code": code, "title": f"Maatregel {code}"}
        if start is not None:
            fields["start_year"] = start
        mid = svc.create("measure", fields).created[0]
        ids[code] = mid
        for crit, v in ((cost, c), (health, h), (feas, f)):
            if v is not None:
                lo, hi = (v, v) if crit == feas else (v * 0.5, v * 1.5)
                svc.create(
                    "assessment",
                    {"measure_id": mid, "criterion_id": crit, "low": lo, "best": v, "high": hi},
                )
    prof = svc.create("weight_profile", {"key": "ours", "name": "Ons"}).created[0]
    for crit, w in ((health, 0.5), (cost, 0.3), (feas, 0.2)):
        svc.create("weight", {"profile_id": prof, "criterion_id": crit, "weight": w})
    pkg = svc.create("package", {"key": "ask", "name": "Inzet"}).created[0]
    for code in ("A", "B", "D"):
        svc.create("package_member", {"package_id": pkg, "measure_id": ids[code]})


def test_pareto_frontier_excludes_the_dominated_measure(svc: ProjectService, small: None) -> None:
    vfm = value_for_money(build_report(svc, "internal"))
    on = {p.code for p in vfm.points if p.on_frontier}
    assert on == {"A", "B"}  # C costs more than B for less health; D has no cost
    assert vfm.frontier == ((10.0, 5.0), (20.0, 10.0))
    d = next(p for p in vfm.points if p.code == "D")
    assert d.cost is None and not d.plotted and d.health is not None
    assert [p.code for p in vfm.plotted] == [p.code for p in vfm.points if p.code != "D"]
    a = next(p for p in vfm.points if p.code == "A")
    assert a.feasibility == 1.0 and a.cost is not None and a.cost.low == 5.0
    assert next(p for p in vfm.points if p.code == "C").feasibility is None
    assert not vfm.log_cost  # 5..45: one order of magnitude


def test_every_chart_has_one_item_per_report_measure(svc: ProjectService, small: None) -> None:
    report = build_report(svc, "internal")
    s = chart_series(report)
    codes = [m.code for m in report.measures]
    assert [p.code for p in s.value_for_money.points] == codes
    assert [b.code for b in s.ranking.bars] == codes
    assert [b.key for b in s.cumulative_health.measures] == codes
    assert len(s.ranking.criteria) == len(report.criteria)
    for bar, m in zip(s.ranking.bars, report.measures, strict=True):
        known = [p for p in bar.parts if p is not None]
        if m.complete and m.score is not None:
            assert sum(known) == pytest.approx(m.score)


def test_cumulative_health_counts_whole_years_to_each_horizon(
    svc: ProjectService, small: None
) -> None:
    ch = cumulative_health(build_report(svc, "internal"))
    assert ch.horizons == (2030, 2035) and ch.unit == "DALY"
    by = {b.key: b for b in ch.measures}
    a30, a35 = by["A"].by_horizon
    assert a30 is not None and a30.best == 5.0 * 5 and a30.low == 2.5 * 5  # 2026..2030
    assert a35 is not None and a35.best == 5.0 * 10
    c30, c35 = by["C"].by_horizon
    assert c30 is not None and c30.best == 0.0  # starts after 2030
    assert c35 is not None and c35.best == 8.0 * 5
    assert by["D"].by_horizon == (None, None)  # no start year: unknown, not zero
    (pkg,) = ch.packages
    assert pkg.missing == ("D",)
    p30 = pkg.by_horizon[0]
    assert p30 is not None and p30.best == 25.0 + 20.0  # A 5 years + B 2 years


def test_series_for_project_equals_the_report_route(svc: ProjectService, small: None) -> None:
    assert series_for_project(svc) == chart_series(build_report(svc, "internal"))


def test_series_for_an_audience_hold_only_its_measures(
    svc: ProjectService,
    canary_project: dict[str, str],  # noqa: F811
) -> None:
    s = series_for_project(svc, audience="partners", profile_key="ijmond")
    assert [p.code for p in s.value_for_money.points] == ["P01", "P02"]
    assert not any(c in repr(s) for c in CANARIES.values())
