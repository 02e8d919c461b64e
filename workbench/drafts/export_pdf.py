"""The redline as a PDF for one audience (reportlab): summary, change list, marked text.

Built from a :class:`~workbench.drafts.comparison.Comparison` of the
audience's analysis, so the comments and links printed are only those the
audience may see (the one confidentiality rule); nothing else is loaded.
Insertions are underlined in green, deletions struck through in red, and
changed numbers, years, amounts and modal verbs carry a yellow background.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from workbench.drafts.comparison import Comparison
from workbench.drafts.redline import Change, Segment, token_flags, tokens
from workbench.i18n import label


def _marked(segments: tuple[Segment, ...]) -> str:
    out: list[str] = []
    for seg in segments:
        if seg.op == "equal":
            out.append(escape(seg.text))
            continue
        parts = []
        for tok in tokens(seg.text):
            text = escape(tok)
            if token_flags(tok):
                text = f'<font backColor="#fff1a8">{text}</font>'
            parts.append(text)
        inner = "".join(parts)
        if seg.op == "insert":
            out.append(f'<font color="#1a7f37"><u>{inner}</u></font>')
        else:
            out.append(f'<font color="#b42318"><strike>{inner}</strike></font>')
    return "".join(out).replace("\n", "<br/>")


def redline_pdf(cmp: Comparison, audience: str, *, substantive_only: bool = False) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from workbench.reports.pdf_fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    lang = cmp.language
    base = getSampleStyleSheet()
    body = ParagraphStyle("rl-body", parent=base["BodyText"], fontName=REGULAR, fontSize=9.5,
                          leading=13)
    small = ParagraphStyle("rl-small", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("rl-h1", parent=base["Heading1"], fontName=BOLD, fontSize=15)
    h2 = ParagraphStyle("rl-h2", parent=base["Heading2"], fontName=BOLD, fontSize=11.5)
    h3 = ParagraphStyle("rl-h3", parent=base["Heading3"], fontName=BOLD, fontSize=10)
    title = label("redline.title", lang).format(new=cmp.new.name, old=cmp.old.name)
    story: list[object] = [
        Paragraph(escape(title), h1),
        Paragraph(escape(label("redline.for", lang).format(
            audience=label(f"visibility.{audience}", lang))), body),
        Paragraph(escape(cmp.summary), body),
    ]
    if substantive_only:
        story.append(Paragraph(escape(label("redline.only_substantive", lang)), small))
    story.append(Spacer(1, 4 * mm))
    changes = cmp.ranked(substantive_only)
    story.append(Paragraph(escape(label("redline.changes", lang)), h2))
    if not changes:
        story.append(Paragraph(escape(label("redline.none", lang)), body))
    else:
        head = [label(k, lang) for k in ("redline.clause", "redline.kind", "redline.measures",
                                         "redline.effect", "redline.dalys_2030")]
        rows: list[list[object]] = [[Paragraph(escape(h), small) for h in head]]
        for c in changes:
            rows.append([Paragraph(escape(x), small) for x in _row(cmp, c)])
        table = Table(rows, colWidths=[45 * mm, 22 * mm, 30 * mm, 45 * mm, 25 * mm],
                      repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(label("redline.text", lang)), h2))
    for c in changes:
        story.append(Paragraph(escape(_heading(c, lang)), h3))
        story.append(Paragraph(_marked(c.segments), body))
        for link in _links_of(cmp, c):
            story.append(Paragraph(escape(link), small))
        for comment in cmp.comments_on(c.clause_id):
            story.append(Paragraph(
                escape(f"{label('redline.comments', lang)}: {comment['text']}"), small))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=label("redline.author", lang),
                            subject="", creator=label("redline.author", lang),
                            leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build(story)
    return buf.getvalue()


def _heading(c: Change, lang: str) -> str:
    kind = label(f"change.{c.kind}", "en" if lang == "en" else "nl")
    if c.old_label and c.new_label and c.old_label != c.new_label:
        return f"{c.new_label} ({kind}; {c.old_label})"
    return f"{c.label} ({kind})"


def _row(cmp: Comparison, c: Change) -> list[str]:
    lang = cmp.language
    cost = cmp.cost.of(c.clause_id)
    effects = "" if cost is None else "; ".join(
        f"{e.code}: {label('effect.' + e.effect, lang)}" for e in cost.effects)
    d = cmp.dalys(c)
    label_text = c.label
    if c.old_label and c.new_label and c.old_label != c.new_label:
        label_text = f"{c.new_label} ({c.old_label})"
    return [label_text, label(f"change.{c.kind}", lang), ", ".join(cmp.measures_of(c)), effects,
            "" if d is None else f"{d:+.1f}"]


def _links_of(cmp: Comparison, c: Change) -> list[str]:
    lang = cmp.language
    out = []
    for link in cmp.links.get(c.clause_id, []):
        kind = label("linkkind." + str(getattr(link["kind"], "value", link["kind"])), lang)
        quote = f' – "{link["quote"]}"' if link.get("quote") else ""
        out.append(f"{label('redline.measures', lang)}: {link['code']} ({kind}){quote}")
    return out
