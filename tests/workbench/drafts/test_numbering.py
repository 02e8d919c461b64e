"""Dutch drafting numbering (Aanwijzingen voor de regelgeving 3.54, 6.16, 6.18)."""

from __future__ import annotations

import pytest

from workbench.drafts.numbering import cite, heading_opening, member_opening
from workbench.drafts.structure import Paragraph, parse_clauses
from workbench.model.draft_text import ClauseLevel as L


@pytest.mark.parametrize(
    ("text", "level", "label", "rest"),
    [
        ("Artikel 4", L.ARTIKEL, "4", ""),
        ("Artikel 4a. Stikstof", L.ARTIKEL, "4a", "Stikstof"),
        ("artikel 2.3 Monitoring", L.ARTIKEL, "2.3", "Monitoring"),
        ("Enig artikel", L.ARTIKEL, "enig", ""),
        ("Hoofdstuk 2. Maatregelen", L.HOOFDSTUK, "2", "Maatregelen"),
        ("Paragraaf 2.1 Lucht", L.PARAGRAAF, "2.1", "Lucht"),
        ("§ 3 Geluid", L.PARAGRAAF, "3", "Geluid"),
    ],
)
def test_headings(text: str, level: L, label: str, rest: str) -> None:
    op = heading_opening(text)
    assert op is not None
    assert (op.level, op.label, op.rest) == (level, label, rest)


@pytest.mark.parametrize(
    ("text", "level", "label"),
    [
        ("2. Tata Steel sluit", L.LID, "2"),
        ("2a. Ingevoegd lid", L.LID, "2a"),
        ("c. onderdeel", L.ONDERDEEL, "c"),
        ("c) onderdeel", L.ONDERDEEL, "c"),
        ("1° subonderdeel", L.ONDERDEEL, "1°"),
    ],
)
def test_members_and_items(text: str, level: L, label: str) -> None:
    op = member_opening(text)
    assert op is not None
    assert (op.level, op.label) == (level, label)


def test_plain_sentences_open_nothing() -> None:
    assert member_opening("a de gemeenten") is None  # a letter needs its "." or ")"
    assert heading_opening("Artikelen worden vernummerd") is None
    assert heading_opening("De artikel 3 bedoelde termijn") is None


def test_citations() -> None:
    assert cite(L.ARTIKEL, "4a") == "Artikel 4a"
    assert cite(L.ARTIKEL, "enig") == "Enig artikel"
    assert cite(L.LID, "2") == "lid 2"
    assert cite(L.ONDERDEEL, "c") == "onderdeel c"


def test_tree_and_paths() -> None:
    cs = parse_clauses([
        Paragraph("Partijen komen overeen:"),
        Paragraph("Hoofdstuk 1 Algemeen", "Heading 1"),
        Paragraph("Artikel 4a", "Heading 2"),
        Paragraph("Stikstof", "Heading 3"),
        Paragraph("1. Tata Steel vermindert de uitstoot."),
        Paragraph("2. Daartoe neemt Tata Steel:"),
        Paragraph("a. maatregel een;"),
        Paragraph("b. maatregel twee."),
        Paragraph("Deze slotzin hoort bij onderdeel b."),
        Paragraph("Enig artikel"),
    ])
    paths = [c.path for c in cs]
    assert paths == [
        "Tekst 1", "Hoofdstuk 1", "Artikel 4a", "Artikel 4a lid 1", "Artikel 4a lid 2",
        "Artikel 4a lid 2 onderdeel a", "Artikel 4a lid 2 onderdeel b", "Enig artikel",
    ]
    art = cs[2]
    assert art.heading == "Stikstof" and art.parent == 1
    assert cs[6].parent == 4 and cs[4].parent == 2
    assert cs[6].text.endswith("Deze slotzin hoort bij onderdeel b.")
