"""A project's rows as one audience may see them, read once per project state.

:class:`ProjectData` offers the read side of
:class:`~workbench.services.ProjectService` (``rows``, ``get``, ``id_for``,
``option``), but every row has passed the one confidentiality rule of
:mod:`workbench.analysis.audience` first: a row the audience may not see is
not there, a text it may not read is None, a row that belongs to an invisible
row (a position on an internal measure, a member of an internal package) is
gone, and an optional reference to an invisible row (an assessment's
internal source) is None. The analysis, and through it every page, command
and export, reads the project only through this class.

Rows are read per entity on first use and kept; :meth:`ProjectData.follow`
makes the data of a later state of the same project, reusing the rows of
every entity the audit log says did not change in between.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Table, select, text

from workbench.analysis.audience import RULES, TEXT_OPTIONS, Audience, may_see
from workbench.model import ENTITIES
from workbench.services import ProjectService
from workbench.services.fields import KEY_FIELD
from workbench.services.queries import RowSource

Row = dict[str, Any]
Source = RowSource  # the read side shared by ProjectService and ProjectData


@dataclass(frozen=True)
class State:
    """A project state: the last audit entry's sequence number and id.

    The id tells two states with the same number apart (after Revert, the
    next edit reuses a number).
    """

    seq: int
    entry: str


def project_state(svc: ProjectService) -> State:
    with svc.doc.engine.connect() as conn:
        row = conn.execute(
            text("SELECT seq, id FROM audit_entry ORDER BY seq DESC LIMIT 1")
        ).first()
    return State(0, "") if row is None else State(int(row[0]), str(row[1]))


def changed_entities(svc: ProjectService, since: State) -> frozenset[str] | None:
    """Entities changed after `since`, or None when `since` is not in this log's past."""
    with svc.doc.engine.connect() as conn:
        ids = conn.execute(
            text("SELECT id FROM audit_entry WHERE seq = :s"), {"s": since.seq}
        ).scalars()
        if since.seq and since.entry not in {str(i) for i in ids}:
            return None
        names = conn.execute(
            text("SELECT DISTINCT entity FROM audit_entry WHERE seq > :s"), {"s": since.seq}
        ).scalars()
        return frozenset(str(n) for n in names)


_TABLE_ENTITY: dict[str, str] = {
    str(getattr(cls.__table__, "name", "")): name for name, cls in ENTITIES.items()
}


def _table(entity: str) -> Table:
    table = ENTITIES[entity].__table__
    assert isinstance(table, Table)
    return table


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@cache
def _converters(entity: str) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Per column, how a driver value becomes what the ORM would give (enums, dates, JSON)."""
    out: list[tuple[str, Callable[[Any], Any]]] = []
    for col in _table(entity).columns:
        kind = col.type
        if isinstance(kind, sa.Enum) and kind.enum_class is not None:
            members = _Members({str(m.value): m for m in kind.enum_class})
            out.append((col.name, members.__getitem__))
        elif isinstance(kind, sa.DateTime):
            out.append((col.name, _to_datetime))
        elif isinstance(kind, sa.Date):
            out.append((col.name, _to_date))
        elif isinstance(kind, sa.JSON):
            out.append((col.name, lambda v: json.loads(v) if isinstance(v, str) else v))
        elif isinstance(kind, sa.Boolean):
            out.append((col.name, bool))
    return tuple(out)


class _Members(dict[str, Any]):
    """An enum's members by value; an unknown value stays as it is."""

    def __missing__(self, key: str) -> Any:
        return key


def _to_datetime(v: Any) -> Any:
    return dt.datetime.fromisoformat(v) if isinstance(v, str) else v


def _to_date(v: Any) -> Any:
    return dt.date.fromisoformat(v[:10]) if isinstance(v, str) else v


def _references(entity: str) -> list[tuple[str, str, bool]]:
    """(column, referenced entity, nullable) for each foreign key of `entity`."""
    out = []
    for col in _table(entity).columns:
        for fk in col.foreign_keys:
            target = _TABLE_ENTITY.get(str(getattr(fk.column.table, "name", "")))
            if target is not None:
                out.append((col.name, target, bool(col.nullable)))
    return out


