"""The Toelichting sheet: what the workbook is, for whom, how it computes, and the weights.

It carries the provenance (project, date, audience, method, profile,
packages, versions), the weights in cells with the defined names
``weight_<criterion>`` that every score formula reads, the criteria with
their scales, the tables of verbal levels the value formulas look up, and
the sources. The machine keys of those tables (criterion, profile, level and
source keys; the partner import reads a weight's criterion key) are in column A,
hidden: a partner reads names. Imported only from inside
:func:`workbench.reports.xlsx.to_xlsx`.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workbench.i18n import Language, label
from workbench.i18n.analysis_texts import method_words
from workbench.i18n.numbers import num
from workbench.reports.audience import marking
from workbench.reports.model import RCriterion, Report
from workbench.reports.xlsx_layout import (
    FORMAT_TAG,
    NAME_AUDIENCE,
    NAME_FORMAT,
    NAME_PROFILE,
    SHEET_NOTES,
    weight_names,
)
from workbench.reports.xlsx_style import (
    NF_DATETIME,
    NF_PERCENT,
    NF_VALUE,
    Writer,
    fit_height,
    page_setup,
    ref,
    widths,
)

_WRAP = Alignment(wrap_text=True, vertical="top")

# Rows of machine keys the partner import reads through defined names: hidden.
_MACHINE_ROWS = frozenset({"audience_key", "profile_key", "format"})


@dataclass(frozen=True)
class NotesLayout:
    weight_name: dict[str, str]  # criterion key -> defined name
    levels: dict[str, tuple[str, str]]  # criterion key -> (labels range, values range)


def fmt_num(x: float, language: Language) -> str:
    """A number for running text, with the reader's separators."""
    text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"
    if language == "en":
        return text
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def scale_text(c: RCriterion, w: Writer) -> str:
    lang = w.language
    s = c.scale
    if s["type"] == "linear":
        return w.t("scale_linear", worst=fmt_num(s["worst"], lang), best=fmt_num(s["best"], lang))
    if s["type"] == "piecewise":
        pts = "; ".join(f"({fmt_num(x, lang)}; {fmt_num(v, lang)})" for x, v in s["points"])
        return w.t("scale_piecewise", points=pts)
    lv = ", ".join(f"{v['label']} = {fmt_num(v['value'], lang)}" for v in s["levels"])
    return w.t("scale_levels", levels=lv)


