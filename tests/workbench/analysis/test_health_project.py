"""The health calculator on a project: reference worked example through the project file,
the computed health criterion, parameter overrides, and the `workbench health` command."""

from __future__ import annotations

import json

import pytest

from workbench.analysis.health import computed_dalys, project_health
from workbench.analysis.register import register
from workbench.cli.main import main
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


@pytest.fixture
def health_project(svc: ProjectService) -> dict[str, str]:
    """health-method.md worked example: 150,000 people, mortality 0.0095, PM2.5 -0.5."""
    ids = {}
    ids["crit"] = svc.create(
        "criterion",
        {
            "key": "health",
            "name": "Gezondheidswinst",
            "kind": "health",
            "unit": "DALY/jaar",
            "computed": True,
            "scale": {"type": "linear", "worst": 0, "best": 100},
        },
    ).created[0]
    ids["pop"] = svc.create(
        "population",
        {"key": "ijmond", "name": "IJmond", "size": 150_000, "baseline_mortality": 0.0095},
    ).created[0]
    ids["m1"] = svc.create(
        "measure", {"code": "M01", "title": "Minder fijnstof", "start_year": 2028}
    ).created[0]
    ids["m2"] = svc.create("measure", {"code": "M02", "title": "Zonder invoer"}).created[0]
    svc.create(
        "assessment",
        {
            "measure_id": ids["m2"],
            "criterion_id": ids["crit"],
            "low": 1.0,
            "best": 2.0,
            "high": 3.0,
        },
    )
    ids["exp"] = svc.create(
        "exposure_change",
        {
            "measure_id": ids["m1"],
            "population_id": ids["pop"],
            "agent": "pm25",
            "low": -0.5,
            "best": -0.5,
            "high": -0.5,
        },
    ).created[0]
    return ids


def test_worked_example_health_method_md_through_the_project(
    svc: ProjectService, health_project: dict[str, str]
) -> None:
    (res,) = project_health(svc)
    assert res.code == "M01"
    assert res.deaths_avoided_per_year.best == pytest.approx(5.47, abs=0.01)
    assert res.deaths_avoided_per_year.low == pytest.approx(4.15, abs=0.01)
    assert res.deaths_avoided_per_year.high == pytest.approx(6.13, abs=0.01)
    assert res.value_eur_per_year.best == pytest.approx(4.98e6, rel=0.01)


def test_computed_criterion_replaces_typed_values_where_inputs_exist(
    svc: ProjectService, health_project: dict[str, str]
) -> None:
    reg = register(svc)
    by_code = {m.code: m for m in reg.measures}
    m1 = by_code["M01"].estimates["health"]
    assert m1.computed and m1.best == pytest.approx(58.6, abs=0.1)
    m2 = by_code["M02"].estimates["health"]
    assert not m2.computed and m2.best == 2.0


def test_changing_an_input_or_a_parameter_updates_the_score(
    svc: ProjectService, health_project: dict[str, str]
) -> None:
    before = computed_dalys(svc).dalys[health_project["m1"]][1]
    svc.update("exposure_change", health_project["exp"], {"low": -1.0, "best": -1.0})
    doubled = computed_dalys(svc).dalys[health_project["m1"]][1]
    assert doubled > 1.9 * before
    svc.create("health_parameter", {"key": "yll_per_death", "value": 5.35, "source": "test: halve"})
    halved = computed_dalys(svc).dalys[health_project["m1"]][1]
    assert halved == pytest.approx(doubled / 2, rel=1e-6)


def test_noise_change_without_baseline_is_refused_by_the_service(
    svc: ProjectService, health_project: dict[str, str]
) -> None:
    from workbench.i18n import UserError

    with pytest.raises(UserError) as err:
        svc.create(
            "exposure_change",
            {
                "measure_id": health_project["m1"],
                "population_id": health_project["pop"],
                "agent": "lden",
                "low": -3,
                "best": -2,
                "high": -1,
            },
        )
    assert "baseline" in str(err.value) and "M01" in str(err.value)


def test_cli_health_json_shape(
    svc: ProjectService,
    health_project: dict[str, str],
    doc_target: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["health", doc_target, "--json", "--horizon", "2035"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["horizon_year"] == 2035
    (m,) = out["measures"]
    assert set(m) >= {
        "code",
        "deaths_avoided_per_year",
        "dalys_per_year",
        "value_eur_per_year",
        "cumulative_dalys_to_horizon",
        "by_outcome",
        "parameters",
    }
    # 2028..2035 inclusive: eight whole years of the yearly effect
    assert m["cumulative_dalys_to_horizon"]["best"] == pytest.approx(
        8 * m["dalys_per_year"]["best"]
    )
    assert m["by_outcome"][0]["outcome"] == "mortality"
    assert all(p["source"] for p in m["parameters"])


def test_cli_health_unknown_measure_is_one_line(
    svc: ProjectService,
    health_project: dict[str, str],
    doc_target: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["health", doc_target, "--measure", "M99"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "M99" in err


def test_an_empty_weight_profile_is_left_out_not_fatal(svc: ProjectService,
                                                       health_project: dict[str, str]) -> None:
    from workbench.analysis.matrix import profile, profiles, unusable_profiles
    from workbench.i18n import UserError

    good = svc.create("weight_profile", {"key": "ijmond", "name": "IJmond"}).created[0]
    svc.create("weight", {"profile_id": good, "criterion_id": health_project["crit"],
                          "weight": 1.0})
    svc.create("weight_profile", {"key": "leeg", "name": "Nog niet ingevuld"})
    assert [p.key for p in profiles(svc, ["health"])] == ["ijmond"]
    assert [p.key for p in unusable_profiles(svc, ["health"])] == ["leeg"]
    with pytest.raises(UserError) as err:
        profile(svc, "leeg", ["health"])
    assert "leeg kan niet rangschikken" in str(err.value)


def test_register_for_a_few_ids_equals_those_rows_of_the_full_register(
        svc: ProjectService, health_project: dict[str, str]) -> None:
    full = {m.id: m for m in register(svc).measures}
    part = register(svc, ids=[health_project["m1"]]).measures
    assert [m.id for m in part] == [health_project["m1"]]
    assert part[0] == full[health_project["m1"]]
    assert part[0].estimates["health"].computed


def test_emission_changes_alone_keep_the_typed_health_estimate(
        svc: ProjectService, health_project: dict[str, str]) -> None:
    svc.create("emission_change", {"measure_id": health_project["m2"], "substance": "nox",
                                   "low": -30.0, "best": -20.0, "high": -10.0})
    m2 = {m.code: m for m in register(svc).measures}["M02"].estimates["health"]
    assert not m2.computed and m2.best == 2.0