class ProjectData:
    """The rows of one project state as `audience` may see them (read lazily, cached)."""

    def __init__(
        self,
        svc: ProjectService,
        audience: Audience,
        state: State | None = None,
        *,
        reuse: Mapping[str, list[Row]] | None = None,
    ) -> None:
        self.svc = svc
        self.audience: Audience = audience
        self.state = state if state is not None else project_state(svc)
        self._rows: dict[str, list[Row]] = dict(reuse or {})
        self._ids: dict[str, set[str]] = {}
        self._all_keys: dict[str, set[str]] = {}
        self._columns: dict[tuple[str, tuple[str, ...]], dict[str, list[Any]]] = {}
        # (the state this data followed, the entities changed since): read once, in follow
        self.changed_since: tuple[State, frozenset[str]] | None = None

    # -- the read side of ProjectService, filtered -------------------------
    def rows(self, entity: str, **where: Any) -> list[Row]:
        rows = self._load(entity)
        if not where:
            return list(rows)
        return [r for r in rows if all(r.get(k) == v for k, v in where.items())]

    def get(self, entity: str, id_: str) -> Row:
        for r in self._load(entity):
            if r["id"] == id_:
                return r
        raise KeyError(f"{entity} {id_} is not visible")

    def id_for(self, entity: str, key: str) -> str | None:
        field = KEY_FIELD[entity]
        return next((str(r["id"]) for r in self._load(entity) if r[field] == key), None)

    def exists_hidden(self, entity: str, key: str) -> bool:
        """Whether `key` names a row that exists but this audience may not see.

        For messages to the user who typed the key (an export on the command
        line); never for a shared screen.
        """
        if entity not in self._all_keys:
            t = _table(entity)
            with self.svc.doc.engine.connect() as conn:
                found = conn.execute(select(t.c[KEY_FIELD[entity]])).scalars()
                self._all_keys[entity] = {str(k) for k in found}
        return key in self._all_keys[entity] and self.id_for(entity, key) is None

    def is_hidden(self, entity: str, id_: str) -> bool:
        """Whether the row `id_` exists but this audience may not see it (not deleted)."""
        if id_ in self.visible_ids(entity):
            return False
        t = _table(entity)
        with self.svc.doc.engine.connect() as conn:
            found = conn.execute(select(t.c.id).where(t.c.id == id_)).first()
        return found is not None

    def option(self, key: str, default: Any = None) -> Any:
        value = self.svc.option(key, default)
        if key in TEXT_OPTIONS and isinstance(value, dict):
            return value if may_see(self.audience, value.get("visibility")) else default
        return value

    def columns(self, entity: str, names: tuple[str, ...]) -> dict[str, list[Any]]:
        """The visible rows' `names`, column by column (for the register's 120,000 estimates).

        For the team every row is visible, so the columns are read straight
        from the table without a dict per row; any other audience's columns
        come from its filtered rows, so the one rule stays in :meth:`_filter`.
        """
        rows = self._rows.get(entity)
        if rows is None and self.audience == "internal":
            key = (entity, names)
            found = self._columns.get(key)
            if found is None:
                found = self._columns[key] = self._read_columns(entity, names)
            return found
        rows = self._load(entity)
        return {n: [r[n] for r in rows] for n in names}

    def visible_ids(self, entity: str) -> set[str]:
        if entity not in self._ids:
            self._ids[entity] = {str(r["id"]) for r in self._load(entity)}
        return self._ids[entity]

    def loaded(self) -> dict[str, list[Row]]:
        return dict(self._rows)

    # -- reading and filtering ---------------------------------------------
    def _load(self, entity: str) -> list[Row]:
        rows = self._rows.get(entity)
        if rows is None:
            rows = self._rows[entity] = self._read(entity)
        return rows

    def _read(self, entity: str) -> list[Row]:
        # One plain SELECT through the driver, values converted per column type
        # (what the ORM's result processing does, three times faster: 120,000
        # assessments are read in a third of a second).
        t = _table(entity)
        names = list(t.c.keys())
        order = ["sort_key"] if "sort_key" in t.c else []
        key = KEY_FIELD.get(entity)
        if key:
            order.append(key)
        sql = f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(t.name)}"
        if order:
            sql += " ORDER BY " + ", ".join(_quote(n) for n in order)
        with self.svc.doc.engine.connect() as conn:
            # the driver's own cursor: no Row objects in between
            raw = conn.exec_driver_sql(sql).cursor.fetchall()
        rows = [dict(zip(names, values, strict=True)) for values in raw]
        for name, fn in _converters(entity):
            for row in rows:
                v = row[name]
                if v is not None:
                    row[name] = fn(v)
        return self._filter(entity, rows)

    def _read_columns(self, entity: str, names: tuple[str, ...]) -> dict[str, list[Any]]:
        t = _table(entity)
        sql = f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(t.name)}"
        with self.svc.doc.engine.connect() as conn:
            raw = conn.exec_driver_sql(sql).cursor.fetchall()
        out = {n: list(map(itemgetter(k), raw)) for k, n in enumerate(names)}
        for name, fn in _converters(entity):
            if name in out:
                out[name] = [None if v is None else fn(v) for v in out[name]]
        return out

    def _filter(self, entity: str, rows: Iterable[Row]) -> list[Row]:
        audience = self.audience
        if audience == "internal":  # the team sees every row and every text
            return list(rows)
        rule = RULES.get(entity)
        columns = set(_table(entity).c.keys())
        row_col = rule.row if rule is not None and rule.row in columns else None
        texts = (
            {t: v for t, v in rule.texts.items() if t in columns and v in columns}
            if rule is not None
            else {}
        )
        refs = [
            (col, target, nullable)
            for col, target, nullable in _references(entity)
            if target != entity and self._filters(target)
        ]
        parents = {target: self.visible_ids(target) for _, target, _ in refs}
        out: list[Row] = []
        for r in rows:
            if row_col is not None and not may_see(audience, r[row_col]):
                continue
            keep = True
            for col, target, nullable in refs:
                ref = r[col]
                if ref is None or ref in parents[target]:
                    continue
                if nullable:
                    r[col] = None
                else:
                    keep = False
                    break
            if not keep:
                continue
            for text_col, vis_col in texts.items():
                if not may_see(audience, r[vis_col]):
                    r[text_col] = None
            out.append(r)
        return out

    def _filters(self, entity: str) -> bool:
        """Whether rows of `entity` can be invisible (itself or through its parents)."""
        if self.audience == "internal":
            return False
        rule = RULES.get(entity)
        if rule is not None and rule.row is not None and rule.row in _table(entity).c:
            return True
        return any(t != entity and self._filters(t) for _, t, _ in _references(entity))

    # -- later states ------------------------------------------------------
    def follow(self, state: State | None = None) -> ProjectData:
        """The data of the project's current state, reusing unchanged entities' rows."""
        state = state if state is not None else project_state(self.svc)
        if state == self.state:
            return self
        changed = changed_entities(self.svc, self.state)
        if changed is None or not changed <= set(ENTITIES):
            return ProjectData(self.svc, self.audience, state)
        stale = _dependants(changed)
        reuse = {e: rows for e, rows in self._rows.items() if e not in stale}
        data = ProjectData(self.svc, self.audience, state, reuse=reuse)
        data.changed_since = (self.state, changed)
        return data


def _dependants(changed: frozenset[str]) -> set[str]:
    """`changed` and every entity whose filtering depends on them."""
    out = set(changed)
    grew = True
    while grew:
        grew = False
        for entity in ENTITIES:
            if entity in out:
                continue
            if any(t in out for _, t, _ in _references(entity)):
                out.add(entity)
                grew = True
    return out
