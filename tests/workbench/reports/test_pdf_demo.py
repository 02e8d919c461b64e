"""The partners' paper of the demo under profile ijmond, against issue 9's examples.

In the old paper the monitoring measures M13 and M11, which have no health
figure, scored 0,999 and 0,991 and drew the longest bars of "Opbouw van de
score". Now an incomplete measure is an interval: its solid bar stops at the
low end, a light band runs to the high end, and it is listed after every
complete measure under "Onvolledig beoordeeld". Package figures are the
analysis'; M19 (emission changes only) shows its entered DALY estimate.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.graphics.shapes import Rect, String

from tests.server_project import BACKENDS, open_target, project_on
from workbench.analysis.build import analysis_for
from workbench.reports.model import Report, report_of
from workbench.reports.pdf import to_pdf
from workbench.reports.pdf_charts import INTERVAL_FILL, contribution_charts
from workbench.reports.pdf_sections import intervals
from workbench.reports.series import series_of
from workbench.services import ProjectService


@dataclass
class Demo:
    report: Report
    packages: dict[str, Any]  # key -> PackageTotals of the analysis
    pages: list[str]  # extracted text per page
    drawings: list[Any]  # "Opbouw van de score"


@pytest.fixture(scope="module", params=BACKENDS)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, demo_file: Path
) -> Iterator[Demo]:
    tmp: Path = tmp_path_factory.mktemp("demo_pdf")
    with pytest.MonkeyPatch.context() as mp, project_on(request.param, demo_file) as target:
        mp.setenv("MAATWERK_DATA_DIR", str(tmp / "data"))
        doc = open_target(target, read_only=True)
        try:
            analysis = analysis_for(ProjectService(doc), "partners", "ijmond")
            report = report_of(analysis)
            packages = {p.key: p for p in analysis.packages}
            pdf = pypdf.PdfReader(io.BytesIO(to_pdf(report)))
            drawings = contribution_charts(
                series_of(analysis).ranking, "nl", 480.0, intervals(report)
            )
        finally:
            doc.close()
    yield Demo(report, packages, [p.extract_text() for p in pdf.pages], drawings)


def _section(pages: list[str], heading: str, end: str) -> str:
    """The text from the page whose text starts the section to the next heading `end`."""
    text = "\n".join(pages)
    starts = [m.start() for m in re.finditer(re.escape(heading), text)]
    start = starts[-1]  # the contents list names it first
    stop = text.find(end, start + len(heading))
    return text[start: stop if stop > 0 else None]


def test_m13_and_m11_are_listed_after_every_complete_measure(demo: Demo) -> None:
    complete = [m.code for m in demo.report.measures if m.complete]
    assert "M01" in complete and {"M13", "M11"}.isdisjoint(complete)
    text = _section(demo.pages, "Rangorde van de maatregelen", "Grafieken")
    lines = [ln.strip() for ln in text.splitlines()]  # pypdf gives each table cell a line
    codes = [ln for ln in lines if re.fullmatch(r"M\d+", ln)]
    assert set(codes[: len(complete)]) == set(complete)
    assert codes.index("M13") >= len(complete) and codes.index("M11") >= len(complete)
    label = lines.index("Onvolledig beoordeeld")
    assert max(lines.index(c) for c in complete) < label < lines.index("M13")
    assert "0,499–0,999" in lines and "0,495–0,996" in lines  # intervals, not scores
    assert "0,999" not in lines and "0,991" not in lines


def test_the_score_chart_lists_them_after_the_complete_ones(demo: Demo) -> None:
    text = _section(demo.pages, "Opbouw van de score", "Gezondheidswinst tot")
    labels = re.findall(r"\d+\. (M\d+)", text)
    complete = {m.code for m in demo.report.measures if m.complete}
    first_open = labels.index("M13")
    assert set(labels[:first_open]) == complete
    assert "Onvolledig beoordeeld" in text


def _rows(drawings: list[Any]) -> dict[str, dict[str, Any]]:
    """Per measure code: the end of its solid bar and its light band (x0, x1), if any."""
    out: dict[str, dict[str, Any]] = {}
    for d in drawings:
        y_of = {}
        for s in d.contents:
            if isinstance(s, String) and (m := re.fullmatch(r"\d+\. (M\d+)", s.text)):
                y_of[round(s.y - 1.5, 3)] = m.group(1)
        for r in d.contents:
            if not isinstance(r, Rect):
                continue
            light = r.fillColor is not None and r.fillColor.hexval()[2:].upper() == (
                INTERVAL_FILL[1:].upper())
            code = y_of.get(round(r.y - (2 if light else 0), 3))
            if code is None:
                continue
            row = out.setdefault(code, {"solid_end": 0.0, "band": None})
            if light:
                row["band"] = (r.x, r.x + r.width)
            else:
                row["solid_end"] = max(row["solid_end"], r.x + r.width)
    return out


def test_no_incomplete_measure_has_a_solid_bar_past_its_low_end(demo: Demo) -> None:
    rows = _rows(demo.drawings)
    m01 = demo.report.measure("M01")
    assert m01.score is not None
    left = 60.0  # where every bar starts
    per_unit = (rows["M01"]["solid_end"] - left) / m01.score
    for m in demo.report.measures:
        row = rows[m.code]
        if m.complete:
            assert row["band"] is None
            continue
        assert m.score_low is not None and m.score_high is not None
        assert row["solid_end"] <= left + m.score_low * per_unit + 0.01, m.code
        x0, x1 = row["band"]
        assert x0 == pytest.approx(left + m.score_low * per_unit, abs=0.01)
        assert x1 == pytest.approx(left + m.score_high * per_unit, abs=0.01)
    # M13 and M11 no longer draw the longest solid bars (rank 1 does)
    longest = max(rows, key=lambda c: rows[c]["solid_end"])
    assert longest == "M01"
    assert rows["M13"]["solid_end"] < rows["M01"]["solid_end"]


def test_package_figures_are_the_analysis(demo: Demo) -> None:
    text = _section(demo.pages, "Pakketten vergeleken", "Rangorde van de maatregelen")
    jloi, ask = demo.packages["jloi"], demo.packages["ask"]
    # without M20 since issue 12 (3,73 and 6,79 with it), recomputed by hand from the demo
    assert round(jloi.value, 2) == 3.25 and round(ask.value, 2) == 6.31
    row = {  # one cell per line: a package's row runs from its name to the next row's
        "jloi": text[text.find(jloi.name): text.find(ask.name)],
        "ask": text[text.find(ask.name): text.find("Alle maatregelen")],
    }
    for key, p in (("jloi", jloi), ("ask", ask)):
        cells = [c.strip() for c in row[key].splitlines()]
        assert f"{p.value:.2f}".replace(".", ",") in cells, cells
        assert f"{p.dalys.best:.1f}".replace(".", ",") in cells, cells
        assert f"{len(p.codes)}" in cells
    # the members the totals leave out are named, not counted as zero
    assert "Inzet IJmond – zonder cijfer voor Gezondheidswinst: M11, M12, M13, M14, M26, M29, " \
           "M30." in re.sub(r"\s*\n\s*", " ", text)


def test_m19_shows_its_entered_estimate_not_zero(demo: Demo) -> None:
    text = _section(demo.pages, "M19 – Doekfilter sinterfabriek", "M10 –")
    health = demo.report.measure("M19").assessments["health"]
    assert not health.computed and round(health.best) == 4
    assert re.search(r"4 \(2–7\) – ingevoerde\s+schatting", text), text
    assert "geen gegevens" in text  # deaths and euros: no computed figure
