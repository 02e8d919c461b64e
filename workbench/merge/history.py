"""The audit log as a merge reads it: states, entries after a state, rewinding.

A copy keeps the whole audit log, so a file's state at any earlier entry
is its current rows with the later entries taken back (:func:`rewind`), and
a change set is a state plus the entries after it (:func:`replay`). Every
write of the services is audited (create per field, update old/new, delete
with the whole row, option changes), which is what makes this exact; an
entry the merge cannot take back (the bulk load that made the project) is
reported as a gap in the history. Entries with action ``merge`` only record
a value a merge did not keep; they change no data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from workbench.i18n import UserError
from workbench.merge.rows import MERGE_PREFIX, OPTION, Row, Rows


@dataclass(frozen=True)
class State:
    """A file state: the last audit entry's sequence number and id (0, "" when empty)."""

    seq: int
    entry: str

    def plain(self) -> dict[str, Any]:
        return {"seq": self.seq, "entry": self.entry}


@dataclass(frozen=True)
class Entry:
    seq: int
    id: str
    at: str
    user: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: Any
    new: Any

    def plain(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "id": self.id, "at": self.at, "user": self.user,
            "action": self.action, "entity": self.entity, "entity_id": self.entity_id,
            "field": self.field, "old": self.old, "new": self.new,
        }


def head(conn: Connection) -> State:
    row = conn.execute(text("SELECT seq, id FROM audit_entry ORDER BY seq DESC LIMIT 1")).first()
    return State(0, "") if row is None else State(int(row[0]), str(row[1]))


def entry_at(conn: Connection, seq: int) -> str | None:
    found = conn.execute(
        text("SELECT id FROM audit_entry WHERE seq = :s ORDER BY id LIMIT 1"), {"s": seq}
    ).scalar()
    return None if found is None else str(found)


def has_state(conn: Connection, state: State) -> bool:
    if state.seq == 0:
        return True
    return entry_at(conn, state.seq) == state.entry


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def entries_after(conn: Connection, seq: int) -> list[Entry]:
    rows = conn.execute(
        text(
            "SELECT seq, id, at, \"user\", action, entity, entity_id, field, old, new "
            "FROM audit_entry WHERE seq > :s ORDER BY seq"
        ),
        {"s": seq},
    )
    return [
        Entry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
              str(r[7] or ""), _load(r[8]), _load(r[9]))
        for r in rows
    ]


def shared_prefix(ours: Connection, theirs: Connection) -> State | None:
    """The last entry both logs hold (same number, same id), or None.

    Logs only grow (a Revert drops later entries, and new entries get new
    ids), so "the entry at n is shared" holds up to some n and not after:
    a binary search finds it with a few indexed reads.
    """
    top = min(head(ours).seq, head(theirs).seq)
    lo, hi = 0, top
    while lo < hi:
        mid = (lo + hi + 1) // 2
        a = entry_at(ours, mid)
        if a is not None and a == entry_at(theirs, mid):
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return None
    found = entry_at(ours, lo)
    assert found is not None
    return State(lo, found)


class _Writer:
    """Copy-on-write edits of a snapshot: only the tables and rows touched are copied."""

    def __init__(self, rows: Rows) -> None:
        self.rows: Rows = dict(rows)
        self._tables: set[str] = set()
        self._rows: set[tuple[str, str]] = set()

    def table(self, entity: str) -> dict[str, Row]:
        if entity not in self._tables:
            self.rows[entity] = dict(self.rows.get(entity, {}))
            self._tables.add(entity)
        return self.rows[entity]

    def row(self, entity: str, id_: str) -> Row | None:
        t = self.table(entity)
        found = t.get(id_)
        if found is None:
            return None
        if (entity, id_) not in self._rows:
            found = t[id_] = dict(found)
            self._rows.add((entity, id_))
        return found

    def put(self, entity: str, id_: str, row: Row) -> None:
        self.table(entity)[id_] = row
        self._rows.add((entity, id_))

    def drop(self, entity: str, id_: str) -> None:
        self.table(entity).pop(id_, None)


def _gap(entry: Entry) -> UserError:
    return UserError("merge.history_gap", seq=entry.seq, action=entry.action)


def _set(w: _Writer, e: Entry, value: Any) -> None:
    if e.entity == OPTION:
        if e.entity_id.startswith(MERGE_PREFIX):
            return
        if value is None:
            w.drop(OPTION, e.entity_id)
        else:
            w.put(OPTION, e.entity_id, {"id": e.entity_id, "value": value})
        return
    row = w.row(e.entity, e.entity_id)
    if row is None:
        raise _gap(e)
    row[e.field] = value


def rewind(rows: Rows, later: Sequence[Entry]) -> Rows:
    """The rows as they were before `later` (entries in log order) were written."""
    w = _Writer(rows)
    for e in reversed(later):
        if e.action == "merge":
            continue
        if e.action == "update":
            _set(w, e, e.old)
        elif e.action == "create" and e.entity in rows:
            w.drop(e.entity, e.entity_id)
        elif e.action == "delete" and e.entity in rows and isinstance(e.old, dict):
            w.put(e.entity, e.entity_id, dict(e.old))
        else:
            raise _gap(e)
    return w.rows


def replay(rows: Rows, later: Iterable[Entry]) -> Rows:
    """The rows after `later` (entries in log order) were written on top of `rows`."""
    w = _Writer(rows)
    for e in later:
        if e.action == "merge":
            continue
        if e.action == "update":
            _set(w, e, e.new)
        elif e.action == "create" and e.entity in rows:
            row = w.row(e.entity, e.entity_id)
            if row is None:
                w.put(e.entity, e.entity_id, {"id": e.entity_id, e.field: e.new})
            else:
                row[e.field] = e.new
        elif e.action == "delete" and e.entity in rows:
            w.drop(e.entity, e.entity_id)
        else:
            raise _gap(e)
    return w.rows


def authors(later: Iterable[Entry]) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(entity, id, field) -> (user, time) of the last change after the common state.

    A create or delete is recorded under field "" too, for row-level conflicts.
    """
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    for e in later:
        if e.action == "merge":
            continue
        who = (e.user, e.at)
        out[(e.entity, e.entity_id, e.field)] = who
        out[(e.entity, e.entity_id, "")] = who
    return out
