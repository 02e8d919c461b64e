"""The Partijen and Gezondheid sheets of the comparison workbook.

Partijen holds the stance matrix (measures x parties, -2..+2) with only the
positions the audience may see, and a table of their red lines, priorities
and conditions (Pakketten is :mod:`workbench.reports.xlsx_packages`);
Gezondheid lists the computed health effect per measure and its breakdown by
outcome. Imported only from inside :func:`workbench.reports.xlsx.to_xlsx`.
"""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from workbench.i18n import label
from workbench.reports.audience import marking
from workbench.reports.model import Report, Triple
from workbench.reports.xlsx_compare import dedupe
from workbench.reports.xlsx_layout import (
    FIRST_ROW,
    HEADER_ROW,
    KEY_ROW,
    stance_key,
)
from workbench.reports.xlsx_style import (
    NF_DATE,
    NF_EURO,
    NF_INT,
    NF_NUMBER,
    Writer,
    heading,
    page_setup,
    widths,
)


def _heading(w: Writer, ws: Worksheet, report: Report, title: str, sub: str) -> None:
    p = report.provenance
    heading(w, ws, marking(p.audience, p.language), title, sub)


def _table(ws: Worksheet, name: str, first_row: int, last_row: int, n_cols: int) -> None:
    table = Table(displayName=name, ref=f"A{first_row}:{get_column_letter(n_cols)}{last_row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)


def write_parties(w: Writer, ws: Worksheet, report: Report) -> None:
    lang = report.provenance.language
    _heading(w, ws, report, w.t("parties_title"), w.t("parties_sub"))
    parties = report.parties
    keys = ["code", "title", *(stance_key(p.key) for p in parties)]
    heads = dedupe([w.t("code"), w.t("measure_title"), *(p.name for p in parties)])
    w.key_row(ws, KEY_ROW, keys)
    w.row(ws, HEADER_ROW, heads, "head")
    col = {p.key: i for i, p in enumerate(parties, start=3)}
    row = FIRST_ROW
    for m in report.measures:
        w.cell(ws, row, 1, m.code)
        w.cell(ws, row, 2, m.title)
        stances = {pos.party: pos.stance for pos in m.positions}
        for p in parties:
            w.cell(ws, row, col[p.key], stances.get(p.key), "input", NF_INT)
        row += 1
    last = row - 1
    _table(ws, "Standpunten", HEADER_ROW, last, len(keys))
    if parties:
        cells = f"C{FIRST_ROW}:{get_column_letter(len(keys))}{last}"
        dv = DataValidation(type="whole", operator="between", formula1="-2", formula2="2",
                            allow_blank=True, showErrorMessage=True)
        dv.error = "-2 .. +2"
        dv.add(cells)
        ws.add_data_validation(dv)
        ws.conditional_formatting.add(cells, ColorScaleRule(
            start_type="num", start_value=-2, start_color="F8696B", mid_type="num",
            mid_value=0, mid_color="FFFFFF", end_type="num", end_value=2, end_color="63BE7B"))

    details = [(m, pos) for m in report.measures for pos in m.positions]
    if details:
        row = last + 3
        w.cell(ws, row - 1, 1, w.t("details"), "section")
        heads = [w.t(k) for k in ("code", "party", "stance", "red_line", "priority",
                                  "conditions", "date")]
        w.row(ws, row, heads, "head")
        top = row
        for m, pos in details:
            row += 1
            w.row(ws, row, [m.code, pos.party_name, pos.stance,
                            w.t("yes") if pos.red_line else "",
                            label("priority." + pos.priority, lang) if pos.priority else "",
                            pos.conditions or ""])
            w.cell(ws, row, 7, pos.date, "plain", NF_DATE)
            w.cell(ws, row, 6, pos.conditions or "", "wrap")
        _table(ws, "Standpuntdetails", top, row, 7)
        last = row
    if parties:
        row = last + 3
        w.cell(ws, row - 1, 1, w.t("party_list"), "section")
        w.row(ws, row, [w.t(k) for k in ("key", "name", "kind", "notes")], "head")
        top = row
        for party in parties:
            row += 1
            w.row(ws, row, [party.key, party.name, label("stakeholder." + party.kind, lang),
                            party.notes or ""])
        _table(ws, "Partijlijst", top, row, 4)
    ws.freeze_panes = f"C{FIRST_ROW}"
    widths(ws, {1: 10, 2: 38, **{i: 14 for i in range(3, max(len(keys), 7) + 1)}, 6: 40})
    page_setup(ws, marking(report.provenance.audience, lang), lang, f"{HEADER_ROW}:{HEADER_ROW}")


def _triple(t: Triple | None) -> list[float | None]:
    return [None, None, None] if t is None else [t.low, t.best, t.high]


def write_health(w: Writer, ws: Worksheet, report: Report) -> None:
    lang = report.provenance.language
    horizon = report.health[0].horizon_year if report.health else 2030
    _heading(w, ws, report, w.t("health_title"), w.t("health_sub", year=horizon))
    if not report.health and not report.health_errors:
        w.cell(ws, FIRST_ROW, 1, w.t("no_health"))
        page_setup(ws, marking(report.provenance.audience, lang), lang)
        return
    groups = ("deaths", "dalys", "value_eur", "cumulative")
    heads = [w.t("code")] + [f"{w.t(g)} {w.t(f)}" for g in groups for f in ("low", "best",
                                                                               "high")]
    heads.append(w.t("note"))
    w.row(ws, HEADER_ROW, dedupe(heads), "head")
    row = FIRST_ROW
    fmts = [NF_NUMBER] * 3 + [NF_NUMBER] * 3 + [NF_EURO] * 3 + [NF_NUMBER] * 3
    for h in report.health:
        w.cell(ws, row, 1, h.measure)
        values = (_triple(h.deaths) + _triple(h.dalys) + _triple(h.value_eur)
                  + _triple(h.cumulative_dalys))
        for i, (v, fmt) in enumerate(zip(values, fmts, strict=True), start=2):
            w.cell(ws, row, i, v, "plain", fmt)
        row += 1
    for code, error in report.health_errors.items():
        w.cell(ws, row, 1, code)
        w.cell(ws, row, len(heads), error, "wrap")
        row += 1
    _table(ws, "Gezondheid", HEADER_ROW, row - 1, len(heads))
    outcomes = [o for h in report.health for o in h.outcomes]
    if outcomes:
        row += 2
        w.cell(ws, row - 1, 1, w.t("outcomes"), "section")
        w.row(ws, row, [w.t(k) for k in ("code", "population", "agent", "outcome")]
              + [f"{w.t('cases')} {w.t(f)}" for f in ("low", "best", "high")], "head")
        top = row
        for o in outcomes:
            row += 1
            w.row(ws, row, [o.measure, o.population, o.agent, o.outcome])
            for i, v in enumerate(_triple(o.cases), start=5):
                w.cell(ws, row, i, v, "plain", "0.000")
        _table(ws, "Uitkomsten", top, row, 7)
    ws.freeze_panes = f"B{FIRST_ROW}"
    widths(ws, {1: 12, **{i: 13 for i in range(2, len(heads))}, len(heads): 40})
    page_setup(ws, marking(report.provenance.audience, lang), lang, f"{HEADER_ROW}:{HEADER_ROW}")
