"""A project on a team server, behind the same interface as a project file.

:class:`ServerDocument` is a :class:`~workbench.store.document.ProjectDocument`
whose engine works in one PostgreSQL schema: the services, the analysis, the
exports and the commands run on it unchanged. There is no working copy and
no Save: every edit commits on the server at once, so ``save`` and
``revert`` do nothing and ``modified`` is always false. The user is the
database's session user (what the audit log records), and a role without
the right to change rows opens read-only. The schema is created and
upgraded by an administrator (``workbench server init``), never on open;
on open its shape is checked (:mod:`workbench.store.server_guard`).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from workbench.i18n import UserError
from workbench.store import schema
from workbench.store.document import ProjectDocument
from workbench.store.server_guard import server_schema_problem
from workbench.store.server_url import ServerTarget, make_server_engine, parse_target


class ServerDocument(ProjectDocument):
    """One project schema on a PostgreSQL server; every edit commits there."""

    def __init__(
        self,
        target: ServerTarget,
        *,
        read_only: bool = False,
        password: str | None = None,
    ) -> None:
        self.target = target
        self.path = None
        self.working_path = Path(os.devnull)
        self._lock = None
        self.file_version = schema.SCHEMA_VERSION
        self.engine = make_server_engine(target, password=password)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            self.user, may_write = self._check()
        except BaseException:
            self.engine.dispose()
            raise
        self.read_only = read_only or not may_write
        self.saved_seq = self.audit_seq()

    @classmethod
    def connect(
        cls, target: str | os.PathLike[str] | ServerTarget, *, read_only: bool = False,
        password: str | None = None,
    ) -> ServerDocument:
        found = target if isinstance(target, ServerTarget) else parse_target(target)
        return cls(found, read_only=read_only, password=password)

    def _check(self) -> tuple[str, bool]:
        """The session user and whether it may write; refuses a schema not at our head."""
        t = self.target
        try:
            with self.engine.connect() as conn:
                user = str(conn.execute(text("SELECT session_user")).scalar())
                owner = f"mw_{t.schema}_tables"
                bypass = conn.execute(text(
                    "SELECT rolsuper OR rolbypassrls OR (EXISTS (SELECT 1 FROM pg_roles "
                    "WHERE rolname = :o) AND pg_has_role(session_user, :o, 'MEMBER')) "
                    "FROM pg_roles WHERE rolname = session_user"), {"o": owner}).scalar()
                if bypass:
                    # Row-level security does not hold for such a role: never work as one.
                    raise UserError("server.admin_user", user=user)
                exists = conn.execute(
                    text("SELECT to_regclass(:t)"), {"t": f"{t.quoted_schema()}.alembic_version"}
                ).scalar()
                if exists is None:
                    raise UserError("server.not_initialised", schema=t.schema, server=t.server)
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                problem = server_schema_problem(conn, t.schema)
                may_write = bool(conn.execute(
                    text("SELECT has_table_privilege(:t, 'UPDATE')"),
                    {"t": f"{t.quoted_schema()}.measure"},
                ).scalar())
        except DBAPIError as exc:
            raise UserError("server.denied", schema=t.schema, detail=_first_line(exc)) from None
        if problem is not None:
            key, kind, name = problem
            raise UserError(key, path=str(t), kind=kind, name=name)
        if rev not in schema.REVISIONS:
            raise UserError("server.too_new", schema=t.schema, server=t.server)
        if rev != schema.HEAD_REVISION:
            raise UserError("server.old_schema", schema=t.schema, server=t.server,
                            found=schema.REVISIONS[str(rev)], known=schema.SCHEMA_VERSION)
        return user, may_write

    def member_of(self, kind: str) -> bool:
        """Whether the session user has the project's role `kind` (``owner``, ``internal``...)."""
        with self.engine.connect() as conn:
            return bool(conn.execute(
                text("SELECT pg_has_role(session_user, :o, 'MEMBER')"),
                {"o": f"mw_{self.target.schema}_{kind}"}).scalar())

    @property
    def title(self) -> str:
        return str(self.option("title", "")) or self.target.schema

    @property
    def modified(self) -> bool:
        return False  # every edit is on the server already

    def save(self) -> None:
        """Nothing to do: every edit committed on the server when it was made."""

    def save_as(self, path: Path) -> None:
        raise UserError("server.use_checkout", path=path)

    def revert(self) -> None:
        """Nothing to take back: the server holds no unsaved state."""

    def close(self) -> None:
        self.engine.dispose()

    def _write_sidecar(self) -> None:
        """No working copy, so nothing to recover after a crash."""


def _first_line(exc: BaseException) -> str:
    lines = str(getattr(exc, "orig", exc)).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
