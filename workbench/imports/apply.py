"""Turning the accepted changes of a plan into one undoable command.

:func:`build_command` makes a single :class:`~workbench.commands.Macro` of
plain service commands -- update or create an assessment per measure and
criterion, update or create a weight, a new dated position row per changed
stance -- so the whole import is one step on the undo stack and all or
nothing: the macro takes back what it did when any part is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import Any

from workbench.commands import Command, CreateEntity, Macro, UpdateEntity, set_position
from workbench.i18n import UserError, render
from workbench.imports.plan import ImportPlan, PlannedChange
from workbench.record.origins import OriginMacro
from workbench.reports.xlsx_layout import ESTIMATES
from workbench.services import ProjectService


def build_command(
    svc: ProjectService,
    plan: ImportPlan,
    accepted: Collection[int] | None = None,
    *,
    today: dt.date | None = None,
) -> Macro:
    """One macro applying the changes whose index is in `accepted` (all when None)."""
    if not plan.ok:
        raise UserError("import.invalid", path=plan.file, count=len(plan.errors))
    chosen = [c for i, c in enumerate(plan.changes) if accepted is None or i in accepted]
    commands: list[Command] = []
    commands += _assessments(svc, [c for c in chosen if c.entity == "assessment"])
    commands += _weights(svc, [c for c in chosen if c.entity == "weight"])
    for c in chosen:
        if c.entity == "position":
            commands.append(set_position(
                svc, _id(svc, "stakeholder", c.key), _id(svc, "measure", c.code),
                {"stance": int(c.new)}, today=today))
    name = Path(plan.file).name
    # its audit entries are recorded as coming from this file (workbench.record.origins)
    return OriginMacro((render("import.macro_label", "nl", file=name),
                        render("import.macro_label", "en", file=name)), commands,
                       kind="import", name=name)


def _id(svc: ProjectService, entity: str, key: str) -> str:
    found = svc.id_for(entity, key)
    if found is None:
        raise UserError("value.unknown_ref", where=key, kind=entity, got=key)
    return found


def _assessments(svc: ProjectService, changes: list[PlannedChange]) -> list[Command]:
    grouped: dict[tuple[str, str], dict[str, float]] = {}
    for c in changes:
        grouped.setdefault((c.code, c.key), {})[c.field] = c.new
    existing = {(a["measure_id"], a["criterion_id"]): a["id"] for a in svc.rows("assessment")}
    out: list[Command] = []
    for (code, ckey), fields in grouped.items():
        mid, cid = _id(svc, "measure", code), _id(svc, "criterion", ckey)
        aid = existing.get((mid, cid))
        if aid is not None:
            out.append(UpdateEntity("assessment", aid, fields))
            continue
        fill = fields.get("best", next(iter(fields.values())))
        values: dict[str, Any] = {f: fields.get(f, fill) for f in ESTIMATES}
        out.append(CreateEntity("assessment", {"measure_id": mid, "criterion_id": cid,
                                               **values}))
    return out


def _weights(svc: ProjectService, changes: list[PlannedChange]) -> list[Command]:
    out: list[Command] = []
    for c in changes:
        pid, cid = _id(svc, "weight_profile", c.code), _id(svc, "criterion", c.key)
        rows = [w for w in svc.rows("weight", profile_id=pid) if w["criterion_id"] == cid]
        if rows:
            out.append(UpdateEntity("weight", rows[0]["id"], {"weight": c.new}))
        else:
            out.append(CreateEntity("weight", {"profile_id": pid, "criterion_id": cid,
                                               "weight": c.new}))
    return out
