"""Creating a project schema on the server, its roles, and granting them to users.

Per project schema ``S`` there are NOLOGIN roles: ``mw_S_tables`` owns every
table (nobody logs in as it, so row-level security, which is FORCEd, holds
for everyone but superusers), ``mw_S_reader`` reads, ``mw_S_editor`` also
writes and ``mw_S_owner`` also grants; ``mw_S_internal`` may see rows whose
visibility is internal (editors and owners have it, readers do not). A user
is a LOGIN role that is a member of one of the three. Readers never see
internal rows (nor rows below them, such as an internal measure's links),
the merge's conflict list, internal texts of rows they see, or the old and
new values in the audit log: they may read no table, only the views of the
schema ``S-lezer`` (:mod:`workbench.server.views`). Every table notifies
the channel ``mw_S`` after each statement that changes it (payload: the
table name), which :mod:`workbench.server.listen` hears. A trigger writes
the session's user into every audit entry, unless the session has the
owner level (pushing a file keeps its history's users).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from sqlalchemy import Connection, Table, create_engine, text
from sqlalchemy.exc import DBAPIError

from workbench.analysis.audience import RULES
from workbench.i18n import UserError
from workbench.model import Base
from workbench.server import views
from workbench.store import schema
from workbench.store.server_guard import (
    AUDIT_BODY,
    AUDIT_FUNCTION,
    AUDIT_TABLE,
    NOTIFY_BODY,
    NOTIFY_FUNCTION,
    POLICIES,
    policy_condition,
)
from workbench.store.server_url import ServerTarget, connect_raw, parse_target, reader_schema

Level = Literal["reader", "editor", "owner"]
LEVELS: tuple[Level, ...] = ("reader", "editor", "owner")
_USER = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]{0,62}", re.ASCII)


def role(target: ServerTarget, kind: str) -> str:
    return f"mw_{target.schema}_{kind}"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def channel(target: ServerTarget) -> str:
    """The LISTEN/NOTIFY channel of a project schema."""
    return f"mw_{target.schema}"


def _admin(target: ServerTarget) -> Any:
    from sqlalchemy.pool import NullPool

    return create_engine("postgresql+psycopg://", creator=lambda: connect_raw(target),
                         poolclass=NullPool)


def init(url: str | ServerTarget) -> int:
    """Create (or upgrade) the project schema with its roles; returns the schema version.

    Run by an administrator (a role that may create roles and schemas). The
    migrations run as the tables' owner role, so everything they create is
    owned by it.
    """
    target = url if isinstance(url, ServerTarget) else parse_target(url)
    engine = _admin(target)
    try:
        with engine.begin() as conn:
            for kind in ("tables", "internal", "reader", "editor", "owner"):
                _ensure_role(conn, role(target, kind), login=False)
            conn.execute(text(f"GRANT {_q(role(target, 'tables'))} TO CURRENT_USER"))
            # reader < editor (with internal rows) < owner
            for member, group in (("editor", "reader"), ("owner", "editor"),
                                  ("editor", "internal")):
                conn.execute(text(
                    f"GRANT {_q(role(target, group))} TO {_q(role(target, member))}"))
            for name in (target.quoted_schema(), _q(reader_schema(target.schema))):
                conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {name} "
                                  f"AUTHORIZATION {_q(role(target, 'tables'))}"))
            conn.execute(text(f"SET LOCAL ROLE {_q(role(target, 'tables'))}"))
            conn.execute(text(f"SET LOCAL search_path TO {target.quoted_schema()}"))

            def run(sql: str) -> object:
                return conn.execute(text(sql))

            views.drop_views(run, target.schema)  # a migration may change their tables
            _upgrade(conn)
            _notify(conn, target)
            _audit_user(conn)
            _security(conn, target)
            views.create_views(run, target.schema)
            conn.execute(text("RESET ROLE"))
            _grants(conn, target)
    except DBAPIError as exc:
        raise UserError("server.denied", schema=target.schema,
                        detail=str(exc.orig).strip().splitlines()[0]) from None
    finally:
        engine.dispose()
    return schema.SCHEMA_VERSION


def _ensure_role(conn: Connection, name: str, *, login: bool) -> None:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if found is None:
        conn.execute(text(f"CREATE ROLE {_q(name)} {'LOGIN' if login else 'NOLOGIN'}"))


def _upgrade(conn: Connection) -> None:
    from alembic import command

    command.upgrade(schema.alembic_config(conn), schema.HEAD_REVISION)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _notify(conn: Connection, target: ServerTarget) -> None:
    conn.execute(text(
        f"CREATE OR REPLACE FUNCTION {NOTIFY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $${NOTIFY_BODY}$$"
    ))
    for t in _tables():
        conn.execute(text(f"DROP TRIGGER IF EXISTS mw_notify ON {_q(t.name)}"))
        conn.execute(text(
            f"CREATE TRIGGER mw_notify AFTER INSERT OR UPDATE OR DELETE ON {_q(t.name)} "
            "FOR EACH STATEMENT EXECUTE FUNCTION mw_notify()"
        ))


def _audit_user(conn: Connection) -> None:
    """An audit entry carries the session's user, unless an owner writes it (a pushed file)."""
    conn.execute(text(
        f"CREATE OR REPLACE FUNCTION {AUDIT_FUNCTION}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $${AUDIT_BODY}$$"
    ))
    conn.execute(text(f"DROP TRIGGER IF EXISTS {AUDIT_FUNCTION} ON {AUDIT_TABLE}"))
    conn.execute(text(
        f"CREATE TRIGGER {AUDIT_FUNCTION} BEFORE INSERT OR UPDATE ON {AUDIT_TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {AUDIT_FUNCTION}()"
    ))


