"""The position paper: what each audience's PDF holds, and how it is made.

Text is searched with whitespace removed, since a table cell may wrap a long
canary over two lines.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pypdf
import pytest

from workbench.reports.model import Report, build_report
from workbench.reports.pdf import to_pdf
from workbench.reports.pdf_text import TEXTS
from workbench.services import ProjectService

from .conftest import CANARIES

pytestmark = pytest.mark.both_backends

SECTIONS = ("sec.summary", "sec.method", "sec.ranking", "sec.charts", "sec.measures", "sec.annex")


def _report(svc: ProjectService, audience: str, language: str = "nl") -> Report:
    if audience == "public":
        pid = svc.id_for("weight_profile", "ijmond") or ""
        svc.update("weight_profile", pid, {"visibility": "public"})
    profile = {"internal": "tata_est", "partners": "ijmond", "public": "ijmond"}[audience]
    return build_report(svc, audience, profile_key=profile, language=language)  # type: ignore[arg-type]


def _outline(items: list[Any]) -> list[str]:
    out: list[str] = []
    for item in items:
        out += _outline(item) if isinstance(item, list) else [item.title]
    return out


class Pdf:
    def __init__(self, data: bytes) -> None:
        self.reader = pypdf.PdfReader(io.BytesIO(data))
        self.pages = [p.extract_text() for p in self.reader.pages]
        self.text = "\n".join(self.pages)
        self.flat = re.sub(r"\s+", "", self.text)
        self.meta = {k: str(v) for k, v in (self.reader.metadata or {}).items()}
        self.outline = _outline(self.reader.outline)

    def everything(self) -> str:
        return re.sub(r"\s+", "", " ".join([self.text, *self.meta.values(), *self.outline]))


@pytest.fixture
def paper(svc: ProjectService, canary_project: dict[str, str]) -> Any:
    def make(audience: str, language: str = "nl") -> tuple[Report, Pdf]:
        report = _report(svc, audience, language)
        return report, Pdf(to_pdf(report))

    return make


@pytest.mark.parametrize("audience", ["partners", "public"])
def test_no_internal_canary_in_text_metadata_or_bookmarks(paper: Any, audience: str) -> None:
    _, pdf = paper(audience)
    found = pdf.everything()
    assert [name for name, c in CANARIES.items() if c in found] == []


def test_internal_paper_carries_every_canary_of_its_report(paper: Any) -> None:
    report, pdf = paper("internal")
    carried = [name for name, c in CANARIES.items() if c in repr(report)]
    assert len(carried) >= len(CANARIES) - 1  # the report test pins the one exception
    assert [name for name in carried if CANARIES[name] not in pdf.flat] == []


def test_metadata_names_title_team_subject_and_language(paper: Any) -> None:
    report, pdf = paper("partners")
    assert pdf.meta["/Title"] == "Positiepaper – Testdossier"
    assert pdf.meta["/Author"] == report.provenance.team
    assert "coalitiepartners" in pdf.meta["/Subject"]
    assert pdf.reader.trailer["/Root"]["/Lang"] == "nl-NL"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_measure_code_and_section_heading_is_found(paper: Any, language: str) -> None:
    report, pdf = paper("internal", language)
    idx = 1 if language == "en" else 0
    for code in (m.code for m in report.measures):
        assert code in pdf.text
    for key in SECTIONS:
        heading = TEXTS[key][idx]
        assert heading in pdf.text and heading in pdf.outline
    assert [f"{m.code} – {m.title}" for m in report.measures] == [
        o for o in pdf.outline if re.match(r"^[A-Z]\d\d – ", o)
    ]


def test_pages_are_numbered_and_their_count_is_plausible(paper: Any) -> None:
    report, pdf = paper("internal")
    n = len(pdf.pages)
    assert 1 + len(SECTIONS) <= n <= 12 + 2 * len(report.measures)
    assert f"Pagina 1 van {n}" in pdf.pages[0]
    assert f"Pagina {n} van {n}" in pdf.pages[-1]
    marking = "Vertrouwelijk – alleen voor het IJmond-team"
    assert all(marking in page for page in pdf.pages)


def test_english_paper_uses_english_furniture(paper: Any) -> None:
    _, pdf = paper("partners", "en")
    assert "Page 1 of" in pdf.pages[0]
    assert "Confidential – coalition partners only" in pdf.pages[0]
    assert pdf.reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_font_is_embedded_and_no_other_font_is_named(paper: Any) -> None:
    _, pdf = paper("public")
    fonts = {}
    for page in pdf.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            f = font.get_object()
            fonts[str(f["/BaseFont"])] = f
    assert fonts and all("DejaVuSans" in name for name in fonts)
    for f in fonts.values():
        assert "/FontFile2" in f["/FontDescriptor"].get_object()


def test_dutch_number_format(svc: ProjectService, canary_project: dict[str, str]) -> None:
    report = _report(svc, "partners")
    text = Pdf(to_pdf(report)).text
    score = report.measures[0].score
    assert score is not None
    assert f"{score:.3f}".replace(".", ",") in text
    assert "€ 100 mln" in text  # P01's cost


def test_user_text_is_escaped_not_interpreted(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    svc.update("measure", canary_project["pub"], {"title": "Stof < 10 & <b>vet</b> & Co"})
    pdf = Pdf(to_pdf(_report(svc, "public")))
    assert "Stof < 10 & <b>vet</b> & Co" in pdf.text


def test_same_report_gives_the_same_bytes_and_progress_reaches_one(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    report = _report(svc, "partners")
    seen: list[float] = []
    first = to_pdf(report, progress=seen.append)
    assert first == to_pdf(report)
    assert first.startswith(b"%PDF-")
    assert seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)
    assert seen == sorted(seen)


def test_bookmarks_point_at_the_pages_of_their_headings(paper: Any) -> None:
    _, pdf = paper("internal")
    pages = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages[item.title] = pdf.reader.get_destination_page_number(item)

    walk(pdf.reader.outline)
    assert len(set(pages.values())) > 3
    for title, index in pages.items():
        assert re.sub(r"\s+", "", title) in re.sub(r"\s+", "", pdf.pages[index]), title
