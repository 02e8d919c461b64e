"""A project with three measures, a health and a cost criterion, two parties, and two drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.drafts.store import import_draft, link_measure
from workbench.services import ProjectService

from .builders import V02, V03, write_docx

CANARY = "GEHEIM-KANARIE-7731"


@pytest.fixture
def project(svc: ProjectService) -> ProjectService:
    health = svc.create("criterion", {
        "key": "health", "name": "Gezondheidswinst", "kind": "health", "unit": "DALY/jaar",
        "scale": {"type": "linear", "worst": 0, "best": 60},
    }).created[0]
    cost = svc.create("criterion", {
        "key": "cost", "name": "Kosten", "kind": "cost", "unit": "mln euro",
        "direction": "lower_is_better", "scale": {"type": "linear", "worst": 500, "best": 0},
    }).created[0]
    measures = {
        "M01": ("Kooksgasfabriek 2 sluiten", 2029, 4.0, 120.0, "partners"),
        "M02": ("Ertsopslag overkappen", 2028, 2.5, 150.0, "partners"),
        "M03": ("Rijksbijdrage overkapping", 2027, 1.5, 150.0, "internal"),
    }
    ids = {}
    for code, (title, deadline, dalys, euros, vis) in measures.items():
        mid = svc.create("measure", {
            "code": code, "title": title, "theme": "dust", "start_year": 2026,
            "deadline_year": deadline, "visibility": vis,
        }).created[0]
        ids[code] = mid
        svc.create("assessment", {"measure_id": mid, "criterion_id": health,
                                  "low": dalys / 2, "best": dalys, "high": dalys * 2})
        svc.create("assessment", {"measure_id": mid, "criterion_id": cost,
                                  "low": euros, "best": euros, "high": euros})
    tata = svc.create("stakeholder", {"key": "tata", "name": "Tata Steel", "kind": "company",
                                      "visibility": "partners"}).created[0]
    velsen = svc.create("stakeholder", {"key": "velsen", "name": "Gemeente Velsen",
                                        "kind": "municipality",
                                        "visibility": "partners"}).created[0]
    for party, stance in ((tata, -1), (velsen, 2)):
        svc.create("position", {"stakeholder_id": party, "measure_id": ids["M01"],
                                "stance": stance, "visibility": "partners"})
    return svc


@pytest.fixture
def drafts(project: ProjectService, tmp_path: Path) -> ProjectService:
    """Versions c1 (0.2) and c2 (0.3) imported; M01, M02, M03 linked in 0.2."""
    import_draft(project, write_docx(tmp_path / "concept-0.2.docx", V02),
                 name="Concept 0.2", date=dt.date(2026, 3, 2), received_from="BZK")
    import_draft(project, write_docx(tmp_path / "concept-0.3.docx", V03),
                 name="Concept 0.3", date=dt.date(2026, 3, 30), received_from="BZK")
    link_measure(project, "c1", "Artikel 2 lid 1", "M01", visibility="partners")
    link_measure(project, "c1", "Artikel 3 lid 1", "M02", quote="de ertsopslag overkappen",
                 visibility="partners")
    link_measure(project, "c1", "Artikel 3 lid 2", "M03")
    from workbench.drafts.store import add_comment

    add_comment(project, "c2", f"Intern: {CANARY} niet akkoord met 2030",
                clause_label="Artikel 2 lid 1", visibility="internal")
    add_comment(project, "c2", "Gedeeld: we vragen 2029 terug", clause_label="Artikel 2 lid 1",
                visibility="partners")
    return project
