"""Package totals (workbench.analysis.packages): the one definition, edge cases."""

from __future__ import annotations

import pytest

from workbench.analysis.build import analysis_for
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def _id(change) -> str:  # type: ignore[no-untyped-def]
    return str(change.created[0])


@pytest.fixture
def small(svc: ProjectService):  # type: ignore[no-untyped-def]
    scale = {"type": "linear", "worst": 0, "best": 10}
    h = _id(svc.create("criterion", {"key": "health", "name": "H", "kind": "health",
                                     "scale": scale}))
    c = _id(svc.create("criterion", {"key": "cost", "name": "C", "kind": "cost",
                                     "direction": "lower_is_better",
                                     "scale": {"type": "linear", "worst": 100, "best": 0}}))
    ids = {}
    for code, health, cost in (("M1", (1, 2, 3), (10, 20, 30)), ("M2", None, (5, 6, 7))):
        m = ids[code] = _id(svc.create("measure", {"code": code, "title": code}))
        svc.create("assessment", {"measure_id": m, "criterion_id": c, "low": cost[0],
                                  "best": cost[1], "high": cost[2]})
        if health:
            svc.create("assessment", {"measure_id": m, "criterion_id": h, "low": health[0],
                                      "best": health[1], "high": health[2]})
    pk = _id(svc.create("package", {"key": "k", "name": "K"}))
    for m in ids.values():
        svc.create("package_member", {"package_id": pk, "measure_id": m})
    return svc, h, c


def test_missing_figures_are_listed_and_never_counted_as_zero(small) -> None:  # type: ignore[no-untyped-def]
    svc, h, c = small
    p = _id(svc.create("weight_profile", {"key": "p", "name": "P"}))
    svc.create("weight", {"profile_id": p, "criterion_id": h, "weight": 1.0})
    svc.create("weight", {"profile_id": p, "criterion_id": c, "weight": 1.0})
    (t,) = analysis_for(svc).packages
    assert t.cost is not None and (t.cost.low, t.cost.best, t.cost.high) == (15, 26, 37)
    assert t.dalys is not None and (t.dalys.low, t.dalys.best, t.dalys.high) == (1, 2, 3)
    assert t.missing == {"health": ("M2",)}
    # the value counts every criterion but cost: M1's health value 2/10; M2 cannot be scored
    assert t.value == pytest.approx(0.2)
    assert t.unscored["p"] == ("M2",)


def test_a_profile_weighing_only_cost_defines_no_value(small) -> None:  # type: ignore[no-untyped-def]
    svc, _h, c = small
    p = _id(svc.create("weight_profile", {"key": "p", "name": "P"}))
    svc.create("weight", {"profile_id": p, "criterion_id": c, "weight": 1.0})
    (t,) = analysis_for(svc).packages
    assert t.value is None and "p" not in t.values
    assert t.cost is not None and t.cost.best == 26
