"""The default parameter set holds the coefficients of health-method.md, sourced.

Each expected value below is copied from the reference's tables (sections 1-5),
so a typo in the defaults fails here. Keys are stable storage strings: the
list is pinned, because renaming one would orphan stored overrides.
"""

from __future__ import annotations

import pytest

from workbench.health import (
    HealthInputError,
    ParameterKey,
    ParameterOverride,
    ParameterSet,
    default_parameters,
)

REFERENCE: dict[str, tuple[float, float | None, float | None]] = {
    # key: (value, low, high) as printed in health-method.md
    "rr_pm25_mortality": (1.08, 1.06, 1.09),
    "rr_pm25_mortality_hrapie": (1.062, 1.040, 1.083),
    "rr_no2_mortality": (1.02, 1.01, 1.04),
    "rr_no2_mortality_adjusted": (1.01, None, None),
    "rr_no2_mortality_hrapie": (1.055, 1.031, 1.080),
    "cutoff_no2_hrapie": (20.0, None, None),
    "rr_pm10_chronic_bronchitis": (1.117, 1.040, 1.189),
    "rr_pm10_bronchitis_children": (1.08, 0.98, 1.19),
    "crf_increment": (10.0, None, None),
    "bap_unit_risk": (8.7e-5, None, None),
    "lifetime_years": (70.0, None, None),
    "noise_ha_intercept": (78.9270, None, None),
    "noise_ha_linear": (-3.1162, None, None),
    "noise_ha_quadratic": (0.0342, None, None),
    "noise_hsd_intercept": (19.4312, None, None),
    "noise_hsd_linear": (-0.9336, None, None),
    "noise_hsd_quadratic": (0.0126, None, None),
    "noise_tonal_penalty": (5.0, None, None),
    "noise_guideline_lden": (53.0, None, None),
    "noise_guideline_lnight": (45.0, None, None),
    "dw_highly_annoyed": (0.02, 0.01, 0.12),
    "dw_highly_sleep_disturbed": (0.07, None, None),
    "dalys_per_chronic_bronchitis_case": (0.0, None, None),  # not in the reference
    "dalys_per_lung_cancer_case": (0.0, None, None),  # not in the reference
    "yll_per_death": (10.7, None, None),
    "yll_per_person_per_ug_pm25": (7.8e-4, None, None),
    "voly": (85_000.0, 57_500.0, 128_000.0),
    "price_pm25": (81.2, 55.4, 134.0),
    "price_pm10": (44.3, 29.7, 73.3),
    "price_nox": (19.3, 12.8, 31.1),
    "price_so2": (26.6, 16.9, 45.3),
    "price_nh3": (25.2, None, None),
    "price_bap": (5_704.0, None, None),
    "price_lead": (27_287.0, None, None),
    "price_co2": (0.13, None, None),
    "price_hospital_respiratory": (5_407.0, None, None),
    "price_hospital_cardiovascular": (6_759.0, None, None),
    "price_work_loss_day": (211.0, None, None),
    "price_restricted_activity_day": (148.0, None, None),
    "discount_rate": (0.0225, None, None),
}


def test_keys_are_exactly_the_pinned_storage_strings(defaults: ParameterSet) -> None:
    assert list(defaults) == list(REFERENCE)
    assert [key.value for key in ParameterKey] == list(REFERENCE)


@pytest.mark.parametrize(("key", "expected"), REFERENCE.items())
def test_default_values_match_the_reference(
    key: str, expected: tuple[float, float | None, float | None], defaults: ParameterSet
) -> None:
    parameter = defaults[key]
    assert (parameter.value, parameter.low, parameter.high) == expected


def test_every_parameter_has_unit_source_and_dutch_description(defaults: ParameterSet) -> None:
    for parameter in defaults.values():
        assert parameter.unit.strip(), parameter.key
        assert parameter.source.strip(), parameter.key
        assert parameter.description.strip(), parameter.key


def test_sources_are_those_named_by_the_reference(defaults: ParameterSet) -> None:
    assert "Chen & Hoek 2020" in defaults["rr_pm25_mortality"].source
    assert "COMEAP 2018" in defaults["rr_no2_mortality_adjusted"].source
    assert "HRAPIE" in defaults["rr_pm10_chronic_bronchitis"].source
    assert "CE Delft" in defaults["voly"].source
    assert "2000" in defaults["bap_unit_risk"].source


def test_override_returns_a_new_set_and_leaves_defaults_alone(defaults: ParameterSet) -> None:
    changed = defaults.with_overrides(
        [ParameterOverride("price_nox", 25.0, "Handboek Milieuprijzen 2023", 20.0, 30.0)]
    )
    assert changed.value(ParameterKey.PRICE_NOX) == 25.0
    assert changed.range(ParameterKey.PRICE_NOX).as_tuple() == (20.0, 25.0, 30.0)
    assert defaults.value(ParameterKey.PRICE_NOX) == 19.3
    assert default_parameters() == defaults
    assert changed.changed_from(defaults) == (ParameterKey.PRICE_NOX,)


def test_override_replaces_the_interval_too(defaults: ParameterSet) -> None:
    # What is stored is what is used: no silent mix of new value, old interval.
    changed = defaults.with_overrides([ParameterOverride("voly", 90_000.0, "eigen keuze")])
    assert changed["voly"].low is None and changed["voly"].high is None


@pytest.mark.parametrize(
    ("override", "fragment"),
    [
        (ParameterOverride("voly_nl", 1.0, "x"), "onbekende parameter"),
        (ParameterOverride("voly", 90_000.0, "  "), "heeft een bron nodig"),
        (ParameterOverride("rr_pm25_mortality", 1.10, "x", 1.06, 1.09), "laag ≤ best ≤ hoog"),
        (ParameterOverride("dw_highly_annoyed", 1.5, "x"), "tussen 0 en 1"),
        (ParameterOverride("price_so2", -1.0, "x"), "niet negatief"),
        (ParameterOverride("crf_increment", 0.0, "x"), "groter dan 0"),
        (ParameterOverride("voly", 90_000.0, "x", 50_000.0, None), "geen van beide"),
    ],
)
def test_bad_overrides_are_refused_naming_the_parameter(
    override: ParameterOverride, fragment: str, defaults: ParameterSet
) -> None:
    with pytest.raises(HealthInputError, match=fragment) as caught:
        defaults.with_overrides([override])
    assert str(caught.value).startswith(f"Parameter {override.key}: ")
    assert caught.value.subject == override.key


def test_to_dicts_carries_sources_for_json(defaults: ParameterSet) -> None:
    (entry,) = defaults.to_dicts([ParameterKey.VOLY])
    assert entry == {
        "key": "voly",
        "value": 85_000.0,
        "low": 57_500.0,
        "high": 128_000.0,
        "unit": defaults["voly"].unit,
        "source": "CE Delft, Environmental Prices Handbook 2024 (EU27)",
        "description": defaults["voly"].description,
    }
