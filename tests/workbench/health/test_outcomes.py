"""Each pathway of health-method.md through the public calculator.

Expected values are the reference's formulas evaluated with the reference's
coefficients, written out here literally (sections 1-5), never taken from the
calculator's own output.
"""

from __future__ import annotations

import math

import pytest

from workbench.health import (
    EmissionChange,
    HealthInputError,
    MeasureInput,
    MethodOptions,
    Outcome,
    ParameterKey,
    ParameterOverride,
    ParameterSet,
    assess_measure,
)

from .builders import exposure, group, measure

PEOPLE_RATE = 150_000 * 0.0095  # the worked example's population x mortality


def log_linear(people_rate: float, rr: float, delta: float) -> float:
    """Reference section 1: avoided = P x rate x (1 - RR ** (dC / 10))."""
    return people_rate * (1 - float(rr ** (delta / 10)))


def test_no2_uses_the_overlap_adjusted_rr_1_01_by_default() -> None:
    result = assess_measure(measure(exposure("no2", -2.0)), [group()])
    expected = log_linear(PEOPLE_RATE, 1.01, -2.0)
    assert result.deaths_avoided_per_year.best == pytest.approx(expected)
    # COMEAP's adjusted RR has no interval: a point input gives a point result.
    assert result.deaths_avoided_per_year.low == pytest.approx(expected)
    assert result.deaths_avoided_per_year.high == pytest.approx(expected)


def test_pm25_and_no2_deaths_are_summed() -> None:
    result = assess_measure(measure(exposure("pm25", -0.5), exposure("no2", -2.0)), [group()])
    expected = log_linear(PEOPLE_RATE, 1.08, -0.5) + log_linear(PEOPLE_RATE, 1.01, -2.0)
    assert result.deaths_avoided_per_year.best == pytest.approx(expected)
    assert [r.agent for r in result.by_outcome] == ["pm25", "no2"]


def test_full_strength_no2_alone_uses_1_02_with_its_interval() -> None:
    options = MethodOptions(no2_mortality_rr=ParameterKey.RR_NO2_MORTALITY)
    result = assess_measure(measure(exposure("no2", -2.0)), [group()], options=options)
    deaths = result.deaths_avoided_per_year
    assert deaths.best == pytest.approx(log_linear(PEOPLE_RATE, 1.02, -2.0))
    assert deaths.low == pytest.approx(log_linear(PEOPLE_RATE, 1.01, -2.0))
    assert deaths.high == pytest.approx(log_linear(PEOPLE_RATE, 1.04, -2.0))


def test_full_strength_no2_with_pm25_is_refused() -> None:
    options = MethodOptions(no2_mortality_rr=ParameterKey.RR_NO2_MORTALITY)
    both = measure(exposure("pm25", -0.5), exposure("no2", -2.0))
    with pytest.raises(HealthInputError, match="M01") as caught:
        assess_measure(both, [group()], options=options)
    assert caught.value.field == "no2_mortality_rr"


def test_hrapie_no2_counts_only_above_20() -> None:
    options = MethodOptions(no2_mortality_rr=ParameterKey.RR_NO2_MORTALITY_HRAPIE)
    change = exposure("no2", -10.0, baseline=25.0)
    result = assess_measure(measure(change), [group()], options=options)
    # 25 -> 15 with a 20 cut-off: only 5 ug/m3 count, at RR 1.055.
    assert result.deaths_avoided_per_year.best == pytest.approx(
        log_linear(PEOPLE_RATE, 1.055, -5.0)
    )


def test_hrapie_pm25_option_uses_1_062() -> None:
    options = MethodOptions(pm25_mortality_rr=ParameterKey.RR_PM25_MORTALITY_HRAPIE)
    result = assess_measure(measure(exposure("pm25", -0.5)), [group()], options=options)
    assert result.deaths_avoided_per_year.best == pytest.approx(
        log_linear(PEOPLE_RATE, 1.062, -0.5)
    )
    assert result.parameters[0].key == ParameterKey.RR_PM25_MORTALITY_HRAPIE


