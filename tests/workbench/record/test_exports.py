"""Agenda, minutes per audience (PDF via pypdf, .docx via python-docx) and the Woo list."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pypdf
import pytest

from tests.workbench.record.conftest import CANARIES, MEETING, add_record
from workbench.analysis.build import analysis_for
from workbench.record.agenda import move, propose
from workbench.record.document import to_docx, to_pdf, to_xlsx
from workbench.record.exports import minutes_doc, woo_doc
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta + "\n".join(p.extract_text() for p in reader.pages)


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    p = d.core_properties
    return "\n".join([*(x.text for x in d.paragraphs), *cells, p.title or "", p.author or "",
                      p.comments or "", p.subject or ""])


def test_partner_minutes_carry_no_internal_canary_and_internal_ones_do(
    demo_svc: ProjectService,
) -> None:
    add_record(demo_svc)
    partners = minutes_doc(analysis_for(demo_svc, "partners"), MEETING)
    internal = minutes_doc(analysis_for(demo_svc, "internal"), MEETING)
    for text in (_pdf_text(to_pdf(partners)), _docx_text(to_docx(partners))):
        assert "MEETPLAN_GEDEELD" in text
        assert not [c for c in CANARIES if c in text]
    for text in (_pdf_text(to_pdf(internal)), _docx_text(to_docx(internal))):
        assert all(c in text for c in CANARIES)


def test_agenda_lists_contested_measures_and_overdue_items(demo_svc: ProjectService) -> None:
    add_record(demo_svc)
    a = analysis_for(demo_svc, "internal")
    items = propose(a, dt.date(2026, 4, 2))
    texts = [i.text for i in items]
    # the demo's party analysis flags M11 contested and M01 blocked
    assert any(t.startswith("Omstreden maatregel M11") for t in texts)
    assert any(t.startswith("Geblokkeerde maatregel M01") for t in texts)
    overdue = [i.text for i in items if i.kind == "overdue"]
    assert any("KANARIE_ACTIE" in t and "2026-03-01" in t for t in overdue)
    assert any("KANARIE_TOEZEGGING" in t for t in overdue)
    assert any(i.kind == "red_line" for i in items)
    moved = move(items, len(items) - 1, 0)
    assert moved[0] == items[-1] and len(moved) == len(items)


def test_partner_agenda_has_no_internal_item(demo_svc: ProjectService) -> None:
    add_record(demo_svc)
    texts = " ".join(i.text for i in propose(analysis_for(demo_svc, "partners"),
                                            dt.date(2026, 4, 2)))
    assert "MEETPLAN_GEDEELD" in texts
    assert not [c for c in CANARIES if c in texts]


def test_woo_lists_internal_items_as_withheld_not_absent(demo_svc: ProjectService) -> None:
    add_record(demo_svc)
    doc = woo_doc(demo_svc, dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    text = doc.text()
    assert not [c for c in CANARIES if c in text]
    table = doc.blocks[1]
    rows = [r for r in table.rows if r[2] == MEETING]  # type: ignore[union-attr]
    withheld = [r for r in rows if r[4].startswith("ter beoordeling")]
    # internal notes, decisions, the internal commitment and action item: listed, text empty
    assert len(withheld) >= 4 and all(r[3] == "" for r in withheld)
    assert any("MEETPLAN_GEDEELD" in r[3] and r[4] == "openbaar" for r in rows) is False
    for data in (to_pdf(doc), to_xlsx(doc)):
        assert b"KANARIE" not in data
