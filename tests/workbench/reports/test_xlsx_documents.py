"""The partners' workbook reads as a document (issue 12): methods and languages in words,
the machine keys the partner import reads kept on hidden rows."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest

from workbench.reports.model import build_report
from workbench.reports.xlsx import to_xlsx
from workbench.services import ProjectService

from .xlsx_support import build_scoring_project

pytestmark = pytest.mark.both_backends


@pytest.fixture
def notes(svc: ProjectService) -> Any:
    build_scoring_project(svc, n=4)
    report = build_report(svc, "partners", profile_key="team")
    return openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))["Toelichting"]


def _facts(ws: Any) -> dict[str, tuple[Any, bool]]:
    return {
        str(ws.cell(r, 1).value): (ws.cell(r, 2).value, bool(ws.row_dimensions[r].hidden))
        for r in range(1, ws.max_row + 1)
        if ws.cell(r, 1).value is not None
    }


def test_method_and_language_in_words(notes: Any) -> None:
    facts = _facts(notes)
    assert facts["Methode"][0] == "gewogen optelling (waardefuncties)"
    assert facts["Taal"][0] == "Nederlands"
    text = " ".join(str(c.value) for row in notes.iter_rows() for c in row if c.value)
    assert "additive" not in text and "value-functions" not in text


def test_machine_keys_are_on_hidden_rows(notes: Any) -> None:
    facts = _facts(notes)
    assert facts["Formaat"] == ("maatwerk-vergelijking/1", True)  # read by the import
    visible = [r for r in range(1, notes.max_row + 1) if not notes.row_dimensions[r].hidden]
    shown = " ".join(str(notes.cell(r, c).value) for r in visible for c in (1, 2))
    assert "maatwerk-vergelijking/1" not in shown


def test_comparison_keys_and_helper_columns_are_hidden(svc: ProjectService) -> None:
    """The row of machine keys (health:best ...) and the helper columns behind the score
    formulas (Gewogen som, Sorteersleutel ...) are in the sheet for the import and the
    formulas, but hidden from a partner reading it."""
    from workbench.reports.xlsx_layout import HEADER_ROW, KEY_ROW

    build_scoring_project(svc, n=4)
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx(build_report(svc, "partners",
                                                                profile_key="team"))))
    ws = wb["Vergelijking"]
    assert ws.row_dimensions[KEY_ROW].hidden and not ws.row_dimensions[HEADER_ROW].hidden
    hidden = {
        str(ws.cell(HEADER_ROW, c).value)
        for c in range(1, ws.max_column + 1)
        if ws.column_dimensions[openpyxl.utils.get_column_letter(c)].hidden
    }
    assert {"Gewogen som", "Sorteersleutel"} <= hidden
    assert "Score" not in hidden and not any(h.startswith("Rang") for h in hidden)
    for sheet in wb.worksheets:  # every data sheet's key row (Partijen, Pakketten...)
        if sheet.cell(KEY_ROW, 1).value == "code":
            assert sheet.row_dimensions[KEY_ROW].hidden, sheet.title
