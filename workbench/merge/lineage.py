"""Lineage: which project a file belongs to and which states it was copied or merged from.

Kept in the project option ``merge.lineage`` (JSON, audited like every
option): ``{"project": id, "states": [{"kind": "copy"|"merge", "seq",
"entry", "at", "user", "file"}]}``. The project id of a file that has none
yet is the id of its first audit entry, which every copy shares. The
common ancestor of two files is the last audit entry both logs hold, or a
later state of one file that the other has recorded merging in (so a
colleague's copy merged twice is compared with what was merged the first
time, not with the original copy).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, select, text

from workbench.i18n import UserError
from workbench.merge.history import State, has_state, shared_prefix
from workbench.model import ProjectOption

LINEAGE = "merge.lineage"
CONFLICTS = "merge.conflicts"

Side = Literal["ours", "theirs"]


@dataclass(frozen=True)
class Ancestor:
    """The common state, and which file's log holds it (both: the shared prefix)."""

    state: State
    side: Side | None  # None: both logs hold it
    # criss-cross: each side merged a state of the other that did not include
    # its own merge; `state` is theirs merged by us, `crossed` ours merged by them
    crossed: State | None = None


def read_option(conn: Connection, key: str) -> Any:
    return conn.execute(select(ProjectOption.value).where(ProjectOption.key == key)).scalar()


def lineage(conn: Connection) -> dict[str, Any]:
    found = read_option(conn, LINEAGE)
    if not isinstance(found, dict):
        found = {}
    states = found.get("states")
    return {
        "project": found.get("project") or first_entry(conn),
        "states": [s for s in states if isinstance(s, dict)] if isinstance(states, list) else [],
    }


def first_entry(conn: Connection) -> str | None:
    found = conn.execute(
        text("SELECT id FROM audit_entry ORDER BY seq LIMIT 1")
    ).scalar()
    return None if found is None else str(found)


def record(
    current: dict[str, Any], kind: str, state: State, user: str, file: str
) -> dict[str, Any]:
    """The lineage with one more state appended (a new dict; the option is set by the caller)."""
    entry = {
        **state.plain(),
        "kind": kind,
        "at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "user": user,
        "file": file,
    }
    return {"project": current.get("project"), "states": [*current.get("states", []), entry]}


def _state(rec: dict[str, Any]) -> State | None:
    seq, entry = rec.get("seq"), rec.get("entry")
    if isinstance(seq, int) and isinstance(entry, str) and seq > 0:
        return State(seq, entry)
    return None


def find_ancestor(ours: Connection, theirs: Connection, theirs_name: str) -> Ancestor:
    """The best common state of two files, or one clear refusal."""
    a, b = lineage(ours), lineage(theirs)
    if a["project"] is None or a["project"] != b["project"]:
        raise UserError("merge.unrelated", path=theirs_name)
    prefix = shared_prefix(ours, theirs)
    # A state of one file the other recorded merging in descends from the shared prefix.
    found: dict[str, tuple[State, int]] = {}  # side whose log holds it -> (state, record seq)
    for mine, mine_conn, other_conn, side in ((a, ours, theirs, "theirs"),
                                              (b, theirs, ours, "ours")):
        for rec in mine["states"]:
            st = _state(rec)
            if rec.get("kind") != "merge" or st is None:
                continue
            if prefix is not None and st.seq <= prefix.seq:
                continue
            if not has_state(other_conn, st):
                continue
            if side not in found or st.seq > found[side][0].seq:
                found[side] = (st, _recorded_at(mine_conn, rec))
    if "theirs" in found and "ours" in found:
        (t_st, ours_rec), (o_st, theirs_rec) = found["theirs"], found["ours"]
        # Our state they merged came before our merge of theirs, and the other way round.
        if o_st.seq < ours_rec and t_st.seq < theirs_rec:
            return Ancestor(t_st, "theirs", crossed=o_st)
        # Otherwise one merge includes the other: the later one is the ancestor.
        return Ancestor(o_st, "ours") if o_st.seq >= ours_rec else Ancestor(t_st, "theirs")
    for side in ("theirs", "ours"):
        if side in found:
            return Ancestor(found[side][0], side)  # type: ignore[arg-type]
    if prefix is None:
        raise UserError("merge.no_ancestor", path=theirs_name)
    return Ancestor(prefix, None)


def _recorded_at(conn: Connection, rec: dict[str, Any]) -> int:
    """The sequence number of the entry that wrote a lineage record (0 when not found)."""
    import json

    rows = conn.execute(text(
        "SELECT seq, new FROM audit_entry WHERE entity = 'project_option' "
        "AND entity_id = :k ORDER BY seq"), {"k": LINEAGE})
    for seq, new in rows:
        try:
            states = json.loads(new or "null")["states"]
        except (ValueError, KeyError, TypeError):
            continue
        if rec in states:
            return int(seq)
    return 0
