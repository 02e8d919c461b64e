"""The one door through which every change reaches a project.

:class:`ProjectService` validates and applies creates, updates and deletes
of any entity, writes the audit log in the same transaction, and returns a
:class:`Change`. Deleting returns a :class:`Snapshot` of the row and every
row that depended on it, from which :meth:`ProjectService.restore` puts
them back exactly (same ids), which is what undo needs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text, update

from workbench.i18n import Term, UserError, Where, label
from workbench.model import ENTITIES, AuditEntry, Base, ProjectOption, new_id
from workbench.model.base import ROW_VERSION
from workbench.services.changes import Change
from workbench.services.fields import INTERNAL_FIELDS, KEY_FIELD, coerce, specs, to_plain
from workbench.services.rules import RULES
from workbench.store import ProjectDocument


class StaleEdit(UserError):
    """An update made against an older version of the row: someone else changed it first.

    `current` holds the row as it is now (the other person's values), `by`
    who changed it last, so the editor can see both and choose.
    """

    def __init__(self, where: Where, current: Mapping[str, Any], by: str, fields: list[str]):
        shown = "; ".join(f"{f} = {to_plain(current.get(f))!r}" for f in fields)
        super().__init__("server.stale", where=where, by=by or "?", current=shown)
        self.current = dict(current)
        self.by = by
        self.fields = fields


@dataclass(frozen=True)
class Snapshot:
    """Rows removed by a delete, in insertion order, and references set to NULL."""

    entity: str
    id: str
    rows: tuple[tuple[str, Mapping[str, Any]], ...]
    nulled: tuple[tuple[str, str, str, str], ...]  # (table, row id, column, old value)


def table_of(entity: str) -> Table:
    if entity not in ENTITIES:
        raise KeyError(f"unknown entity {entity!r}")
    table = ENTITIES[entity].__table__
    assert isinstance(table, Table)
    return table


class ProjectService:
    """Validated, audited edits of one open project document."""

    def __init__(self, doc: ProjectDocument) -> None:
        self.doc = doc

    # -- transactions ------------------------------------------------------
    @contextmanager
    def _tx(self) -> Iterator[_Tx]:
        if self.doc.read_only:
            raise UserError("store.read_only")
        with self.doc.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # One writer at a time per project schema, so audit sequence
                # numbers stay unique and gapless with several users online.
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema()))"))
            yield _Tx(conn, self.doc.user)

    # -- reads -------------------------------------------------------------
    def get(self, entity: str, id_: str) -> dict[str, Any]:
        with self.doc.engine.connect() as conn:
            return _get(conn, entity, id_)

    def rows(self, entity: str, **where: Any) -> list[dict[str, Any]]:
        t = table_of(entity)
        stmt = select(t)
        for k, v in where.items():
            stmt = stmt.where(t.c[k] == v)
        if "sort_key" in t.c:
            stmt = stmt.order_by(t.c.sort_key)
        key = KEY_FIELD.get(entity)
        if key:
            stmt = stmt.order_by(t.c[key])
        with self.doc.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def id_for(self, entity: str, key: str) -> str | None:
        t = table_of(entity)
        with self.doc.engine.connect() as conn:
            found = conn.execute(select(t.c.id).where(t.c[KEY_FIELD[entity]] == key)).scalar()
        return None if found is None else str(found)

    def option(self, key: str, default: Any = None) -> Any:
        return self.doc.option(key, default)

    # -- writes ------------------------------------------------------------
    def create(self, entity: str, values: Mapping[str, Any]) -> Change:
        with self._tx() as tx:
            return tx.create(entity, values)

    def update(
        self,
        entity: str,
        id_: str,
        values: Mapping[str, Any],
        *,
        version: int | None = None,
        expect: Mapping[str, Any] | None = None,
    ) -> Change:
        """Change fields of a row; with `version`, only if the row is still at that version.

        With `expect`, only if those fields still hold those values (what an
        undo or redo left there): someone else's later value is never
        overwritten by a step back.
        """
        with self._tx() as tx:
            return tx.update(entity, id_, values, version=version, expect=expect)

    def delete(self, entity: str, id_: str) -> tuple[Change, Snapshot]:
        with self._tx() as tx:
            return tx.delete(entity, id_)

    def restore(self, snapshot: Snapshot) -> Change:
        with self._tx() as tx:
            return tx.restore(snapshot)

    def set_option(self, key: str, value: Any) -> Change:
        with self._tx() as tx:
            return tx.set_option(key, value)

    @contextmanager
    def batch(self) -> Iterator[_Tx]:
        """Several edits in one transaction (all or nothing)."""
        with self._tx() as tx:
            yield tx


class _Tx:
    """One transaction's worth of validated, audited edits."""

    def __init__(self, conn: Connection, user: str) -> None:
        self.conn = conn
        self.user = user
        self.now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self._seq = int(
            conn.execute(select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar() or 0
        )

    # -- audit ---------------------------------------------------------------
    def audit(self, action: str, entity: str, id_: str, field: str, old: Any, new: Any) -> None:
        self._seq += 1
        self.conn.execute(
            insert(AuditEntry).values(
                id=new_id(),
                seq=self._seq,
                at=self.now,
                user=self.user,
                action=action,
                entity=entity,
                entity_id=id_,
                field=field,
                old=None if old is None else json.dumps(to_plain(old), ensure_ascii=False),
                new=None if new is None else json.dumps(to_plain(new), ensure_ascii=False),
            )
        )

    # -- validation ------------------------------------------------------------
    def _where(self, entity: str, row: Mapping[str, Any]) -> Where:
        """How the user knows this row: its key, or its parents' keys."""
        key = KEY_FIELD.get(entity)
        if key and row.get(key):
            return Where(entity, str(row[key]))
        parts: list[str] = []
        for spec in specs(entity).values():
            ref = spec.ref
            if spec.kind != "ref" or ref not in KEY_FIELD or not row.get(spec.name):
                continue
            t = table_of(ref)
            found = self.conn.execute(
                select(t.c[KEY_FIELD[ref]]).where(t.c.id == row[spec.name])
            ).scalar()
            if found is not None:
                parts.append(str(found))
        return Where(entity, "/".join(parts) or str(row.get("id", "")))

    def _validate(self, entity: str, row: dict[str, Any], changed: Mapping[str, Any]) -> None:
        fs = specs(entity)
        where = self._where(entity, {**row, **changed})
        for name, raw in changed.items():
            if name in INTERNAL_FIELDS:
                continue
            spec = fs.get(name)
            if spec is None:
                raise UserError("value.unknown_field", where=where.at(name))
            value = coerce(spec, raw, where.at(name))
            if spec.kind == "ref" and value is not None:
                ref_t = table_of(spec.ref) if spec.ref in ENTITIES else None
                if (
                    ref_t is not None
                    and self.conn.execute(select(ref_t.c.id).where(ref_t.c.id == value)).first()
                    is None
                ):
                    raise UserError(
                        "value.unknown_ref",
                        where=f"{where}.{name}",
                        kind=Term("entity." + str(spec.ref)),
                        got=value,
                    )
            if spec.unique and value is not None:
                t = table_of(entity)
                clash = self.conn.execute(
                    select(t.c.id).where(t.c[name] == value, t.c.id != row.get("id"))
                ).first()
                if clash is not None:
                    raise UserError("value.duplicate", where=where.at(name), got=value)
            row[name] = value
        rule = RULES.get(entity)
        if rule is not None:
            rule(self.conn, row, where)

    # -- operations ----------------------------------------------------------
    def create(self, entity: str, values: Mapping[str, Any]) -> Change:
        t = table_of(entity)
        row: dict[str, Any] = {}
        for col in t.columns:
            if col.default is not None and getattr(col.default, "is_scalar", False):
                row[col.key] = col.default.arg  # type: ignore[attr-defined]
        row["id"] = str(values.get("id") or new_id())
        if entity == "position":
            row["recorded_at"] = values.get("recorded_at") or self.now
            row.setdefault("date", dt.date.today())
        for name in ("sort_key",):
            if name in t.c and "sort_key" not in values:
                row[name] = int(
                    self.conn.execute(select(func.coalesce(func.max(t.c.sort_key), 0) + 1)).scalar()
                    or 1
                )
        given = {k: v for k, v in values.items() if k != "id"}
        # Fill required columns nobody gave, so the error names them.
        for spec in specs(entity).values():
            if spec.name not in given and spec.name not in row and spec.name not in INTERNAL_FIELDS:
                given[spec.name] = None
        self._validate(entity, row, given)
        if entity == "position" and isinstance(row.get("recorded_at"), str):
            row["recorded_at"] = dt.datetime.fromisoformat(row["recorded_at"])
        self.conn.execute(insert(t).values(**row))
        for name, value in row.items():
            if name not in ("id", ROW_VERSION):
                self.audit("create", entity, row["id"], name, None, value)
        return Change(
            entities=frozenset({entity}), ids=frozenset({row["id"]}), created=(row["id"],)
        )

    def update(
        self,
        entity: str,
        id_: str,
        values: Mapping[str, Any],
        *,
        version: int | None = None,
        expect: Mapping[str, Any] | None = None,
    ) -> Change:
        t = table_of(entity)
        old = _get(self.conn, entity, id_)
        if version is not None and old[ROW_VERSION] != version:
            self._stale(entity, old, list(values))
        if expect is not None and not self._holds(entity, old, expect):
            self._stale(entity, old, list(values))
        row = dict(old)
        self._validate(entity, row, values)
        diff = {k: row[k] for k in values if row[k] != old[k]}
        if not diff:
            return Change()
        done = self.conn.execute(
            update(t)
            .where(t.c.id == id_, t.c[ROW_VERSION] == old[ROW_VERSION])
            .values(**diff, **{ROW_VERSION: old[ROW_VERSION] + 1})
        )
        if done.rowcount != 1:  # changed by another connection since it was read
            self._stale(entity, _get(self.conn, entity, id_), list(values))
        for name, value in diff.items():
            self.audit("update", entity, id_, name, old[name], value)
        return Change(entities=frozenset({entity}), ids=frozenset({id_}))

    def _holds(self, entity: str, row: Mapping[str, Any], expect: Mapping[str, Any]) -> bool:
        """Whether `row` holds the `expect`ed values (compared as stored, after coercion)."""
        fs, where = specs(entity), self._where(entity, row)
        for name, raw in expect.items():
            spec = fs.get(name)
            want = raw if spec is None else coerce(spec, raw, where.at(name))
            if want != row.get(name):
                return False
        return True

    def _stale(self, entity: str, current: Mapping[str, Any], fields: list[str]) -> None:
        by = self.conn.execute(
            select(AuditEntry.user)
            .where(AuditEntry.entity_id == current["id"])
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).scalar()
        raise StaleEdit(self._where(entity, current), current, str(by or ""), fields)

    def delete(self, entity: str, id_: str) -> tuple[Change, Snapshot]:
        _get(self.conn, entity, id_)  # refuse unknown ids clearly
        rows: list[tuple[str, dict[str, Any]]] = []
        nulled: list[tuple[str, str, str, str]] = []
        self._collect(entity, id_, rows, nulled, set())
        for table, row_id, column, _old in nulled:
            t = table_of(table)
            self.conn.execute(
                update(t)
                .where(t.c.id == row_id)
                .values({column: None, ROW_VERSION: t.c[ROW_VERSION] + 1})
            )
            self.audit("update", table, row_id, column, _old, None)
        # Children were collected after their parents: delete in reverse.
        for table, row in reversed(rows):
            t = table_of(table)
            self.conn.execute(delete(t).where(t.c.id == row["id"]))
            self.audit(
                "delete", table, row["id"], "", {k: to_plain(v) for k, v in row.items()}, None
            )
        snap = Snapshot(entity, id_, tuple(rows), tuple(nulled))
        return (
            Change(
                entities=frozenset(t for t, _ in rows) | {n[0] for n in nulled},
                ids=frozenset(r["id"] for _, r in rows),
                deleted=tuple(r["id"] for _, r in rows),
            ),
            snap,
        )

    def _collect(
        self,
        entity: str,
        id_: str,
        rows: list[tuple[str, dict[str, Any]]],
        nulled: list[tuple[str, str, str, str]],
        seen: set[str],
    ) -> None:
        if id_ in seen:
            return
        seen.add(id_)
        rows.append((entity, _get(self.conn, entity, id_)))
        for child_name, child_cls in ENTITIES.items():
            child = child_cls.__table__
            assert isinstance(child, Table)
            for fk in child.foreign_keys:
                if fk.column.table.name != entity:
                    continue
                col = fk.parent
                ids = [
                    str(r[0])
                    for r in self.conn.execute(
                        select(child.c.id, child.c[col.key]).where(child.c[col.key] == id_)
                    )
                ]
                for cid in ids:
                    if fk.ondelete == "CASCADE":
                        self._collect(child_name, cid, rows, nulled, seen)
                    else:
                        nulled.append((child_name, cid, col.key, id_))

    def restore(self, snapshot: Snapshot) -> Change:
        order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        rows = sorted(snapshot.rows, key=lambda tr: order[tr[0]])
        # Parents before children; within a table keep the original order.
        for table, row in rows:
            self.conn.execute(insert(table_of(table)).values(**row))
            for name, value in row.items():
                if name not in ("id", ROW_VERSION):
                    self.audit("create", table, row["id"], name, None, value)
        for table, row_id, column, old in snapshot.nulled:
            t = table_of(table)
            self.conn.execute(
                update(t)
                .where(t.c.id == row_id)
                .values({column: old, ROW_VERSION: t.c[ROW_VERSION] + 1})
            )
            self.audit("update", table, row_id, column, None, old)
        ids = frozenset(r["id"] for _, r in rows)
        return Change(
            entities=frozenset(t for t, _ in rows) | {n[0] for n in snapshot.nulled},
            ids=ids,
            created=tuple(r["id"] for _, r in rows),
        )

    def set_option(self, key: str, value: Any) -> Change:
        t = table_of_option()
        old = self.conn.execute(select(t.c.value).where(t.c.key == key)).scalar()
        if old == value:
            return Change()
        self.conn.execute(delete(t).where(t.c.key == key))
        self.conn.execute(insert(t).values(key=key, value=value))
        self.audit("update", "project_option", key, "value", old, value)
        return Change(options=frozenset({key}))


def table_of_option() -> Table:
    table = ProjectOption.__table__
    assert isinstance(table, Table)
    return table


def _get(conn: Connection, entity: str, id_: str) -> dict[str, Any]:
    t = table_of(entity)
    row = conn.execute(select(t).where(t.c.id == id_)).first()
    if row is None:
        raise UserError("entity.not_found", kind=label("entity." + entity), id=id_)
    return dict(row._mapping)
