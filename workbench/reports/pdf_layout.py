"""The position paper's page furniture: A4 pages, styles, headings, header and footer.

Owns the document template (a cover page, then body pages), the paragraph
and table styles, the :class:`Heading` flowable that feeds both the table
of contents and the PDF outline (bookmarks), and the canvas that, once all
pages are known, stamps every page with the audience marking and "Pagina x
van y". :func:`render` runs reportlab's multi-pass build (the table of
contents needs two passes) into memory and returns the bytes. Metadata
(title, author, subject, /Lang) comes only from the caller's
:class:`PaperMeta`, which the writer fills from the audience's report.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from workbench.reports.pdf_fonts import BOLD, REGULAR, register_fonts

PAGE_W, PAGE_H = A4
MARGIN = 2.0 * cm
FRAME_W = PAGE_W - 2 * MARGIN
NAVY = colors.HexColor("#1F3A5F")
LIGHT = colors.HexColor("#EEF2F7")
RULE = colors.HexColor("#B8C4D6")
GREY = colors.HexColor("#5A6472")
MARK = colors.HexColor("#9B1C1C")


@dataclass(frozen=True)
class PaperMeta:
    """What the file says about itself: only audience-safe strings."""

    title: str
    author: str
    subject: str
    lang: str  # BCP 47, e.g. "nl-NL"
    marking: str
    running_title: str
    page_label: str  # a template with {page} and {pages}
    created: tuple[int, int, int, int, int, int]  # y, m, d, h, min, s


def make_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, spaceAfter=5)
    s: dict[str, ParagraphStyle] = {"body": base}
    s["small"] = ParagraphStyle("small", base, fontSize=7.5, leading=9.5, spaceAfter=0)
    s["note"] = ParagraphStyle(
        "note", base, fontSize=8, leading=10.5, textColor=GREY, spaceBefore=3
    )
    s["cell"] = ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0)
    s["cover_cell"] = ParagraphStyle("cover_cell", base, fontSize=9, leading=11, spaceAfter=0)
    s["rationale"] = ParagraphStyle(
        "rationale", base, fontSize=7.5, leading=9.5, textColor=GREY, leftIndent=8, spaceAfter=0
    )
    s["cell_r"] = ParagraphStyle("cell_r", s["cell"], alignment=TA_RIGHT)
    s["head"] = ParagraphStyle("head", s["cell"], fontName=BOLD, textColor=colors.white, leading=10)
    s["head_r"] = ParagraphStyle("head_r", s["head"], alignment=TA_RIGHT)
    s["head_s"] = ParagraphStyle("head_s", s["head_r"], fontSize=7, leading=8.5)
    s["h1"] = ParagraphStyle(
        "h1",
        base,
        fontName=BOLD,
        fontSize=17,
        leading=21,
        spaceBefore=4,
        spaceAfter=10,
        textColor=NAVY,
    )
    s["h2"] = ParagraphStyle(
        "h2",
        base,
        fontName=BOLD,
        fontSize=12.5,
        leading=16,
        spaceBefore=10,
        spaceAfter=5,
        textColor=NAVY,
    )
    s["h3"] = ParagraphStyle(
        "h3", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3
    )
    s["cover_title"] = ParagraphStyle(
        "cover_title",
        base,
        fontName=BOLD,
        fontSize=28,
        leading=34,
        textColor=NAVY,
        spaceAfter=8,
    )
    s["cover_sub"] = ParagraphStyle(
        "cover_sub", base, fontSize=14, leading=19, textColor=GREY, spaceAfter=24
    )
    s["cover_mark"] = ParagraphStyle(
        "cover_mark", base, fontName=BOLD, fontSize=12, leading=16, textColor=colors.white
    )
    s["toc0"] = ParagraphStyle(
        "toc0", base, fontName=BOLD, fontSize=10, leading=14, leftIndent=0, firstLineIndent=0,
        spaceBefore=3, spaceAfter=0,
    )
    s["toc1"] = ParagraphStyle(
        "toc1", base, fontSize=8.5, leading=11, leftIndent=14, firstLineIndent=0, spaceAfter=0
    )
    return s


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that registers itself in the table of contents and the outline."""

    def __init__(self, text: str, plain: str, level: int, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.key = key
        self.plain = plain
        self.level = level


class Headings:
    """Makes the headings of one document, numbering their bookmark keys from 1."""

    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self._styles = styles
        self._n = 0
        self.made: list[tuple[int, str, int, str]] = []  # TOC entries: level, text, page, key

    def __call__(self, plain: str, level: int, style: str | None = None) -> Heading:
        from xml.sax.saxutils import escape

        self._n += 1
        key = f"h{self._n}"
        self.made.append((level, plain, 0, key))
        return Heading(escape(plain), plain, level, self._styles[style or f"h{level + 1}"], key)


def fit_width(
    texts: Sequence[str], values: Sequence[str] = (), size: float = 8.0, pad: float = 8.0
) -> float:
    """The width a column needs so that no header word and no (unwrapped) value is broken."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    words = [w for text in texts for w in text.split()] or [""]
    need = max(stringWidth(w, BOLD, size) for w in words)
    if values:
        need = max(need, max(stringWidth(v, REGULAR, size) for v in values))
    return float(need) + pad


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    repeat: int = 1,
    align_right: Sequence[int] = (),
    zebra: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with a navy header row (repeated across pages) and light zebra rows."""
    # A table that breaks across pages leaves at least two rows on the first page and
    # three on the last (never a header with a lone row); a short table moves whole.
    split = (repeat + 2, -3) if len(rows) >= repeat + 5 else None
    t = Table(
        list(rows), colWidths=list(widths), repeatRows=repeat, hAlign="LEFT", rowSplitRange=split
    )
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if repeat:
        style += [
            ("BACKGROUND", (0, 0), (-1, repeat - 1), NAVY),
            ("TEXTCOLOR", (0, 0), (-1, repeat - 1), colors.white),
            ("FONT", (0, 0), (-1, repeat - 1), BOLD, 8),
        ]
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, repeat), (-1, -1), [colors.white, LIGHT]))
    for col in align_right:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    style.extend(extra)
    t.setStyle(TableStyle(style))
    return t


