"""Throw-away project schemas on the test server named by MAATWERK_TEST_PG.

MAATWERK_TEST_PG is an administrator's URL without ``schema`` (``.ci/run``
and ``.ci/postgres start DIR`` print one). Without it, whoever asks for a
server project is skipped with that reason in the summary, never silently.
Used by the server tests' fixtures and by the both-back-ends ``doc``
fixture of tests/conftest.py.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass

import pytest

ADMIN_ENV = "MAATWERK_TEST_PG"
USERS = (("anna", "editor"), ("otto", "owner"), ("rita", "reader"))


@dataclass(frozen=True)
class PgProject:
    admin: str  # the administrator's URL of this schema
    schema: str

    def url(self, user: str) -> str:
        """The project's URL for `user` (the admin URL with the user replaced)."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.admin)
        host = parts.netloc.rsplit("@", 1)[-1]
        return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, ""))


def admin_url() -> str:
    url = os.environ.get(ADMIN_ENV)
    if not url:
        pytest.skip(f"{ADMIN_ENV} is not set: no PostgreSQL server to test against")
    return url


def make_project(users: tuple[tuple[str, str], ...] = USERS, *,
                 title: str | None = None) -> PgProject:
    """A new, initialised project schema with `users` granted; `title` as a new file has."""
    base = admin_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    sep = "&" if "?" in base else "?"
    project = PgProject(f"{base}{sep}schema={schema}", schema)
    from workbench.server.setup import grant, init

    init(project.admin)
    for user, level in users:
        grant(project.admin, user, level)
    if title is not None:
        _options(project, title)
    return project


def _options(project: PgProject, title: str) -> None:
    """The options ProjectDocument.create writes, so a server project starts like a file."""
    from sqlalchemy import insert

    from workbench.model import ProjectOption
    from workbench.server.setup import _admin
    from workbench.store.server_url import parse_target

    engine = _admin(parse_target(project.admin))
    try:
        with engine.begin() as conn:
            conn.execute(insert(ProjectOption), [
                {"key": "title", "value": title},
                {"key": "language", "value": "nl"},
                {"key": "created", "value": dt.date.today().isoformat()},
            ])
    finally:
        engine.dispose()


def drop_project(project: PgProject) -> None:
    from workbench.store.server_url import connect_raw, parse_target

    target = parse_target(project.admin)
    conn = connect_raw(target, autocommit=True)
    try:
        conn.execute(f'DROP SCHEMA IF EXISTS "{project.schema}" CASCADE')
        for kind in ("owner", "editor", "reader", "internal", "tables"):
            name = f"mw_{project.schema}_{kind}"
            conn.execute(f'DROP OWNED BY "{name}"')
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        conn.close()
