"""A fresh project schema per test on the server named by MAATWERK_TEST_PG.

MAATWERK_TEST_PG is an administrator's URL without ``schema``
(``.ci/run`` starts a throw-away cluster and sets it). Without it every
test that needs the server is skipped, with that reason in the summary.
Each test gets its own schema with its roles, and three users: anna
(editor), otto (owner), rita (reader); everything is dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

ADMIN_ENV = "MAATWERK_TEST_PG"


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


@pytest.fixture
def pg() -> Iterator[PgProject]:
    base = admin_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    sep = "&" if "?" in base else "?"
    project = PgProject(f"{base}{sep}schema={schema}", schema)
    from workbench.server.setup import grant, init

    init(project.admin)
    for user, level in (("anna", "editor"), ("otto", "owner"), ("rita", "reader")):
        grant(project.admin, user, level)
    yield project
    _drop(project)


def _drop(project: PgProject) -> None:
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
