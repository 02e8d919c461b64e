"""Where an audit entry came from: an import, a merge, a meeting (or an undo of an import).

- *import*: an import runs as one :class:`OriginMacro`, which records the
  range of audit entries it wrote in ``audit_origin`` (its undo records its
  own range as ``undo``: undo adds entries, it never erases history);
- *merge*: a merge writes its lineage option (``merge.lineage``) in the same
  transaction as its edits, and a transaction's entries share user and time,
  so the entries beside a lineage update are the merge's;
- *meeting*: entries written while a meeting was open (between its open and
  close marks, :mod:`workbench.record.snapshots`) came from that meeting.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, text

from workbench.commands import Macro
from workbench.i18n import Language, label
from workbench.model import AuditOrigin, new_id
from workbench.record.snapshots import meeting_ranges
from workbench.services import Change, ProjectService

LINEAGE = "merge.lineage"


@dataclass(frozen=True)
class Origin:
    kind: str  # import | merge | meeting | undo
    name: str

    def text(self, language: Language = "nl") -> str:
        return f"{label('origin_kind.' + self.kind, language)} {self.name}".strip()


def _record(svc: ProjectService, before: int, kind: str, name: str) -> None:
    after = svc.doc.audit_seq()
    if after <= before:
        return
    with svc.batch() as tx:
        tx.conn.execute(
            insert(AuditOrigin).values(
                id=new_id(), seq_from=before + 1, seq_to=after, kind=kind, name=name
            )
        )


class OriginMacro(Macro):
    """A macro whose audit entries are known to come from one source (an import file)."""

    def __init__(self, text: tuple[str, str], commands: Iterable[object], *, kind: str,
                 name: str) -> None:
        super().__init__(text, list(commands))  # type: ignore[arg-type]
        self.kind = kind
        self.name = name

    def do(self, svc: ProjectService) -> Change:
        before = svc.doc.audit_seq()
        change = super().do(svc)
        _record(svc, before, self.kind, self.name)
        return change

    def undo(self, svc: ProjectService) -> Change:
        before = svc.doc.audit_seq()
        change = super().undo(svc)
        _record(svc, before, "undo", self.name)
        return change


def origins(svc: ProjectService) -> dict[int, Origin]:
    """Audit sequence number -> origin, for every entry that has one."""
    out: dict[int, Origin] = {}
    with svc.doc.engine.connect() as conn:
        for start, end, key in meeting_ranges(svc):
            top = end if end is not None else 2**62
            for (seq,) in conn.execute(
                text("SELECT seq FROM audit_entry WHERE seq >= :a AND seq <= :b"),
                {"a": start, "b": top},
            ):
                out[int(seq)] = Origin("meeting", key)
        merges = conn.execute(
            text(
                "SELECT at, \"user\", new FROM audit_entry "
                "WHERE entity = 'project_option' AND entity_id = :k"
            ),
            {"k": LINEAGE},
        ).all()
        for at, user, new in merges:
            name = _merged_file(new)
            if name is None:
                continue
            for (seq,) in conn.execute(
                text("SELECT seq FROM audit_entry WHERE at = :at AND \"user\" = :u"),
                {"at": at, "u": user},
            ):
                out[int(seq)] = Origin("merge", name)
        for a, b, kind, name in conn.execute(
            text("SELECT seq_from, seq_to, kind, name FROM audit_origin")
        ):
            for seq in range(int(a), int(b) + 1):
                out[seq] = Origin(str(kind), str(name))
    return out


def _merged_file(value: str | None) -> str | None:
    """The file a lineage update records merging in, or None for a copy."""
    try:
        data = json.loads(value or "null")
    except ValueError:
        return None
    states = data.get("states") if isinstance(data, dict) else None
    if not isinstance(states, list) or not states or not isinstance(states[-1], dict):
        return None
    last = states[-1]
    return str(last.get("file", "")) if last.get("kind") == "merge" else None
