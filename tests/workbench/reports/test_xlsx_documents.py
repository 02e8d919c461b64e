"""The partners' workbook reads as a document (issue 12): methods and languages in words,
the machine keys the partner import reads kept on hidden rows."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest

from workbench.i18n import Language
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
    """Label (column B) -> (value in column C, row hidden); column A holds machine keys."""
    return {
        str(ws.cell(r, 2).value): (ws.cell(r, 3).value, bool(ws.row_dimensions[r].hidden))
        for r in range(1, ws.max_row + 1)
        if ws.cell(r, 2).value is not None
    }


def _visible(ws: Any) -> list[str]:
    """The text of every cell a reader sees: not in a hidden row or column."""
    from openpyxl.utils import get_column_letter

    return [
        str(ws.cell(r, c).value)
        for r in range(1, ws.max_row + 1)
        for c in range(1, ws.max_column + 1)
        if ws.cell(r, c).value is not None
        and not ws.row_dimensions[r].hidden
        and not ws.column_dimensions[get_column_letter(c)].hidden
    ]


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
    shown = " ".join(str(notes.cell(r, c).value) for r in visible for c in (2, 3))
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
    assert "Score (0–1)" not in hidden and not any(h.startswith("Rang") for h in hidden)
    for sheet in wb.worksheets:  # every data sheet's key row (Partijen, Pakketten...)
        if sheet.cell(KEY_ROW, 1).value == "code":
            assert sheet.row_dimensions[KEY_ROW].hidden, sheet.title


@pytest.mark.parametrize(("lang", "key_header", "keys"), [
    ("nl", "Sleutel", {"health", "cost", "dust", "feasibility", "noise", "team"}),
    # in English "health", "cost" and "feasibility" are also the kinds' words
    ("en", "Key", {"dust", "noise", "team"}),
])
def test_partners_read_criterion_names_not_keys(
    svc: ProjectService, lang: Language, key_header: str, keys: set[str]
) -> None:
    """Issue 12: Toelichting listed criterion keys in a "Sleutel" column. The keys stay
    (the partner import reads a weight's criterion from column A) but out of sight."""
    build_scoring_project(svc, n=4)
    report = build_report(svc, "partners", profile_key="team", language=lang)
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))["Toelichting"]
    shown = _visible(ws)
    assert not keys & set(shown), keys & set(shown)
    assert key_header not in shown
    assert {"Gezondheid", "Kosten", "Stofreductie"} <= set(shown)  # the names are there
    assert ws.column_dimensions["A"].hidden and ws.cell(1, 2).value  # title in sight


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_scores_and_values_say_their_scale(svc: ProjectService, lang: Language) -> None:
    """Issue 12: scores were printed without saying what they are ("score 0-1")."""
    from workbench.reports.xlsx_layout import HEADER_ROW

    build_scoring_project(svc, n=4)
    report = build_report(svc, "partners", profile_key="team", language=lang)
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))["Vergelijking"]
    heads = [str(ws.cell(HEADER_ROW, c).value) for c in range(1, ws.max_column + 1)]
    assert "Score (0–1)" in heads
    value = "waarde Gezondheid (0–1)" if lang == "nl" else "value Gezondheid (0–1)"
    assert value in heads
