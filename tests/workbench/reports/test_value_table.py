"""Health per euro and the steps along the efficient line (issue 12), on hand-worked points
and on the demo's M01 -> M20 step that the issue quotes (+0,0025 DALY/jaar for +€ 4,75 mld)."""

from __future__ import annotations

import math

import pytest

from workbench.analysis.packages import Triple
from workbench.reports.series import ValueForMoney, ValuePoint, series_for_project
from workbench.reports.value_table import frontier_steps, value_rows, within_budget
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def point(code: str, cost: tuple[float, float, float] | None,
          health: tuple[float, float, float] | None, frontier: bool) -> ValuePoint:  # fmt: skip
    return ValuePoint(
        code, code, "proposed", "dust", 1,
        None if cost is None else Triple(*cost), None if health is None else Triple(*health),
        0.5, frontier,
    )  # fmt: skip


VFM = ValueForMoney(
    None,
    None,
    (
        point("A", (1e6, 2e6, 4e6), (1.0, 2.0, 3.0), True),  # 1 DALY per M€
        point("B", (5e6, 10e6, 20e6), (3.0, 2.5, 6.0), True),  # +8 M€ for +0,5: within A's range
        point("C", (20e6, 40e6, 60e6), (10.0, 12.0, 14.0), True),  # +30 M€ for +9,5
        point("D", (1e6, 3e6, 5e6), (0.5, 1.0, 1.5), False),
        point("E", None, (1.0, 1.0, 1.0), False),  # no cost: no figure, listed last
    ),
    (),
)


def test_health_per_million_euro_and_euro_per_daly_by_hand() -> None:
    rows = {r.code: r for r in value_rows(VFM)}
    a = rows["A"].health_per_million
    assert a is not None
    assert (a.low, a.best, a.high) == pytest.approx((1.0 / 4, 2.0 / 2, 3.0 / 1))
    assert rows["A"].euro_per_health == pytest.approx(1e6)
    assert rows["C"].health_per_million.best == pytest.approx(0.3)  # type: ignore[union-attr]
    assert rows["E"].health_per_million is None and rows["E"].euro_per_health is None
    order = [r.code for r in value_rows(VFM)]
    assert order == ["A", "D", "C", "B", "E"]  # most health per euro first, missing last


def test_steps_along_the_efficient_line_by_hand() -> None:
    steps = frontier_steps(VFM)
    assert [(s.previous, s.code) for s in steps] == [(None, "A"), ("A", "B"), ("B", "C")]
    first, second, third = steps
    assert (first.extra_cost, first.extra_health) == (2e6, 2.0)
    assert not first.within_uncertainty
    assert (second.extra_cost, second.extra_health) == pytest.approx((8e6, 0.5))
    assert second.euro_per_extra_health == pytest.approx(16e6)
    assert second.within_uncertainty  # +0,5 while A's health runs 1 above its best
    assert third.extra_health == pytest.approx(9.5) and not third.within_uncertainty


def test_a_step_without_extra_health_has_no_price() -> None:
    flat = ValueForMoney(None, None, (
        point("A", (1.0, 1.0, 1.0), (1.0, 1.0, 1.0), True),
        point("B", (2.0, 2.0, 2.0), (1.0, 1.0, 1.0), True),
    ), ())  # fmt: skip
    assert frontier_steps(flat)[1].euro_per_extra_health is None


def test_the_demo_step_from_m01_to_m20_says_it_buys_nothing_certain(
    demo_svc: ProjectService,
) -> None:
    """Issue 12: "M20 follows M01 on the line for +0,0025 DALY/jaar at +€ 4,75 mld"."""
    vfm = series_for_project(demo_svc, profile_key=None).value_for_money
    step = next(s for s in frontier_steps(vfm) if s.code == "M20")
    assert step.previous == "M01"
    assert step.extra_cost == pytest.approx(4.75e9)
    assert math.isclose(step.extra_health, 0.0025, abs_tol=0.0005)
    assert step.within_uncertainty


@pytest.mark.parametrize(
    ("budget", "within", "best"),
    [
        (1e6, (), None),  # less than A's € 2 mln: nothing on the line fits
        (2e6, ("A",), "A"),  # exactly A's cost
        (39e6, ("A", "B"), "B"),  # A + (B - A) = € 10 mln; C needs € 40 mln
        (40e6, ("A", "B", "C"), "C"),
    ],
)
def test_a_what_if_budget_buys_the_steps_whose_cumulative_cost_fits(
    budget: float, within: tuple[str, ...], best: str | None
) -> None:
    fit = within_budget(VFM, budget)
    # cumulative cost along the line by hand: 2, 2 + 8, 2 + 8 + 30 (M€); D and E are off it
    assert [code for code, _ in fit.cumulative] == ["A", "B", "C"]
    assert [cost for _, cost in fit.cumulative] == pytest.approx([2e6, 10e6, 40e6])
    assert fit.within == within and fit.best == best
