"""Issue 4, section 5: bad input gets one clear message naming measure and field.

Each case of the issue's list (unknown agent or population, noise without a
baseline level, population <= 0, a rate outside [0, 1], a relative risk below
1, low/best/high out of order) is refused with a HealthInputError whose Dutch
message names the measure (or group, or parameter) and the field.
"""

from __future__ import annotations

import math

import pytest

from workbench.health import (
    EmissionChange,
    HealthInputError,
    MeasureInput,
    MethodOptions,
    ParameterOverride,
    ParameterSet,
    assess_measure,
    assess_measures,
)

from .builders import exposure, group, measure


def test_noise_without_baseline_gives_the_issue_message() -> None:
    m = measure(
        exposure("pm25", -0.5, measure="M03"), exposure("lden", -2.0, measure="M03"), code="M03"
    )
    with pytest.raises(HealthInputError) as caught:
        assess_measure(m, [group()])
    assert str(caught.value) == (
        "Maatregel M03, blootstelling 2 (lden): het basisniveau ontbreekt; "
        "geluid heeft een niveau vóór de maatregel nodig."
    )
    assert (caught.value.key, caught.value.subject, caught.value.field) == (
        "noise_baseline_missing",
        "M03",
        "baseline",
    )


def test_the_same_error_in_english() -> None:
    m = measure(exposure("lnight", -2.0))
    with pytest.raises(HealthInputError) as caught:
        assess_measure(m, [group()], language="en")
    assert str(caught.value) == (
        "Measure M01, exposure 1 (lnight): the baseline level is missing; "
        "noise needs the level before the measure."
    )


def test_unknown_agent() -> None:
    with pytest.raises(
        HealthInputError,
        match=r"Maatregel M01, blootstelling 1 \(pm1\): "
        r"onbekende stof of geluidsmaat 'pm1'",
    ) as caught:
        assess_measure(measure(exposure("pm1", -1.0)), [group()])
    assert caught.value.field == "agent"


def test_unknown_population() -> None:
    with pytest.raises(HealthInputError, match="onbekende bevolkingsgroep 'velsen'") as caught:
        assess_measure(measure(exposure("pm25", -1.0, population="velsen")), [group()])
    assert caught.value.field == "population"
    assert "Maatregel M01" in str(caught.value)


@pytest.mark.parametrize("size", [0.0, -5.0])
def test_population_size_must_be_positive(size: float) -> None:
    with pytest.raises(HealthInputError, match="Bevolkingsgroep ijm: de omvang") as caught:
        assess_measure(measure(exposure("pm25", -1.0)), [group(size=size)])
    assert caught.value.field == "size"


@pytest.mark.parametrize(
    ("mortality", "bronchitis", "field"),
    [
        (1.5, None, "baseline_mortality"),
        (-0.01, None, "baseline_mortality"),
        (math.nan, None, "baseline_mortality"),
        (0.01, 2.0, "chronic_bronchitis_incidence"),
    ],
)
def test_rates_must_lie_in_0_1(mortality: float, bronchitis: float | None, field: str) -> None:
    with pytest.raises(HealthInputError, match=f"{field} moet tussen 0 en 1 liggen") as caught:
        assess_measure(
            measure(exposure("pm25", -1.0)), [group(mortality=mortality, bronchitis=bronchitis)]
        )
    assert caught.value.field == field


def test_pm10_needs_a_bronchitis_incidence() -> None:
    with pytest.raises(HealthInputError, match="chronic_bronchitis_incidence ontbreekt"):
        assess_measure(measure(exposure("pm10", -1.0)), [group()])


def test_relative_risk_below_one_is_refused(defaults: ParameterSet) -> None:
    with pytest.raises(HealthInputError) as caught:
        defaults.with_overrides([ParameterOverride("rr_pm25_mortality", 0.95, "test")])
    assert str(caught.value) == (
        "Parameter rr_pm25_mortality: een relatief risico moet minstens 1 zijn, niet 0.95."
    )


def test_exposure_low_best_high_out_of_order() -> None:
    with pytest.raises(HealthInputError) as caught:
        assess_measure(measure(exposure("pm25", -0.2, -0.5, -0.1)), [group()])
    assert str(caught.value) == (
        "Maatregel M01, blootstelling 1 (pm25): laag ≤ best ≤ hoog is vereist, "
        "maar laag = -0.2, best = -0.5, hoog = -0.1."
    )
    assert caught.value.field == "low/best/high"


def test_emission_low_best_high_out_of_order_and_unknown_substance() -> None:
    bad_order = MeasureInput("M02", 2026, (), (EmissionChange("M02", "nox", -1, -3, -2),))
    with pytest.raises(HealthInputError, match=r"Maatregel M02, emissie 1 \(nox\): laag"):
        assess_measure(bad_order, [group()])
    unknown = MeasureInput("M02", 2026, (), (EmissionChange("M02", "dioxin", -1, -1, -1),))
    with pytest.raises(HealthInputError, match="onbekende stof 'dioxin'"):
        assess_measure(unknown, [group()])


def test_non_finite_change_is_refused() -> None:
    with pytest.raises(HealthInputError, match="best moet een eindig getal zijn"):
        assess_measure(measure(exposure("pm25", -1.0, math.inf, math.inf)), [group()])


def test_change_filed_under_another_measure_is_refused() -> None:
    with pytest.raises(HealthInputError, match="hoort bij maatregel M09, niet bij M01"):
        assess_measure(measure(exposure("pm25", -1.0, measure="M09")), [group()])


def test_duplicate_exposure_for_one_group_and_agent_is_refused() -> None:
    m = measure(exposure("lden", -1.0, baseline=60.0), exposure("lden", -2.0, baseline=60.0))
    with pytest.raises(HealthInputError, match=r"blootstelling 2 \(lden\).*blootstelling 1"):
        assess_measure(m, [group()])


def test_invalid_method_option_is_refused() -> None:
    options = MethodOptions(pm25_mortality_rr="rr_no2_mortality")  # type: ignore[arg-type]
    with pytest.raises(HealthInputError, match="Rekenkeuze pm25_mortality_rr"):
        assess_measure(measure(exposure("pm25", -1.0)), [group()], options=options)


def test_hrapie_no2_without_baseline_names_the_threshold() -> None:
    options = MethodOptions(no2_mortality_rr="rr_no2_mortality_hrapie")  # type: ignore[arg-type]
    with pytest.raises(HealthInputError, match="telt pas boven 20 µg/m³"):
        assess_measure(measure(exposure("no2", -1.0)), [group()], options=options)


def test_a_bad_measure_anywhere_yields_no_partial_result() -> None:
    good = measure(exposure("pm25", -1.0))
    bad = measure(exposure("pm25", -1.0, measure="M02", population="nowhere"), code="M02")
    with pytest.raises(HealthInputError, match="Maatregel M02"):
        assess_measures([good, bad], [group()])


def test_tonal_flag_on_an_air_pollutant_is_refused() -> None:
    with pytest.raises(HealthInputError, match="alleen geluid kan tonaal") as caught:
        assess_measure(measure(exposure("pm25", -1.0, tonal=True)), [group()])
    assert caught.value.field == "tonal"
