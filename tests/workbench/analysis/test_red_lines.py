"""Red lines in the optimiser: counted for every party by default, a clash named in words.

A tiny project: two measures with cost and health, and two parties whose
red lines on M01 collide (the municipality demands it, the company refuses
it). No package can respect both; the sentence must say who demands and
who refuses which measure, by name, in the user's language.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.negotiation import OptimiserSettings, optimiser_problem
from workbench.analysis.red_lines import red_line_clash, red_line_parties
from workbench.scoring import optimise
from workbench.services import ProjectService
from workbench.store import ProjectDocument

pytestmark = pytest.mark.both_backends


def _create(svc: ProjectService, entity: str, fields: dict[str, object]) -> str:
    return str(svc.create(entity, fields).created[0])


@pytest.fixture
def svc(doc: ProjectDocument) -> ProjectService:
    svc = ProjectService(doc)
    health = _create(svc, "criterion", {
        "key": "health", "name": "Gezondheidswinst", "kind": "health", "unit": "DALY/jaar",
        "scale": {"type": "linear", "worst": 0, "best": 10},
    })  # fmt: skip
    cost = _create(svc, "criterion", {
        "key": "cost", "name": "Kosten", "kind": "cost", "unit": "EUR",
        "direction": "lower_is_better", "scale": {"type": "linear", "worst": 100, "best": 0},
    })  # fmt: skip
    measures = {}
    for code, dalys, euros in (("M01", 5.0, 40.0), ("M02", 2.0, 10.0)):
        mid = _create(svc, "measure", {"code": code, "title": f"Maatregel {code}"})
        measures[code] = mid
        for crit, value in ((health, dalys), (cost, euros)):
            _create(svc, "assessment", {
                "measure_id": mid, "criterion_id": crit, "low": value, "best": value,
                "high": value,
            })  # fmt: skip
    parties = {
        key: _create(svc, "stakeholder", {"key": key, "name": name, "kind": kind})
        for key, name, kind in (
            ("velsen", "Gemeente Velsen", "municipality"),
            ("tata", "Tata Steel Nederland", "company"),
            ("ggd", "GGD Kennemerland", "other"),
        )
    }
    for party, stance in (("velsen", 2), ("tata", -2)):
        _create(svc, "position", {
            "stakeholder_id": parties[party], "measure_id": measures["M01"], "stance": stance,
            "red_line": True, "date": dt.date(2026, 3, 10),
        })  # fmt: skip
    # a party for M02 without a red line holds none
    _create(svc, "position", {
        "stakeholder_id": parties["ggd"], "measure_id": measures["M02"], "stance": 2,
        "red_line": False, "date": dt.date(2026, 3, 10),
    })  # fmt: skip
    return svc


def test_every_party_holding_a_red_line_counts(svc: ProjectService) -> None:
    assert red_line_parties(svc) == (
        ("velsen", "Gemeente Velsen"),
        ("tata", "Tata Steel Nederland"),
    )


def test_a_demand_and_a_refusal_of_one_measure_leave_no_package(svc: ProjectService) -> None:
    respect = tuple(key for key, _ in red_line_parties(svc))
    problem = optimiser_problem(svc, OptimiserSettings(objective="health", respect=respect))
    result = optimise(problem, 1_000.0)
    assert result.status == "infeasible"
    clash = red_line_clash(svc, problem, result, "nl")
    assert clash is not None
    assert clash.sentence == (
        "Geen pakket respecteert alle rode lijnen: "
        "Gemeente Velsen eist M01, maar Tata Steel Nederland weigert M01."
    )
    assert set(clash.parties) == {"velsen", "tata"}
    en = red_line_clash(svc, problem, result, "en")
    assert en is not None
    assert en.sentence == (
        "No package respects every red line: "
        "Gemeente Velsen demands M01, but Tata Steel Nederland refuses M01."
    )


def test_leaving_out_one_party_gives_a_package(svc: ProjectService) -> None:
    problem = optimiser_problem(svc, OptimiserSettings(objective="health", respect=("velsen",)))
    result = optimise(problem, 1_000.0)
    assert result.status == "optimal" and set(result.selected) == {"M01", "M02"}
    assert red_line_clash(svc, problem, result, "nl") is None


def test_a_red_line_beyond_the_budget_is_named_with_the_budget(svc: ProjectService) -> None:
    problem = optimiser_problem(svc, OptimiserSettings(objective="health", respect=("velsen",)))
    result = optimise(problem, 20.0)  # M01 costs 40
    clash = red_line_clash(svc, problem, result, "nl")
    assert clash is not None and clash.parties == ("velsen",)
    assert clash.sentence.startswith(
        "Geen pakket respecteert deze rode lijnen en de andere eisen: Gemeente Velsen eist M01;"
    )
    assert "budget" in clash.sentence


def test_several_parties_with_the_same_red_line_are_named_together(
    svc: ProjectService,
) -> None:
    ggd = next(p["id"] for p in svc.rows("stakeholder") if p["key"] == "ggd")
    m01 = next(m["id"] for m in svc.rows("measure") if m["code"] == "M01")
    svc.create("position", {
        "stakeholder_id": ggd, "measure_id": m01, "stance": -1, "red_line": True,
        "date": dt.date(2026, 3, 11),
    })  # fmt: skip
    respect = tuple(key for key, _ in red_line_parties(svc))
    assert set(respect) == {"velsen", "tata", "ggd"}
    problem = optimiser_problem(svc, OptimiserSettings(objective="health", respect=respect))
    clash = red_line_clash(svc, problem, optimise(problem, 1_000.0), "nl")
    assert clash is not None
    assert "Tata Steel Nederland en GGD Kennemerland weigeren M01" in clash.sentence
