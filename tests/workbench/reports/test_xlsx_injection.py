"""Formula injection: user text that starts like a formula is always a text cell."""

from __future__ import annotations

import io

import openpyxl
import pytest

from workbench.reports.model import build_report
from workbench.reports.safe_text import TRIGGERS, needs_guard, put
from workbench.reports.xlsx import to_xlsx
from workbench.services import ProjectService

from .xlsx_support import build_scoring_project

pytestmark = pytest.mark.both_backends

PAYLOADS = {
    "=": '=HYPERLINK("http://evil.example","klik")',
    "+": "+cmd|' /C calc'!A0",
    "-": "-2+3",
    "@": "@SUM(1+1)",
    "\t": "\t=1+1",
    "\r": "\r=1+1",
    "\n": "\n=1+1",
    "＝": "＝1+1",
    "＋": "＋1+1",
    "－": "－1+1",
    "＠": "＠SUM(A1)",
}


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_each_trigger_yields_a_text_cell(trigger: str) -> None:
    payload = PAYLOADS[trigger]
    assert needs_guard(payload)
    wb = openpyxl.Workbook()
    put(wb.active["A1"], payload)
    buffer = io.BytesIO()
    wb.save(buffer)
    cell = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active["A1"]
    assert cell.data_type == "s"
    assert cell.value == payload.replace("\r", "\n")  # XML parsers read a bare CR as LF
    assert cell.quotePrefix


def test_plain_text_and_numbers_are_left_alone() -> None:
    wb = openpyxl.Workbook()
    assert not put(wb.active["A1"], "Kooksfabriek 2").quotePrefix
    assert put(wb.active["A2"], -2).value == -2
    with pytest.raises(ValueError):
        put(wb.active["A3"], "not a formula", formula=True)


def test_control_characters_are_dropped_not_fatal() -> None:
    wb = openpyxl.Workbook()
    assert put(wb.active["A1"], "a\x01b\x1fc").value == "abc"


def test_every_sheet_of_an_export_guards_user_text(svc: ProjectService) -> None:
    build_scoring_project(svc, n=4)
    texts = list(PAYLOADS.values())
    mid = svc.id_for("measure", "M01") or ""
    svc.update("measure", mid, {"title": texts[0], "description": texts[1],
                                "description_visibility": "partners"})
    svc.create("measure_note", {"measure_id": mid, "text": texts[2], "visibility": "partners"})
    party = svc.create("stakeholder", {"key": "p1", "name": texts[3], "visibility": "partners",
                                       "notes": texts[9], "notes_visibility": "partners"})
    svc.create("position", {"stakeholder_id": party.created[0], "measure_id": mid, "stance": 1,
                            "conditions": texts[4], "visibility": "partners"})
    svc.update("criterion", svc.id_for("criterion", "noise") or "", {"name": texts[5]})
    svc.update("package", svc.id_for("package", "ask") or "", {"name": texts[6]})
    svc.update("weight_profile", svc.id_for("weight_profile", "team") or "",
               {"name": texts[7]})
    src = svc.create("source", {"key": "s1", "title": texts[8], "visibility": "partners"})
    a = svc.rows("assessment", measure_id=mid)[0]
    svc.update("assessment", a["id"], {"source_id": src.created[0], "rationale": texts[10],
                                       "visibility": "partners"})
    svc.set_option("title", texts[0])
    report = build_report(svc, "partners", profile_key="team")
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))
    found: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert not any(p.strip() in str(cell.value) for p in texts), cell.coordinate
                elif isinstance(cell.value, str) and needs_guard(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title,
                                                                         cell.coordinate)
                    # a rationale cell adds "[bron: ...]" after the text
                    found.update(p for p in texts
                                 if cell.value.startswith(p.replace("\r", "\n")))
    assert found == set(texts)
