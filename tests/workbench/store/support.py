"""Helpers for store tests that need a real partner workbook to import."""

from __future__ import annotations

from pathlib import Path

from tests.workbench.reports.xlsx_support import build_scoring_project
from workbench.cli.main import main
from workbench.services import ProjectService
from workbench.store import ProjectDocument


def returned_workbook(doc: ProjectDocument, project_path: Path) -> Path:
    """Fill `doc`, save and close it, export a partners' workbook; return its path."""
    build_scoring_project(ProjectService(doc), n=3)
    doc.save()
    doc.close()
    book = project_path.with_suffix(".xlsx")
    code = main(["export", str(project_path), "--format", "xlsx", "--audience", "partners",
                 "--profile", "team", "-o", str(book)])
    assert code == 0
    return book
