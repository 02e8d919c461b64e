"""Section 7 of health-method.md: effects over time to a horizon year.

"A measure that starts in 2029 avoids fewer cases by 2030 than one that starts
in 2026. Cumulative figures to a horizon year count each year from the
measure's effective year; the health cost of a year of delay is one year of
the measure's annual effect." Our conventions: both the effective year and the
horizon year count in full; there are no partial years.
"""

from __future__ import annotations

import pytest

from workbench.health import (
    Range,
    assess_measure,
    cumulative_to_horizon,
    delay_cost,
    present_value,
    years_counted,
)

from .builders import exposure, group, measure


def test_years_counted_inclusive_of_start_and_horizon() -> None:
    assert years_counted(2026, 2030) == 5
    assert years_counted(2029, 2030) == 2
    assert years_counted(2030, 2030) == 1
    assert years_counted(2031, 2030) == 0


@pytest.mark.parametrize(("start", "years"), [(2026, 5), (2029, 2), (2032, 0)])
def test_cumulative_dalys_to_2030_late_and_early_start(start: int, years: int) -> None:
    result = assess_measure(measure(exposure("pm25", -0.5), start=start), [group()])
    assert result.effective_year == start
    assert result.cumulative_dalys_to_horizon is not None
    # The worked example's 58.6 years of life a year, times the years counted.
    assert result.cumulative_dalys_to_horizon.best == pytest.approx(58.56 * years, rel=1e-3)


def test_early_start_beats_late_start_and_a_later_horizon_adds_years() -> None:
    early = assess_measure(measure(exposure("pm25", -0.5), start=2026), [group()])
    late = assess_measure(measure(exposure("pm25", -0.5), start=2029), [group()])
    late_2035 = assess_measure(
        measure(exposure("pm25", -0.5), start=2029), [group()], horizon_year=2035
    )
    assert early.cumulative_dalys_to_horizon is not None
    assert late.cumulative_dalys_to_horizon is not None
    assert late_2035.cumulative_dalys_to_horizon is not None
    assert early.cumulative_dalys_to_horizon.best > late.cumulative_dalys_to_horizon.best
    assert late_2035.cumulative_dalys_to_horizon.best == pytest.approx(7 * late.dalys_per_year.best)


def test_unknown_start_year_leaves_cumulative_missing_not_zero() -> None:
    result = assess_measure(measure(exposure("pm25", -0.5), start=None), [group()])
    assert result.cumulative_dalys_to_horizon is None
    assert result.to_dict()["cumulative_dalys_to_horizon"] is None


def test_delay_cost_is_one_year_of_the_annual_effect() -> None:
    result = assess_measure(measure(exposure("pm25", -0.5)), [group()])
    assert result.delay_cost_dalys == result.dalys_per_year
    assert result.delay_cost_eur == result.value_eur_per_year
    assert delay_cost(Range(1.0, 2.0, 3.0), years=2) == Range(2.0, 4.0, 6.0)


def test_cumulative_of_a_loss_keeps_low_below_high() -> None:
    assert cumulative_to_horizon(Range(-3.0, -2.0, 1.0), 2026, 2030) == Range(-15.0, -10.0, 5.0)


def test_present_value_discounts_at_2_25_percent() -> None:
    # Two years from the base year at the Dutch social CBA rate of 2.25 %.
    annual = Range(100.0, 100.0, 100.0)
    value = present_value(annual, 2026, 2027, base_year=2026, rate=0.0225)
    assert value.best == pytest.approx(100 + 100 / 1.0225)
