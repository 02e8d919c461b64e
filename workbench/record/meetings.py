"""Meetings as an audience may see them: parties, delegation, notes, decisions, promises, actions.

Read from :class:`~workbench.analysis.data.ProjectData` (``analysis.data``),
so a row or text the audience may not see is not there (a text it may not
read is None). An action item or open commitment is *overdue* when its due
date lies before `today`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from workbench.analysis.data import Source


@dataclass(frozen=True)
class ActionRow:
    id: str
    text: str
    owner: str
    due: dt.date | None
    done: bool
    overdue: bool
    visibility: str


@dataclass(frozen=True)
class CommitmentRow:
    id: str
    party: str
    measure: str | None
    text: str
    due: dt.date | None
    status: str
    overdue: bool
    visibility: str


@dataclass(frozen=True)
class MeetingRecord:
    id: str
    key: str
    title: str
    date: dt.date
    location: str
    kind: str
    delegation: str
    visibility: str
    parties: tuple[str, ...]
    measures: tuple[str, ...]
    notes: str | None
    decisions: str | None
    commitments: tuple[CommitmentRow, ...]
    actions: tuple[ActionRow, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "date": self.date.isoformat(),
            "parties": list(self.parties),
            "decisions": self.decisions,
            "commitments": [
                {"party": c.party, "measure": c.measure, "text": c.text,
                 "due": None if c.due is None else c.due.isoformat(), "status": c.status,
                 "overdue": c.overdue}
                for c in self.commitments
            ],
            "action_items": [
                {"text": a.text, "owner": a.owner,
                 "due": None if a.due is None else a.due.isoformat(), "done": a.done,
                 "overdue": a.overdue}
                for a in self.actions
            ],
        }


def _v(value: Any) -> str:
    return str(getattr(value, "value", value))


def meetings(source: Source, today: dt.date | None = None) -> list[MeetingRecord]:
    """Every meeting the source holds, oldest first."""
    today = today or dt.date.today()
    parties = {r["id"]: r for r in source.rows("stakeholder")}
    codes = {r["id"]: r["code"] for r in source.rows("measure")}
    out = []
    for m in sorted(source.rows("meeting"), key=lambda r: (r["date"], r["key"])):
        mid = m["id"]
        present = tuple(
            str(parties[r["stakeholder_id"]]["name"])
            for r in source.rows("meeting_party", meeting_id=mid)
            if r["stakeholder_id"] in parties
        )
        measures = tuple(
            str(codes[r["measure_id"]])
            for r in source.rows("meeting_measure", meeting_id=mid)
            if r["measure_id"] in codes
        )
        promises = tuple(
            CommitmentRow(
                str(c["id"]), str(parties[c["stakeholder_id"]]["name"]),
                codes.get(c["measure_id"]) if c["measure_id"] else None, str(c["text"]),
                c["due"], _v(c["status"]),
                _v(c["status"]) == "open" and c["due"] is not None and c["due"] < today,
                _v(c["visibility"]),
            )
            for c in source.rows("commitment", meeting_id=mid)
            if c["stakeholder_id"] in parties
        )
        actions = tuple(
            ActionRow(str(a["id"]), str(a["text"]), str(a["owner"]), a["due"], bool(a["done"]),
                      not a["done"] and a["due"] is not None and a["due"] < today,
                      _v(a["visibility"]))
            for a in source.rows("action_item", meeting_id=mid)
        )
        out.append(MeetingRecord(
            str(mid), str(m["key"]), str(m["title"]), m["date"], str(m["location"] or ""),
            str(m.get("kind") or "plenary"), str(m.get("delegation") or ""),
            _v(m["visibility"]), present, measures, m["notes"], m["decisions"], promises,
            actions,
        ))
    return out


@dataclass(frozen=True)
class OpenItem:
    meeting: str
    kind: str  # action | commitment
    text: str
    who: str
    due: dt.date | None
    overdue: bool


def open_items(records: list[MeetingRecord]) -> list[OpenItem]:
    """Open action items and open commitments across meetings, overdue first, then by date."""
    out = [OpenItem(m.key, "action", a.text, a.owner, a.due, a.overdue)
           for m in records for a in m.actions if not a.done]
    out += [OpenItem(m.key, "commitment", c.text, c.party, c.due, c.overdue)
            for m in records for c in m.commitments if c.status == "open"]
    out.sort(key=lambda i: (not i.overdue, i.due or dt.date.max, i.meeting))
    return out
