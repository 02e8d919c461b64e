"""Migration 0003: stakeholders and health-parameter sources get a visibility
(issue 10, finding 11). Existing rows become `partners`, new rows `internal`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from workbench.services import ProjectService
from workbench.store import ProjectDocument, schema
from workbench.store.sqlite import APPLICATION_ID, make_engine, read_header


def _schema2_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    engine = make_engine(path)
    schema.upgrade(engine, "0002_health")
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO stakeholder (id, key, name, kind, coalition, notes, notes_visibility, "
            "sort_key) VALUES ('00000000-0000-0000-0000-00000000000a', 'tata', "
            "'Tata Steel Nederland', 'company', 0, '', 'internal', 1)"
        ))
        c.execute(text(
            "INSERT INTO health_parameter (id, key, value, low, high, source) VALUES "
            "('00000000-0000-0000-0000-00000000000b', 'rr_pm25_mortality', 1.08, 1.06, 1.09, "
            "'WHO 2021')"
        ))
        c.execute(text("INSERT INTO project_option (key, value) VALUES ('title', '\"Oud\"')"))
    engine.dispose()


def test_existing_rows_become_partners_and_new_rows_internal(tmp_path: Path) -> None:
    path = tmp_path / "schema2.mwb"
    _schema2_file(path)
    assert read_header(path)[2] == 2
    doc = ProjectDocument.open(path)
    try:
        svc = ProjectService(doc)
        (tata,) = svc.rows("stakeholder")
        assert tata["visibility"] == "partners"
        (param,) = svc.rows("health_parameter")
        assert param["source_visibility"] == "partners"
        new = svc.create("stakeholder", {"key": "stil", "name": "Een stille partij"})
        row = next(r for r in svc.rows("stakeholder") if r["id"] == new.created[0])
        assert row["visibility"] == "internal"
    finally:
        doc.close()
    assert read_header(path)[2] == schema.SCHEMA_VERSION  # migrated to the head


def test_the_new_columns_keep_no_server_default(tmp_path: Path) -> None:
    """A raw insert must not silently make a new party visible to partners."""
    path = tmp_path / "schema2.mwb"
    _schema2_file(path)
    ProjectDocument.open(path).close()
    conn = sqlite3.connect(path)
    try:
        cols = {
            (table, r[1]): r
            for table in ("stakeholder", "health_parameter")
            for r in conn.execute(f"PRAGMA table_info({table})")
        }
    finally:
        conn.close()
    for key in (("stakeholder", "visibility"), ("health_parameter", "source_visibility")):
        assert cols[key][3] == 1 and cols[key][4] is None  # NOT NULL, no default