def _security(conn: Connection, target: ServerTarget) -> None:
    internal = role(target, "internal")
    for t in _tables():
        rule = RULES.get(t.name)
        cond = policy_condition(t, internal, "visibility" if rule is None else rule.row)
        name = _q(t.name)
        for policy in POLICIES:
            conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON {name}"))
        if cond is None:
            conn.execute(text(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY"))
            continue
        conn.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY"))
        conn.execute(text(f"CREATE POLICY mw_read ON {name} FOR SELECT USING ({cond})"))
        conn.execute(text(f"CREATE POLICY mw_insert ON {name} FOR INSERT WITH CHECK (true)"))
        conn.execute(text(
            f"CREATE POLICY mw_update ON {name} FOR UPDATE USING ({cond}) WITH CHECK (true)"))
        conn.execute(text(f"CREATE POLICY mw_delete ON {name} FOR DELETE USING ({cond})"))


def _grants(conn: Connection, target: ServerTarget) -> None:
    """Readers read only the views of their schema; editors the tables themselves."""
    s, v = target.quoted_schema(), _q(reader_schema(target.schema))
    reader, editor = _q(role(target, "reader")), _q(role(target, "editor"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {s} TO {reader}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {v} TO {reader}"))
    conn.execute(text(f"GRANT SELECT ON {s}.alembic_version TO {reader}"))
    for t in _tables():
        name = f"{s}.{_q(t.name)}"
        # Also takes back what a reader had before the views (schema version 6 and older).
        conn.execute(text(f"REVOKE ALL ON {name} FROM {reader}"))
        conn.execute(text(f"GRANT SELECT ON {v}.{_q(t.name)} TO {reader}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {editor}"))


def grant(url: str | ServerTarget, user: str, level: str) -> None:
    """Make `user` (a login role, created if new) a reader, editor or owner of the project."""
    target = url if isinstance(url, ServerTarget) else parse_target(url)
    if level not in LEVELS:
        raise UserError("server.bad_level", got=level)
    if not _USER.fullmatch(user) or user.startswith("mw_"):
        raise UserError("server.bad_user", got=user)
    engine = _admin(target)
    try:
        with engine.begin() as conn:
            exists = conn.execute(
                text("SELECT to_regnamespace(:s)"), {"s": target.quoted_schema()}).scalar()
            if exists is None:
                raise UserError("server.not_initialised", schema=target.schema,
                                server=target.server)
            _ensure_role(conn, user, login=True)
            for other in LEVELS:
                conn.execute(text(f"REVOKE {_q(role(target, other))} FROM {_q(user)}"))
            conn.execute(text(f"GRANT {_q(role(target, level))} TO {_q(user)}"))
    except DBAPIError as exc:
        raise UserError("server.denied", schema=target.schema,
                        detail=str(exc.orig).strip().splitlines()[0]) from None
    finally:
        engine.dispose()
