"""The three-way comparison: what merges by itself and what is a conflict.

Rows are matched by their UUIDs and compared field by field against the
common ancestor: a field changed on one side only takes that side's value;
changed to the same value on both sides merges; changed to different
values is a conflict, except long texts whose edits merge cleanly
(:mod:`workbench.merge.text`). An edit on one side and a delete on the
other (also of a row below it, such as an assessment of a deleted measure)
is a conflict. Rows added on both sides are both kept: a user key already
taken gets a proposed new one (a ``key`` conflict), and a row whose natural
key (measure and criterion of an assessment, ...) the other side added too
is compared with that row field by field. Positions are new rows, so both
sides' new positions stay as dated history. Numbers are never averaged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import UniqueConstraint

from workbench.merge.conflicts import Conflict, Kind
from workbench.merge.rows import (
    OPTION,
    ORDER,
    Row,
    Rows,
    children,
    fields,
    is_long_text,
    label_of,
    table,
)
from workbench.merge.text import merge_text
from workbench.services.fields import KEY_FIELD, specs

Who = dict[tuple[str, str, str], tuple[str, str]]


@dataclass
class Plan:
    """What the merge does to our rows by itself, and what it leaves to a person."""

    creates: list[tuple[str, Row]] = field(default_factory=list)
    updates: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    deletes: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    merged: dict[str, int] = field(default_factory=dict)

    def count(self, entity: str) -> None:
        self.merged[entity] = self.merged.get(entity, 0) + 1


def natural_keys(entity: str) -> tuple[str, ...]:
    """The columns of a multi-column unique constraint (an assessment's measure and criterion)."""
    if entity == OPTION:
        return ()
    for c in table(entity).constraints:
        if isinstance(c, UniqueConstraint) and len(c.columns) > 1:
            return tuple(col.key for col in c.columns)
    return ()


class _Tree:
    """Which rows hang below which (cascading references), built on first use."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self._index: dict[tuple[str, str], dict[str, list[str]]] = {}

    def _kids(self, child: str, col: str) -> dict[str, list[str]]:
        key = (child, col)
        if key not in self._index:
            idx: dict[str, list[str]] = defaultdict(list)
            for cid, row in self.rows.get(child, {}).items():
                if row.get(col) is not None:
                    idx[str(row[col])].append(cid)
            self._index[key] = idx
        return self._index[key]

    def below(self, entity: str, id_: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        todo = [(entity, id_)]
        while todo:
            ent, rid = todo.pop()
            for child, col in children(ent):
                for cid in self._kids(child, col).get(rid, ()):
                    out.append((child, cid))
                    todo.append((child, cid))
        return out


def _changed(base: Rows, side: Rows, pairs: list[tuple[str, str]]) -> bool:
    return any(base.get(e, {}).get(i) != side.get(e, {}).get(i) for e, i in pairs)


def _free_key(taken: set[str], key: str, limit: int) -> str:
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = key[: max(1, limit - len(suffix))] + suffix
        if candidate not in taken:
            return candidate
        n += 1


def three_way(
    base: Rows, ours: Rows, theirs: Rows, ours_who: Who, theirs_who: Who
) -> Plan:
    """Compare every row of the three states; nothing is written here."""
    plan = Plan()
    handled: set[tuple[str, str]] = set()
    trees = {"base": _Tree(base), "ours": _Tree(ours), "theirs": _Tree(theirs)}

    def conflict(entity: str, rid: str, fld: str, kind: Kind, b: Any, o: Any, t: Any,
                 rows: tuple[tuple[str, Row], ...] = (), code_from: Rows | None = None) -> None:
        src = code_from or ours
        row = src.get(entity, {}).get(rid) or theirs.get(entity, {}).get(rid) or {}
        ob, oa = ours_who.get((entity, rid, fld), ("", ""))
        tb, ta = theirs_who.get((entity, rid, fld), ("", ""))
        plan.conflicts.append(Conflict(
            entity=entity, row_id=rid, code=label_of(src, entity, row) if row else rid,
            field=fld, kind=kind, base=b, ours=o, theirs=t, ours_by=ob, ours_at=oa,
            theirs_by=tb, theirs_at=ta, rows=rows,
        ))

    for entity in (*ORDER, OPTION):
        b_t, o_t, t_t = base.get(entity, {}), ours.get(entity, {}), theirs.get(entity, {})
        names = fields(entity)
        key_field = KEY_FIELD.get(entity)
        taken = {str(r[key_field]) for r in o_t.values()} if key_field else set()
        nk = natural_keys(entity)
        by_nk = {tuple(r.get(c) for c in nk): i for i, r in o_t.items()} if nk else {}
        for rid in sorted(b_t.keys() | o_t.keys() | t_t.keys()):
            if (entity, rid) in handled:
                continue
            b, o, t = b_t.get(rid), o_t.get(rid), t_t.get(rid)
            if o == t:
                continue
            if o is None and b is not None:
                assert t is not None
                # We deleted it: a conflict if they changed it or anything below it.
                below = trees["theirs"].below(entity, rid)
                if t == b and not _changed(base, theirs, below):
                    continue
                handled.update(below)
                conflict(entity, rid, "", "delete_edit", b, None, t,
                         rows=((entity, t), *((e, theirs[e][i]) for e, i in below)),
                         code_from=theirs)
            elif t == b:
                continue  # only we changed it
            elif b is None and o is None:
                assert t is not None
                _added(plan, entity, rid, t, o_t, nk, by_nk, key_field, taken, names, conflict)
            elif t is None:
                assert b is not None
                below = trees["ours"].below(entity, rid)
                if o == b and not _changed(base, ours, below):
                    plan.deletes.append((entity, rid))
                    plan.count(entity)
                else:
                    handled.update(below)
                    conflict(entity, rid, "", "edit_delete", b, o, None)
            else:
                assert o is not None
                _fields(plan, entity, rid, b, o, t, names, conflict)
    return plan


def _fields(plan: Plan, entity: str, rid: str, b: Row | None, o: Row, t: Row,
            names: tuple[str, ...], conflict: Callable[..., None]) -> None:
    took = False
    for f in names:
        bv = None if b is None else b.get(f)
        ov, tv = o.get(f), t.get(f)
        if ov == tv or tv == bv:
            continue
        if ov == bv:
            plan.updates.setdefault((entity, rid), {})[f] = tv
            took = True
            continue
        if (
            b is not None and is_long_text(entity, f)
            and isinstance(bv, str) and isinstance(ov, str) and isinstance(tv, str)
        ):
            merged = merge_text(bv, ov, tv)
            if merged is not None:
                plan.updates.setdefault((entity, rid), {})[f] = merged
                took = True
                continue
        conflict(entity, rid, f, "field", bv, ov, tv)
    if took:
        plan.count(entity)


def _added(plan: Plan, entity: str, rid: str, t: Row, o_t: Mapping[str, Row],
           nk: tuple[str, ...], by_nk: dict[tuple[Any, ...], str], key_field: str | None,
           taken: set[str], names: tuple[str, ...], conflict: Callable[..., None]) -> None:
    if nk:
        twin = by_nk.get(tuple(t.get(c) for c in nk))
        if twin is not None:
            # Both added the same assessment (or link, member...): compare the two rows.
            _fields(plan, entity, twin, None, o_t[twin], t, names, conflict)
            return
    row = dict(t)
    if key_field:
        key = str(t[key_field])
        if key in taken:
            limit = specs(entity)[key_field].max_len or 64
            row[key_field] = _free_key(taken, key, limit)
            conflict(entity, rid, key_field, "key", None, row[key_field], key,
                     code_from={entity: {rid: row}})
        taken.add(str(row[key_field]))
    plan.creates.append((entity, row))
    plan.count(entity)
