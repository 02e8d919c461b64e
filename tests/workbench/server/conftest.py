"""A fresh project schema per test on the server named by MAATWERK_TEST_PG.

MAATWERK_TEST_PG is an administrator's URL without ``schema``
(``.ci/run`` starts a throw-away cluster and sets it). Without it every
test that needs the server is skipped, with that reason in the summary.
Each test gets its own schema with its roles, and three users: anna
(editor), otto (owner), rita (reader); everything is dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server_project import ADMIN_ENV, PgProject, admin_url, drop_project, make_project

__all__ = ["ADMIN_ENV", "PgProject", "admin_url"]


@pytest.fixture
def pg() -> Iterator[PgProject]:
    project = make_project()
    yield project
    drop_project(project)
