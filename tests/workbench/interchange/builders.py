"""Interchange documents built in code for the tests and the timing script."""

from __future__ import annotations

from typing import Any

from workbench.interchange.synthetic import LEVELS, THEMES, generated_project

__all__ = ["LEVELS", "THEMES", "large", "minimal"]


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
    return generated_project(n_measures, n_criteria, seed)
