"""The comparison workbook's structure: sheets, table, names, views, print setup, checks."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest

from workbench.reports.model import build_report
from workbench.reports.xlsx import to_xlsx
from workbench.reports.xlsx_formulas import linear_value, num, piecewise_value
from workbench.services import ProjectService

from .xlsx_support import build_scoring_project

pytestmark = pytest.mark.both_backends


@pytest.fixture
def workbook(svc: ProjectService) -> Any:
    build_scoring_project(svc, n=8)
    report = build_report(svc, "partners", profile_key="team")
    return openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))


def test_sheets_in_order(workbook: Any) -> None:
    assert workbook.sheetnames == ["Toelichting", "Vergelijking", "Partijen", "Pakketten",
                                   "Gezondheid", "Maatregelen", "Onderbouwing", "Bepalingen",
                                   "Overleggen", "Grafiek"]
    assert workbook.active.title == "Toelichting"


def test_the_comparison_is_one_table_with_a_filter_and_frozen_panes(workbook: Any) -> None:
    ws = workbook["Vergelijking"]
    table = ws.tables["Vergelijking"]
    assert table.ref == f"A5:{ws.cell(5, ws.max_column).column_letter}13"
    assert ws.freeze_panes == "D6"
    assert ws.cell(5, 1).value == "Code" and ws.cell(4, 5).value == "health:best"
    assert ws["A1"].value == "Vertrouwelijk – alleen voor coalitiepartners"
    assert ws.column_dimensions["B"].width > 30


def test_weights_are_named_input_cells_read_by_every_score(workbook: Any) -> None:
    names = workbook.defined_names
    for key in ("health", "cost", "dust", "feasibility", "noise"):
        (dest,) = names[f"weight_{key}"].destinations
        assert dest[0] == "Toelichting"
        cell = workbook["Toelichting"][dest[1].replace("$", "")]
        assert isinstance(cell.value, float)
        assert cell.fill.fgColor.rgb.endswith("FFF2CC")  # yellow: input
    ws = workbook["Vergelijking"]
    keys = [c.value for c in ws[4]]
    wsum = ws.cell(6, keys.index("wsum") + 1).value
    assert all(f"weight_{k}" in wsum for k in ("health", "cost", "dust", "feasibility", "noise"))
    rank = ws.cell(6, keys.index("rank") + 1).value
    assert rank.startswith("=RANK(")
    for forbidden in ("XLOOKUP", "LET(", "FILTER(", "SORT(", "UNIQUE(", "LAMBDA"):
        assert not any(forbidden in str(c.value) for row in ws.iter_rows() for c in row)


def test_value_formulas_per_scale_kind(workbook: Any) -> None:
    ws = workbook["Vergelijking"]
    keys = [c.value for c in ws[4]]
    row = {k: ws.cell(6, i + 1).value for i, k in enumerate(keys)}
    assert row["value:health"].startswith("=IF(ISNUMBER(") and "MAX(0,MIN(1," in row[
        "value:health"]
    assert row["value:dust"].count("IF(") >= 5
    assert "INDEX(Toelichting!" in row["value:feasibility"]
    assert "MATCH(" in row["value:feasibility"]


def test_data_validation_on_the_cells_a_partner_may_edit(workbook: Any) -> None:
    ws = workbook["Vergelijking"]
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert kinds == {"decimal", "list"}
    listed = next(dv for dv in ws.data_validations.dataValidation if dv.type == "list")
    assert listed.formula1.startswith("Toelichting!$B$")
    assert any(dv.type == "decimal" for dv in workbook["Toelichting"].data_validations
               .dataValidation)
    assert any(dv.type == "whole" for dv in workbook["Partijen"].data_validations
               .dataValidation)


def test_colour_scale_print_setup_and_marking(workbook: Any) -> None:
    ws = workbook["Vergelijking"]
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert any(r.type == "colorScale" for r in rules)
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert "Vertrouwelijk – alleen voor coalitiepartners" in sheet.oddHeader.center.text
        assert "Pagina &P van &N" in sheet.oddFooter.right.text
    assert ws.print_title_rows == "$5:$5"


def test_an_incomplete_measure_is_never_coloured_as_the_best(workbook: Any) -> None:
    """The colour scale covers the score (empty when incomplete) and the low end only; an
    incomplete row's high end and group are grey (M05 lacks its noise assessment)."""
    ws = workbook["Vergelijking"]
    keys = [c.value for c in ws[4]]
    letter = {k: ws.cell(4, i + 1).column_letter for i, k in enumerate(keys)}
    scaled, grey = [], []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            (scaled if rule.type == "colorScale" else grey).append((str(cf.sqref), rule))
    score_ranges = [r for r, _ in scaled if r.startswith(letter["score"])]
    assert score_ranges == [f"{letter['score']}6:{letter['score_low']}13"]
    assert not any(letter["score_high"] in r.split(":")[0] for r, _ in scaled)
    ((where, rule),) = grey
    assert where == f"{letter['score_high']}6:{letter['group']}13"
    assert rule.formula == [f"${letter['missing']}6>0"] and rule.dxf.fill is not None
    # the point score of a row is blank unless nothing with weight is missing
    score = ws.cell(6, keys.index("score") + 1).value
    assert score.startswith(f"=IF(AND({letter['missing']}6=0,")
    assert '"onvolledig beoordeeld"' in ws.cell(6, keys.index("group") + 1).value


def test_a_chart_reads_the_comparison(workbook: Any) -> None:
    charts = workbook["Grafiek"]._charts
    assert charts  # ranking, value for money


def test_english_headings(svc: ProjectService) -> None:
    build_scoring_project(svc, n=4)
    report = build_report(svc, "partners", profile_key="team", language="en")
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))
    assert wb["Vergelijking"]["A5"].value == "Code"
    assert wb["Toelichting"]["B1"].value == "Comparison of measures"
    assert "Confidential" in wb["Vergelijking"].oddHeader.center.text


def test_formula_numbers_are_exact() -> None:
    assert num(4e8) == "400000000" and num(-5) == "(-5)" and num(0.1) == "0.1"
    assert num(1e-20) == "1E-20"
    assert linear_value("E5", 4e8, 0) == (
        '=IF(ISNUMBER(E5),MAX(0,MIN(1,(E5-400000000)/(0-400000000))),"")')
    assert piecewise_value("A1", [[0, 0], [1, 1]]) == (
        '=IF(ISNUMBER(A1),IF(A1<=0,0,IF(A1<=1,0+(A1-0)*(1-0)/(1-0),1)),"")')
