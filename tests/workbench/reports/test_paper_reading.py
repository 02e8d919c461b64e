"""The demo's position paper reads as a document (issue 12): the GUI's words for the
frontier, one precision per figure, scores that say what they are, and no page that a
reader turns for a single spilled line.

Oracles: the issue quotes the paper's old figures for M01 ("€ 653.615–€ 5,7 mln" around
"€ 2,1 mln"); the brief gives the new form of that range ("€ 0,65–5,7 mln").
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from workbench.i18n import Language
from workbench.interchange.demo import create_demo
from workbench.reports.audience import marking
from workbench.reports.model import build_report
from workbench.reports.pdf import to_pdf
from workbench.services import ProjectService
from workbench.store import ProjectDocument

PAPERS = [("partners", "nl"), ("partners", "en"), ("public", "nl"), ("public", "en")]
SOURCE_KEYS: set[str] = set()  # the demo's source keys, filled with the papers


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str], list[str]]]:
    tmp: Path = tmp_path_factory.mktemp("paper_reading")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(tmp / "data"))
        create_demo(tmp / "demo.mwb")
        doc = ProjectDocument.open(tmp / "demo.mwb")
        try:
            svc = ProjectService(doc)
            out: dict[tuple[str, str], list[str]] = {}
            for audience, lang in PAPERS:
                report = build_report(svc, audience, profile_key="ijmond", language=lang)
                pdf = to_pdf(report)
                out[audience, lang] = [
                    p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
                ]
                SOURCE_KEYS.update(s.key for s in report.sources)
        finally:
            doc.close()
    yield out


def _body_lines(page: str, audience: str, lang: Language) -> list[str]:
    """The page's lines of text without the running title, marking and page number."""
    mark = marking(audience, lang)
    furniture = re.compile(r"^(Positiepaper|Position paper) – |^(Pagina|Page) \d+ (van|of) \d+$")
    lines = []
    for line in page.splitlines():
        line = line.replace(mark, "").strip()
        if line and not furniture.search(line):
            lines.append(line)
    return lines


@pytest.mark.parametrize(("audience", "lang"), PAPERS)
def test_no_page_with_a_single_spilled_line(
    papers: dict[tuple[str, str], list[str]], audience: str, lang: Language
) -> None:
    pages = papers[audience, lang]
    counts = [len(_body_lines(p, audience, lang)) for p in pages]
    thin = [(i + 1, n) for i, n in enumerate(counts[:-1]) if n < 4]
    assert not thin, f"pages with fewer than 4 lines (page, lines): {thin}; all: {counts}"


@pytest.mark.parametrize(("audience", "lang"), PAPERS)
def test_the_frontier_is_called_as_in_the_gui(
    papers: dict[tuple[str, str], list[str]], audience: str, lang: Language
) -> None:
    text = "\n".join(papers[audience, lang])
    assert "pareto" not in text.lower()
    flat = re.sub(r"\s+", " ", text)
    assert ("efficiënte grens" if lang == "nl" else "efficient frontier") in flat.lower()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "€ 2,1 mln (€ 0,65–5,7 mln)"), ("en", "€2.1m (€0.65–5.7m)")],
)
def test_m01_health_value_is_one_range_in_one_unit(
    papers: dict[tuple[str, str], list[str]], lang: Language, expected: str
) -> None:
    text = "\n".join(papers["partners", lang])
    assert expected in text
    assert "653.615" not in text and "653,615" not in text


def _significant(number: str, lang: Language) -> int:
    decimal = "," if lang == "nl" else "."
    digits = number.lstrip("−-").replace("." if lang == "nl" else ",", "")
    whole, _, frac = digits.partition(decimal)
    return len((whole + frac).lstrip("0"))


