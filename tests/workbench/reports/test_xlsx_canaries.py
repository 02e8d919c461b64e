"""No internal text reaches a partner or public workbook, in any part of the file.

The xlsx is unzipped and every part searched -- sheets, shared strings,
workbook (defined names), document properties, charts, tables, comments --
for the canary strings the fixture put into every internal field. The
internal workbook must hold every canary its report carries, which proves
the writer does not simply drop texts.
"""

from __future__ import annotations

import pytest

from workbench.reports.model import build_report
from workbench.reports.xlsx import to_xlsx
from workbench.services import ProjectService

from .conftest import CANARIES
from .xlsx_support import xml_parts

pytestmark = pytest.mark.both_backends


@pytest.mark.parametrize("audience", ["partners", "public"])
def test_no_canary_in_any_part_of_an_outside_workbook(
    svc: ProjectService, canary_project: dict[str, str], audience: str
) -> None:
    if audience == "public":
        svc.update("weight_profile", svc.id_for("weight_profile", "ijmond") or "",
                   {"visibility": "public"})
    report = build_report(svc, audience, profile_key="ijmond")  # type: ignore[arg-type]
    parts = xml_parts(to_xlsx(report))
    assert "docProps/core.xml" in parts and "xl/workbook.xml" in parts
    assert any(n.startswith("xl/charts/") for n in parts)
    leaks = [(name, part) for part, text in parts.items()
             for name, canary in CANARIES.items() if canary in text]
    assert leaks == []


def test_the_internal_workbook_holds_every_canary_of_its_report(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    report = build_report(svc, "internal", profile_key="tata_est")
    carried = {n for n, c in CANARIES.items() if c in repr(report)}
    text = "\n".join(xml_parts(to_xlsx(report)).values())
    missing = sorted(n for n in carried if CANARIES[n] not in text)
    assert missing == []
    assert len(carried) >= len(CANARIES) - 1  # all but the draft that has no terms


def test_document_properties_name_the_team_and_nothing_internal(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    import io

    import openpyxl

    svc.set_option("team", "IJmond-gemeenten")
    report = build_report(svc, "partners", profile_key="ijmond")
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))
    props = wb.properties
    assert props.creator == "IJmond-gemeenten"
    assert props.lastModifiedBy == "IJmond-gemeenten"
    assert props.title is not None and props.title.startswith("Vergelijking van maatregelen")
    assert not props.description and not props.keywords and not props.subject
    assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
    names = set(wb.defined_names)
    # the partners' package has its totals named; the internal package "walk" has none
    assert names == {"maatwerk_formaat", "maatwerk_weging", "maatwerk_publiek", "weight_health",
                     "weight_cost", "package_ask_cost", "package_ask_dalys", "package_ask_value"}
    for ws in wb.worksheets:
        assert all(c.comment is None for row in ws.iter_rows() for c in row)
