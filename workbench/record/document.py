"""A small document model (headings, paragraphs, tables) and its writers: PDF, .docx, xlsx.

The record's exports (minutes, change report, Woo list) are built as a
:class:`Doc` from data an audience may see, then written by pure functions
to bytes. The writers add nothing: no author, no comments, no hidden
parts; the document's title is its only metadata. Spreadsheet cells go
through the formula guard (:func:`workbench.reports.safe_text.put`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Table


@dataclass
class Doc:
    title: str
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str) -> None:
        self.blocks.append(Heading(text))

    def para(self, text: str) -> None:
        self.blocks.append(Para(text))

    def table(self, title: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        self.blocks.append(Table(title, headers, tuple(rows)))

    def text(self) -> str:
        """Everything the document says, as plain text (for tests and the screen)."""
        out = [self.title]
        for b in self.blocks:
            if isinstance(b, Table):
                out.append(b.title)
                out.append(" | ".join(b.headers))
                out += [" | ".join(r) for r in b.rows]
            else:
                out.append(b.text)
        return "\n".join(out)


def to_pdf(doc: Doc) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    from workbench.reports.pdf_fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=12, leading=16,
                          spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=head, fontSize=16, leading=20)

    def p(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list[Any] = [p(doc.title, title), Spacer(1, 6)]
    for b in doc.blocks:
        if isinstance(b, Heading):
            story.append(p(b.text, head))
        elif isinstance(b, Para):
            story.append(p(b.text, body))
        else:
            if b.title:
                story.append(p(b.title, head))
            data = [[p(h, small) for h in b.headers]]
            data += [[p(c, small) for c in r] for r in b.rows]
            t = RLTable(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
    buf = io.BytesIO()
    # title only: no author, subject or keywords
    SimpleDocTemplate(buf, pagesize=A4, title=doc.title, author="", subject="",
                      creator="Maatwerk Workbench", leftMargin=2 * cm,
                      rightMargin=2 * cm).build(story)
    return buf.getvalue()


def to_docx(doc: Doc) -> bytes:
    import docx

    d = docx.Document()
    props = d.core_properties
    props.title, props.author, props.last_modified_by = doc.title, "", ""
    props.comments = props.subject = props.keywords = props.category = ""
    d.add_heading(doc.title, level=0)
    for b in doc.blocks:
        if isinstance(b, Heading):
            d.add_heading(b.text, level=1)
        elif isinstance(b, Para):
            d.add_paragraph(b.text)
        else:
            if b.title:
                d.add_heading(b.title, level=2)
            t = d.add_table(rows=1, cols=len(b.headers))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, b.headers, strict=True):
                cell.text = h
            for r in b.rows:
                for cell, v in zip(t.add_row().cells, r, strict=True):
                    cell.text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def to_xlsx(doc: Doc) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from workbench.reports.safe_text import put

    wb = Workbook()
    wb.properties.title, wb.properties.creator = doc.title, ""
    first = wb.active
    assert first is not None
    first.title = "Overzicht"
    row = 1
    put(first.cell(row, 1), doc.title).font = Font(bold=True, size=14)
    for b in doc.blocks:
        row += 1
        if isinstance(b, Table):
            ws = wb.create_sheet(_sheet_name(b.title, wb.sheetnames))
            for c, h in enumerate(b.headers, 1):
                put(ws.cell(1, c), h).font = Font(bold=True)
            for r, values in enumerate(b.rows, 2):
                for c, v in enumerate(values, 1):
                    put(ws.cell(r, c), v)
            put(first.cell(row, 1), f"{b.title}: {len(b.rows)}")
        else:
            cell = put(first.cell(row, 1), b.text)
            if isinstance(b, Heading):
                cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_name(title: str, taken: list[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:28] or "Blad"
    name, n = base, 2
    while name in taken:
        name, n = f"{base[:25]} {n}", n + 1
    return name
