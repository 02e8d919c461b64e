"""The JSON shape of a measure's health result, as issue 4 section 4 specifies it.

Per measure: code, deaths_avoided_per_year, dalys_per_year, value_eur_per_year,
cumulative_dalys_to_horizon (each {low, best, high}), by_outcome as a list of
{population, agent, outcome, cases_per_year}, plus the parameters used with
their sources.
"""

from __future__ import annotations

import json

import pytest

from workbench.health import EmissionChange, MeasureInput, assess_measure, group_by_measure

from .builders import exposure, group, measure

TRIPLE = {"low", "best", "high"}


def test_to_dict_has_exactly_the_documented_keys() -> None:
    result = assess_measure(
        measure(exposure("pm25", -0.5), exposure("lden", -2.0, baseline=58.0)), [group()]
    )
    data = result.to_dict()
    assert set(data) == {
        "code",
        "deaths_avoided_per_year",
        "dalys_per_year",
        "value_eur_per_year",
        "cumulative_dalys_to_horizon",
        "by_outcome",
        "parameters",
    }
    assert data["code"] == "M01"
    for key in (
        "deaths_avoided_per_year",
        "dalys_per_year",
        "value_eur_per_year",
        "cumulative_dalys_to_horizon",
    ):
        assert set(data[key]) == TRIPLE  # type: ignore[call-overload]
    assert data["by_outcome"] == [
        {
            "population": "ijm",
            "agent": "pm25",
            "outcome": "mortality",
            "cases_per_year": result.by_outcome[0].cases_per_year.to_dict(),
        },
        {
            "population": "ijm",
            "agent": "lden",
            "outcome": "highly_annoyed",
            "cases_per_year": result.by_outcome[1].cases_per_year.to_dict(),
        },
    ]
    sources = {p["key"]: p["source"] for p in data["parameters"]}  # type: ignore[attr-defined]
    assert "dw_highly_annoyed" in sources and "rr_pm25_mortality" in sources
    assert "price_pm25" not in sources  # not used by this measure
    json.dumps(data)  # plain JSON types only


def test_extended_dict_adds_the_figures_without_a_documented_key() -> None:
    cut = EmissionChange("M01", "nox", -5.0, -4.0, -3.0)
    m = MeasureInput("M01", 2029, (exposure("pm25", -0.5),), (cut,))
    data = assess_measure(m, [group()]).to_dict(extended=True)
    assert data["effective_year"] == 2029 and data["horizon_year"] == 2030
    assert data["value_eur_per_year_emission_route"] == pytest.approx(
        {"low": 3_000 * 12.8, "best": 4_000 * 19.3, "high": 5_000 * 31.1}
    )
    assert data["by_emission"][0]["substance"] == "nox"  # type: ignore[index]
    assert data["unweighted_outcomes"] == []
    json.dumps(data)


def test_emission_route_value_uses_price_interval_and_tonnes_range() -> None:
    cut = EmissionChange("M01", "nox", -5.0, -4.0, -3.0)
    result = assess_measure(MeasureInput("M01", 2029, (), (cut,)), [group()])
    value = result.value_eur_per_year_emission_route
    # Low: smallest cut at the lowest price; high: largest cut at the highest.
    assert value.as_tuple() == pytest.approx((3_000 * 12.8, 4_000 * 19.3, 5_000 * 31.1))


def test_group_by_measure_bundles_flat_interchange_lists() -> None:
    flat = [
        exposure("pm25", -0.5, measure="M02"),
        exposure("pm25", -0.2, measure="M01"),
        exposure("no2", -1.0, measure="M02"),
    ]
    cuts = [EmissionChange("M03", "so2", -1, -1, -1)]
    measures = group_by_measure(flat, cuts, {"M01": 2026})
    assert [(m.code, m.start_year, len(m.exposures), len(m.emissions)) for m in measures] == [
        ("M01", 2026, 1, 0),
        ("M02", None, 2, 0),
        ("M03", None, 0, 1),
    ]


def test_emission_changes_alone_give_no_daly_figure_null_not_zero() -> None:
    # Issue 9: emission changes give euros by the emission-price route, not DALYs;
    # `workbench health` must say null for the DALY-based figures, never 0.
    cut = EmissionChange("M19", "pm10", -40.0, -30.0, -20.0)
    result = assess_measure(MeasureInput("M19", 2027, (), (cut,)), [group()])
    assert not result.computes_dalys
    data = result.to_dict(extended=True)
    for key in (
        "deaths_avoided_per_year",
        "dalys_per_year",
        "value_eur_per_year",
        "cumulative_dalys_to_horizon",
        "years_of_life_lost_per_year",
        "delay_cost_dalys",
        "delay_cost_eur",
    ):
        assert data[key] is None, key
    # the emission route is a real figure and stays
    route = data["value_eur_per_year_emission_route"]
    assert isinstance(route, dict) and route["best"] > 0
    json.dumps(data)


def test_a_computed_zero_stays_zero() -> None:
    # An exposure change of 0 is a computed figure of 0, not "no figure".
    result = assess_measure(measure(exposure("pm25", 0.0)), [group()])
    assert result.computes_dalys
    assert result.to_dict()["dalys_per_year"] == {"low": 0.0, "best": 0.0, "high": 0.0}
