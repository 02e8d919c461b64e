"""From a document's paragraphs to a clause tree (hoofdstuk, paragraaf, artikel, lid, onderdeel).

:func:`parse_clauses` walks the paragraphs in order. A heading (by Word
style or by its words, "Artikel 4a. Stof") opens a chapter, section or
article; inside an article a numbered paragraph opens a member ("2. ...")
or an item ("c. ..."); any other paragraph continues the clause it follows,
and before the first article it is a text clause of its own (preamble,
considerations). Each clause gets its citation path ("Artikel 3 lid 1
onderdeel c"), unique within the version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.drafts.numbering import Opening, cite, heading_opening, member_opening
from workbench.model.draft_text import ClauseLevel

# A heading's title is short; a longer rest after "Artikel 3" is the article's text.
_TITLE_CHARS = 120
_HEADING_STYLES = ("heading", "kop", "title", "titel")


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = ""

    @property
    def is_heading_style(self) -> bool:
        s = self.style.lower().replace(" ", "")
        return s.startswith(_HEADING_STYLES)


@dataclass
class ParsedClause:
    """A clause as read from a document, before it is stored."""

    level: ClauseLevel
    label: str
    path: str
    heading: str = ""
    text: str = ""
    parent: int | None = None  # index into the list
    children: list[int] = field(default_factory=list)

    def add_text(self, more: str) -> None:
        self.text = f"{self.text}\n{more}" if self.text else more


class _Builder:
    def __init__(self) -> None:
        self.clauses: list[ParsedClause] = []
        self.open: dict[ClauseLevel, int] = {}  # the current clause per level
        self.current: int | None = None
        self.texts = 0
        self.paths: set[str] = set()

    def _path(self, level: ClauseLevel, label: str, parent: int | None) -> str:
        own = cite(level, label)
        if level in (ClauseLevel.LID, ClauseLevel.ONDERDEEL) and parent is not None:
            own = f"{self.clauses[parent].path} {own}"
        path, n = own, 1
        while path in self.paths:  # a duplicate label stays citable
            n += 1
            path = f"{own} ({n})"
        self.paths.add(path)
        return path

    def add(self, level: ClauseLevel, label: str, parent: int | None) -> ParsedClause:
        clause = ParsedClause(level, label, self._path(level, label, parent), parent=parent)
        index = len(self.clauses)
        self.clauses.append(clause)
        if parent is not None:
            self.clauses[parent].children.append(index)
        self.current = index
        return clause

    def heading(self, op: Opening, styled: bool) -> None:
        parents = {
            ClauseLevel.HOOFDSTUK: (),
            ClauseLevel.PARAGRAAF: (ClauseLevel.HOOFDSTUK,),
            ClauseLevel.ARTIKEL: (ClauseLevel.PARAGRAAF, ClauseLevel.HOOFDSTUK),
        }[op.level]
        parent = next((self.open[p] for p in parents if p in self.open), None)
        for lower in _below(op.level):
            self.open.pop(lower, None)
        self.open.pop(op.level, None)
        clause = self.add(op.level, op.label, parent)
        self.open[op.level] = self.current or 0
        if op.rest:
            if styled or (len(op.rest) <= _TITLE_CHARS and not op.rest.endswith((".", ";", ":"))):
                clause.heading = op.rest
            else:
                clause.text = op.rest

    def member(self, op: Opening) -> None:
        if op.level is ClauseLevel.LID:
            parent = self.open[ClauseLevel.ARTIKEL]
            self.open.pop(ClauseLevel.ONDERDEEL, None)
        else:
            parent = self.open.get(ClauseLevel.LID, self.open[ClauseLevel.ARTIKEL])
            if op.label.endswith("°") and ClauseLevel.ONDERDEEL in self.open:
                parent = self.open[ClauseLevel.ONDERDEEL]
        clause = self.add(op.level, op.label, parent)
        if op.level is not ClauseLevel.ONDERDEEL or not op.label.endswith("°"):
            self.open[op.level] = self.current or 0
        clause.text = op.rest

    def plain(self, par: Paragraph) -> None:
        text = par.text.strip()
        if self.current is not None and ClauseLevel.ARTIKEL in self.open:
            clause = self.clauses[self.current]
            if par.is_heading_style and not clause.heading and not clause.text:
                clause.heading = text
            else:
                clause.add_text(text)
            return
        if self.current is not None and par.is_heading_style is False and self.clauses[
            self.current
        ].level in (ClauseLevel.HOOFDSTUK, ClauseLevel.PARAGRAAF):
            self.clauses[self.current].add_text(text)
            return
        self.texts += 1
        clause = self.add(ClauseLevel.TEXT, "", None)
        clause.path = f"Tekst {self.texts}"
        self.paths.add(clause.path)
        clause.text = text
        self.current = None  # the next paragraph before an article is a clause of its own


def _below(level: ClauseLevel) -> tuple[ClauseLevel, ...]:
    order = (
        ClauseLevel.HOOFDSTUK,
        ClauseLevel.PARAGRAAF,
        ClauseLevel.ARTIKEL,
        ClauseLevel.LID,
        ClauseLevel.ONDERDEEL,
    )
    return order[order.index(level) + 1 :]


def parse_clauses(paragraphs: Iterable[Paragraph]) -> list[ParsedClause]:
    """The clause tree of a document's paragraphs, in document order."""
    b = _Builder()
    for par in paragraphs:
        text = " ".join(par.text.split())
        if not text:
            continue
        par = Paragraph(text, par.style)
        if (op := heading_opening(text)) is not None:
            b.heading(op, par.is_heading_style)
        elif ClauseLevel.ARTIKEL in b.open and (op := member_opening(text)) is not None:
            b.member(op)
        else:
            b.plain(par)
    return b.clauses


def subtree_text(clauses: list[ParsedClause], index: int) -> str:
    """A clause's heading and text with all its descendants' (for matching whole articles)."""
    c = clauses[index]
    parts = [c.heading, c.text] + [subtree_text(clauses, k) for k in c.children]
    return " ".join(p for p in parts if p)
