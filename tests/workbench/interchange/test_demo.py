"""The shipped demo meets the content minimums of ijmond-facts.md and loads cleanly."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from workbench.analysis.register import register
from workbench.i18n import UserError
from workbench.interchange import validate
from workbench.interchange.demo import create_demo, demo_json_path
from workbench.model import Theme
from workbench.services import ProjectService
from workbench.store import ProjectDocument

pytestmark = pytest.mark.both_backends


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    data = json.loads(demo_json_path().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_demo_is_valid(demo: dict[str, Any]) -> None:
    counts = validate(demo).counts()
    assert counts["measure"] >= 25 and counts["assessment"] > 3 * 25


def test_create_demo_makes_a_project_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "demo.mwb"
    create_demo(target)
    doc = ProjectDocument.open(target, read_only=True)
    try:
        reg = register(ProjectService(doc))
        assert doc.title.startswith("Maatwerkafspraak Tata Steel")
    finally:
        doc.close()
    assert len(reg.measures) >= 25
    assert {c.key for c in reg.criteria} >= {"health", "cost", "feasibility"}
    with pytest.raises(UserError) as err:
        create_demo(target)
    assert err.value.key == "store.exists"


def test_measures_cover_every_theme_and_the_named_measures(demo: dict[str, Any]) -> None:
    measures = demo["measures"]
    assert len(measures) >= 25
    assert {m["theme"] for m in measures} == {t.value for t in Theme}
    titles = " | ".join(m["title"].lower() for m in measures)
    for named in ("kooksgasfabriek 2", "ertsopslag", "mengbedden", "windscherm",
                  "slakverwerking", "filters op de nieuwe installaties", "tonaal geluid",
                  "geurbronnen", "onafhankelijke emissiemetingen", "ultrafijnstof", "(ger)",
                  "groene buffer"):
        assert named in titles, named
    assert any(m["payer"] == "municipalities" for m in measures)
    for m in measures:
        assert m["start_year"] and m["deadline_year"] and m["origin"] and m["status"]


def test_every_measure_has_cost_and_feasibility_ranges(demo: dict[str, Any]) -> None:
    by_measure: dict[str, set[str]] = {}
    for a in demo["assessments"]:
        by_measure.setdefault(a["measure"], set()).add(a["criterion"])
        if a["criterion"] in ("health", "cost"):
            assert a["low"] <= a["best"] <= a["high"]
    for m in demo["measures"]:
        assert {"cost", "feasibility"} <= by_measure[m["code"]], m["code"]
    health = [a for a in demo["assessments"] if a["criterion"] == "health"]
    assert len(health) >= 20


def test_unsourced_figures_are_labelled_illustrative(demo: dict[str, Any]) -> None:
    for a in demo["assessments"]:
        assert a["source"] is not None or "illustratief" in a["rationale"].lower(), a


def test_parties_are_organisations_with_positions(demo: dict[str, Any]) -> None:
    keys = {s["key"] for s in demo["stakeholders"]}
    with_positions = {p["stakeholder"] for p in demo["positions"]}
    assert len(with_positions) >= 10 and with_positions <= keys
    assert {"tata", "kgg", "nh", "beverwijk", "heemskerk", "velsen", "ggd"} <= with_positions
    assert all(s["kind"] != "person" for s in demo["stakeholders"])


def test_red_lines_are_internal_and_history_exists(demo: dict[str, Any]) -> None:
    red = [p for p in demo["positions"] if p["red_line"]]
    assert len(red) >= 3
    assert all(p["visibility"] == "internal" for p in red)
    pairs = Counter((p["stakeholder"], p["measure"]) for p in demo["positions"])
    assert any(n > 1 for n in pairs.values())
    assert any(p["visibility"] == "public" for p in demo["positions"])


def test_three_weight_profiles_with_internal_estimates(demo: dict[str, Any]) -> None:
    profiles = {w["key"]: w for w in demo["weight_profiles"]}
    assert set(profiles) >= {"ijmond", "tata_est", "rijk_est"}
    assert profiles["tata_est"]["visibility"] == "internal"
    assert profiles["rijk_est"]["visibility"] == "internal"
    assert profiles["tata_est"]["stakeholder"] == "tata"
    for w in profiles.values():
        assert sum(w["weights"].values()) == pytest.approx(1.0)


def test_the_new_steel_route_is_context_not_a_package_member(demo: dict[str, Any]) -> None:
    """Issue 12: M20 (not above-statutory, € 5 mld) stays in the register as the baseline
    context but in no package, so the packages show the above-statutory measures."""
    m20 = next(m for m in demo["measures"] if m["code"] == "M20")
    assert m20["above_statutory"] is False and m20["statutory_baseline"]
    assert all("M20" not in p["measures"] for p in demo["packages"])
    cost = next(
        a for a in demo["assessments"] if a["measure"] == "M20" and a["criterion"] == "cost"
    )
    assert cost["best"] == 5e9


def test_three_packages_and_two_differing_drafts(demo: dict[str, Any]) -> None:
    assert {p["key"] for p in demo["packages"]} == {"jloi", "ask", "compromise"}
    c1, c2, _c3 = demo["drafts"]
    t1 = {t["measure"]: t for t in c1["terms"]}
    t2 = {t["measure"]: t for t in c2["terms"]}
    shared = set(t1) & set(t2)
    assert any(t1[m]["deadline_year"] != t2[m]["deadline_year"] for m in shared)
    assert any(t1[m]["wording"] != t2[m]["wording"] for m in shared)
    assert set(t2) - set(t1)  # a measure entered the agreement in the second draft


def test_two_draft_texts_with_the_changes_that_matter(
    demo: dict[str, Any], demo_svc: ProjectService
) -> None:
    """v0.2 -> v0.3: a deadline 2029 -> 2030, kan -> zal, an inserted Artikel 4a, renumbering."""
    from workbench.analysis.build import analysis_for
    from workbench.drafts.comparison import compare_versions, to_json

    c2, c3 = demo["drafts"][1:]
    assert c2["clauses"] and c3["clauses"]
    paths = {c["path"] for c in c3["clauses"]}
    assert "Artikel 4a lid 1" in paths
    links = {m["code"]: m["clause_links"] for m in demo["measures"]}
    assert links["M02"] and links["M09"] and not links["M26"]
    analysis = analysis_for(demo_svc)
    out = to_json(compare_versions(analysis, "c2", "c3"))
    health = analysis.criterion_of_kind("health")
    assert health is not None
    m02 = analysis.estimate("M02", health.key)
    assert m02 is not None
    by_label = {c["new_label"] or c["old_label"]: c for c in out["changes"]}
    # the ertsopslag (M02, about 7 DALY/jaar) one year later: one year of it lost to 2030
    assert by_label["Artikel 3 lid 1"]["measures"] == ["M02"]
    assert by_label["Artikel 3 lid 1"]["dalys_to_2030"] == -m02.best
    assert 6.5 < m02.best < 7.5
    assert "kan" in by_label["Artikel 3 lid 4"]["old_text"]
    assert "zal" in by_label["Artikel 3 lid 4"]["new_text"]
    assert by_label["Artikel 4a"]["kind"] == "inserted"
    assert by_label["Artikel 6 lid 2"]["kind"] == "renumbered"
    assert by_label["Artikel 6 lid 2"]["old_label"] == "Artikel 6 lid 1"
    assert not by_label["Artikel 1 onderdeel b"]["substantive"]  # a comma


def test_meetings_sources_and_links(demo: dict[str, Any]) -> None:
    assert len(demo["meetings"]) >= 3
    assert all(m["parties"] and m["measures"] for m in demo["meetings"])
    assert sum(len(m["action_items"]) for m in demo["meetings"]) >= 3
    assert {s["key"] for s in demo["sources"]} >= {
        "brief2026", "jloi2025", "rivm2023", "cedelft2024", "expertgroep2024", "cmer2025"}
    assert any(m["requires"] for m in demo["measures"])
    assert any(m["excludes"] for m in demo["measures"])
    notes = [n for m in demo["measures"] for n in m["notes"]]
    assert {n["visibility"] for n in notes} >= {"internal", "public"}


def test_health_inputs_for_the_most_affected_places(demo: dict[str, Any]) -> None:
    names = {p["name"].split(" (")[0] for p in demo["populations"]}
    assert names >= {"Wijk aan Zee", "Beverwijk", "Velsen-Noord", "IJmuiden", "Heemskerk"}
    changed = {e["measure"] for e in demo["exposure_changes"]}
    assert {"M01", "M02", "M20"} <= changed
    for e in demo["exposure_changes"]:
        assert e["low"] <= e["best"] <= e["high"] <= 0
        assert e["agent"] not in ("lden", "lnight") or e["baseline"] is not None
    assert demo["emission_changes"]