def test_chronic_bronchitis_from_pm10_with_hrapie_interval() -> None:
    adults = group(size=100_000, bronchitis=0.0039)
    result = assess_measure(measure(exposure("pm10", -2.0)), [adults])
    cases = result.cases_per_year(Outcome.CHRONIC_BRONCHITIS)
    people_rate = 100_000 * 0.0039
    assert cases.best == pytest.approx(log_linear(people_rate, 1.117, -2.0))
    assert cases.low == pytest.approx(log_linear(people_rate, 1.040, -2.0))
    assert cases.high == pytest.approx(log_linear(people_rate, 1.189, -2.0))
    # No DALY weight in the reference: counted as cases, flagged, not weighed.
    assert result.dalys_per_year.best == 0.0
    assert result.unweighted_outcomes == (Outcome.CHRONIC_BRONCHITIS,)
    assert result.deaths_avoided_per_year.best == 0.0


def test_lung_cancer_lifetime_and_per_year_is_lifetime_over_70() -> None:
    result = assess_measure(measure(exposure("bap", -0.12)), [group(size=100_000)])
    (lung,) = result.by_outcome
    assert lung.outcome is Outcome.LUNG_CANCER
    assert lung.lifetime_cases is not None
    assert lung.lifetime_cases.best == pytest.approx(100_000 * 0.12 * 8.7e-5)
    assert lung.cases_per_year.best == pytest.approx(100_000 * 0.12 * 8.7e-5 / 70)


def test_noise_lden_60_to_55_uses_the_reference_points() -> None:
    result = assess_measure(measure(exposure("lden", -5.0, baseline=60.0)), [group(size=1000)])
    (annoyed,) = result.by_outcome
    assert annoyed.outcome is Outcome.HIGHLY_ANNOYED
    # 1000 x (15.08 - 10.99) / 100 = 40.9; each printed point is rounded to
    # +-0.005 percentage points, so their difference holds to +-0.1 person here.
    assert annoyed.cases_per_year.best == pytest.approx(40.9, abs=0.1)
    # DALYs: people x disability weight 0.02 (range 0.01-0.12).
    assert annoyed.dalys_per_year.best == pytest.approx(0.02 * annoyed.cases_per_year.best)
    assert annoyed.dalys_per_year.low == pytest.approx(0.01 * annoyed.cases_per_year.best)
    assert annoyed.dalys_per_year.high == pytest.approx(0.12 * annoyed.cases_per_year.best)


def test_noise_lnight_50_to_45_uses_the_reference_points() -> None:
    change = exposure("lnight", -5.0, baseline=50.0)
    result = assess_measure(measure(change), [group(size=1000)])
    (disturbed,) = result.by_outcome
    assert disturbed.outcome is Outcome.HIGHLY_SLEEP_DISTURBED
    # 1000 x (4.25 - 2.93) / 100 = 13.2, to the printed points' precision.
    assert disturbed.cases_per_year.best == pytest.approx(13.2, abs=0.1)
    assert result.dalys_per_year.best == pytest.approx(0.07 * disturbed.cases_per_year.best)


def test_tonal_noise_gets_the_5_db_penalty() -> None:
    tonal = assess_measure(
        measure(exposure("lden", -5.0, baseline=55.0, tonal=True)), [group(size=1000)]
    )
    plain = assess_measure(measure(exposure("lden", -5.0, baseline=60.0)), [group(size=1000)])
    assert tonal.dalys_per_year == plain.dalys_per_year


@pytest.mark.parametrize(
    ("agent", "baseline"),
    [
        ("pm25", None),
        ("no2", None),
        ("pm10", None),
        ("bap", None),
        ("lden", 60.0),
        ("lnight", 50.0),
    ],
)
def test_signs_reduction_positive_zero_zero_rise_negative(
    agent: str, baseline: float | None
) -> None:
    groups = [group(bronchitis=0.0039)]

    def best(delta: float) -> float:
        result = assess_measure(measure(exposure(agent, delta, baseline=baseline)), groups)
        return result.by_outcome[0].cases_per_year.best

    assert best(-1.0) > 0
    assert best(0.0) == 0.0
    assert best(1.0) < 0


