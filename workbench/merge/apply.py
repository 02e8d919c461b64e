"""Writing a merge: the plan's edits, the choices on conflicts, and taking them back.

Everything goes through the project services inside one transaction, so
every row is validated by the model's own rules and every change is
audited. An edit of theirs the rules refuse (a best value that no longer
lies between low and high once both sides' numbers meet, a code taken in
the meantime) is not forced: it becomes a ``rule`` conflict naming the
rule, with our value in place. A value that loses (their value where ours
is kept, ours where theirs is taken, their rows where our delete stands)
is written to the audit log with action ``merge``, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from workbench.i18n import UserError, Where
from workbench.merge.conflicts import Conflict, Status
from workbench.merge.history import Entry
from workbench.merge.plan import Plan
from workbench.merge.rows import OPTION, ORDER, table
from workbench.services import Snapshot
from workbench.services.fields import coerce, specs
from workbench.services.project import _Tx


def _exists(tx: _Tx, entity: str, id_: str) -> bool:
    t = table(entity)
    return tx.conn.execute(select(t.c.id).where(t.c.id == id_)).first() is not None


def _current(tx: _Tx, entity: str, id_: str, field: str) -> Any:
    if entity == OPTION:
        from workbench.services.project import table_of_option

        t = table_of_option()
        return tx.conn.execute(select(t.c.value).where(t.c.key == id_)).scalar()
    from workbench.services.fields import to_plain

    t = table(entity)
    return to_plain(tx.conn.execute(select(t.c[field]).where(t.c.id == id_)).scalar())


def _code(tx: _Tx, entity: str, id_: str) -> str:
    t = table(entity)
    row = tx.conn.execute(select(t).where(t.c.id == id_)).mappings().one()
    return tx._where(entity, dict(row)).ident


def _rule(c: Conflict, exc: UserError) -> Conflict:
    from dataclasses import replace

    return replace(c, kind="rule", message={"nl": exc.text("nl"), "en": exc.text("en")})


def apply_plan(tx: _Tx, plan: Plan) -> list[Conflict]:
    """Write the plan's automatic edits; returns the conflicts its refused edits became."""
    refused: list[Conflict] = []

    def refuse(entity: str, id_: str, field: str, ours: Any, theirs: Any, exc: UserError,
               code: str) -> None:
        refused.append(_rule(Conflict(entity, id_, code, field, "rule", None, ours, theirs),
                             exc))

    for entity, row in plan.creates:
        try:
            if entity == OPTION:
                tx.set_option(str(row["id"]), row["value"])
            else:
                tx.create(entity, row)
        except UserError as exc:
            refuse(entity, str(row["id"]), "", None, row, exc, str(row.get("code") or row["id"]))
    for (entity, id_), values in plan.updates.items():
        if entity == OPTION:
            tx.set_option(id_, values["value"])
            continue
        if not _exists(tx, entity, id_):
            continue
        try:
            tx.update(entity, id_, values)
        except UserError:
            for field, value in values.items():  # keep what the rules allow
                try:
                    tx.update(entity, id_, {field: value})
                except UserError as exc:
                    refuse(entity, id_, field, _current(tx, entity, id_, field), value, exc,
                           _code(tx, entity, id_))
    order = {e: i for i, e in enumerate(ORDER)}
    for entity, id_ in sorted(plan.deletes, key=lambda d: -order.get(d[0], -1)):
        if entity == OPTION:
            tx.set_option(id_, None)
        elif _exists(tx, entity, id_):
            tx.delete(entity, id_)
    return refused


def _lost(tx: _Tx, c: Conflict, lost: Any, kept: Any) -> None:
    tx.audit("merge", c.entity, c.row_id, c.field, lost, kept)


def _set(tx: _Tx, c: Conflict, value: Any) -> None:
    if c.entity == OPTION:
        tx.set_option(c.row_id, value)
    else:
        tx.update(c.entity, c.row_id, {c.field: value})


