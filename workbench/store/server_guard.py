"""The shape a project schema on the server must have, and the check that refuses anything else.

Like :mod:`workbench.store.guard` for files: a project schema holds exactly
the model's tables (and alembic's), each with the model's columns, the
change-notification trigger on every table, the audit-user trigger on the
audit log, their two functions, and the row-level security policies
:mod:`workbench.server.setup` creates; no view, no rule, no other trigger,
function or policy. Its reader schema ``S-lezer`` holds exactly one view
per table and nothing else, and the reader role may read no table itself
(:func:`_reader_problem`). A trigger or rule could
rewrite a visibility on the next edit, a view in place of a table could
show rows the table would not, so the program refuses to open such a
schema with one message naming the first object that is extra, missing or
different. Types and defaults are left to the migrations' own check
(tests/workbench/server/test_setup.py); this is the guard against objects
added by hand.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, text

from workbench.store.guard import Problem
from workbench.store.server_url import reader_schema

# The bodies of the two trigger functions (``workbench server init`` creates them).
NOTIFY_FUNCTION = "mw_notify"
NOTIFY_BODY = " BEGIN PERFORM pg_notify('mw_' || TG_TABLE_SCHEMA, TG_TABLE_NAME); RETURN NULL; END "
# An audit entry carries the session's user; only the owner level may write
# another user's name (pushing a file keeps its history's users).
AUDIT_FUNCTION = "mw_audit_user"
AUDIT_BODY = """ BEGIN
  IF NOT pg_has_role(session_user, 'mw_' || TG_TABLE_SCHEMA || '_owner', 'MEMBER') THEN
    IF TG_OP = 'INSERT' THEN NEW."user" := session_user; ELSE NEW."user" := OLD."user"; END IF;
  END IF;
  RETURN NEW;
