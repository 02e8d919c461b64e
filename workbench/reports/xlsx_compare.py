"""The Vergelijking sheet: one row per measure, raw estimates in, live scores and ranks out.

The sheet is one Excel table named ``Vergelijking``: code, title, status,
the raw low/best/high per criterion (yellow where a partner may type), the
value per criterion as a formula of the raw best estimate and the scale,
the score, its low and high ends, the rank and the group as formulas (see
:mod:`workbench.reports.xlsx_formulas`), then the helper columns those
formulas use, left visible so every number can be checked. Weights come
from the defined names on Toelichting. An incompletely assessed measure has
no score, only its interval, and stands after the complete ones (the
report's order) with the group label "onvolledig beoordeeld"; the colour
scale paints its low end, and its high end and group in grey, so it is
never coloured as the best.
Imported only from inside :func:`workbench.reports.xlsx.to_xlsx`.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from workbench.i18n import label
from workbench.reports import xlsx_formulas as fx
from workbench.reports.audience import marking
from workbench.reports.model import RAssessment, RCriterion, Report
from workbench.reports.xlsx_layout import (
    ESTIMATES,
    FIRST_ROW,
    HEADER_ROW,
    KEY_ROW,
    TABLE_COMPARE,
    estimate_key,
)
from workbench.reports.xlsx_notes import NotesLayout
from workbench.reports.xlsx_style import (
    NF_EURO,
    NF_INT,
    NF_NUMBER,
    NF_VALUE,
    Writer,
    heading,
    page_setup,
    widths,
)

HELPERS = ("wsum", "coverage", "missing", "rank_key")


@dataclass(frozen=True)
class CompareLayout:
    row_of: dict[str, int]  # measure code -> row
    col_of: dict[str, int]  # key-row entry -> column
    first_row: int
    last_row: int


def raw_format(c: RCriterion) -> str:
    unit = c.unit.strip().lower()
    return NF_EURO if unit in ("eur", "euro", "€") else NF_NUMBER


def _raw(c: RCriterion, a: RAssessment, field: str) -> object:
    value = float(getattr(a, field))
    if c.scale["type"] != "levels":
        return value
    for lv in c.scale["levels"]:
        if float(lv["value"]) == value:
            return str(lv["label"])
    return None


def dedupe(names: list[str]) -> list[str]:
    """Table column names must be unique (ignoring case) and on one line."""
    seen: set[str] = set()
    out = []
    for name in names:
        base = " ".join(name.split()) or "-"
        candidate, n = base, 2
        while candidate.lower() in seen:
            candidate, n = f"{base} {n}", n + 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def write_compare(w: Writer, ws: Worksheet, report: Report, notes: NotesLayout) -> CompareLayout:
    p = report.provenance
    lang = p.language
    crits = report.criteria
    keys: list[str] = ["code", "title", "status"]
    heads: list[str] = [w.t("code"), w.t("measure_title"), w.t("status")]
    for c in crits:
        for f in ESTIMATES:
            keys.append(estimate_key(c.key, f))
            heads.append(f"{c.name} {w.t(f)}")
    for c in crits:
        keys.append(f"value:{c.key}")
        heads.append(w.t("value_of", criterion=c.name))
    keys += ["score", "score_low", "score_high", "rank", "group", *HELPERS]
    heads += [w.t(k) for k in ("score", "score_low", "score_high", "rank", "group")]
    heads += [w.t(h) for h in HELPERS]
    col = {k: i for i, k in enumerate(keys, start=1)}
    n_cols = len(keys)
    letter = {k: get_column_letter(i) for k, i in col.items()}

    heading(w, ws, marking(p.audience, lang), w.t("title"),
            f"{p.project_title} · {w.t('compare_sub', profile=p.profile_name)}")
    w.key_row(ws, KEY_ROW, keys)
    # the helper columns behind the score formulas stay in the sheet, hidden
    for h in HELPERS:
        ws.column_dimensions[letter[h]].hidden = True
    for i, h in enumerate(dedupe(heads), start=1):
        w.cell(ws, HEADER_ROW, i, h, "head")

    first = FIRST_ROW
    last = first + len(report.measures) - 1
    weights = [notes.weight_name[c.key] for c in crits]
    total = fx.total(weights)
    group_labels = (w.t("group_complete"), w.t("group_incomplete"))
    key_range = f"${letter['rank_key']}${first}:${letter['rank_key']}${last}"
    nfs = {c.key: raw_format(c) for c in crits}
    row_of: dict[str, int] = {}
    for r, m in enumerate(report.measures, start=first):
        row_of[m.code] = r
        w.cell(ws, r, 1, m.code)
        w.cell(ws, r, 2, m.title)
        w.cell(ws, r, 3, label("status." + m.status, lang))
        for c in crits:
            a = m.assessments.get(c.key)
            look = "computed" if a is not None and a.computed else "input"
            for f in ESTIMATES:
                value = None if a is None else _raw(c, a, f)
                w.cell(ws, r, col[estimate_key(c.key, f)], value, look, nfs[c.key])
        values = []
        for c in crits:
            x = f"{letter[estimate_key(c.key, 'best')]}{r}"
            formula = fx.value_formula(c.scale, x, notes.levels.get(c.key))
            w.cell(ws, r, col[f"value:{c.key}"], formula, "formula", NF_VALUE, formula=True)
            values.append(f"{letter[f'value:{c.key}']}{r}")
        cells = {k: f"{letter[k]}{r}" for k in ("score", "score_low", "rank", *HELPERS)}
        w.cell(ws, r, col["wsum"], fx.weighted_sum(values, weights), "formula", NF_VALUE,
               formula=True)
        w.cell(ws, r, col["coverage"], fx.coverage(values, weights), "formula", NF_VALUE,
               formula=True)
        w.cell(ws, r, col["missing"], fx.missing(values, weights), "formula", NF_INT,
               formula=True)
        w.cell(ws, r, col["score"], fx.score(cells["wsum"], cells["missing"], total), "label",
               NF_VALUE, formula=True)
        w.cell(ws, r, col["score_low"], fx.score_low(cells["wsum"], total), "formula",
               NF_VALUE, formula=True)
        w.cell(ws, r, col["score_high"],
               fx.score_high(cells["wsum"], cells["coverage"], total), "formula", NF_VALUE,
               formula=True)
        w.cell(ws, r, col["group"], fx.group(cells["missing"], *group_labels), "plain",
               formula=True)
        w.cell(ws, r, col["rank_key"], fx.rank_key(cells["score_low"], cells["missing"]),
               "formula", "0.000000", formula=True)
        w.cell(ws, r, col["rank"], fx.rank(cells["rank_key"], key_range), "label", NF_INT,
               formula=True)

    table_ref = f"A{HEADER_ROW}:{get_column_letter(n_cols)}{last}"
    table = Table(displayName=TABLE_COMPARE, ref=table_ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
    _validation(w, ws, crits, col, notes, first, last)
    scale = ColorScaleRule(start_type="num", start_value=0, start_color="F8696B",
                           mid_type="num", mid_value=0.5, mid_color="FFEB84",
                           end_type="num", end_value=1, end_color="63BE7B")
    if crits:
        v0, v1 = letter[f"value:{crits[0].key}"], letter[f"value:{crits[-1].key}"]
        ws.conditional_formatting.add(f"{v0}{first}:{v1}{last}", scale)
    # The score (complete measures only) and the low end take the scale; an incomplete
    # measure's high end and group are grey, so it is never painted as the best.
    ws.conditional_formatting.add(f"{letter['score']}{first}:{letter['score_low']}{last}", scale)
    grey = FormulaRule(formula=[f"${letter['missing']}{first}>0"],
                       fill=PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9"),
                       font=Font(color="595959", italic=True), stopIfTrue=True)
    ws.conditional_formatting.add(f"{letter['score_high']}{first}:{letter['group']}{last}", grey)

    ws.freeze_panes = f"D{first}"
    ws.row_dimensions[HEADER_ROW].height = 45
    sizes: dict[int, float] = {1: 10, 2: 38, 3: 12}
    sizes.update({i: 12 for i in range(4, n_cols + 1)})
    for c in crits:  # euro amounts in the hundreds of millions need the room
        if nfs[c.key] == NF_EURO:
            sizes.update({col[estimate_key(c.key, f)]: 16 for f in ESTIMATES})
    for i in range(4, n_cols + 1):  # a bold header word is never broken ("Haalbaarhei d")
        words = str(ws.cell(HEADER_ROW, i).value or "").split()
        sizes[i] = max(sizes[i], max((len(x) for x in words), default=0) * 1.15 + 2)
    widths(ws, sizes)
    page_setup(ws, marking(p.audience, lang), lang, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    return CompareLayout(row_of, col, first, last)


def _validation(
    w: Writer,
    ws: Worksheet,
    crits: tuple[RCriterion, ...],
    col: dict[str, int],
    notes: NotesLayout,
    first: int,
    last: int,
) -> None:
    """Partners may type numbers (or, on a verbal scale, one of its levels) in raw cells."""
    number = DataValidation(type="decimal", operator="between", formula1="-1000000000000000",
                            formula2="1000000000000000", allow_blank=True,
                            showErrorMessage=True)
    number.error = w.t("value")
    for c in crits:
        lo = get_column_letter(col[estimate_key(c.key, "low")])
        hi = get_column_letter(col[estimate_key(c.key, "high")])
        cells = f"{lo}{first}:{hi}{last}"
        if c.key in notes.levels:
            dv = DataValidation(type="list", formula1=notes.levels[c.key][0], allow_blank=True,
                                showErrorMessage=True)
            dv.error = w.t("level")
            dv.add(cells)
            ws.add_data_validation(dv)
        else:
            number.add(cells)
    if number.sqref:
        ws.add_data_validation(number)
