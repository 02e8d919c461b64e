"""Edits of the meeting record as single undo steps, built from the generic core commands.

A meeting with its parties present is one row plus one ``meeting_party``
row per party, so adding or editing a meeting is a :class:`Macro` of
create/update/delete commands: one undo step. Only the fields that differ
from the shown values are written, and only the parties `offered` (those
the screen's audience may see) are added or removed, so an edit made on a
shared screen never touches what that screen does not show. A new meeting
gets a free key from the date (``o2026-05-01``, then ``o2026-05-01-2``),
counted over every meeting, hidden ones too, so a key never seems free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from workbench.commands import Command, CreateEntity, DeleteEntity, Macro, UpdateEntity
from workbench.services import ProjectService


def free_meeting_key(svc: ProjectService, date: dt.date) -> str:
    taken = {str(r["key"]) for r in svc.rows("meeting")}
    base = f"o{date.isoformat()}"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def _both(cmd: Command) -> tuple[str, str]:
    return cmd.label("nl"), cmd.label("en")


def new_meeting(
    svc: ProjectService, values: Mapping[str, Any], parties: Collection[str]
) -> tuple[Command, str]:
    """Create a meeting (a free key unless `values` names one) with these parties present;
    the command and the new meeting's id."""
    date = values["date"]
    row = {"key": free_meeting_key(svc, date), **values}
    create = CreateEntity("meeting", row)
    if not parties:
        return create, create.id
    links = [CreateEntity("meeting_party", {"meeting_id": create.id, "stakeholder_id": p})
             for p in sorted(parties)]
    return Macro(_both(create), [create, *links]), create.id


def changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of `new` whose value differs from `old` (what an edit writes)."""
    return {k: v for k, v in new.items() if k not in old or old[k] != v}


def edit_meeting(
    svc: ProjectService,
    meeting_id: str,
    values: Mapping[str, Any],
    parties: Collection[str],
    offered: Collection[str],
    version: int | None = None,
) -> Command | None:
    """Set changed fields and the parties present among `offered`; None when nothing changes.

    `version` is the meeting row's version as the editor read it (a stale edit is refused).
    """
    present = {str(r["stakeholder_id"]): str(r["id"])
               for r in svc.rows("meeting_party", meeting_id=meeting_id)}
    wanted = set(parties) & set(offered)
    commands: list[Command] = []
    if values:
        commands.append(UpdateEntity("meeting", meeting_id, dict(values), version=version))
    commands += [DeleteEntity("meeting_party", present[p])
                 for p in sorted(set(offered) & present.keys() - wanted)]
    commands += [CreateEntity("meeting_party", {"meeting_id": meeting_id, "stakeholder_id": p})
                 for p in sorted(wanted - present.keys())]
    if not commands:
        return None
    if len(commands) == 1:
        return commands[0]
    return Macro(_both(UpdateEntity("meeting", meeting_id, {})), commands)