END """
AUDIT_TABLE = "audit_entry"
FUNCTIONS = {NOTIFY_FUNCTION: NOTIFY_BODY, AUDIT_FUNCTION: AUDIT_BODY}
_KINDS = {"r": "table", "p": "table", "v": "view", "m": "view", "f": "table", "S": "sequence"}
POLICIES = ("mw_read", "mw_insert", "mw_update", "mw_delete")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_q = quote


def sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def policy_condition(t: Table, internal: str, row: str | None = "visibility") -> str | None:
    """The SQL condition under which a row of `t` is visible to a role without `internal`.

    `row`: the column whose visibility hides the row itself (the audience
    rules' ``Rule.row``; None for a row as visible as its parents).
    """
    may = f"pg_has_role({sql_str(internal)}, 'MEMBER')"
    conds: list[str] = []
    if row is not None and row in t.c:
        conds.append(f"{quote(row)} <> 'internal'")
    for fk in sorted(t.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table
        if "visibility" not in parent.c or parent is t:
            continue
        col = fk.parent.name
        # The parent's own policy applies inside EXISTS: a hidden parent hides its rows.
        exists = f"EXISTS (SELECT 1 FROM {_q(parent.name)} p WHERE p.id = {_q(col)})"
        conds.append(f"({_q(col)} IS NULL OR {exists})" if fk.parent.nullable else exists)
    if t.name == "project_option":
        conds.append("key NOT LIKE 'merge.%'")
    if not conds:
        return None
    return f"{may} OR ({' AND '.join(conds)})"


def expected_policies() -> dict[str, set[str]]:
    """Per table, the row-level security policies ``workbench server init`` gives it."""
    return {name: set(POLICIES) for name, t in _tables().items()
            if policy_condition(t, "") is not None}


def _tables() -> dict[str, Table]:
    from workbench.model import Base

    return {t.name: t for t in Base.metadata.sorted_tables}


def server_schema_problem(conn: Connection, schema: str) -> Problem | None:
    """None if `schema` has exactly the expected objects, else the first difference."""
    tables = _tables()
    want = {**{name: "table" for name in tables}, "alembic_version": "table"}
    found = {
        str(r[0]): _KINDS.get(str(r[1]), "object")
        for r in _rows(conn, "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
                             "ON n.oid = c.relnamespace WHERE n.nspname = :s "
                             "AND c.relkind NOT IN ('i', 'I', 't', 'c')", schema)
    }
    for name in sorted(found.keys() & want.keys()):
        if found[name] != want[name]:
            return ("store.schema_replaced", found[name], name)
    for name in sorted(found.keys() - want.keys()):
        return ("store.schema_extra", found[name], name)
    for name in sorted(want.keys() - found.keys()):
        return ("store.schema_missing", want[name], name)
    columns: dict[str, set[str]] = {}
    # The catalog, not information_schema: that lists only the columns a role may read.
    for table, column in _rows(
        conn, "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c "
              "ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = :s AND c.relkind IN ('r', 'p') AND a.attnum > 0 "
              "AND NOT a.attisdropped", schema):
        columns.setdefault(str(table), set()).add(str(column))
    for name, t in sorted(tables.items()):
        if columns.get(name, set()) != {c.name for c in t.columns}:
            return ("store.schema_changed", "table", name)
    triggers = {(str(n), str(t)) for n, t in _rows(
        conn, "SELECT g.tgname, c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = :s AND NOT g.tgisinternal", schema)}
    expected_triggers = {(NOTIFY_FUNCTION, name) for name in tables} | {
        (AUDIT_FUNCTION, AUDIT_TABLE)}
    for name, table in sorted(triggers - expected_triggers):
        return ("store.schema_extra", "trigger", f"{name} ({table})")
    for name, table in sorted(expected_triggers - triggers):
        return ("store.schema_missing", "trigger", f"{name} ({table})")
    functions = {str(n): (str(src), bool(definer)) for n, src, definer in _rows(
        conn, "SELECT p.proname, p.prosrc, p.prosecdef FROM pg_proc p "
              "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = :s", schema)}
    for name in sorted(set(functions) - set(FUNCTIONS)):
        return ("store.schema_extra", "function", name)
    for name, want_body in sorted(FUNCTIONS.items()):
        body = functions.get(name)
        if body is None:
            return ("store.schema_missing", "function", name)
        if body[1] or body[0].split() != want_body.split():
            return ("store.schema_changed", "function", name)
    for rule, table in _rows(conn, "SELECT rulename, tablename FROM pg_rules "
                                   "WHERE schemaname = :s", schema):
        return ("store.schema_extra", "rule", f"{rule} ({table})")
    found_policies = {(str(p), str(t)) for p, t in _rows(
        conn, "SELECT policyname, tablename FROM pg_policies WHERE schemaname = :s", schema)}
    want_policies = {(p, t) for t, names in expected_policies().items() for p in names}
    for name, table in sorted(found_policies - want_policies):
        return ("store.schema_extra", "policy", f"{name} ({table})")
    for name, table in sorted(want_policies - found_policies):
        return ("store.schema_missing", "policy", f"{name} ({table})")
    return _reader_problem(conn, schema)


def _reader_problem(conn: Connection, schema: str) -> Problem | None:
    """The reader's side: exactly one view per table in the reader's schema, nothing else.

    Each view is owned by the tables' owner (so row-level security, FORCEd,
    still holds), a ``security_barrier``, has its table's columns and reads
    only its own table; the reader role may read no table itself but
    ``alembic_version``. What a view masks is generated by
    :mod:`workbench.server.views` from the audience rules and checked by its
    tests: this guard does not compare view bodies (as it does not compare
    policy bodies), it refuses objects added by hand.
    """
    views = reader_schema(schema)
    if conn.execute(text("SELECT to_regnamespace(:v)"), {"v": quote(views)}).scalar() is None:
        return ("store.schema_missing", "schema", views)
    tables = _tables()
    owner = f"mw_{schema}_tables"
    found = {str(n): (_KINDS.get(str(k), "object"), str(o), list(opts or []))
             for n, k, o, opts in _rows(
        conn, "SELECT c.relname, c.relkind, pg_get_userbyid(c.relowner), c.reloptions "
              "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = :s AND c.relkind NOT IN ('i', 'I', 't', 'c')", views)}
    for name in sorted(found.keys() - tables.keys()):
        return ("store.schema_extra", found[name][0], f"{views}.{name}")
    for name in sorted(tables.keys() - found.keys()):
        return ("store.schema_missing", "view", f"{views}.{name}")
    for name, (kind, by, opts) in sorted(found.items()):
        if kind != "view":
            return ("store.schema_replaced", kind, f"{views}.{name}")
        if by != owner or opts != ["security_barrier=true"]:
            return ("store.schema_changed", "view", f"{views}.{name}")
    columns: dict[str, set[str]] = {}
    for view, column in _rows(
        conn, "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c "
              "ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = :s AND a.attnum > 0 AND NOT a.attisdropped", views):
        columns.setdefault(str(view), set()).add(str(column))
    reads: dict[str, set[str]] = {}
    for view, ns, table in _rows(
        conn, "SELECT DISTINCT v.relname, tn.nspname, t.relname FROM pg_rewrite r "
              "JOIN pg_class v ON v.oid = r.ev_class "
              "JOIN pg_namespace n ON n.oid = v.relnamespace "
              "JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid "
              "AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> v.oid "
              "JOIN pg_class t ON t.oid = d.refobjid "
              "JOIN pg_namespace tn ON tn.oid = t.relnamespace WHERE n.nspname = :s", views):
        reads.setdefault(str(view), set()).add(f"{ns}.{table}")
    for name, t in sorted(tables.items()):
        if columns.get(name, set()) != {c.name for c in t.columns} or reads.get(
                name, set()) != {f"{schema}.{name}"}:
            return ("store.schema_changed", "view", f"{views}.{name}")
    for kind, sql in (
        ("function", "SELECT p.proname FROM pg_proc p JOIN pg_namespace n "
                     "ON n.oid = p.pronamespace WHERE n.nspname = :s"),
        ("trigger", "SELECT g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s"),
        ("rule", "SELECT r.rulename FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class "
                 "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s "
                 "AND r.rulename <> '_RETURN'"),
    ):
        for (name,) in _rows(conn, sql, views):
            return ("store.schema_extra", kind, f"{views}.{name}")
    reader = f"mw_{schema}_reader"
    for (name,) in _rows(
        conn, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "JOIN pg_roles r ON r.rolname = :reader WHERE n.nspname = :s "
              "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname <> 'alembic_version' "
              "AND has_any_column_privilege(r.oid, c.oid, 'SELECT')",
        schema, reader=reader):
        return ("store.schema_extra", "privilege", f"SELECT {name} ({reader})")
    return None


def _rows(conn: Connection, sql: str, schema: str, **more: str) -> list[Any]:
    return list(conn.execute(text(sql), {"s": schema, **more}).all())
