"""Server addresses: a libpq connection URL plus ``schema=NAME``, and engines on it.

A project on a team server is one PostgreSQL schema. It is named by any
libpq URL (host, port, user, database; a socket directory as
``?host=/dir``) with the extra parameter ``schema``, e.g.
``postgresql://anna@raadhuis/maatwerk?schema=ijmond``. The schema name is
checked strictly (it becomes part of SQL and of role names); every
connection sets ``search_path`` to it, so the model's unqualified tables
and the migrations land there; a reader's connection puts the reader's
views (``S-lezer``, :mod:`workbench.server.views`) before it. Only the
standard library loads until an engine is made, so recognising an address
costs nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from workbench.i18n import UserError

if TYPE_CHECKING:
    from sqlalchemy import Engine

SCHEMES = ("postgresql", "postgres")
# Lower-case, short: role names add a prefix and a suffix within PostgreSQL's 63 bytes.
_SCHEMA = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)


# A project's reader views live in the schema NAME-lezer: a name no project can have.
READER_SUFFIX = "-lezer"


def reader_schema(schema: str) -> str:
    """The schema of a project's reader views (:mod:`workbench.server.views`)."""
    return schema + READER_SUFFIX


def is_server_target(target: str | os.PathLike[str]) -> bool:
    """Whether `target` names a server project rather than a file."""
    text = os.fspath(target).replace("\\", "/")
    return any(text.startswith(s + ":/") for s in SCHEMES)


@dataclass(frozen=True)
class ServerTarget:
    """One project on a server: the libpq URL (without `schema`) and the schema."""

    url: str
    schema: str

    @property
    def server(self) -> str:
        """The address as shown to people: no password, no schema."""
        parts = urlsplit(self.url)
        netloc = parts.netloc.rsplit("@", 1)[-1]
        user = parts.username
        shown = urlunsplit((parts.scheme, f"{user}@{netloc}" if user else netloc,
                            parts.path, "", ""))
        host = dict(parse_qsl(parts.query)).get("host")
        return f"{shown} ({host})" if host else shown

    def __str__(self) -> str:
        return f"{self.server}?schema={self.schema}"

    def quoted_schema(self) -> str:
        return '"' + self.schema + '"'


def parse_target(target: str | os.PathLike[str]) -> ServerTarget:
    """Read a server address; a bad one gets a one-line message naming what is wrong.

    Also accepts the form a ``pathlib.Path`` leaves of an address (``//``
    collapsed to ``/``), since the command line reads PROJECT as a path.
    """
    text = os.fspath(target).replace("\\", "/")
    scheme, _, rest = text.partition(":")
    if scheme not in SCHEMES:
        raise UserError("server.bad_url", url=text, detail="postgresql://")
    if not rest.startswith("//"):
        rest = "/" + rest
    parts = urlsplit(f"postgresql:{rest}")
    query = parse_qsl(parts.query, keep_blank_values=True)
    params = dict(query)
    netloc, path = parts.netloc, parts.path
    if path in ("", "/") and "host" in params and "@" not in netloc and netloc:
        # postgresql:///db?host=/dir written as a path: the database became the host.
        netloc, path = "", "/" + netloc
    schema = params.pop("schema", None)
    if not schema:
        raise UserError("server.no_schema")
    if not _SCHEMA.fullmatch(schema):
        raise UserError("server.bad_schema", name=schema)
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise UserError("server.bad_url", url=_hide_password(text), detail=str(exc)) from None
    rest_query = urlencode([(k, v) for k, v in query if k != "schema"])
    url = urlunsplit(("postgresql", netloc, path, rest_query, ""))
    return ServerTarget(url, schema)


def _hide_password(text: str) -> str:
    return re.sub(r"(//[^:/@]*:)[^@]*@", r"\1***@", text)


def connect_raw(target: ServerTarget, *, password: str | None = None,
                autocommit: bool = False) -> Any:
    """A psycopg connection in the project's schema (a reader's: its views first)."""
    try:
        import psycopg
    except ModuleNotFoundError:
        raise UserError("server.no_driver") from None
    kwargs: dict[str, Any] = {"autocommit": autocommit}
    if password is not None:
        kwargs["password"] = password
    try:
        conn = psycopg.connect(target.url, **kwargs)
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise UserError("server.unreachable", server=target.server, detail=detail) from None
    # A role that may not see internal items (a reader) reads through the views
    # of the reader's schema first (workbench.server.views); everyone else
    # (and an administrator before `server init`) works in the tables.
    own = target.quoted_schema()
    views = '"' + reader_schema(target.schema) + '", ' + own
    conn.execute(
        "SELECT set_config('search_path', CASE WHEN COALESCE((SELECT NOT pg_has_role(oid, "
        "'MEMBER') FROM pg_roles WHERE rolname = %s), false) THEN %s ELSE %s END, false)",
        (f"mw_{target.schema}_internal", views, own))
    if not autocommit:
        conn.commit()
    return conn


def make_server_engine(target: ServerTarget, *, password: str | None = None) -> Engine:
    """An engine whose every connection works in the project's schema."""
    from sqlalchemy import create_engine

    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect_raw(target, password=password),
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=True,
    )