BODY_H = PAGE_H - 2 * MARGIN - 0.3 * cm  # the body frame's height


class TableWithNotes(Flowable):  # type: ignore[misc]
    """A table with the notes under it: the notes never start a page on their own.

    When the pair does not fit, the table breaks so that its last `tail` rows go
    to the next page with the notes (a page holding only a note is a page a
    reader turns for nothing).
    """

    def __init__(
        self, table: Table, notes: Sequence[Flowable], tail: int = 3, whole: bool = False
    ) -> None:
        super().__init__()
        self.table = table
        self.notes = list(notes)
        self.tail = tail
        self.whole = whole  # a tail split off to go with the notes: it moves, never splits
        self._table_h = 0.0
        self._notes_h = 0.0

    def _gap(self, i: int, note: Flowable) -> float:
        return float(note.getSpaceAfter()) + (float(note.getSpaceBefore()) if i else 0.0)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, self._table_h = self.table.wrap(aw, ah)
        self._notes_h = sum(
            n.wrap(aw, BODY_H)[1] + self._gap(i, n) for i, n in enumerate(self.notes)
        )
        self.width = aw
        return aw, self._table_h + self._notes_h

    def getSpaceBefore(self) -> float:
        return float(self.table.getSpaceBefore())

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, self._notes_h)
        y = self._notes_h
        for i, note in enumerate(self.notes):
            y -= float(note.getSpaceBefore()) if i else 0.0
            y -= note.height
            note.drawOn(self.canv, 0, y)
            y -= float(note.getSpaceAfter())

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        if self.whole and self._table_h + self._notes_h <= BODY_H:
            return []  # to the next page, whole
        heights = list(self.table._rowHeights)
        body = len(heights) - int(self.table.repeatRows or 0)
        keep = min(self.tail, body)
        if self._table_h <= ah:  # the table fits, its notes do not
            if keep >= body:  # too short to split: all of it to the next page if it fits one
                fits = self._table_h + self._notes_h <= BODY_H
                return [] if fits else [self.table, *self.notes]
            room = sum(heights[: len(heights) - keep])  # its last rows go with the notes
        else:
            room = ah
        parts = self.table.split(aw, room)
        if len(parts) != 2:
            return list(parts)  # [] moves on; reportlab reports a table no page can hold
        return [parts[0], TableWithNotes(parts[1], self.notes, self.tail, whole=True)]


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buf: io.BytesIO, meta: PaperMeta, progress: Any, total: PageTotal) -> None:
        super().__init__(
            buf,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 0.3 * cm,
            bottomMargin=MARGIN,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="Maatwerk Workbench",
            producer="Maatwerk Workbench (ReportLab)",
            keywords=[],
            lang=meta.lang,
            invariant=1,
            # Otherwise every page names Helvetica, a font the file does not embed.
            initialFontName=REGULAR,
            initialFontSize=9,
            displayDocTitle=1,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")

        def stamp(canv: Canvas, _doc: Any) -> None:
            _stamp(canv, meta, total.used)

        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPageEnd=stamp),
                PageTemplate(id="body", frames=[frame], onPageEnd=stamp),
            ]
        )
        self._meta = meta
        if progress is not None:
            self.setProgressCallBack(progress)

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        if self.page == 1:
            self.canv.setDateFormatter(lambda *_a: _pdf_date(self._meta.created))
            self.canv.showOutline()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, flowable.level, closed=True)
            self.notify("TOCEntry", (flowable.level, flowable.plain, self.page, flowable.key))