def settle(tx: _Tx, c: Conflict, status: Status, value: Any = None) -> Conflict:
    """Put a choice on a conflict into effect; the losing value goes to the audit log."""
    if status == "open":
        return c
    if c.kind == "rule" and ":" in c.field:
        return _settle_check(tx, c, status)
    if c.kind in ("edit_delete", "delete_edit"):
        if status == "edited":
            raise UserError("merge.no_edit", where=Where(c.entity, c.code))
        present = _exists(tx, c.entity, c.row_id)
        if status == "theirs" and c.kind == "edit_delete" and present:
            _lost(tx, c, c.ours, None)
            tx.delete(c.entity, c.row_id)
        elif status == "theirs" and c.kind == "delete_edit" and not present:
            order = {e: i for i, e in enumerate(ORDER)}
            for entity, row in sorted(c.rows, key=lambda r: order.get(r[0], 0)):
                if not _exists(tx, entity, str(row["id"])):
                    tx.create(entity, row)
        elif status == "ours":
            _lost(tx, c, [[e, r] for e, r in c.rows] or c.theirs, c.ours)
        return c.decided(status)
    if c.entity != OPTION and not _exists(tx, c.entity, c.row_id):
        raise UserError("merge.row_gone", where=Where(c.entity, c.code))
    current = _current(tx, c.entity, c.row_id, c.field)
    if status == "ours":
        _lost(tx, c, c.theirs, current)
        return c.decided("ours")
    chosen = c.theirs if status == "theirs" else value
    _set(tx, c, chosen)
    kept = _current(tx, c.entity, c.row_id, c.field)
    _lost(tx, c, current, kept)
    if status == "edited" and c.theirs != kept:
        _lost(tx, c, c.theirs, kept)
    return c.decided(status, kept if status == "edited" else None)


def _settle_check(tx: _Tx, c: Conflict, status: Status) -> Conflict:
    """A rule broken across rows (see workbench.merge.rules): accept it, or restore ours.

    "theirs" accepts the merged rows as they are; "ours" brings back our
    rows the merge deleted (a required measure), when the conflict holds
    them, and otherwise records that the team keeps the result as it is.
    """
    if status == "edited":
        raise UserError("merge.no_edit", where=Where(c.entity, c.code))
    if status == "ours" and c.rows:
        order = {e: i for i, e in enumerate(ORDER)}
        restored = False
        for entity, row in sorted(c.rows, key=lambda r: order.get(r[0], 0)):
            if not _exists(tx, entity, str(row["id"])):
                tx.create(entity, row)
                restored = True
        if restored:
            _lost(tx, c, None, [[e, r] for e, r in c.rows])
    return c.decided(status)


def parse_value(c: Conflict, text: str) -> Any:
    """A value typed on the command line, in the field's type (checked by `coerce`)."""
    if c.entity == OPTION:
        import json

        try:
            return json.loads(text)
        except ValueError:
            return text
    spec = specs(c.entity).get(c.field)
    if spec is None:
        return text
    where = Where(c.entity, c.code, c.field)
    if spec.kind in ("int", "float"):
        try:
            number = float(text.replace(",", ".")) if spec.kind == "float" else int(text)
        except ValueError:
            number = text  # type: ignore[assignment]
        return coerce(spec, number, where)
    if spec.kind == "bool":
        lowered = text.strip().lower()
        if lowered in ("true", "ja", "yes", "1"):
            return True
        if lowered in ("false", "nee", "no", "0"):
            return False
    if spec.kind == "json":
        import json

        try:
            return json.loads(text)
        except ValueError:
            raise UserError("value.type", where=where, expected="JSON", got=text) from None
    return coerce(spec, text, where)


def _typed(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    fs = specs(entity)
    where = Where(entity, str(row.get("id", "")))
    return {k: (coerce(fs[k], v, where.at(k)) if k in fs else v) for k, v in row.items()}


def take_back(tx: _Tx, entries: Sequence[Entry]) -> None:
    """Undo the changes these audit entries record (newest first), through the services."""
    pending: dict[tuple[str, str], dict[str, Any]] = {}

    def flush() -> None:
        for (entity, id_), values in pending.items():
            if _exists(tx, entity, id_):
                tx.update(entity, id_, values)
        pending.clear()

    for e in _newest_first(entries):
        if e.action == "merge":
            continue
        if e.action == "update" and e.entity == OPTION:
            flush()
            tx.set_option(e.entity_id, e.old)
        elif e.action == "update":
            pending.setdefault((e.entity, e.entity_id), {})[e.field] = e.old
        elif e.action == "create":
            flush()
            if _exists(tx, e.entity, e.entity_id):
                tx.delete(e.entity, e.entity_id)
        elif e.action == "delete" and isinstance(e.old, dict):
            flush()
            if not _exists(tx, e.entity, e.entity_id):
                row = _typed(e.entity, e.old)
                tx.restore(Snapshot(e.entity, e.entity_id, ((e.entity, row),), ()))
    flush()


def _newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: -e.seq)
