"""One migration tree for both databases: the server's schema is the model's."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from workbench.model import Base
from workbench.server.listen import ChangeListener
from workbench.services import ProjectService
from workbench.store import schema
from workbench.store.server_document import ServerDocument

from .conftest import PgProject

pytestmark = pytest.mark.postgres


def test_every_migration_runs_on_postgresql_and_builds_the_model(pg: PgProject) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    doc = ServerDocument.connect(pg.url("otto"))
    try:
        with doc.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                schema.HEAD_REVISION)
            ctx = MigrationContext.configure(conn, opts={"include_schemas": False})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        doc.close()
    assert diff == []


def test_init_twice_keeps_the_data(pg: PgProject) -> None:
    from workbench.server.setup import init

    doc = ServerDocument.connect(pg.url("anna"))
    try:
        ProjectService(doc).create("measure", {"code": "M01", "title": "Blijft"})
        assert init(pg.admin) == schema.SCHEMA_VERSION
        assert [r["code"] for r in ProjectService(doc).rows("measure")] == ["M01"]
    finally:
        doc.close()


def test_a_change_is_heard_by_another_connection_within_a_second(pg: PgProject) -> None:
    listener = ChangeListener(pg.url("rita"))
    doc = ServerDocument.connect(pg.url("anna"))
    try:
        assert listener.drain() == set()
        start = time.perf_counter()
        ProjectService(doc).create("measure", {"code": "M01", "title": "Nieuw"})
        heard = listener.drain(timeout=1.0)
        assert time.perf_counter() - start < 1.0
        assert "measure" in heard
        assert listener.drain() == set()  # one batch, drained once
    finally:
        doc.close()
        listener.close()
