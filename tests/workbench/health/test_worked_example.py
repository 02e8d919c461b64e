"""Reproduces the worked example of health-method.md, section 6.

Population 150,000; baseline mortality 0.0095 per person-year; PM2.5 falls by
0.5 ug/m3; RR 1.08 (1.06-1.09): beta = 0.0076961, impact fraction 0.0038407,
5.47 deaths avoided a year (4.15-6.13), 58.6 years of life a year, valued at
4.98 million euro a year. Every expected number below is the reference's,
to the precision it is printed with.
"""

from __future__ import annotations

import math

import pytest

from workbench.health import MeasureHealth, ParameterKey, ParameterSet, assess_measure, kernels

from .builders import exposure, group, measure


@pytest.fixture()
def result() -> MeasureHealth:
    return assess_measure(measure(exposure("pm25", -0.5)), [group()])


def test_beta_and_impact_fraction_as_printed() -> None:
    slope = float(kernels.beta(1.08, 10.0))
    assert slope == pytest.approx(0.0076961, abs=5e-8)
    impact_fraction = -math.expm1(-slope * 0.5)
    assert impact_fraction == pytest.approx(0.0038407, abs=5e-8)


def test_deaths_avoided_5_47_per_year_range_4_15_to_6_13(result: MeasureHealth) -> None:
    deaths = result.deaths_avoided_per_year
    assert round(deaths.best, 2) == 5.47
    assert round(deaths.low, 2) == 4.15
    assert round(deaths.high, 2) == 6.13


def test_years_of_life_58_6_per_year(result: MeasureHealth) -> None:
    assert round(result.years_of_life_lost_per_year.best, 1) == 58.6
    # Mortality is the only outcome here, so DALYs are the years of life.
    assert result.dalys_per_year == result.years_of_life_lost_per_year


def test_value_4_98_million_euro_per_year(result: MeasureHealth) -> None:
    assert round(result.value_eur_per_year.best / 1e6, 2) == 4.98


def test_value_range_combines_rr_interval_with_voly_range(result: MeasureHealth) -> None:
    # Low end: deaths at RR 1.06 x 10.7 years x VOLY 57,500; high end: RR 1.09
    # x 10.7 x 128,000 (reference, sections 1, 2 and 5).
    value = result.value_eur_per_year
    assert value.low == pytest.approx(result.deaths_avoided_per_year.low * 10.7 * 57_500)
    assert value.high == pytest.approx(result.deaths_avoided_per_year.high * 10.7 * 128_000)


def test_result_cites_the_parameters_it_used(result: MeasureHealth, defaults: ParameterSet) -> None:
    keys = [parameter.key for parameter in result.parameters]
    assert keys == [
        ParameterKey.RR_PM25_MORTALITY,
        ParameterKey.CRF_INCREMENT,
        ParameterKey.YLL_PER_DEATH,
        ParameterKey.VOLY,
    ]
    assert result.parameters[0].source == defaults["rr_pm25_mortality"].source
    assert "Chen & Hoek 2020" in result.parameters[0].source


def test_life_table_cross_check_agrees_within_a_few_percent(defaults: ParameterSet) -> None:
    # Reference section 2: about 7.8e-4 years of life per person per ug/m3, a
    # cross-check on 5.47 deaths x 10.7 years = 58.6 years.
    from workbench.health import life_table_crosscheck

    years = life_table_crosscheck(150_000, -0.5, defaults)
    assert years == pytest.approx(58.5, abs=0.1)
    assert years == pytest.approx(58.6, rel=0.05)
