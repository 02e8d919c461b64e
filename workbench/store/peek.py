"""A look into a project file with plain sqlite3: title, options, counts, integrity.

``workbench info`` needs a handful of figures a few SQL statements give,
so it reads them here, read-only and in place, after the same checks an
open makes (header, schema exactly that of the migrations, SQLite's quick
check), without SQLAlchemy, the model or a working copy. A file this look
does not answer for (an older schema that opening would migrate, a hot
journal, anything SQLite complains of) gives None: the caller then takes
the full open path, which migrates or reports the problem as it always has.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

from workbench.store.files import check_project_file, integrity_problem
from workbench.store.guard import check_schema, expected
from workbench.store.schema import SCHEMA_VERSION
from workbench.store.sqlite import raw_connect

# Tables that hold no entity: the model's ENTITIES are every other table
# (tests/workbench/cli/test_cli_project.py holds the two lists together).
NOT_ENTITIES = frozenset(
    {"alembic_version", "audit_entry", "audit_origin", "meeting_snapshot", "project_option"}
)


class Peek(NamedTuple):
    """What ``info`` shows of a file."""

    version: int
    options: dict[str, Any]
    counts: dict[str, int]
    integrity: str


def entity_tables(version: int = SCHEMA_VERSION) -> list[str]:
    """The entity tables of `version`'s schema, by name."""
    return sorted(
        name
        for name, entry in expected(version).items()
        if entry["type"] == "table" and name not in NOT_ENTITIES
    )


def peek(path: Path) -> Peek | None:
    """The file's figures, or None where only a full open can answer (see the module doc).

    Raises UserError, as opening does, for a file that is not a project,
    is too new, cut short, or has a schema other than the migrations'.
    """
    version = check_project_file(path)
    if version != SCHEMA_VERSION:
        return None
    try:
        conn = raw_connect(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        check_schema(conn, version, path)
        if integrity_problem(conn) is not None:
            return None
        options = {
            str(key): json.loads(value) if isinstance(value, str) else value
            for key, value in conn.execute("SELECT key, value FROM project_option")
        }
        counts = {
            name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in entity_tables(version)
        }
        full = conn.execute("PRAGMA integrity_check").fetchall()
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    return Peek(version, options, counts, _verdict(full, fks))


def _verdict(full: list[Any], fks: list[Any]) -> str:
    if full and full[0][0] == "ok" and not fks:
        return "ok"
    problems = [str(r[0]) for r in full if r[0] != "ok"] + [f"foreign key {r}" for r in fks]
    return "; ".join(problems[:5])
