"""The paper's flow rules: a table's notes never start a page alone, a broken table
leaves at least three rows on its last page, and a table longer than a page still
breaks (the 100-measure benchmark's ranking raised LayoutError once)."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from workbench.reports.pdf_layout import (
    BODY_H,
    FRAME_W,
    MARGIN,
    TableWithNotes,
    make_styles,
    table,
)


def _pages(n_rows: int, filler: float) -> list[str]:
    """Text per page: `filler` points of space, then a table of `n_rows` rows with notes."""
    styles = make_styles()
    rows = [["Nr.", "Maatregel"]] + [[f"r{i}", f"rij{i}"] for i in range(1, n_rows + 1)]
    notes = [Paragraph("NOTITIE-EEN", styles["note"]), Paragraph("NOTITIE-TWEE", styles["note"])]
    story = [Spacer(1, filler), TableWithNotes(table(rows, [60, FRAME_W - 60]), notes)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN)
    doc.build(story)
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages]


def _rows_on(page: str) -> int:
    return sum(1 for line in page.splitlines() if re.fullmatch(r"r\d+", line.strip()))


def _fill_to_last_row(n_rows: int) -> float:
    """Space above the table that leaves room for the table, but not for its notes."""
    styles = make_styles()
    rows = [["Nr.", "Maatregel"]] + [[f"r{i}", f"rij{i}"] for i in range(1, n_rows + 1)]
    _, th = table(rows, [60, FRAME_W - 60]).wrap(FRAME_W, BODY_H)
    _, nh = Paragraph("NOTITIE-EEN", styles["note"]).wrap(FRAME_W, BODY_H)
    frame_h = SimpleDocTemplate(io.BytesIO(), topMargin=MARGIN, bottomMargin=MARGIN).height
    return frame_h - th - nh / 2 - 13  # the frame's own padding


def test_notes_take_the_last_rows_with_them() -> None:
    pages = _pages(20, _fill_to_last_row(20))
    assert len(pages) == 2
    assert "NOTITIE-EEN" in pages[1] and "NOTITIE-TWEE" in pages[1]
    assert _rows_on(pages[1]) >= 3  # never a page with only the notes


@pytest.mark.parametrize("n_rows", [120, 300])
def test_a_table_longer_than_a_page_breaks_and_ends_with_its_notes(n_rows: int) -> None:
    pages = _pages(n_rows, 200)
    assert len(pages) >= 3
    assert sum(_rows_on(p) for p in pages) == n_rows
    assert "NOTITIE-TWEE" in pages[-1] and _rows_on(pages[-1]) >= 3
    assert all(_rows_on(p) >= 2 for p in pages)


def test_a_short_table_moves_whole_with_its_notes() -> None:
    pages = _pages(3, _fill_to_last_row(3))
    assert len(pages) == 2 and _rows_on(pages[0]) == 0
    assert _rows_on(pages[1]) == 3 and "NOTITIE-TWEE" in pages[1]
