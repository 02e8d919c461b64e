"""A project's rows as plain values, the form every merge step compares.

A snapshot maps entity -> row id -> row, each value in the JSON-able form
the audit log stores (:func:`workbench.services.fields.to_plain`), so a row
read from a file, a row rebuilt from the audit log and a value in a change
set compare equal exactly when they are equal. Project options are the
pseudo-entity ``project_option`` (id = key, one field ``value``); the
merge's own options (``merge.*``) are not part of the data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, select

from workbench.model import ENTITIES, Base, ProjectOption
from workbench.model.base import ROW_VERSION
from workbench.services.fields import INTERNAL_FIELDS, KEY_FIELD, specs, to_plain

Row = dict[str, Any]
Rows = dict[str, dict[str, Row]]

OPTION = "project_option"
# Options the merge keeps for itself: never merged as data.
MERGE_PREFIX = "merge."

# Parents before children: the order creates are applied in.
ORDER: tuple[str, ...] = tuple(
    t.name for t in Base.metadata.sorted_tables if t.name in ENTITIES
)


def table(entity: str) -> Table:
    t = ENTITIES[entity].__table__
    assert isinstance(t, Table)
    return t


def read_rows(conn: Connection) -> Rows:
    """Every row of every entity, and the data options, as plain values."""
    out: Rows = {}
    for entity in ORDER:
        t = table(entity)
        # The row version is the store's bookkeeping, not data: never merged.
        cols = [c.key for c in t.columns if c.key != ROW_VERSION]
        out[entity] = {
            str(r[0]): {k: to_plain(v) for k, v in zip(cols, r, strict=True)}
            for r in conn.execute(select(*(t.c[k] for k in cols)))
        }
    opt = ProjectOption.__table__
    assert isinstance(opt, Table)
    out[OPTION] = {
        str(k): {"id": str(k), "value": v}
        for k, v in conn.execute(select(opt.c.key, opt.c.value))
        if not str(k).startswith(MERGE_PREFIX)
    }
    return out


def fields(entity: str) -> tuple[str, ...]:
    """The fields a merge compares: every column but the id and internal stamps."""
    if entity == OPTION:
        return ("value",)
    return tuple(n for n in specs(entity) if n not in INTERNAL_FIELDS)


def is_long_text(entity: str, field: str) -> bool:
    """Notes, wording, rationale: Text columns, merged line by line when clean."""
    if entity == OPTION:
        return False
    spec = specs(entity).get(field)
    if spec is None or spec.kind != "str":
        return False
    col = table(entity).c[field]
    return getattr(col.type, "length", None) is None


def label_of(rows: Rows, entity: str, row: Mapping[str, Any]) -> str:
    """How a user knows a row: its key, else its parents' keys (``M01/health``)."""
    if entity == OPTION:
        return str(row.get("id", ""))
    key = KEY_FIELD.get(entity)
    if key and row.get(key):
        return str(row[key])
    parts: list[str] = []
    for spec in specs(entity).values():
        ref = spec.ref
        if spec.kind != "ref" or ref is None or not row.get(spec.name):
            continue
        parent = rows.get(ref, {}).get(str(row[spec.name]))
        if parent is not None:
            parts.append(label_of(rows, ref, parent))
    if entity == "position" and row.get("date"):
        parts.append(str(row["date"]))
    return "/".join(parts) or str(row.get("id", ""))


def children(entity: str) -> list[tuple[str, str]]:
    """(child entity, column) of every reference to `entity` that cascades on delete."""
    out: list[tuple[str, str]] = []
    for name in ORDER:
        for fk in table(name).foreign_keys:
            if fk.column.table.name == entity and fk.ondelete == "CASCADE":
                out.append((name, fk.parent.key))
    return out


def descendants(rows: Rows, entity: str, id_: str) -> list[tuple[str, Row]]:
    """The row and every row a delete of it would cascade to, parents first."""
    out: list[tuple[str, Row]] = []
    seen: set[str] = set()

    def walk(ent: str, rid: str) -> None:
        if rid in seen or rid not in rows.get(ent, {}):
            return
        seen.add(rid)
        out.append((ent, rows[ent][rid]))
        for child, col in children(ent):
            for cid, crow in rows.get(child, {}).items():
                if crow.get(col) == rid:
                    walk(child, cid)

    walk(entity, id_)
    return out
