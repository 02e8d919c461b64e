"""The comparison workbook for an audience: ``to_xlsx(report) -> bytes``.

A pure function of the audience-filtered :class:`~workbench.reports.model.Report`:
the caller writes the bytes. Sheets: Toelichting (provenance, method,
weights as named input cells, scales, sources), Vergelijking (the table with
live value, score and rank formulas), Partijen, Pakketten, Gezondheid,
Maatregelen, Onderbouwing, Bepalingen, Overleggen and Grafiek. Document
properties hold the title and the team name only. openpyxl is imported
inside the function, so importing this module stays cheap.
"""

from __future__ import annotations

import io

from workbench.reports.model import Report
from workbench.reports.xlsx_layout import (
    SHEET_CHART,
    SHEET_COMPARE,
    SHEET_HEALTH,
    SHEET_MEASURES,
    SHEET_MEETINGS,
    SHEET_NOTES,
    SHEET_PACKAGES,
    SHEET_PARTIES,
    SHEET_RATIONALE,
    SHEET_TERMS,
)


def to_xlsx(report: Report) -> bytes:
    """The comparison workbook of `report` as xlsx bytes."""
    from openpyxl import Workbook

    from workbench.reports.safe_text import clean_text
    from workbench.reports.xlsx_chart import write_charts
    from workbench.reports.xlsx_compare import write_compare
    from workbench.reports.xlsx_details import (
        write_measures,
        write_meetings,
        write_rationale,
        write_terms,
    )
    from workbench.reports.xlsx_extra import write_health, write_parties
    from workbench.reports.xlsx_notes import write_notes
    from workbench.reports.xlsx_packages import write_packages
    from workbench.reports.xlsx_style import Writer

    p = report.provenance
    wb = Workbook()
    notes = wb.active
    notes.title = SHEET_NOTES
    compare = wb.create_sheet(SHEET_COMPARE)
    parties = wb.create_sheet(SHEET_PARTIES)
    packages = wb.create_sheet(SHEET_PACKAGES)
    health = wb.create_sheet(SHEET_HEALTH)
    details = wb.create_sheet(SHEET_MEASURES)
    rationale = wb.create_sheet(SHEET_RATIONALE)
    terms = wb.create_sheet(SHEET_TERMS)
    meetings = wb.create_sheet(SHEET_MEETINGS)
    charts = wb.create_sheet(SHEET_CHART)
    w = Writer(wb, p.language)
    notes_layout = write_notes(w, notes, report)
    layout = write_compare(w, compare, report, notes_layout)
    write_parties(w, parties, report)
    write_packages(w, packages, report, layout, notes_layout)
    write_health(w, health, report)
    write_measures(w, details, report)
    write_rationale(w, rationale, report)
    write_terms(w, terms, report)
    write_meetings(w, meetings, report)
    write_charts(w, charts, compare, report, layout)
    w.finish()
    wb.active = 0

    props = wb.properties
    props.title = clean_text(f"{w.t('title')} – {p.project_title}")
    props.creator = clean_text(p.team)
    props.lastModifiedBy = clean_text(p.team)
    props.language = "en-GB" if p.language == "en" else "nl-NL"
    stamp = p.generated.astimezone().replace(tzinfo=None)
    props.created = stamp
    props.modified = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
