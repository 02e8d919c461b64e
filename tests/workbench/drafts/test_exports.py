"""Redline exports: Word with tracked changes, the partners' PDF, the xlsx change list."""

from __future__ import annotations

import io
import zipfile

import pytest

from workbench.analysis.build import analysis_for
from workbench.drafts.comparison import compare_versions
from workbench.drafts.export_docx import redline_docx
from workbench.drafts.export_pdf import redline_pdf
from workbench.drafts.export_xlsx import change_list_xlsx
from workbench.services import ProjectService

from .conftest import CANARY

pytestmark = pytest.mark.both_backends

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return " ".join((text + " " + meta).split())


def test_docx_holds_tracked_changes_with_the_right_text(drafts: ProjectService) -> None:
    import docx
    from lxml import etree

    cmp = compare_versions(analysis_for(drafts, "partners"), "c1", "c2")
    data = redline_docx(cmp)
    document = docx.Document(io.BytesIO(data))  # opens with python-docx
    body = document.element.body
    inserted = ["".join(t.text for t in e.iter(f"{W}t")) for e in body.iter(f"{W}ins")]
    deleted = ["".join(t.text for t in e.iter(f"{W}delText")) for e in body.iter(f"{W}del")]
    assert "2030" in inserted and "2029" in deleted
    assert "zal" in inserted and "kan" in deleted
    assert any("€ 150 miljoen" in d for d in deleted)  # the deleted lid
    assert any("stikstofoxiden met 30 procent" in i for i in inserted)  # Artikel 4a lid 1
    for e in list(body.iter(f"{W}ins")) + list(body.iter(f"{W}del")):
        assert e.get(f"{W}author") and e.get(f"{W}date") and e.get(f"{W}id")
    # the deletion sits inside w:del as w:delText, never as visible w:t
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    root = etree.fromstring(xml)
    assert not [t for d in root.iter(f"{W}del") for t in d.iter(f"{W}t")]
    assert CANARY.encode() not in xml


def test_partners_pdf_has_no_internal_comment(drafts: ProjectService) -> None:
    partners = _pdf_text(redline_pdf(
        compare_versions(analysis_for(drafts, "partners"), "c1", "c2"), "partners"))
    internal = _pdf_text(redline_pdf(
        compare_versions(analysis_for(drafts, "internal"), "c1", "c2"), "internal"))
    assert CANARY in internal  # the canary is printed where it may be
    assert CANARY not in partners
    assert "we vragen 2029 terug" in partners  # the shared comment is there
    assert "M03" in internal and "M03" not in partners  # an internal measure's link
    assert "Redline Concept 0.3 t.o.v. Concept 0.2" in partners


def test_xlsx_change_list(drafts: ProjectService) -> None:
    import openpyxl

    cmp = compare_versions(analysis_for(drafts), "c1", "c2")
    wb = openpyxl.load_workbook(io.BytesIO(change_list_xlsx(cmp, substantive_only=True)))
    ws = wb.active
    assert ws is not None
    assert ws["A1"].value == cmp.summary
    header = [c.value for c in ws[3]]
    assert header[:3] == ["Bepaling", "Was", "Soort"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    deadline = rows["Artikel 2 lid 1"]
    assert deadline[7] == "M01" and deadline[9] == -4.0
    assert "Artikel 1 onderdeel b" not in rows  # the comma: filtered out
