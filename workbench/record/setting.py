"""``workbench set``: one scripted edit through the same validated, audited service as the GUI.

An edit is named as ENTITY CODE FIELD VALUE: ``measure M05 deadline_year
2028``, ``assessment M05/health best 2.5``, ``weight ours/health weight 0.3``,
``position tata/M05 stance 1`` (a new dated position row, as in the GUI),
or a keyed row (criterion, stakeholder, package, meeting, draft, source).
The value is read in the field's type and checked by the services' rules;
a bad value gives one message naming what and where, and nothing is
written. The result is a core command, undoable like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.commands import Command, UpdateEntity, set_position
from workbench.i18n import Term, UserError, Where
from workbench.services import ProjectService
from workbench.services.fields import INTERNAL_FIELDS, KEY_FIELD, coerce, specs

# entity -> (parent entity, second entity) for codes "A/B"
_PAIRS: dict[str, tuple[str, str]] = {
    "assessment": ("measure", "criterion"),
    "weight": ("weight_profile", "criterion"),
    "position": ("stakeholder", "measure"),
}
ENTITIES = tuple(sorted({*KEY_FIELD, *_PAIRS}))


@dataclass(frozen=True)
class Edit:
    command: Command
    where: str
    old: Any
    new: Any


def _id(svc: ProjectService, entity: str, key: str) -> str:
    found = svc.id_for(entity, key)
    if found is None:
        raise UserError("record.unknown_code", kind=Term("entity." + entity), got=key)
    return found


def parse(spec_entity: str, field: str, text: str, where: Where) -> Any:
    spec = specs(spec_entity).get(field)
    if spec is None or field in INTERNAL_FIELDS or field == "id" or spec.kind == "ref":
        raise UserError("record.unknown_field", where=where, got=field)
    value: Any = text
    if spec.kind in ("int", "float"):
        try:
            value = float(text.replace(",", ".")) if spec.kind == "float" else int(text)
        except ValueError:
            value = text  # coerce names the expected type
    elif spec.kind == "bool":
        value = {"true": True, "ja": True, "yes": True, "1": True, "false": False,
                 "nee": False, "no": False, "0": False}.get(text.strip().lower(), text)
    elif spec.nullable and text == "":
        value = None
    return coerce(spec, value, where.at(field))


def plan_edit(svc: ProjectService, entity: str, code: str, field: str, value: str) -> Edit:
    """The command for one edit, after every check (nothing is written here)."""
    if entity not in ENTITIES:
        raise UserError("record.unknown_entity", got=entity, choices=", ".join(ENTITIES))
    where = Where(entity, code)
    if entity in _PAIRS:
        a, b = _PAIRS[entity]
        parts = code.split("/")
        if len(parts) != 2 or not all(parts):
            raise UserError("record.bad_code", got=code, expected=f"{a}/{b}")
        ida, idb = _id(svc, a, parts[0]), _id(svc, b, parts[1])
        new = parse(entity, field, value, where)
        if entity == "position":
            from workbench.commands.measures import current_position

            cur = current_position(svc, ida, idb)
            return Edit(set_position(svc, ida, idb, {field: new}), str(where.at(field)),
                        None if cur is None else cur.get(field), new)
        refs = {"assessment": ("measure_id", "criterion_id"),
                "weight": ("profile_id", "criterion_id")}[entity]
        rows = [r for r in svc.rows(entity) if r[refs[0]] == ida and r[refs[1]] == idb]
        if not rows:
            raise UserError("record.unknown_code", kind=Term("entity." + entity), got=code)
        row = rows[0]
    else:
        row = svc.get(entity, _id(svc, entity, code))
        new = parse(entity, field, value, where)
    cmd = UpdateEntity(entity, str(row["id"]), {field: new})
    return Edit(cmd, str(where.at(field)), row.get(field), new)
