"""A measure's wording through the drafts: its linked clauses in every version, in order.

A link ties a measure to a clause's stable id, so the same link finds the
clause in every version in which it exists, whatever its printed label
there. :func:`wording_timeline` walks the versions with text in the order
they came in and, per linked clause, says what the clause said and how that
differs from the version before (new, unchanged, reworded, renumbered,
gone), with the redline segments and flags (years, numbers, amounts, modal
verbs) of :mod:`workbench.drafts.redline`. Reads go through a
:class:`~workbench.services.queries.RowSource`, so the screen's audience
filtering applies to versions and links alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workbench.drafts.clauses import Clause
from workbench.drafts.redline import Segment, segments
from workbench.drafts.store import Version, clauses, links, versions
from workbench.services.queries import RowSource

Status = Literal["first", "new", "same", "changed", "renumbered", "gone", "absent"]


@dataclass(frozen=True)
class Wording:
    clause_id: str
    link_kind: str
    status: Status
    path: str  # "" when the clause is not in this version
    text: str
    segments: tuple[Segment, ...]  # against the previous version's wording of the clause
    flags: frozenset[str]


@dataclass(frozen=True)
class Step:
    version: Version
    wordings: tuple[Wording, ...]


def _kind(link: dict[str, object]) -> str:
    return str(getattr(link["kind"], "value", link["kind"]))


def wording_timeline(src: RowSource, code: str) -> list[Step]:
    """Per version with text, the measure's linked clauses there (empty when none is linked)."""
    linked: dict[str, str] = {}  # stable clause id -> link kind (first link wins)
    for cid, ls in links(src).items():
        for link in ls:
            if link["code"] == code:
                linked.setdefault(cid, _kind(link))
    steps: list[Step] = []
    if not linked:
        return steps
    before: dict[str, Clause] = {}
    for v in versions(src):
        if not v.clause_count:
            continue
        here = {c.clause_id: c for c in clauses(src, v.id) if c.clause_id in linked}
        out: list[Wording] = []
        for cid, kind in linked.items():
            c, prev = here.get(cid), before.get(cid)
            if c is None:
                status: Status = "gone" if prev is not None else "absent"
                out.append(Wording(cid, kind, status, "", "", (), frozenset()))
                continue
            if prev is None:
                status = "new" if steps else "first"
                segs: tuple[Segment, ...] = (Segment("equal", c.wording),)
            else:
                segs = segments(prev.wording, c.wording)
                if prev.wording != c.wording:
                    status = "changed"
                elif prev.path != c.path:
                    status = "renumbered"
                else:
                    status = "same"
            flags: set[str] = set()
            for s in segs:
                if s.op != "equal":
                    flags |= s.flags
            out.append(Wording(cid, kind, status, c.path, c.wording, segs, frozenset(flags)))
        before = here
        order = {cid: c.order for cid, c in here.items()}
        out.sort(key=lambda w: order.get(w.clause_id, 1 << 30))
        steps.append(Step(v, tuple(out)))
    return steps
