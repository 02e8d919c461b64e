"""Interchange documents built in code for the tests and the timing script."""

from __future__ import annotations

import random
from typing import Any

THEMES = ["dust", "pah", "metals", "nox", "noise", "odour", "co2", "monitoring", "other"]
LEVELS = [{"label": "laag", "value": 0.0}, {"label": "middel", "value": 0.5},
          {"label": "hoog", "value": 1.0}]


def minimal() -> dict[str, Any]:
    """A small valid document touching every section."""
    return {
        "format": "maatwerk-workbench",
        "version": 1,
        "project": {"title": "Testdossier", "language": "nl"},
        "sources": [{"key": "rivm2023", "title": "RIVM 2023", "year": 2023}],
        "criteria": [
            {"key": "health", "name": "Gezondheidswinst", "kind": "health",
             "unit": "DALY/jaar", "scale": {"type": "linear", "worst": 0, "best": 60}},
            {"key": "feasibility", "name": "Haalbaarheid", "kind": "feasibility",
             "scale": {"type": "levels", "levels": LEVELS}},
        ],
        "measures": [
            {"code": "M01", "title": "Kooksfabriek 2 eerder sluiten", "theme": "pah",
             "start_year": 2027, "deadline_year": 2028, "requires": ["M02"],
             "notes": [{"text": "intern", "visibility": "internal"}]},
            {"code": "M02", "title": "Ertsopslag overkappen", "theme": "dust"},
        ],
        "assessments": [
            {"measure": "M01", "criterion": "health", "low": 12, "best": 20, "high": 31,
             "source": "rivm2023"},
            {"measure": "M01", "criterion": "feasibility", "best": "middel"},
        ],
        "stakeholders": [{"key": "tata", "name": "Tata Steel Nederland", "kind": "company"}],
        "positions": [{"stakeholder": "tata", "measure": "M01", "stance": -2,
                       "red_line": True, "date": "2026-03-10"}],
        "weight_profiles": [{"key": "ijmond", "name": "IJmond",
                             "weights": {"health": 0.7, "feasibility": 0.3}}],
        "packages": [{"key": "ask", "name": "Inzet IJmond", "measures": ["M01", "M02"]}],
        "drafts": [{"key": "c1", "name": "Concept 1",
                    "terms": [{"measure": "M01", "clause": "3.1", "deadline_year": 2029}]}],
        "meetings": [{"key": "o1", "title": "Overleg", "date": "2026-03-12",
                      "parties": ["tata"], "measures": ["M01"],
                      "action_items": [{"text": "Nabellen", "due": "2026-03-20"}]}],
    }


def large(n_measures: int = 10_000, n_criteria: int = 12, seed: int = 1) -> dict[str, Any]:
    """A generated project of `n_measures` x `n_criteria`, every measure assessed on each."""
    rnd = random.Random(seed)
    criteria = [{"key": "feasibility", "name": "Haalbaarheid", "kind": "feasibility",
                 "scale": {"type": "levels", "levels": LEVELS}}]
    for j in range(1, n_criteria):
        criteria.append({"key": f"c{j:02d}", "name": f"Criterium {j}", "unit": "eenheid",
                         "scale": {"type": "linear", "worst": 0, "best": 100}})
    measures, assessments = [], []
    for i in range(n_measures):
        code = f"M{i:05d}"
        measures.append({
            "code": code, "title": f"Maatregel {i} – ‘overkapping’ ë", "theme": THEMES[i % 9],
            "start_year": 2026 + i % 3, "deadline_year": 2029 + i % 2,
            "description": "Beschrijving\nmet regels", "visibility": "partners",
            "requires": [f"M{i - 1:05d}"] if i % 10 == 1 else [],
            "notes": [{"text": f"notitie {i}", "visibility": "internal"}] if i % 5 == 0 else [],
        })
        assessments.append({"measure": code, "criterion": "feasibility",
                            "best": rnd.choice(["laag", "middel", "hoog"])})
        for c in criteria[1:]:
            best = rnd.uniform(0, 100)
            assessments.append({"measure": code, "criterion": c["key"],
                                "low": best * 0.8, "best": best, "high": best * 1.2,
                                "rationale": "illustratief"})
    return {"format": "maatwerk-workbench", "version": 1,
            "project": {"title": "Groot dossier", "language": "nl"},
            "criteria": criteria, "measures": measures, "assessments": assessments}
