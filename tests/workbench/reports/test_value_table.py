"""Health per euro and the steps along the efficient line (issue 12), on hand-worked points
and on the demo's M01 -> M20 step that the issue quotes (+0,0025 DALY/jaar for +€ 4,75 mld)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from workbench.analysis.packages import Triple
from workbench.reports.series import ValueForMoney, ValuePoint, series_for_project
from workbench.reports.value_table import frontier_steps, value_rows


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
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: "M20 follows M01 on the line for +0,0025 DALY/jaar at +€ 4,75 mld"."""
    from workbench.interchange.demo import create_demo
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    monkeypatch.setenv("MAATWERK_DATA_DIR", str(tmp_path / "data"))
    create_demo(tmp_path / "demo.mwb")
    doc = ProjectDocument.open(tmp_path / "demo.mwb")
    try:
        vfm = series_for_project(ProjectService(doc), profile_key=None).value_for_money
    finally:
        doc.close()
    step = next(s for s in frontier_steps(vfm) if s.code == "M20")
    assert step.previous == "M01"
    assert step.extra_cost == pytest.approx(4.75e9)
    assert math.isclose(step.extra_health, 0.0025, abs_tol=0.0005)
    assert step.within_uncertainty
