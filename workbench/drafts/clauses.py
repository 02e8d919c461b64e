"""A stored clause as the rest of the package reads it (plain, immutable)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.model.draft_text import ClauseLevel


@dataclass(frozen=True)
class Clause:
    clause_id: str
    parent_clause_id: str | None
    level: ClauseLevel
    label: str
    path: str
    heading: str
    text: str
    order: int

    @property
    def wording(self) -> str:
        """What the clause itself says: its heading and its own text (not its children's)."""
        return "\n".join(p for p in (self.heading, self.text) if p)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Clause:
        return cls(
            str(row["clause_id"]),
            None if row["parent_clause_id"] is None else str(row["parent_clause_id"]),
            ClauseLevel(str(getattr(row["level"], "value", row["level"]))),
            str(row["label"]),
            str(row["path"]),
            str(row["heading"]),
            str(row["text"]),
            int(row["sort_key"]),
        )


def ancestors(clauses: Sequence[Clause], clause: Clause) -> list[Clause]:
    """The clause's parents, nearest first."""
    by_id = {c.clause_id: c for c in clauses}
    out: list[Clause] = []
    seen: set[str] = set()
    parent = clause.parent_clause_id
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        out.append(by_id[parent])
        parent = by_id[parent].parent_clause_id
    return out


def subtree(clauses: Sequence[Clause], clause: Clause) -> str:
    """The clause's wording followed by all its descendants' (document order)."""
    kids: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.parent_clause_id is not None:
            kids.setdefault(c.parent_clause_id, []).append(c)

    def walk(c: Clause) -> list[str]:
        out = [c.wording] if c.wording else []
        for k in sorted(kids.get(c.clause_id, []), key=lambda x: x.order):
            out.extend(walk(k))
        return out

    return " ".join(walk(clause))