@pytest.mark.parametrize(("audience", "lang"), PAPERS)
def test_estimates_carry_one_precision(
    papers: dict[tuple[str, str], list[str]], audience: str, lang: Language
) -> None:
    """Every "best (low–high)" below 100 prints each end with two significant digits,
    unless all three are whole; no range repeats the euro sign at its upper end."""
    text = "\n".join(papers[audience, lang])
    assert not re.search(r"€ ?[\d.,]+ ?(mln|mld|m|bn)?–€", text)
    n = r"\d[\d.,]*"
    seen = 0
    for best, low, high in re.findall(rf"(?<![\d€])({n}) \(({n})–({n})\)", text):
        values = (best, low, high)
        if all(re.fullmatch(r"\d+", v) for v in values):
            continue
        for v in values:
            as_float = float(v.replace(".", "").replace(",", ".") if lang == "nl"
                             else v.replace(",", ""))
            if 0 < as_float < 100:
                assert _significant(v, lang) == 2, (v, values)
        seen += 1
    assert seen > 5  # the health tables of the measures are in the paper


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_scores_say_what_they_are(papers: dict[tuple[str, str], list[str]], lang: Language) -> None:
    flat = re.sub(r"\s+", " ", "\n".join(papers["partners", lang]))
    assert "Score (0–1)" in flat
    assert ("Score 0–1 (rang)" if lang == "nl" else "Score 0–1 (rank)") in flat


@pytest.mark.parametrize(
    ("lang", "words", "foreign"),
    [("nl", "gewogen optelling (waardefuncties)", "value-functions"),
     ("en", "weighted sum (value functions)", "waardefuncties")],
)
def test_the_method_is_named_in_the_papers_language(
    papers: dict[tuple[str, str], list[str]], lang: Language, words: str, foreign: str
) -> None:
    """Issue 12: the Dutch paper said "normalisatie: value-functions"."""
    flat = re.sub(r"\s+", " ", "\n".join(papers["partners", lang]))
    assert words in flat
    assert foreign not in flat and "additive" not in flat


@pytest.mark.parametrize(("audience", "lang"), PAPERS)
def test_sources_are_listed_by_title_not_by_key(
    papers: dict[tuple[str, str], list[str]], audience: str, lang: Language
) -> None:
    words = set(re.findall(r"[\w-]+", "\n".join(papers[audience, lang])))
    assert SOURCE_KEYS and not SOURCE_KEYS & words, SOURCE_KEYS & words


@pytest.mark.parametrize(("audience", "lang"), PAPERS)
def test_the_paper_explains_its_terms_in_the_words_of_the_f1_help(
    papers: dict[tuple[str, str], list[str]], audience: str, lang: Language
) -> None:
    """Issue 12: a short help per page, reachable with F1 and from the paper's method
    section. The paper's terms are the help's own paragraphs (one text, two places):
    every concept paragraph of the help files is in the paper, word for word."""
    from workbench.reports.concepts import concepts
    from workbench.resources import resource_path

    text = " ".join(" ".join(papers[audience, lang]).split())
    found = concepts(lang)
    assert [title for title, _ in found] == (
        ["Scoretabel", "Waarde voor geld", "Onzekerheid en gevoeligheid", "Pakketten"]
        if lang == "nl" else
        ["Score table", "Value for money", "Uncertainty and sensitivity", "Packages"]
    )
    for page, (_title, paragraphs) in zip(
        ("matrix", "value", "uncertainty", "packages"), found, strict=True
    ):
        help_html = resource_path("help", lang, f"{page}.html").read_text(encoding="utf-8")
        for paragraph in paragraphs:
            assert paragraph in " ".join(help_html.split())  # the help shows it under F1
            words = re.sub(r"<[^>]+>", "", paragraph).replace("&amp;", "&")
            # pypdf may split a subscript or join a hyphenated line: compare the words
            plain = re.sub(r"[^\w€]+", " ", words).split()
            assert " ".join(plain) in " ".join(re.sub(r"[^\w€]+", " ", text).split()), words
    assert ("onder F1" if lang == "nl" else "under F1") in text
