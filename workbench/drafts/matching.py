"""Stable clause ids: matching a new version's clauses to the previous version's.

For every pair of clauses of the same level the score is their text
similarity (rapidfuzz's normalised Indel ratio over the clause with its
descendants, computed for all pairs at once by ``rapidfuzz.process.cdist``:
a few hundred clauses squared stay in milliseconds, where difflib's
SequenceMatcher would take seconds), plus a bonus when the printed path is
the same. Pairs are taken greedily, best first, while the similarity clears
:data:`MATCH`; a renumbered clause (same text, new label) keeps its id, a
clause whose text is unlike anything before gets a new id. What is not
certain -- new, gone, or matched on a weak similarity -- is listed for the
user to confirm or correct (:class:`Review`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from workbench.drafts.clauses import Clause, subtree
from workbench.drafts.structure import ParsedClause
from workbench.drafts.structure import subtree_text as parsed_subtree

MATCH = 0.55  # least similarity for a match at all
SURE = 0.85  # a match below this (or with another label) is shown for review
SAME_PATH_BONUS = 0.15

ReviewKind = Literal["new", "deleted", "renumbered", "uncertain"]


@dataclass(frozen=True)
class Review:
    """One matching decision a person should see: confirm it or pick another clause."""

    kind: ReviewKind
    new_index: int | None  # into the new clauses
    old_clause_id: str | None
    new_path: str
    old_path: str
    similarity: float


@dataclass(frozen=True)
class Matching:
    clause_ids: tuple[str, ...]  # per new clause, its stable id
    reviews: tuple[Review, ...]


def match_clauses(old: Sequence[Clause], new: Sequence[ParsedClause]) -> Matching:
    """Stable ids for `new` (ids of `old` where they match; fresh ids otherwise)."""
    from rapidfuzz import fuzz, process

    ids: list[str | None] = [None] * len(new)
    sims: list[float] = [0.0] * len(new)
    taken: set[str] = set()
    new_texts = [parsed_subtree(list(new), i) for i in range(len(new))]
    old_texts = [subtree(old, c) for c in old]
    pairs: list[tuple[float, float, int, int]] = []
    if old and new:
        matrix = process.cdist(old_texts, new_texts, scorer=fuzz.ratio, workers=1)
        for i, oc in enumerate(old):
            for j, nc in enumerate(new):
                if oc.level != nc.level:
                    continue
                sim = float(matrix[i][j]) / 100.0
                same_path = oc.path == nc.path
                if sim >= MATCH or (same_path and sim >= MATCH - SAME_PATH_BONUS):
                    pairs.append((sim + (SAME_PATH_BONUS if same_path else 0.0), sim, i, j))
    pairs.sort(key=lambda p: (-p[0], p[2], p[3]))
    for _score, sim, i, j in pairs:
        if ids[j] is not None or old[i].clause_id in taken:
            continue
        ids[j] = old[i].clause_id
        sims[j] = sim
        taken.add(old[i].clause_id)
    by_id = {c.clause_id: c for c in old}
    reviews: list[Review] = []
    out: list[str] = []
    for j, nc in enumerate(new):
        cid = ids[j]
        if cid is None:
            out.append(str(uuid.uuid4()))
            if old:
                reviews.append(Review("new", j, None, nc.path, "", 0.0))
            continue
        out.append(cid)
        oc = by_id[cid]
        if oc.path != nc.path:
            kind: ReviewKind = "renumbered" if sims[j] >= SURE else "uncertain"
            reviews.append(Review(kind, j, cid, nc.path, oc.path, sims[j]))
        elif sims[j] < SURE and oc.wording != _wording(nc):
            reviews.append(Review("uncertain", j, cid, nc.path, oc.path, sims[j]))
    for oc in old:
        if oc.clause_id not in taken:
            reviews.append(Review("deleted", None, oc.clause_id, "", oc.path, 0.0))
    return Matching(tuple(out), tuple(reviews))


def _wording(c: ParsedClause) -> str:
    return "\n".join(p for p in (c.heading, c.text) if p)


def rematch(matching: Matching, new_index: int, old_clause_id: str | None) -> Matching:
    """The user's correction: new clause `new_index` is `old_clause_id` (None: a new clause)."""
    ids = list(matching.clause_ids)
    if old_clause_id is None:
        ids[new_index] = str(uuid.uuid4())
    else:
        # the old id can belong to one new clause only: whoever had it gets a fresh id
        for k, cid in enumerate(ids):
            if cid == old_clause_id and k != new_index:
                ids[k] = str(uuid.uuid4())
        ids[new_index] = old_clause_id
    reviews = tuple(r for r in matching.reviews if r.new_index != new_index)
    return Matching(tuple(ids), reviews)
