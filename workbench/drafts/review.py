"""What a person should check after an import: the clause matches that are not certain.

:func:`pending` reads a stored version and the version before it and lists,
from the stored stable ids (so it holds after a restart and after each
correction), every clause that is new, gone, renumbered, moved to another
parent, or kept its id on a weak text similarity. Each item carries the
choices a correction can make: for a clause of the new version, the previous
version's clauses of the same level it may continue (or "new"); for a clause
that is gone, the new version's clauses of the same level that may continue
it. A correction is :class:`~workbench.drafts.commands.ReassignClause`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workbench.drafts.clauses import Clause, subtree
from workbench.drafts.matching import SURE
from workbench.drafts.store import Version, clauses, version, versions
from workbench.services.queries import RowSource

PendingKind = Literal["new", "deleted", "renumbered", "moved", "uncertain"]


@dataclass(frozen=True)
class Pending:
    kind: PendingKind
    clause_id: str  # the new clause's stable id; for "deleted", the gone clause's
    path: str  # printed path in the new version ("" when deleted)
    old_path: str  # printed path in the previous version ("" when new)
    similarity: float  # 0..1 between the paired clauses (0 when unpaired)
    wording: str  # the new clause's wording (the gone clause's when deleted)
    choices: tuple[Clause, ...]  # the clauses a correction may pair it with


@dataclass(frozen=True)
class ReviewList:
    draft_key: str
    previous_key: str | None
    items: tuple[Pending, ...]


def previous_of(src: RowSource, draft_key: str) -> Version | None:
    """The version with text imported just before `draft_key` (None for the first)."""
    with_text = [v for v in versions(src) if v.clause_count]
    keys = [v.key for v in with_text]
    if draft_key not in keys:
        return None
    i = keys.index(draft_key)
    return with_text[i - 1] if i > 0 else None


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b)) / 100.0


def pending(src: RowSource, draft_key: str) -> ReviewList:
    """The uncertain matches of `draft_key` against the version before it, in reading order."""
    new_v = version(src, draft_key)
    prev = previous_of(src, draft_key)
    if prev is None:
        return ReviewList(draft_key, None, ())
    old, new = clauses(src, prev.id), clauses(src, new_v.id)
    old_by = {c.clause_id: c for c in old}
    new_ids = {c.clause_id for c in new}
    unpaired_old = [c for c in old if c.clause_id not in new_ids]
    unpaired_new = [c for c in new if c.clause_id not in old_by]
    items: list[Pending] = []
    for c in new:
        before = old_by.get(c.clause_id)
        if before is None:
            choices = tuple(o for o in old if o.level == c.level)
            items.append(Pending("new", c.clause_id, c.path, "", 0.0, c.wording, choices))
            continue
        sim = _similarity(subtree(old, before), subtree(new, c))
        kind: PendingKind | None = None
        if before.parent_clause_id != c.parent_clause_id:
            kind = "moved"
        elif before.path != c.path:
            kind = "renumbered"
        elif sim < SURE and before.wording != c.wording:
            kind = "uncertain"
        if kind is not None:
            choices = tuple(o for o in old if o.level == c.level)
            items.append(Pending(kind, c.clause_id, c.path, before.path, sim, c.wording, choices))
    for o in unpaired_old:
        choices = tuple(c for c in unpaired_new if c.level == o.level)
        items.append(Pending("deleted", o.clause_id, "", o.path, 0.0, o.wording, choices))
    return ReviewList(draft_key, prev.key, tuple(items))