def write_notes(w: Writer, ws: Worksheet, report: Report) -> NotesLayout:
    p = report.provenance
    lang = p.language
    # Column A holds the machine keys of the tables below (criteria, profiles, levels,
    # sources): the partner import reads a weight's criterion there. It is hidden; what
    # a reader sees starts in column B.
    widths(ws, {1: 14, 2: 42, 3: 22, 4: 16, 5: 18, 6: 60})
    ws.column_dimensions["A"].hidden = True
    w.cell(ws, 1, 2, w.t("title"), "title")
    w.cell(ws, 2, 2, marking(p.audience, lang), "marking")
    w.cell(ws, 3, 2, w.t("what"), "wrap")
    ws.merge_cells("B3:F3")
    ws.row_dimensions[3].height = 45
    w.cell(ws, 4, 2, w.t("how"), "wrap")
    ws.merge_cells("B4:F4")
    ws.row_dimensions[4].height = 60
    row = 5
    for key, text in (("intro", report.intro), ("our_stance", report.stance)):
        if text:
            w.cell(ws, row, 2, f"{w.t(key)}: {text}", "wrap")
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            ws.row_dimensions[row].height = 60
            row += 1
    packages = {k.key: k.name for k in report.packages}
    facts: list[tuple[str, object, str | None]] = [
        ("project", p.project_title, None),
        ("team", p.team, None),
        ("generated", p.generated.replace(tzinfo=None), NF_DATETIME),
        ("audience", f"{label('visibility.' + p.audience, lang)} – {marking(p.audience, lang)}",
         None),
        ("method", method_words(p.method, p.normalisation, lang), None),
        ("profile", p.profile_name, None),
        ("audience_key", p.audience, None),
        ("profile_key", p.profile_key, None),
        ("packages", ", ".join(packages.get(k, k) for k in p.packages) or "–", None),
        ("language", label(f"language.{p.language}", lang), None),
        ("version", f"Maatwerk Workbench {p.app_version}, schema {p.schema_version}", None),
        ("format", FORMAT_TAG, None),
    ]
    row += 1
    for key, value, nf in facts:
        w.cell(ws, row, 2, w.t(key), "label")
        cell = w.cell(ws, row, 3, value, "plain", nf)
        cell.alignment = Alignment(horizontal="left")  # a date too, under the texts
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=6)
        if key == "profile_key":
            _name(w, NAME_PROFILE, cell.row, 3)
        if key == "audience_key":
            _name(w, NAME_AUDIENCE, cell.row, 3)
        if key == "format":
            _name(w, NAME_FORMAT, cell.row, 3)
        if key in _MACHINE_ROWS:  # read by the partner import, not by a reader
            ws.row_dimensions[row].hidden = True
        row += 1
    w.cell(ws, row, 2, w.t("method_text"), "wrap")
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    ws.row_dimensions[row].height = 75
    row += 2

    # Weights: the cells every score formula reads through its defined name.
    w.cell(ws, row, 2, w.t("weights"), "section")
    row += 1
    w.row(ws, row, [w.t("key"), w.t("criterion"), w.t("weight"), w.t("normalised")], "head")
    row += 1
    names = weight_names([c.key for c in report.criteria])
    first, last = row, row + len(report.criteria) - 1
    total = f"SUM({ref(3, first, absolute=True)}:{ref(3, last, absolute=True)})"
    for c in report.criteria:
        w.cell(ws, row, 1, c.key)
        w.cell(ws, row, 2, c.name)
        w.cell(ws, row, 3, float(c.weight), "input", NF_VALUE)
        w.cell(ws, row, 4, f"=IF({total}>0,C{row}/{total},0)", "formula", NF_PERCENT,
               formula=True)
        _name(w, names[c.key], row, 3)
        row += 1
    w.cell(ws, row, 2, w.t("sum"), "total")
    w.cell(ws, row, 3, f"={total}", "total", NF_VALUE, formula=True)
    dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="1000000000",
                        allow_blank=False, showErrorMessage=True)
    dv.error = w.t("weight") + " ≥ 0"
    dv.add(f"C{first}:C{last}")
    ws.add_data_validation(dv)
    row += 2

    if report.profiles:
        w.cell(ws, row, 2, w.t("profiles"), "section")
        row += 1
        # One row per profile, its weights in words in the wide column: a column per
        # criterion would not fit under the widths the tables above and below need.
        heads = [w.t("key"), w.t("name"), w.t("method"), w.t("description"), "",
                 w.t("weights")]
        w.row(ws, row, heads, "head")
        row += 1
        for prof in report.profiles:
            method = label(f"method.{prof.method}", lang)
            weights = "; ".join(
                f"{c.name} {num(100 * prof.weights.get(c.key, 0.0), lang, 0)}%"
                for c in report.criteria
            )
            w.row(ws, row, [prof.key, prof.name, method, prof.description or "", None, weights])
            ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
            for col in (2, 3, 4, 6):
                ws.cell(row, col).alignment = _WRAP
            fit_height(ws, row, (2, 4, 6))
            row += 1
        row += 1

    w.cell(ws, row, 2, w.t("criteria"), "section")
    row += 1
    w.row(ws, row, [w.t(k) for k in ("key", "criterion", "kind", "unit", "direction", "scale")],
          "head")
    row += 1
    for c in report.criteria:
        kind = label("kind." + c.kind, lang)
        w.row(ws, row, [c.key, c.name, kind + (f" ({w.t('computed')})" if c.computed else ""),
                        c.unit, label("direction." + c.direction, lang), scale_text(c, w)])
        w.cell(ws, row, 6, scale_text(c, w), "wrap")
        row += 1
    row += 1

    levels: dict[str, tuple[str, str]] = {}
    leveled = [c for c in report.criteria if c.scale["type"] == "levels"]
    if leveled:
        w.cell(ws, row, 2, w.t("levels"), "section")
        row += 1
        w.row(ws, row, [w.t("key"), w.t("level"), w.t("value")], "head")
        row += 1
        for c in leveled:
            w.cell(ws, row, 2, c.name, "label")  # whose levels: the key in A is hidden
            row += 1
            start = row
            for lv in c.scale["levels"]:
                w.row(ws, row, [c.key, str(lv["label"]), float(lv["value"])])
                row += 1
            levels[c.key] = (
                f"{SHEET_NOTES}!{ref(2, start, absolute=True)}:{ref(2, row - 1, absolute=True)}",
                f"{SHEET_NOTES}!{ref(3, start, absolute=True)}:{ref(3, row - 1, absolute=True)}",
            )
        row += 1

    if report.sources:
        w.cell(ws, row, 2, w.t("sources"), "section")
        row += 1
        source_heads = ("key", "source_title", "publisher", "year", "url", "citation")
        w.row(ws, row, [w.t(k) for k in source_heads], "head")
        row += 1
        for s in report.sources:
            w.row(ws, row, [s.key, s.title, s.publisher, s.year, s.url, s.citation])
            for col in range(2, 7):  # long titles, publishers and citations wrap, tops aligned
                ws.cell(row, col).alignment = _WRAP
            fit_height(ws, row, (2, 3, 5, 6))
            row += 1

    page_setup(ws, marking(p.audience, lang), lang)
    return NotesLayout(names, levels)


def _name(w: Writer, name: str, row: int, col: int) -> None:
    target = f"{SHEET_NOTES}!{ref(col, row, absolute=True)}"
    w.wb.defined_names[name] = DefinedName(name, attr_text=target)
