"""A small Dutch sample project for the GUI tests, built through ProjectService."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.services import ProjectService
from workbench.store import ProjectDocument

MEASURES = [
    ("M01", "Kooksfabriek 2 eerder sluiten", "pah", "in_draft", "company", 2027, 2029),
    ("M02", "Ertsopslag overkappen", "dust", "proposed", "company", 2026, 2028),
    ("M03", "Windscherm bij de ertsopslag", "dust", "agreed", "shared", 2025, 2026),
    ("M04", "Onafhankelijk emissiemeetnet", "monitoring", "idea", "province", None, 2027),
    ("M05", "Tonaal geluid terugdringen", "noise", "parked", "company", 2026, 2030),
    ("M06", "Geurbronnenprogramma", "odour", "proposed", "unknown", None, None),
]


def build_sample(path: Path, user: str = "testgebruiker") -> dict[str, str]:
    """Create a saved sample project at `path`; returns the ids of its rows by key."""
    doc = ProjectDocument.create(path, title="Voorbeelddossier IJmond", user=user)
    svc = ProjectService(doc)
    ids: dict[str, str] = {}
    try:
        ids["health"] = svc.create(
            "criterion",
            {
                "key": "health",
                "name": "Gezondheidswinst",
                "kind": "health",
                "unit": "DALY/jaar",
                "scale": {"type": "linear", "worst": 0, "best": 60},
            },
        ).created[0]
        ids["cost"] = svc.create(
            "criterion",
            {
                "key": "cost",
                "name": "Kosten",
                "kind": "cost",
                "unit": "mln €",
                "direction": "lower_is_better",
                "scale": {"type": "linear", "worst": 500, "best": 0},
            },
        ).created[0]
        ids["feas"] = svc.create(
            "criterion",
            {
                "key": "feasibility",
                "name": "Haalbaarheid",
                "kind": "feasibility",
                "scale": {
                    "type": "levels",
                    "levels": [
                        {"label": "laag", "value": 0.0},
                        {"label": "middel", "value": 0.5},
                        {"label": "hoog", "value": 1.0},
                    ],
                },
            },
        ).created[0]
        for code, title, theme, status, payer, start, deadline in MEASURES:
            ids[code] = svc.create(
                "measure",
                {
                    "code": code,
                    "title": title,
                    "theme": theme,
                    "status": status,
                    "payer": payer,
                    "start_year": start,
                    "deadline_year": deadline,
                    "above_statutory": code != "M04",
                },
            ).created[0]
        for code, (low, best, high) in {
            "M01": (12.0, 20.0, 31.0),
            "M02": (3.5, 6.25, 9.0),
            "M03": (1.0, 2.0, 4.0),
        }.items():
            svc.create(
                "assessment",
                {
                    "measure_id": ids[code],
                    "criterion_id": ids["health"],
                    "low": low,
                    "best": best,
                    "high": high,
                },
            )
        for code, cost in {"M01": 1250.0, "M02": 80.0, "M03": 12.5, "M05": 4.0}.items():
            svc.create(
                "assessment",
                {
                    "measure_id": ids[code],
                    "criterion_id": ids["cost"],
                    "low": cost * 0.8,
                    "best": cost,
                    "high": cost * 1.3,
                },
            )
        for code, level in {"M01": 0.0, "M02": 0.5, "M03": 1.0, "M04": 1.0}.items():
            svc.create(
                "assessment",
                {
                    "measure_id": ids[code],
                    "criterion_id": ids["feas"],
                    "low": level,
                    "best": level,
                    "high": level,
                },
            )
        ids["tata"] = svc.create(
            "stakeholder", {"key": "tata", "name": "Tata Steel Nederland", "kind": "company"}
        ).created[0]
        ids["velsen"] = svc.create(
            "stakeholder",
            {"key": "velsen", "name": "Gemeente Velsen", "kind": "municipality", "coalition": True},
        ).created[0]
        svc.create(
            "position",
            {
                "stakeholder_id": ids["tata"],
                "measure_id": ids["M01"],
                "stance": -2,
                "red_line": True,
                "date": dt.date(2026, 3, 10),
            },
        )
        ids["ours"] = svc.create(
            "weight_profile", {"key": "ijmond", "name": "Team IJmond"}
        ).created[0]
        svc.create(
            "weight", {"profile_id": ids["ours"], "criterion_id": ids["health"], "weight": 0.6}
        )
        ids["ask"] = svc.create("package", {"key": "vraag", "name": "Vraag IJmond"}).created[0]
        svc.create("package_member", {"package_id": ids["ask"], "measure_id": ids["M01"]})
        ids["c1"] = svc.create(
            "draft", {"key": "c1", "name": "Concept 1", "date": dt.date(2026, 2, 1)}
        ).created[0]
        svc.create(
            "draft_term",
            {
                "draft_id": ids["c1"],
                "measure_id": ids["M01"],
                "clause": "3.1",
                "deadline_year": 2030,
                "wording": "Tata Steel sluit Kooksfabriek 2 uiterlijk 2030.",
            },
        )
        svc.create(
            "measure_note", {"measure_id": ids["M01"], "text": "Rode lijn Tata: niet voor 2029."}
        )
        doc.save()
    finally:
        doc.close()
    return ids
