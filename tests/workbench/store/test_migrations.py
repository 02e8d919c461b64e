"""Schema migrations: a file at the baseline revision is brought to head on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from workbench.services import ProjectService
from workbench.store import SCHEMA_VERSION, ProjectDocument, schema
from workbench.store.sqlite import APPLICATION_ID, make_engine, read_header


def _baseline_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    engine = make_engine(path)
    schema.upgrade(engine, "0001_baseline")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO measure (id, code, title, visibility, description, "
                "description_visibility, theme, above_statutory, statutory_baseline, origin, "
                "payer, "
                "status, sort_key) VALUES ('00000000-0000-0000-0000-000000000001', 'M01', "
                "'Oud dossier', 'internal', '', 'internal', 'dust', 1, '', 'jloi', 'company', "
                "'idea', 1)"
            )
        )
        c.execute(text("INSERT INTO project_option (key, value) VALUES ('title', '\"Oud\"')"))
    engine.dispose()


def test_migration_from_the_baseline_keeps_data_and_reaches_head(tmp_path: Path) -> None:
    path = tmp_path / "oud.mwb"
    _baseline_file(path)
    assert read_header(path)[2] == schema.REVISIONS["0001_baseline"]
    doc = ProjectDocument.open(path)
    try:
        assert schema.current_revision(doc.engine) == schema.HEAD_REVISION
        assert [r["code"] for r in ProjectService(doc).rows("measure")] == ["M01"]
    finally:
        doc.close()
    assert read_header(path)[2] == SCHEMA_VERSION
    if SCHEMA_VERSION > 1:
        # An older file is backed up before it is migrated.
        assert (tmp_path / "oud.mwb.schema1.bak").exists()


def test_every_revision_has_a_schema_number() -> None:
    scripts = sorted((Path(schema.__file__).parent / "migrations" / "versions").glob("*.py"))
    revisions = {p.stem for p in scripts if not p.name.startswith("_")}
    assert revisions == set(schema.REVISIONS)
    assert schema.REVISIONS[schema.HEAD_REVISION] == max(schema.REVISIONS.values())


def test_new_project_schema_matches_the_model(tmp_path: Path) -> None:
    """Running the migrations yields exactly the tables and columns the model declares."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from workbench.model import Base

    doc = ProjectDocument.create(tmp_path / "nieuw.mwb")
    try:
        with doc.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        doc.close()
    assert diff == []
