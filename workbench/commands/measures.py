"""Compound edits a negotiator makes on measures and positions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workbench.commands.base import Command, CreateEntity, Macro
from workbench.services import ProjectService
from workbench.services.queries import position_stamp

_COPY_SKIP = {"id", "measure_id"}


def _free_code(svc: ProjectService, code: str) -> str:
    taken = {r["code"] for r in svc.rows("measure")}
    n = 2
    while f"{code}-{n}" in taken:
        n += 1
    return f"{code}-{n}"


def duplicate_measure(svc: ProjectService, measure_id: str) -> Macro:
    """A copy of a measure with its notes, assessments and links, under a new code."""
    src = svc.get("measure", measure_id)
    values = {k: v for k, v in src.items() if k not in ("id", "sort_key")}
    values["code"] = _free_code(svc, src["code"])
    values["title"] = f"{src['title']} (kopie)"
    create = CreateEntity("measure", values)
    parts: list[Command] = [create]
    for entity in ("measure_note", "assessment"):
        for row in svc.rows(entity, measure_id=measure_id):
            copied: dict[str, Any] = {k: v for k, v in row.items() if k not in _COPY_SKIP}
            parts.append(CreateEntity(entity, {**copied, "measure_id": create.id}))
    for row in svc.rows("measure_link", measure_id=measure_id):
        parts.append(
            CreateEntity(
                "measure_link",
                {"measure_id": create.id, "other_id": row["other_id"], "kind": row["kind"]},
            )
        )
    return Macro(("Maatregel dupliceren", "Duplicate measure"), parts)


def set_position(
    svc: ProjectService,
    stakeholder_id: str,
    measure_id: str,
    changes: dict[str, Any],
    today: dt.date | None = None,
) -> CreateEntity:
    """A new dated position row carrying the current one forward with `changes`.

    Positions keep history: the earlier row stays, the new one becomes current.
    """
    current = current_position(svc, stakeholder_id, measure_id)
    base: dict[str, Any] = {"stance": 0, "red_line": False, "conditions": "", "priority": None}
    if current is not None:
        base.update(
            {k: current[k] for k in ("stance", "red_line", "conditions", "priority", "visibility")}
        )
    base.update(changes)
    base.update(
        stakeholder_id=stakeholder_id,
        measure_id=measure_id,
        date=changes.get("date", today or dt.date.today()),
        # fixed now, so that redo recreates the very same row
        recorded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    return CreateEntity("position", base)


def current_position(
    svc: ProjectService, stakeholder_id: str, measure_id: str
) -> dict[str, Any] | None:
    rows = svc.rows("position", stakeholder_id=stakeholder_id, measure_id=measure_id)
    if not rows:
        return None
    return max(rows, key=position_stamp)
