"""Issue 10, finding 5: long text is cut in the paper (with a note) and fits a workbook cell.

Before the fix one 100 KB description took the paper 8.7 s and 1 MB over 300 s,
and a workbook cell could exceed Excel's 32,767 characters. The report model
is changed directly here, so the writers are tested also with text no
validation would let in. Timing is the benchmark's job
(benchmarks/bench_long_text.py); these tests check what is printed.
"""

from __future__ import annotations

import dataclasses
import io
import re
from typing import Any

import openpyxl
import pypdf
import pytest

from workbench.reports.model import Report, build_report
from workbench.reports.pdf import to_pdf
from workbench.reports.pdf_text import CELL_CHARS, PAPER_CHARS
from workbench.reports.xlsx import to_xlsx
from workbench.reports.xlsx_style import CELL_CHARS as XLSX_CELL_CHARS
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends

LONG = 200_000


def _long(marker: str, n: int = LONG) -> str:
    # Words, so the paper wraps lines as it would real text; the marker at the
    # very end must not be printed once the text is cut.
    body = ("fijnstof " * (n // 9 + 1))[: n - len(marker)]
    return body + marker


@pytest.fixture
def report(svc: ProjectService, canary_project: dict[str, str]) -> Report:
    return build_report(svc, "internal", profile_key="tata_est")


def _with(report: Report, index: int = 0, **fields: Any) -> Report:
    ms = list(report.measures)
    ms[index] = dataclasses.replace(ms[index], **fields)
    return dataclasses.replace(report, measures=tuple(ms))


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.mark.timeout(60)
def test_a_long_description_and_wording_are_cut_with_a_note(report: Report) -> None:
    index = next(i for i, m in enumerate(report.measures) if m.terms)
    first = report.measures[index]
    terms = (dataclasses.replace(first.terms[0], wording=_long("EINDE-BEPALING")),
             *first.terms[1:])
    paper = _with(report, index, description=_long("EINDE-OMSCHRIJVING"), terms=terms,
                  notes=(_long("EINDE-NOTITIE"), *first.notes))
    text = _text(to_pdf(paper))
    assert text.count("(ingekort, zie werkdossier)") >= 3
    for marker in ("EINDE-OMSCHRIJVING", "EINDE-BEPALING", "EINDE-NOTITIE"):
        assert marker not in text
    # What is printed is bounded by the cut, not by the text's length.
    assert text.count("fijnstof") < 3 * PAPER_CHARS // 9 + 2 * CELL_CHARS // 9 + 50


def test_an_english_paper_notes_the_cut_in_english(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    report = build_report(svc, "internal", profile_key="tata_est", language="en")
    text = _text(to_pdf(_with(report, description=_long("END"))))
    assert "(shortened, see the project file)" in text and "END" not in text


def test_text_within_the_cut_is_printed_whole(report: Report) -> None:
    text = _text(to_pdf(_with(report, description=_long("HEEL-EINDE", PAPER_CHARS))))
    assert "HEEL-EINDE" in text and "ingekort" not in text


def test_a_workbook_cell_never_exceeds_excels_limit(report: Report) -> None:
    notes = tuple(_long(f"NOTITIE-{i}", 20_000) for i in range(3))  # joined: 60,002 chars
    data = to_xlsx(_with(report, notes=notes))
    wb = openpyxl.load_workbook(io.BytesIO(data))
    longest = max(
        (c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
         if isinstance(c.value, str)),
        key=len,
    )
    assert len(longest) <= XLSX_CELL_CHARS
    assert longest.endswith("(ingekort, zie werkdossier)")
    assert "NOTITIE-0" in longest and "NOTITIE-2" not in longest
