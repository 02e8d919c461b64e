"""Generated projects of any size, for the benchmarks and the scale tests.

The documents are valid interchange JSON with Dutch text, every theme, a
levels criterion and linear ones, requires links and internal notes, and a
weight profile, so that every code path of a real project is exercised.
"""

from __future__ import annotations

import random
from typing import Any

THEMES = ["dust", "pah", "metals", "nox", "noise", "odour", "co2", "monitoring", "other"]
LEVELS = [
    {"label": "laag", "value": 0.0},
    {"label": "middel", "value": 0.5},
    {"label": "hoog", "value": 1.0},
]


def generated_project(
    n_measures: int = 10_000, n_criteria: int = 12, seed: int = 1
) -> dict[str, Any]:
    """`n_measures` x `n_criteria`, every measure assessed on each criterion."""
    rnd = random.Random(seed)
    criteria: list[dict[str, Any]] = [
        {
            "key": "feasibility",
            "name": "Haalbaarheid",
            "kind": "feasibility",
            "scale": {"type": "levels", "levels": LEVELS},
        }
    ]
    for j in range(1, n_criteria):
        criteria.append(
            {
                "key": f"c{j:02d}",
                "name": f"Criterium {j}",
                "unit": "eenheid",
                "scale": {"type": "linear", "worst": 0, "best": 100},
            }
        )
    measures: list[dict[str, Any]] = []
    assessments: list[dict[str, Any]] = []
    for i in range(n_measures):
        code = f"M{i:05d}"
        measures.append(
            {
                "code": code,
                "title": f"Maatregel {i} – ‘overkapping’ ë",
                "theme": THEMES[i % 9],
                "start_year": 2026 + i % 3,
                "deadline_year": 2029 + i % 2,
                "description": "Beschrijving\nmet regels",
                "visibility": "partners",
                "requires": [f"M{i - 1:05d}"] if i % 10 == 1 else [],
                "notes": [{"text": f"notitie {i}", "visibility": "internal"}] if i % 5 == 0 else [],
            }
        )
        assessments.append(
            {
                "measure": code,
                "criterion": "feasibility",
                "best": rnd.choice(["laag", "middel", "hoog"]),
            }
        )
        for c in criteria[1:]:
            best = rnd.uniform(0, 100)
            assessments.append(
                {
                    "measure": code,
                    "criterion": c["key"],
                    "low": best * 0.8,
                    "best": best,
                    "high": best * 1.2,
                    "rationale": "illustratief",
                }
            )
    weights = {c["key"]: round(1.0 / n_criteria, 6) for c in criteria}
    return {
        "format": "maatwerk-workbench",
        "version": 1,
        "project": {"title": "Groot dossier", "language": "nl"},
        "criteria": criteria,
        "measures": measures,
        "assessments": assessments,
        "weight_profiles": [
            {
                "key": "gelijk",
                "name": "Gelijke gewichten",
                "visibility": "partners",
                "weights": weights,
            }
        ],
    }
