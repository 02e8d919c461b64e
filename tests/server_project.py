"""Throw-away project schemas on the test server named by MAATWERK_TEST_PG.

MAATWERK_TEST_PG is an administrator's URL without ``schema`` (``.ci/run``
and ``.ci/postgres start DIR`` print one). Without it, whoever asks for a
server project is skipped with that reason in the summary, never silently.
Used by the server tests' fixtures and by the both-back-ends ``doc``
fixture of tests/conftest.py.

Making a schema (roles, migrations, triggers, policies, grants) costs about
0,3 s, too much for every test of the both-back-ends suite. So each test
process makes one schema (:func:`make_project`) and :func:`reset_project`
empties it between tests (DELETE from every table, about 10 ms): the next
test finds a project as fresh as a new one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from workbench.store import ProjectDocument

ADMIN_ENV = "MAATWERK_TEST_PG"
# The back ends a both-back-ends test runs on (fixture params or indirect `backend`).
BACKENDS = ("sqlite", pytest.param("postgres", marks=pytest.mark.postgres))
USERS = (("anna", "editor"), ("otto", "owner"), ("rita", "reader"))
# Back-end fixtures: tests work as TESTER (an editor, as the file tests' user);
# a file is pushed as PUSHER, an owner, since its history may name other users.
TESTER, PUSHER = "testgebruiker", "eigenaar"
FIXTURE_USERS = ((TESTER, "editor"), (PUSHER, "owner"))


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


def _options(project: PgProject, title: str, conn: Any = None) -> None:
    """The options ProjectDocument.create writes, so a server project starts like a file."""
    from workbench.store.server_url import connect_raw, parse_target

    own = conn is None
    if own:
        conn = connect_raw(parse_target(project.admin), autocommit=False)
    try:
        conn.cursor().executemany(
            f'INSERT INTO "{project.schema}".project_option (key, value) VALUES (%s, %s::json)',
            [(k, json.dumps(v)) for k, v in (("title", title), ("language", "nl"),
                                              ("created", dt.date.today().isoformat()))])
        if own:
            conn.commit()
    finally:
        if own:
            conn.close()


def reset_project(project: PgProject, *, title: str | None = None) -> None:
    """Empty every table of the project schema (as a new one); `title` as in make_project.

    The schema, its roles and grants stay. Rows are deleted children first
    in one transaction; a lock timeout turns a connection a test forgot to
    close into an error instead of a hang.
    """
    from workbench.model import Base
    from workbench.store.server_url import connect_raw, parse_target

    conn = connect_raw(parse_target(project.admin), autocommit=False)
    try:
        conn.execute("SET LOCAL lock_timeout = '10s'")
        for t in reversed(Base.metadata.sorted_tables):
            conn.execute(f'DELETE FROM "{project.schema}"."{t.name}"')
        if title is not None:
            _options(project, title, conn)
        conn.commit()
    finally:
        conn.close()


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


def open_target(target: str, **kwargs: Any) -> ProjectDocument:
    """Open a project by the path or URL a back-end fixture gave (as the CLI would)."""
    from workbench.store import ProjectDocument
    from workbench.store.server_url import is_server_target

    found: Any = target if is_server_target(target) else Path(target)
    return ProjectDocument.open(found, **kwargs)


@contextmanager
def project_on(backend: str, path: Path) -> Iterator[str]:
    """A module's own copy of the project file `path` on `backend`, for module fixtures.

    On the server that is a schema of its own (made and dropped here), so it
    never meets the per-process schema that function fixtures empty.
    """
    if backend != "postgres":
        yield str(path)
        return
    from workbench.server.transfer import push

    project = make_project(FIXTURE_USERS)
    try:
        push(path, project.url(PUSHER))
        yield project.url(TESTER)
    finally:
        drop_project(project)


def state_of(target: str) -> object:
    """What a project holds, to show a refused command wrote nothing.

    A file: its bytes. A server project: its interchange dump (every row of
    every table, without the export's time stamp) and its audit sequence.
    """
    from workbench.store.server_url import is_server_target

    if not is_server_target(target):
        return Path(target).read_bytes()
    from workbench.interchange import dumps
    from workbench.services import ProjectService

    doc = open_target(target, read_only=True)
    try:
        data = json.loads(dumps(ProjectService(doc)))
        data.pop("exported_at", None)
        return data, doc.audit_seq()
    finally:
        doc.close()
