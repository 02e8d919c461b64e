"""A project with a canary string in every internal field, and public/partner twins."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.services import ProjectService

CANARIES = {
    "measure_title": "KANARIE-MAATREGEL-TITEL",
    "description": "KANARIE-OMSCHRIJVING",
    "baseline": "KANARIE-WETTELIJK",
    "note": "KANARIE-NOTITIE",
    "rationale": "KANARIE-ONDERBOUWING",
    "conditions": "KANARIE-VOORWAARDEN",
    "party_notes": "KANARIE-PARTIJNOTITIE",
    "profile_name": "KANARIE-WEGING",
    "package_name": "KANARIE-PAKKET",
    "package_description": "KANARIE-PAKKETTEKST",
    "wording": "KANARIE-CONCEPTTEKST",
    "comment": "KANARIE-CONCEPTCOMMENTAAR",
    "meeting_title": "KANARIE-OVERLEG",
    "meeting_notes": "KANARIE-OVERLEGNOTITIE",
    "decisions": "KANARIE-BESLUIT",
    "action": "KANARIE-ACTIEPUNT",
    "source": "KANARIE-BRON",
    "intro": "KANARIE-INLEIDING",
    "stance": "KANARIE-STANDPUNT",
    "draft_name": "KANARIE-CONCEPTVERSIE",
}


@pytest.fixture
def canary_project(svc: ProjectService) -> dict[str, str]:
    c = CANARIES
    ids: dict[str, str] = {}
    health = svc.create(
        "criterion",
        {
            "key": "health",
            "name": "Gezondheidswinst",
            "kind": "health",
            "unit": "DALY/jaar",
            "scale": {"type": "linear", "worst": 0, "best": 60},
        },
    ).created[0]
    cost = svc.create(
        "criterion",
        {
            "key": "cost",
            "name": "Kosten",
            "kind": "cost",
            "unit": "EUR",
            "direction": "lower_is_better",
            "scale": {"type": "linear", "worst": 4e8, "best": 0},
        },
    ).created[0]
    pub = svc.create(
        "measure",
        {
            "code": "P01",
            "title": "Ertsopslag overkappen",
            "visibility": "public",
            "description": c["description"],
            "statutory_baseline": c["baseline"],
            "start_year": 2027,
        },
    ).created[0]
    ptn = svc.create(
        "measure", {"code": "P02", "title": "Windscherm", "visibility": "partners"}
    ).created[0]
    hidden = svc.create("measure", {"code": "X99", "title": c["measure_title"]}).created[0]
    ids.update(pub=pub, ptn=ptn, hidden=hidden)
    svc.create("measure_note", {"measure_id": pub, "text": c["note"]})
    svc.create(
        "measure_note", {"measure_id": pub, "text": "Openbare notitie", "visibility": "public"}
    )
    for mid, h, k in ((pub, 20.0, 1e8), (ptn, 10.0, 2e7), (hidden, 40.0, 1e6)):
        svc.create(
            "assessment",
            {
                "measure_id": mid,
                "criterion_id": health,
                "low": h - 5,
                "best": h,
                "high": h + 5,
                "rationale": c["rationale"],
            },
        )
        svc.create(
            "assessment",
            {
                "measure_id": mid,
                "criterion_id": cost,
                "low": k,
                "best": k,
                "high": k,
                "rationale": "illustratief",
                "visibility": "public",
            },
        )
    party = svc.create(
        "stakeholder",
        {
            "key": "tata",
            "name": "Tata Steel Nederland",
            "kind": "company",
            "notes": c["party_notes"],
            "visibility": "partners",  # the party is known to partners, its notes are not
        },
    ).created[0]
    svc.create(
        "position",
        {
            "stakeholder_id": party,
            "measure_id": pub,
            "stance": -2,
            "red_line": True,
            "conditions": c["conditions"],
            "date": dt.date(2026, 3, 10),
        },
    )
    svc.create(
        "position",
        {
            "stakeholder_id": party,
            "measure_id": ptn,
            "stance": 1,
            "visibility": "partners",
            "date": dt.date(2026, 3, 10),
        },
    )
    shared = svc.create(
        "weight_profile", {"key": "ijmond", "name": "IJmond-gemeenten", "visibility": "partners"}
    ).created[0]
    secret = svc.create("weight_profile", {"key": "tata_est", "name": c["profile_name"]}).created[0]
    for prof, wh, wc in ((shared, 0.7, 0.3), (secret, 0.2, 0.8)):
        svc.create("weight", {"profile_id": prof, "criterion_id": health, "weight": wh})
        svc.create("weight", {"profile_id": prof, "criterion_id": cost, "weight": wc})
    pkg = svc.create(
        "package",
        {
            "key": "ask",
            "name": "Inzet IJmond",
            "visibility": "partners",
            "description": c["package_description"],
        },
    ).created[0]
    for mid in (pub, ptn, hidden):
        svc.create("package_member", {"package_id": pkg, "measure_id": mid})
    svc.create("package", {"key": "walk", "name": c["package_name"]})
    draft = svc.create(
        "draft", {"key": "v1", "name": "Concept 1", "visibility": "partners"}
    ).created[0]
    svc.create("draft", {"key": "v0", "name": c["draft_name"]})
    svc.create(
        "draft_term",
        {
            "draft_id": draft,
            "measure_id": pub,
            "clause": "4.2",
            "wording": c["wording"],
            "comment": c["comment"],
        },
    )
    meet = svc.create(
        "meeting",
        {
            "key": "o1",
            "title": "Bestuurlijk overleg",
            "date": dt.date(2026, 4, 1),
            "visibility": "partners",
            "notes": c["meeting_notes"],
            "decisions": c["decisions"],
        },
    ).created[0]
    svc.create("meeting", {"key": "o2", "title": c["meeting_title"], "date": dt.date(2026, 4, 2)})
    svc.create("action_item", {"meeting_id": meet, "text": c["action"]})
    src = svc.create("source", {"key": "s1", "title": c["source"]}).created[0]
    a = svc.rows("assessment", measure_id=pub)[0]
    svc.update("assessment", a["id"], {"source_id": src})
    svc.set_option("paper_intro", {"text": c["intro"], "visibility": "internal"})
    svc.set_option("paper_stance", {"text": c["stance"], "visibility": "internal"})
    return ids
