"""The history of every field, read from the audit log.

Each entry says who (the user name the project records), when, which row
(by the code a user knows it by: ``M05``, ``M05/health`` for an assessment,
``party/M05`` for a position, ``profile/criterion`` for a weight), which
field, the old and the new value, and its origin (an import, a merge or a
meeting, :mod:`workbench.record.origins`). A row's code is found also after
the row was deleted (from the values the log holds). The history is the
team's own record: it holds internal values and is never shown to another
audience.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from workbench.i18n import Language
from workbench.record.origins import Origin, origins
from workbench.services import ProjectService
from workbench.services.fields import KEY_FIELD

# entity -> the reference fields that make up its code, in order
_PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "assessment": (("measure_id", "measure"), ("criterion_id", "criterion")),
    "position": (("stakeholder_id", "stakeholder"), ("measure_id", "measure")),
    "weight": (("profile_id", "weight_profile"), ("criterion_id", "criterion")),
    "package_member": (("package_id", "package"), ("measure_id", "measure")),
    "meeting_party": (("meeting_id", "meeting"), ("stakeholder_id", "stakeholder")),
    "meeting_measure": (("meeting_id", "meeting"), ("measure_id", "measure")),
    "action_item": (("meeting_id", "meeting"),),
    "commitment": (("meeting_id", "meeting"), ("stakeholder_id", "stakeholder")),
    "measure_note": (("measure_id", "measure"),),
    "draft_term": (("draft_id", "draft"), ("measure_id", "measure")),
    "clause_link": (("measure_id", "measure"),),
    "measure_link": (("measure_id", "measure"), ("other_id", "measure")),
}


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: dt.datetime
    user: str
    action: str  # create | update | delete | merge
    entity: str
    entity_id: str
    code: str
    field: str
    old: Any
    new: Any
    origin: Origin | None
    measure: str | None  # the code of the measure the row belongs to, if any

    def as_json(self, language: Language = "nl") -> dict[str, Any]:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "user": self.user,
            "entity": self.entity,
            "code": self.code,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "origin": None if self.origin is None else self.origin.text(language),
        }


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _at(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


class _Rows:
    """Every row the log or the file knows, by entity and id (the last values seen)."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}

    def see(self, entity: str, id_: str, field: str, value: Any) -> None:
        self.rows.setdefault((entity, id_), {})[field] = value

    def code(self, entity: str, id_: str) -> str:
        row = self.rows.get((entity, id_), {})
        key = KEY_FIELD.get(entity)
        if key and row.get(key):
            return str(row[key])
        parts = [self.code(ref, str(row[col])) for col, ref in _PARTS.get(entity, ())
                 if row.get(col)]
        return "/".join(parts) or id_

    def measure(self, entity: str, id_: str) -> str | None:
        if entity == "measure":
            return self.code("measure", id_)
        row = self.rows.get((entity, id_), {})
        for col, ref in _PARTS.get(entity, ()):
            if ref == "measure" and row.get(col):
                return self.code("measure", str(row[col]))
        return None


def history(
    svc: ProjectService,
    *,
    since_seq: int = 0,
    since: dt.date | None = None,
    measure: str | None = None,
    user: str | None = None,
    entity: str | None = None,
    entity_id: str | None = None,
) -> list[HistoryEntry]:
    """The audit log after `since_seq` (and from the day `since`), oldest first, filtered."""
    known = _Rows()
    with svc.doc.engine.connect() as conn:
        raw = conn.execute(
            text(
                "SELECT seq, at, \"user\", action, entity, entity_id, field, old, new "
                "FROM audit_entry ORDER BY seq"
            )
        ).all()
    entries = []
    for seq, at, who, action, ent, eid, fld, old, new in raw:
        o, n = _load(old), _load(new)
        if action == "delete" and isinstance(o, dict):
            for k, v in o.items():
                known.see(ent, eid, k, v)
        elif action in ("create", "update") and fld:
            known.see(ent, eid, fld, n)
        entries.append((int(seq), _at(at), str(who), str(action), str(ent), str(eid),
                        str(fld or ""), o, n))
    for ent in sorted(set(KEY_FIELD) | set(_PARTS)):
        for row in svc.rows(ent):
            for k, v in row.items():
                known.see(ent, str(row["id"]), k, v)
    found = origins(svc)
    start = None if since is None else dt.datetime.combine(since, dt.time())
    out: list[HistoryEntry] = []
    for seq, at, who, action, ent, eid, fld, o, n in entries:
        if seq <= since_seq or (start is not None and at < start):
            continue
        if (user is not None and who != user) or (entity is not None and ent != entity):
            continue
        if entity_id is not None and eid != entity_id:
            continue
        m = known.measure(ent, eid) if ent != "project_option" else None
        if measure is not None and m != measure:
            continue
        code = eid if ent == "project_option" else known.code(ent, eid)
        out.append(HistoryEntry(seq, at, who, action, ent, eid, code, fld, o, n,
                                found.get(seq), m))
    return out
