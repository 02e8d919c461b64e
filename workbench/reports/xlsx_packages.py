"""The Pakketten sheet: packages side by side, totals as live formulas over Vergelijking.

One row per measure: its cost and health figures (low, best, high, read from
the raw cells of the Vergelijking sheet, so they follow a partner's edits),
its value as the portfolio optimiser counts it (every criterion except cost,
the weights re-scaled over those; empty for a measure it cannot value), and
a 1 in the column of each package it belongs to. Below, per package: the
number of members, the cost and DALY totals (low, best, high) over the
members with a figure and how many have none, the package value and how
many members it leaves out, and the figures that were missing at export.
These are the definitions of :mod:`workbench.analysis.packages`, so after
recalculation the totals equal the analysis' (and ``workbench packages``).
The best-estimate totals carry the defined names ``package_<key>_cost``,
``package_<key>_dalys`` and ``package_<key>_value``. Imported only from
inside :func:`workbench.reports.xlsx.to_xlsx`.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from workbench.reports import xlsx_formulas as fx
from workbench.reports.audience import marking
from workbench.reports.model import RCriterion, Report
from workbench.reports.xlsx_compare import CompareLayout, dedupe, raw_format
from workbench.reports.xlsx_layout import (
    ESTIMATES,
    FIRST_ROW,
    HEADER_ROW,
    KEY_ROW,
    SHEET_COMPARE,
    SHEET_PACKAGES,
    estimate_key,
    package_names,
)
from workbench.reports.xlsx_notes import NotesLayout
from workbench.reports.xlsx_style import (
    NF_INT,
    NF_VALUE,
    Writer,
    heading,
    page_setup,
    ref,
    widths,
)

# The figure behind each defined name: criterion kind (or "value") -> name suffix.
NAMED = {"cost": "cost", "health": "dalys", "value": "value"}


def _first_of(report: Report, kind: str) -> RCriterion | None:
    return next((c for c in report.criteria if c.kind == kind), None)


def write_packages(
    w: Writer, ws: Worksheet, report: Report, layout: CompareLayout, notes: NotesLayout
) -> None:
    p = report.provenance
    lang = p.language
    heading(w, ws, marking(p.audience, lang), w.t("packages_title"), w.t("packages_sub"))
    if not report.packages:
        w.cell(ws, FIRST_ROW, 1, w.t("no_packages"))
        page_setup(ws, marking(p.audience, lang), lang)
        return
    cost = _first_of(report, "cost")
    totals = [c for c in (cost, _first_of(report, "health")) if c is not None]
    rest = [c for c in report.criteria if cost is None or c.key != cost.key]

    keys = ["code", "title"]
    heads = [w.t("code"), w.t("measure_title")]
    for c in totals:
        for f in ESTIMATES:
            keys.append(estimate_key(c.key, f))
            heads.append(f"{c.name} {w.t(f)}")
    if rest:
        keys.append("value")
        heads.append(w.t("measure_value"))
    keys += [f"package:{pkg.key}" for pkg in report.packages]
    heads += [pkg.name for pkg in report.packages]
    col = {k: i for i, k in enumerate(keys, start=1)}
    w.key_row(ws, KEY_ROW, keys)
    w.row(ws, HEADER_ROW, dedupe(heads), "head")

    first = FIRST_ROW
    last = first + len(report.measures) - 1
    cmp_letter = {k: get_column_letter(i) for k, i in layout.col_of.items()}
    weights = [notes.weight_name[c.key] for c in rest]
    for row, m in enumerate(report.measures, start=first):
        src = layout.row_of[m.code]
        w.cell(ws, row, 1, m.code)
        w.cell(ws, row, 2, m.title)
        for c in totals:
            for f in ESTIMATES:
                x = f"{SHEET_COMPARE}!{cmp_letter[estimate_key(c.key, f)]}{src}"
                table = notes.levels.get(c.key)
                formula = (
                    f'=IF(ISNUMBER({x}),{x},"")' if table is None
                    else f'=IF({x}="","",INDEX({table[1]},MATCH({x},{table[0]},0)))'
                )
                w.cell(ws, row, col[estimate_key(c.key, f)], formula, "formula", raw_format(c),
                       formula=True)
        if rest:
            values = [f"{SHEET_COMPARE}!{cmp_letter[f'value:{c.key}']}{src}" for c in rest]
            w.cell(ws, row, col["value"], fx.benefit(values, weights), "formula", NF_VALUE,
                   formula=True)
        for pkg in report.packages:
            w.cell(ws, row, col[f"package:{pkg.key}"], 1 if m.code in pkg.measures else None,
                   "plain", NF_INT)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(keys))}{last}"

    row = last + 2
    stems = package_names([pkg.key for pkg in report.packages])
    pkg_cols = [col[f"package:{pkg.key}"] for pkg in report.packages]

    def member(j: int) -> str:
        m_col = get_column_letter(pkg_cols[j])
        return f"${m_col}${first}:${m_col}${last}"

    def span(key: str) -> str:
        letter = get_column_letter(col[key])
        return f"${letter}${first}:${letter}${last}"

    def total_row(
        text: str, nf: str, formula_of: Callable[[int], str], name: str | None = None
    ) -> None:
        nonlocal row
        w.cell(ws, row, 2, text, "total")
        for j, pkg in enumerate(report.packages):
            formula = formula_of(j)
            w.cell(ws, row, pkg_cols[j], formula, "total", nf, formula=True)
            if name is not None:
                _name(w, f"{stems[pkg.key]}_{name}", row, pkg_cols[j])
        row += 1

    total_row(w.t("count"), NF_INT, lambda j: f"=SUM({member(j)})")
    def summed(rng: str) -> Callable[[int], str]:
        return lambda j: (
            f'=IF(SUMPRODUCT(({member(j)}=1)*ISNUMBER({rng}))=0,"",SUMIF({member(j)},1,{rng}))'
        )

    def lacking(rng: str) -> Callable[[int], str]:
        return lambda j: f"=SUMPRODUCT(({member(j)}=1)*(1-ISNUMBER({rng})))"

    for c in totals:
        for f in ESTIMATES:
            total_row(
                w.t("total_range", criterion=c.name, field=w.t(f)),
                raw_format(c),
                summed(span(estimate_key(c.key, f))),
                NAMED[c.kind] if f == "best" else None,
            )
        total_row(w.t("without_figure", criterion=c.name), NF_INT,
                  lacking(span(estimate_key(c.key, "best"))))
    if rest:
        value = span("value")
        total_row(w.t("package_value"), NF_VALUE,
                  lambda j: f"=SUMIF({member(j)},1,{value})", NAMED["value"])
        total_row(w.t("unscored"), NF_INT, lacking(value))
    # The codes behind the counts above, as they stood at export (text, not a formula:
    # Excel 2016 has no TEXTJOIN).
    names = {c.key: c.name for c in report.criteria}
    w.cell(ws, row, 2, w.t("missing_list"), "total")
    for j, pkg in enumerate(report.packages):
        text = "; ".join(
            f"{names.get(k, k)}: {', '.join(codes)}" for k, codes in pkg.missing.items()
        )
        w.cell(ws, row, pkg_cols[j], text or w.t("none"), "wrap")
    row += 1
    w.cell(ws, row, 1, w.t("value_note"), "wrap")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(len(keys), 6))
    ws.row_dimensions[row].height = 48

    row += 3
    w.cell(ws, row - 1, 1, w.t("package_list"), "section")
    w.row(ws, row, [w.t(k) for k in ("key", "name", "description", "measures")], "head")
    top = row
    for pkg in report.packages:
        row += 1
        w.row(ws, row, [pkg.key, pkg.name, pkg.description or "", ", ".join(pkg.measures)])
    table = Table(displayName="Pakketlijst", ref=f"A{top}:D{row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = f"C{FIRST_ROW}"
    widths(ws, {1: 10, 2: 38, **{i: 16 for i in range(3, len(keys) + 1)}})
    page_setup(ws, marking(p.audience, lang), lang, f"{HEADER_ROW}:{HEADER_ROW}")


def _name(w: Writer, name: str, row: int, col: int) -> None:
    target = f"{SHEET_PACKAGES}!{ref(col, row, absolute=True)}"
    w.wb.defined_names[name] = DefinedName(name, attr_text=target)
