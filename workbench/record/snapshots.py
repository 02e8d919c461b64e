"""Marks on the audit log: the state when a meeting was opened or closed.

Opening a meeting records the project state (the last audit entry's
sequence number and id, :func:`workbench.analysis.data.project_state`);
"what changed since the meeting" rebuilds that state later
(:mod:`workbench.record.states`). A state at a date is the last entry
written before the end of that day. The marks are written beside the
audit log, not as audited edits: they describe the log itself.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, text

from workbench.analysis.data import State, project_state
from workbench.i18n import UserError
from workbench.model import MeetingSnapshot, new_id
from workbench.services import ProjectService


def meeting_id(svc: ProjectService, key: str) -> str:
    found = svc.id_for("meeting", key)
    if found is None:
        raise UserError("record.no_meeting", key=key)
    return found


def mark(svc: ProjectService, meeting: str, kind: str = "open") -> State:
    """Record the current state as the meeting's `kind` ("open" or "close") mark."""
    state = project_state(svc)
    with svc.batch() as tx:
        tx.conn.execute(
            insert(MeetingSnapshot).values(
                id=new_id(), meeting_id=meeting, kind=kind, seq=state.seq, entry=state.entry,
                at=dt.datetime.now(dt.UTC).replace(tzinfo=None), user=tx.user,
            )
        )
    return state


def snapshot_of(svc: ProjectService, meeting: str, kind: str = "open") -> State | None:
    """The state recorded when the meeting was first opened (or last closed)."""
    t = MeetingSnapshot
    order = t.seq.asc() if kind == "open" else t.seq.desc()
    with svc.doc.engine.connect() as conn:
        row = conn.execute(
            select(t.seq, t.entry).where(t.meeting_id == meeting, t.kind == kind).order_by(order)
        ).first()
    return None if row is None else State(int(row[0]), str(row[1]))


def meeting_ranges(svc: ProjectService) -> list[tuple[int, int | None, str]]:
    """(first seq after opening, last seq before closing or None, meeting key) per meeting."""
    with svc.doc.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.key, s.kind, s.seq FROM meeting_snapshot s "
                "JOIN meeting m ON m.id = s.meeting_id ORDER BY s.seq"
            )
        ).all()
    opened: dict[str, int] = {}
    out: list[tuple[int, int | None, str]] = []
    for key, kind, seq in rows:
        if kind == "open" and key not in opened:
            opened[key] = int(seq) + 1
        elif kind == "close" and key in opened:
            out.append((opened.pop(key), int(seq), str(key)))
    out += [(start, None, key) for key, start in opened.items()]
    return out


def state_at_date(svc: ProjectService, day: dt.date) -> State:
    """The state at the end of `day`: the last audit entry written on or before it."""
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    with svc.doc.engine.connect() as conn:
        row = conn.execute(
            text("SELECT seq, id FROM audit_entry WHERE at < :end ORDER BY seq DESC LIMIT 1"),
            {"end": end},
        ).first()
    return State(0, "") if row is None else State(int(row[0]), str(row[1]))


def parse_day(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError("record.bad_date", where=where, got=value) from None
