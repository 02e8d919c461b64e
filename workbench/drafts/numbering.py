"""Dutch drafting numbering: which structure level a paragraph opens, and its label.

The Aanwijzingen voor de regelgeving number articles straight through
("Artikel 4") or per chapter ("artikel 2.3"), insert articles with a letter
instead of renumbering ("Artikel 4a", Aanwijzing 6.16), number members
("lid 2", written "2." at the start of a paragraph) and items ("onderdeel
c", written "c." or "c)"); a one-article text is "Enig artikel". Chapters
and sections are "Hoofdstuk 2" and "Paragraaf 2.1" (or "§ 2.1"). Word's
list numbering, rendered by docx2python, arrives as the same prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.model.draft_text import ClauseLevel

_FLAGS = re.I | re.S
_HOOFDSTUK = re.compile(r"^hoofdstuk\s+([0-9]+[a-z]?|[IVXLC]+)\b[.:]?\s*(.*)$", _FLAGS)
_PARAGRAAF = re.compile(r"^(?:paragraaf|§)\s*([0-9]+(?:\.[0-9]+)*[a-z]?)\b[.:]?\s*(.*)$", _FLAGS)
_ARTIKEL = re.compile(
    r"^artikel\s+([0-9]+(?:\.[0-9]+)*[a-z]{0,2}|[IVXLC]+)\b[.:]?\s*(.*)$", _FLAGS
)
_ENIG = re.compile(r"^enig\s+artikel\b[.:]?\s*(.*)$", re.I | re.S)
_LID = re.compile(r"^([0-9]{1,3}[a-z]?)[.)]\s+(.*)$", re.S)
_ONDERDEEL = re.compile(r"^([a-z]{1,2}|[0-9]{1,2}°)[.)]?\s+(.*)$", re.S)
# An item letter needs its "." or ")" (a lone "a" starts a sentence), unless it is "1°".
_ITEM_MARK = re.compile(r"^([a-z]{1,2}[.)]|[0-9]{1,2}°[.)]?)\s")

ENIG_LABEL = "enig"

# How a clause is cited, per level (the path the diff prints: "Artikel 3 lid 1").
_CITE = {
    ClauseLevel.HOOFDSTUK: "Hoofdstuk {label}",
    ClauseLevel.PARAGRAAF: "Paragraaf {label}",
    ClauseLevel.ARTIKEL: "Artikel {label}",
    ClauseLevel.LID: "lid {label}",
    ClauseLevel.ONDERDEEL: "onderdeel {label}",
}


@dataclass(frozen=True)
class Opening:
    """What a paragraph opens: a level, its printed label and the rest of the paragraph."""

    level: ClauseLevel
    label: str
    rest: str


def heading_opening(text: str) -> Opening | None:
    """A chapter, section or article heading ("Artikel 4a. Stof"), or None."""
    t = text.strip()
    if m := _ENIG.match(t):
        return Opening(ClauseLevel.ARTIKEL, ENIG_LABEL, m.group(1).strip())
    for pattern, level in (
        (_HOOFDSTUK, ClauseLevel.HOOFDSTUK),
        (_PARAGRAAF, ClauseLevel.PARAGRAAF),
        (_ARTIKEL, ClauseLevel.ARTIKEL),
    ):
        if m := pattern.match(t):
            return Opening(level, m.group(1), m.group(2).strip())
    return None


def member_opening(text: str) -> Opening | None:
    """A member ("2. Tata Steel ...") or an item ("c. ...", "c) ...", "1° ..."), or None."""
    t = text.strip()
    if m := _LID.match(t):
        return Opening(ClauseLevel.LID, m.group(1), m.group(2).strip())
    if _ITEM_MARK.match(t) and (m := _ONDERDEEL.match(t)):
        label = m.group(1).rstrip(".)")
        return Opening(ClauseLevel.ONDERDEEL, label, m.group(2).strip())
    return None


def cite(level: ClauseLevel, label: str) -> str:
    """How one level is cited: "Artikel 4a", "lid 2", "onderdeel c", "Enig artikel"."""
    if level is ClauseLevel.ARTIKEL and label == ENIG_LABEL:
        return "Enig artikel"
    template = _CITE.get(level)
    return label if template is None else template.format(label=label)


def strip_numbering(text: str) -> str:
    """The text without a leading label, so numbering-only changes compare equal."""
    opening = heading_opening(text) or member_opening(text)
    return text if opening is None else opening.rest
