"""The redline between two versions: per clause (by stable id) what changed, and how.

Each clause present in either version is paired by its stable id. A change
is ``inserted`` or ``deleted`` (one side only), ``moved`` (another parent),
``renumbered`` (another printed label, same parent) or ``changed`` (same
label, other words); a renumbered or moved clause whose words changed too
keeps that kind and shows the words. The words are compared as tokens
(difflib's opcodes, which keep the order a reader expects) for the inline
and side-by-side views. A change is *substantive* unless it only touches
whitespace, punctuation or numbering; changed numbers, years, amounts and
modal verbs (kan/zal/moet/mag, may/shall/must) are flagged so they can be
shown first and highlighted.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from workbench.drafts.clauses import Clause
from workbench.drafts.numbering import strip_numbering

Kind = Literal["inserted", "deleted", "changed", "moved", "renumbered"]
Op = Literal["equal", "insert", "delete"]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")
_AMOUNT_WORDS = frozenset({"€", "euro", "eur", "miljoen", "miljard", "procent", "%"})
MODALS = frozenset({
    "kan", "kunnen", "zal", "zullen", "moet", "moeten", "mag", "mogen", "dient", "dienen",
    "streeft", "streven", "may", "shall", "must", "will", "can", "should",
})
# modal verbs that bind: a change from one of these to a non-binding one weakens
BINDING = frozenset({"zal", "zullen", "moet", "moeten", "dient", "dienen", "shall", "must",
                     "will"})
WEAK = frozenset({"kan", "kunnen", "mag", "mogen", "streeft", "streven", "may", "can",
                  "should"})

Flag = Literal["number", "year", "amount", "modal"]


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Change:
    clause_id: str
    kind: Kind
    old: Clause | None
    new: Clause | None
    substantive: bool
    segments: tuple[Segment, ...]
    flags: frozenset[str] = field(default_factory=frozenset)
    replaced_years: tuple[tuple[int, int], ...] = ()  # (old year, new year) swapped in place
    modal_change: tuple[str, str] | None = None  # (old verb, new verb)
    replaced_percents: tuple[tuple[float, float], ...] = ()  # (old %, new %) in place

    @property
    def old_label(self) -> str | None:
        return None if self.old is None else self.old.path

    @property
    def new_label(self) -> str | None:
        return None if self.new is None else self.new.path

    @property
    def old_text(self) -> str | None:
        return None if self.old is None else self.old.wording

    @property
    def new_text(self) -> str | None:
        return None if self.new is None else self.new.wording

    @property
    def label(self) -> str:
        return self.new_label or self.old_label or ""


@dataclass(frozen=True)
class Redline:
    old_key: str
    new_key: str
    changes: tuple[Change, ...]

    def substantive(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.substantive)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def token_flags(tok: str) -> frozenset[str]:
    t = tok.lower()
    out: set[str] = set()
    if _YEAR.match(t):
        out.add("year")
    elif _NUMBER.match(t):
        out.add("number")
    if t in _AMOUNT_WORDS:
        out.add("amount")
    if t in MODALS:
        out.add("modal")
    return frozenset(out)


def _normal(text: str) -> str:
    """Text as the substantive filter compares it: no numbering, punctuation or spacing."""
    words = [strip_numbering(line) for line in text.splitlines()]
    return " ".join(re.findall(r"\w+", " ".join(words).lower()))


def segments(old: str, new: str) -> tuple[Segment, ...]:
    a, b = tokens(old), tokens(new)
    out: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(Segment("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(Segment("delete", "".join(a[i1:i2]), _flags(a[i1:i2])))
        if j2 > j1:
            out.append(Segment("insert", "".join(b[j1:j2]), _flags(b[j1:j2])))
    return tuple(out)


def _flags(toks: Sequence[str]) -> frozenset[str]:
    out: set[str] = set()
    for t in toks:
        out |= token_flags(t)
    return frozenset(out)


def _replaced(old: str, new: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, str] | None]:
    """Years replaced one for one, and the first modal verb replaced by another."""
    a = [t for t in tokens(old) if t.strip()]
    b = [t for t in tokens(new) if t.strip()]
    years: list[tuple[int, int]] = []
    modal: tuple[str, str] | None = None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        olds = [t for t in a[i1:i2] if _YEAR.match(t)]
        news = [t for t in b[j1:j2] if _YEAR.match(t)]
        if len(olds) == len(news):
            years.extend((int(x), int(y)) for x, y in zip(olds, news, strict=True) if x != y)
        om = [t.lower() for t in a[i1:i2] if t.lower() in MODALS]
        nm = [t.lower() for t in b[j1:j2] if t.lower() in MODALS]
        if modal is None and om and nm and om[0] != nm[0]:
            modal = (om[0], nm[0])
    return tuple(years), modal


_PERCENT_WORDS = frozenset({"procent", "%", "percent"})


def percentages(text: str) -> list[float]:
    """The percentages a text states, in order ("30 procent", "2,5%", "12.5 percent")."""
    a = [t for t in tokens(text) if t.strip()]
    out: list[float] = []
    for k, t in enumerate(a):
        if t.lower() not in _PERCENT_WORDS or k == 0 or not a[k - 1].isdigit():
            continue
        if k >= 3 and a[k - 2] in (",", ".") and a[k - 3].isdigit():
            out.append(float(f"{a[k - 3]}.{a[k - 1]}"))
        else:
            out.append(float(a[k - 1]))
    return out


def replaced_percents(old: str, new: str) -> tuple[tuple[float, float], ...]:
    """Percentages changed one for one (same count on both sides, some other)."""
    a, b = percentages(old), percentages(new)
    if len(a) != len(b):
        return ()
    return tuple((x, y) for x, y in zip(a, b, strict=True) if x != y)


def compare(old_key: str, old: Sequence[Clause], new_key: str, new: Sequence[Clause]) -> Redline:
    """Every clause that differs between `old` and `new`, in the new version's order."""
    old_by = {c.clause_id: c for c in old}
    new_by = {c.clause_id: c for c in new}
    # deleted clauses sit where they were: after the new clause that followed their old neighbour
    order: list[tuple[float, Change]] = []
    new_pos = {c.clause_id: i for i, c in enumerate(new)}
    last_pos = -1.0
    for i, oc in enumerate(old):
        if oc.clause_id in new_by:
            last_pos = float(new_pos[oc.clause_id])
            continue
        gone: tuple[Segment, ...] = (Segment("delete", oc.wording, _flags(tokens(oc.wording))),)
        order.append((last_pos + 0.5 + i * 1e-6, Change(
            oc.clause_id, "deleted", oc, None, bool(_normal(oc.wording)), gone,
            _flags(tokens(oc.wording)))))
    for j, nc in enumerate(new):
        before = old_by.get(nc.clause_id)
        if before is None:
            added = (Segment("insert", nc.wording, _flags(tokens(nc.wording))),)
            order.append((float(j), Change(
                nc.clause_id, "inserted", None, nc, bool(_normal(nc.wording)), added,
                _flags(tokens(nc.wording)))))
            continue
        oc = before
        same_words = oc.wording == nc.wording
        if same_words and oc.path == nc.path and oc.parent_clause_id == nc.parent_clause_id:
            continue
        if oc.parent_clause_id != nc.parent_clause_id:
            kind: Kind = "moved"
        elif oc.path != nc.path:
            kind = "renumbered"
        else:
            kind = "changed"
        segs = segments(oc.wording, nc.wording)
        flags: set[str] = set()
        for s in segs:
            if s.op != "equal":
                flags |= s.flags
        substantive = kind == "moved" or _normal(oc.wording) != _normal(nc.wording)
        years, modal = _replaced(oc.wording, nc.wording)
        order.append((float(j), Change(
            nc.clause_id, kind, oc, nc, substantive, segs, frozenset(flags), years, modal,
            replaced_percents(oc.wording, nc.wording))))
    order.sort(key=lambda t: t[0])
    changes = [c for _pos, c in order]
    return Redline(old_key, new_key, tuple(changes))


def weakened(modal: tuple[str, str] | None) -> bool | None:
    """True when a binding verb became a weak one, False for the reverse, else None."""
    if modal is None:
        return None
    before, after = modal
    if before in BINDING and after in WEAK:
        return True
    if before in WEAK and after in BINDING:
        return False
    return None
