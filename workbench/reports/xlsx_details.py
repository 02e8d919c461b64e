"""The sheets of texts behind the numbers, as far as the audience may see them.

Maatregelen lists per measure its description, origin, payer, statutory
baseline, notes and links; Onderbouwing holds a matrix of the rationale (with
source and confidence) of every assessment; Bepalingen the measures' terms in
the drafts; Overleggen lists the meetings
with their notes, decisions and action items. The report model holds only
what the audience may see, so whatever is here may be shown. A table is
only made when it has rows (Excel refuses an empty table). Imported only
from inside :func:`workbench.reports.xlsx.to_xlsx`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from workbench.i18n import Language, label
from workbench.reports.audience import marking
from workbench.reports.model import RAssessment, Report
from workbench.reports.xlsx_compare import dedupe
from workbench.reports.xlsx_layout import HEADER_ROW
from workbench.reports.xlsx_style import NF_DATE, Writer, fit_height, heading, page_setup, widths


def block(
    w: Writer,
    ws: Worksheet,
    row: int,
    title: str | None,
    table: str,
    heads: Sequence[str],
    rows: Sequence[Sequence[Any]],
    wrap: Sequence[int] = (),
    date_cols: Sequence[int] = (),
) -> int:
    """A titled table at `row`; returns the next free row (a gap included)."""
    if title is not None:
        w.cell(ws, row, 1, title, "section")
        row += 1
    for i, h in enumerate(heads, start=1):
        w.cell(ws, row, i, h, "head")
    top = row
    if not rows:
        w.cell(ws, row + 1, 1, w.t("none"))
        return row + 3
    for values in rows:
        row += 1
        for i, v in enumerate(values, start=1):
            if v is None or v == "":
                continue  # an empty cell costs as much to write as a full one
            look = "wrap" if i in wrap else "top" if wrap else "plain"
            w.cell(ws, row, i, v, look, NF_DATE if i in date_cols else None)
        if wrap:
            fit_height(ws, row, wrap)
    t = Table(displayName=table, ref=f"A{top}:{get_column_letter(len(heads))}{row}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(t)
    return row + 3


def _why(w: Writer, a: RAssessment | None, lang: Language) -> str | None:
    """An assessment's rationale with its source and confidence, or None."""
    if a is None:
        return None
    extra = [f"{w.t('source').lower()}: {a.source}" if a.source else "",
             f"{w.t('confidence').lower()}: {label('confidence.' + a.confidence, lang)}"
             if a.confidence else "",
             w.t("computed") if a.computed else ""]
    tail = "; ".join(x for x in extra if x)
    text = " ".join(x for x in (a.rationale or "", f"[{tail}]" if tail else "") if x)
    return text or None


def write_measures(w: Writer, ws: Worksheet, report: Report) -> None:
    p = report.provenance
    lang = p.language
    heading(w, ws, marking(p.audience, lang), w.t("measures_title"), w.t("measures_sub"))
    widths(ws, {1: 10, 2: 34, 3: 14, 4: 16, 5: 14, 6: 12, 7: 34, 8: 12, 9: 12, 10: 50,
                11: 40, 12: 14, 13: 14})
    yes = w.t("yes")
    rows = [[m.code, m.title, label("theme." + m.theme, lang), label("origin." + m.origin, lang),
             label("payer." + m.payer, lang), yes if m.above_statutory else "",
             m.statutory_baseline or "", m.start_year, m.deadline_year, m.description or "",
             "\n".join(m.notes), ", ".join(m.requires), ", ".join(m.excludes)]
            for m in report.measures]
    heads = [w.t(k) for k in ("code", "measure_title", "theme", "origin", "payer",
                              "above_statutory", "baseline", "start_year", "deadline_year",
                              "description", "notes", "requires", "excludes")]
    block(w, ws, HEADER_ROW, None, "Maatregelen", heads, rows, wrap=(2, 7, 10, 11))
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    page_setup(ws, marking(p.audience, lang), lang, f"{HEADER_ROW}:{HEADER_ROW}")


def write_rationale(w: Writer, ws: Worksheet, report: Report) -> None:
    """Rationale as a matrix (measure x criterion): one cell per text, none for a gap."""
    p = report.provenance
    lang = p.language
    heading(w, ws, marking(p.audience, lang), w.t("rationale_title"), w.t("measures_sub"))
    widths(ws, {1: 10, **{i: 30 for i in range(2, len(report.criteria) + 2)}})
    rationale = [[m.code, *(_why(w, m.assessments.get(c.key), lang) for c in report.criteria)]
                 for m in report.measures
                 if any(_why(w, a, lang) for a in m.assessments.values())]
    heads = [w.t("code"), *(c.name for c in report.criteria)]
    block(w, ws, HEADER_ROW, None, "Onderbouwing", dedupe(heads), rationale,
          wrap=tuple(range(2, len(heads) + 1)))
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    page_setup(ws, marking(p.audience, lang), lang, f"{HEADER_ROW}:{HEADER_ROW}")


def write_terms(w: Writer, ws: Worksheet, report: Report) -> None:
    p = report.provenance
    lang = p.language
    heading(w, ws, marking(p.audience, lang), w.t("terms_title"), w.t("measures_sub"))
    widths(ws, {1: 10, 2: 20, 3: 10, 4: 30, 5: 10, 6: 60, 7: 40})
    terms = [[m.code, t.draft_name, t.clause, t.target, t.deadline_year, t.wording or "",
              t.comment or ""] for m in report.measures for t in m.terms]
    heads = [w.t(k) for k in ("code", "draft", "clause", "target", "deadline_year", "wording",
                              "comment")]
    block(w, ws, HEADER_ROW, None, "Bepalingen", heads, terms, wrap=(4, 6, 7))
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    page_setup(ws, marking(p.audience, lang), lang, f"{HEADER_ROW}:{HEADER_ROW}")


def write_meetings(w: Writer, ws: Worksheet, report: Report) -> None:
    p = report.provenance
    heading(w, ws, marking(p.audience, p.language), w.t("meetings_title"),
            w.t("meetings_sub"))
    widths(ws, {1: 12, 2: 30, 3: 16, 4: 24, 5: 16, 6: 44, 7: 36, 8: 36})
    rows = [[m.date, m.title, m.location, ", ".join(m.parties), ", ".join(m.measures),
             m.notes or "", m.decisions or "", "\n".join(m.actions)] for m in report.meetings]
    heads = [w.t(k) for k in ("date", "source_title", "location", "parties", "measures",
                              "notes", "decisions", "actions")]
    block(w, ws, HEADER_ROW, None, "Overleggen", heads, rows, wrap=(2, 4, 6, 7, 8),
          date_cols=(1,))
    page_setup(ws, marking(p.audience, p.language), p.language)
