"""The load's bulk insert stores what SQLAlchemy's insert stores, value for value."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, insert, text

from workbench.i18n import UserError
from workbench.interchange import read_json, validate
from workbench.interchange.demo import demo_json_path
from workbench.interchange.load import _insert, load_file
from workbench.model import Base


def _engine() -> Engine:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return engine


def _stored(engine: Engine, table: str) -> list[tuple[Any, ...]]:
    """Every value of `table` with SQLite's own storage class (text, real, integer, null)."""
    with engine.connect() as conn:
        cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        select = ", ".join(f'"{c}", typeof("{c}")' for c in cols)
        return [tuple(r) for r in conn.execute(text(f'SELECT {select} FROM "{table}" ORDER BY id'))]


def test_bulk_insert_stores_the_demo_exactly_as_sqlalchemy_does() -> None:
    project = validate(read_json(demo_json_path()))
    ours, theirs = _engine(), _engine()
    tables = [t for t in Base.metadata.sorted_tables if project.rows.get(t.name)]
    # enums, JSON scales, dates and datetimes, booleans, defaults left out
    assert {"measure", "criterion", "position", "meeting", "package_member"} <= {
        t.name for t in tables
    }
    with ours.begin() as a, theirs.begin() as b:
        for t in tables:
            _insert(a, t, project.rows[t.name])
            b.execute(insert(t), project.rows[t.name])
    for t in tables:
        got = _stored(ours, t.name)
        assert got == _stored(theirs, t.name), t.name
        assert len(got) == len(project.rows[t.name])


def test_the_garbage_collector_runs_again_after_a_failed_load(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "maatwerk-workbench", "version": 1, "project": {}}')
    assert gc.isenabled()
    with pytest.raises(UserError):
        load_file(bad, tmp_path / "p.mwb")
    assert gc.isenabled()
    assert not (tmp_path / "p.mwb").exists()
