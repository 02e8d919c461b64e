"""The schema a project file must have, and the check that refuses anything else.

Project files come from colleagues and e-mail, so their schema is
untrusted: a trigger could rewrite visibilities on the next edit, a view in
place of a table could show rows the table would not. Before anything
reads a file's rows, :func:`check_schema` compares its schema (tables,
columns with types, defaults and keys, foreign keys, indexes, triggers,
views) with what the migrations build for that schema version and names
the first object that is extra, missing or different.

The expected schema is derived from the code: the migrations are run on an
in-memory database once per schema version; the normalised result is kept
in memory and, keyed by a hash of the migrations and library versions, in
the data folder, so a normal start does not import alembic.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from workbench.i18n import UserError
from workbench.store import schema
from workbench.store.paths import data_dir

# name -> normalised description (JSON-compatible, so it can be cached on disk)
Signature = dict[str, Any]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def signature(conn: sqlite3.Connection) -> Signature:
    """Every schema object of the open database, normalised for comparison."""
    out: Signature = {}
    objects = conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for kind, name, tbl in objects:
        entry: dict[str, Any] = {"type": kind, "table": tbl}
        if kind == "table":
            entry["columns"] = [
                list(r) for r in conn.execute(f"PRAGMA table_xinfo({_q(name)})").fetchall()
            ]
            entry["foreign_keys"] = sorted(
                list(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({_q(name)})")
            )
        elif kind == "index":
            entry["columns"] = [
                list(r) for r in conn.execute(f"PRAGMA index_xinfo({_q(name)})").fetchall()
            ]
            flags = [
                list(r[2:]) for r in conn.execute(f"PRAGMA index_list({_q(tbl)})") if r[1] == name
            ]
            entry["flags"] = flags
        out[name] = entry
    return out


def _cache_key() -> str:
    h = hashlib.sha256()
    folder = Path(schema.__file__).parent / "migrations"
    for p in sorted(folder.rglob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    for dist in ("sqlalchemy", "alembic"):
        h.update(_library_stamp(dist).encode())
    h.update(sqlite3.sqlite_version.encode())
    return h.hexdigest()[:24]


def schema_key() -> str:
    """A key that changes whenever the schema the migrations build may change."""
    return _cache_key()


def _library_stamp(dist: str) -> str:
    """Which installed copy of a library built the schema: its file's path, size and time.

    Cheaper than ``importlib.metadata`` (~20 ms of imports on every open);
    a reinstall changes the stamp. Where the package has no file (a frozen
    app), its distribution version.
    """
    spec = importlib.util.find_spec(dist)
    if spec is not None and spec.origin:
        with contextlib.suppress(OSError):
            st = os.stat(spec.origin)
            return f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"
    from importlib import metadata

    with contextlib.suppress(metadata.PackageNotFoundError):
        return metadata.version(dist)
    return ""


def _build(version: int) -> Signature:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from workbench.store.sqlite import harden

    revision = next(r for r, v in schema.REVISIONS.items() if v == version)

    def creator() -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:")
        harden(conn)
        return conn

    engine = create_engine("sqlite://", creator=creator, poolclass=StaticPool)
    try:
        schema.upgrade(engine, revision)
        with engine.connect() as c:
            raw = c.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return signature(raw)
    finally:
        engine.dispose()


def _cache_path(version: int) -> Path | None:
    try:
        return data_dir() / "cache" / f"schema-{version}-{_cache_key()}.json"
    except OSError:
        return None


def _store(path: Path | None, text: str) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only data folder only costs the rebuild next time


@cache
def expected(version: int) -> Signature:
    """The schema the migrations build for `version` (cached in memory and on disk)."""
    path = _cache_path(version)
    if path is not None:
        try:
            found: Signature = json.loads(path.read_text(encoding="utf-8"))
            return found
        except (OSError, ValueError):
            pass
    # A round trip through JSON, so a fresh build compares like a cached one.
    text = json.dumps(_build(version), sort_keys=True)
    _store(path, text)
    result: Signature = json.loads(text)
    return result


def remember(conn: sqlite3.Connection, version: int) -> None:
    """Cache the schema of a database the migrations have just built for `version`.

    Creating a project runs the same migrations as :func:`expected`, so its
    schema is the expected one; keeping it spares the first open of the
    session the in-memory build (and the alembic import).
    """
    path = _cache_path(version)
    if path is not None and not path.exists():
        _store(path, json.dumps(signature(conn), sort_keys=True))


# (message key, object type, object name)
Problem = tuple[str, str, str]


def schema_problem(conn: sqlite3.Connection, version: int) -> Problem | None:
    """None if the schema is exactly that of `version`, else the first difference."""
    found: Signature = json.loads(json.dumps(signature(conn)))
    want = expected(version)
    common = sorted(found.keys() & want.keys())
    # A replaced object first: its missing indexes are a consequence, not the cause.
    for name in common:
        if found[name]["type"] != want[name]["type"]:
            return ("store.schema_replaced", found[name]["type"], name)
    for name in sorted(found.keys() - want.keys()):
        return ("store.schema_extra", found[name]["type"], name)
    for name in sorted(want.keys() - found.keys()):
        return ("store.schema_missing", want[name]["type"], name)
    for name in common:
        if found[name] != want[name]:
            return ("store.schema_changed", want[name]["type"], name)
    return None


def check_schema(conn: sqlite3.Connection, version: int, path: Path) -> None:
    """Refuse a file whose schema is not exactly what `version` prescribes.

    Raises UserError naming the object; a file SQLite cannot even parse the
    schema of is reported as damaged.
    """
    try:
        problem = schema_problem(conn, version)
    except sqlite3.Error as exc:
        raise UserError("store.corrupt", path=path, detail=str(exc)) from None
    if problem is not None:
        key, kind, name = problem
        raise UserError(key, path=path, kind=kind, name=name)