def test_zero_change_gives_zero_everything() -> None:
    result = assess_measure(measure(exposure("pm25", 0.0)), [group()])
    for figure in (
        result.deaths_avoided_per_year,
        result.dalys_per_year,
        result.value_eur_per_year,
    ):
        assert figure.as_tuple() == (0.0, 0.0, 0.0)


def test_low_end_pairs_low_rr_with_smallest_reduction() -> None:
    # The documented corner rule: a change of -0.7 / -0.5 / -0.3 with RR
    # 1.06-1.09 spans f(1.06, -0.3) .. f(1.09, -0.7).
    result = assess_measure(measure(exposure("pm25", -0.7, -0.5, -0.3)), [group()])
    deaths = result.deaths_avoided_per_year
    assert deaths.low == pytest.approx(log_linear(PEOPLE_RATE, 1.06, -0.3))
    assert deaths.best == pytest.approx(log_linear(PEOPLE_RATE, 1.08, -0.5))
    assert deaths.high == pytest.approx(log_linear(PEOPLE_RATE, 1.09, -0.7))


def test_range_straddling_zero_gives_a_range_straddling_zero() -> None:
    result = assess_measure(measure(exposure("pm25", -0.5, -0.1, 0.2)), [group()])
    deaths = result.deaths_avoided_per_year
    assert deaths.low < 0 < deaths.best < deaths.high
    assert deaths.low == pytest.approx(log_linear(PEOPLE_RATE, 1.09, 0.2))


def test_emission_route_prices_pm25_at_81_2_per_kg() -> None:
    cut = EmissionChange("M01", "pm25", -10.0, -10.0, -10.0)
    result = assess_measure(MeasureInput("M01", 2026, (), (cut,)), [group()])
    route = result.value_eur_per_year_emission_route
    assert route.best == pytest.approx(10_000 * 81.2)
    assert route.low == pytest.approx(10_000 * 55.4)
    assert route.high == pytest.approx(10_000 * 134)
    # The two routes estimate the same damage and are never added together.
    assert result.value_eur_per_year.as_tuple() == (0.0, 0.0, 0.0)


def test_emission_route_refuses_pm25_and_pm10_for_the_same_dust() -> None:
    cuts = (EmissionChange("M01", "pm25", -1, -1, -1), EmissionChange("M01", "pm10", -2, -2, -2))
    with pytest.raises(HealthInputError, match=r"PM2\.5 én PM10"):
        assess_measure(MeasureInput("M01", 2026, (), cuts), [group()])


def test_totals_add_groups_and_outcomes() -> None:
    a, b = group("a", size=40_000), group("b", size=60_000)
    result = assess_measure(
        measure(
            exposure("pm25", -0.5, population="a"),
            exposure("pm25", -0.3, population="b"),
            exposure("lden", -3.0, population="b", baseline=62.0),
        ),
        [a, b],
    )
    assert len(result.by_outcome) == 3
    mortality = [r for r in result.by_outcome if r.outcome is Outcome.MORTALITY]
    assert result.deaths_avoided_per_year.best == pytest.approx(
        sum(r.cases_per_year.best for r in mortality)
    )
    assert result.dalys_per_year.high == pytest.approx(
        sum(r.dalys_per_year.high for r in result.by_outcome)
    )
    assert result.deaths_avoided_per_year.best == pytest.approx(
        log_linear(40_000 * 0.0095, 1.08, -0.5) + log_linear(60_000 * 0.0095, 1.08, -0.3)
    )


def test_an_override_changes_the_result_and_is_cited(defaults: ParameterSet) -> None:
    changed = defaults.with_overrides(
        [ParameterOverride("voly", 50_000.0, "Handboek Milieuprijzen 2023 (test)")]
    )
    result = assess_measure(measure(exposure("pm25", -0.5)), [group()], changed)
    assert result.value_eur_per_year.as_tuple() == pytest.approx(
        tuple(d * 50_000 for d in result.dalys_per_year.as_tuple())
    )
    cited = {p.key: p for p in result.parameters}
    assert cited[ParameterKey.VOLY].source == "Handboek Milieuprijzen 2023 (test)"
    assert math.isclose(cited[ParameterKey.VOLY].value, 50_000.0)