def _pdf_date(d: tuple[int, int, int, int, int, int]) -> str:
    y, mo, day, h, mi, sec = d
    return f"D:{y:04d}{mo:02d}{day:02d}{h:02d}{mi:02d}{sec:02d}"


class PageTotal(Flowable):  # type: ignore[misc]
    """An invisible indexing flowable: the page count of the previous pass.

    Pages are stamped as they end (so bookmarks and links keep their pages);
    "x of y" therefore prints the total counted in the previous pass, and the
    build repeats until that total no longer changes.
    """

    def __init__(self) -> None:
        super().__init__()
        self.used: int | None = None
        self.counted: int | None = None
        self.doc: BaseDocTemplate | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self.used is not None and self.used == self.counted

    def beforeBuild(self) -> None:
        self.used = self.counted

    def notify(self, kind: str, stuff: Any) -> None:
        pass  # the document tells every indexing flowable everything; this one needs nothing

    def afterBuild(self) -> None:
        self.counted = None if self.doc is None else int(self.doc.page)


def _stamp(canv: Canvas, meta: PaperMeta, total: int | None) -> None:
    """The running title, the audience marking and "page x of y" on one page."""
    page = canv.getPageNumber()
    canv.saveState()
    top = PAGE_H - MARGIN + 0.6 * cm
    canv.setFont(REGULAR, 7.5)
    canv.setFillColor(GREY)
    if page > 1:
        canv.drawString(MARGIN, top, meta.running_title)
    canv.setFont(BOLD, 7.5)
    canv.setFillColor(MARK)
    canv.drawRightString(PAGE_W - MARGIN, top, meta.marking)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, top - 4, PAGE_W - MARGIN, top - 4)
    bottom = MARGIN - 0.9 * cm
    canv.line(MARGIN, bottom + 10, PAGE_W - MARGIN, bottom + 10)
    canv.drawString(MARGIN, bottom, meta.marking)
    canv.setFont(REGULAR, 7.5)
    canv.setFillColor(GREY)
    label = meta.page_label.format(page=page, pages=total if total is not None else "…")
    canv.drawRightString(PAGE_W - MARGIN, bottom, label)
    canv.restoreState()


def render(story: list[Flowable], meta: PaperMeta, progress: Any = None) -> bytes:
    """Lay out `story` (cover first) and return the PDF's bytes."""
    register_fonts()
    buf = io.BytesIO()
    total = PageTotal()
    doc = _Doc(buf, meta, progress, total)
    total.doc = doc
    doc.multiBuild([NextPageTemplate("body"), total, *story])
    return buf.getvalue()
