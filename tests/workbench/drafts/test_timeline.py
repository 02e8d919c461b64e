"""A measure's wording in every draft: its linked clause followed through renumbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.drafts.store import import_draft, link_measure
from workbench.drafts.timeline import wording_timeline
from workbench.services import ProjectService

from .builders import V03, write_docx

pytestmark = pytest.mark.both_backends


def test_deadline_clause_in_both_versions(drafts: ProjectService) -> None:
    steps = wording_timeline(drafts, "M01")
    assert [s.version.key for s in steps] == ["c1", "c2"]
    first, second = (s.wordings[0] for s in steps)
    assert first.status == "first" and first.path == "Artikel 2 lid 1"
    assert "31 december 2029" in first.text
    assert second.status == "changed" and "31 december 2030" in second.text
    assert [(s.op, s.text) for s in second.segments if s.op != "equal"] == [
        ("delete", "2029"), ("insert", "2030")]
    assert "year" in second.flags


def test_followed_through_renumbering_and_deletion(drafts: ProjectService, tmp_path: Path) -> None:
    # M02 also in the old lid 3 (evaluation), which 0.3 prints as lid 2
    link_measure(drafts, "c1", "Artikel 3 lid 3", "M02", "mentions")
    import_draft(drafts, write_docx(tmp_path / "c3.docx", V03), name="Concept 0.3 bis")
    steps = wording_timeline(drafts, "M02")
    assert [s.version.key for s in steps] == ["c1", "c2", "c3"]
    evaluation = [next(w for w in s.wordings if w.link_kind == "mentions") for s in steps]
    assert [(w.path, w.status) for w in evaluation] == [
        ("Artikel 3 lid 3", "first"), ("Artikel 3 lid 2", "renumbered"),
        ("Artikel 3 lid 2", "same")]
    # M03's clause (the € 150 miljoen lid) is gone from 0.2 on
    m03 = [s.wordings[0] for s in wording_timeline(drafts, "M03")]
    assert [w.status for w in m03] == ["first", "gone", "absent"]


def test_a_measure_without_links_has_no_timeline(drafts: ProjectService) -> None:
    drafts.create("measure", {"code": "M09", "title": "Iets anders", "theme": "dust"})
    assert wording_timeline(drafts, "M09") == []
