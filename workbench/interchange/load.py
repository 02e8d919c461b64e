"""Create a project from interchange JSON: validate everything, then write once.

The document is validated completely first (:mod:`.validate`); only then is
a fresh working copy filled in one transaction of the project services and
saved to the target with the store's atomic Save As. The rows were checked
with the services' own field rules, so they are inserted in bulk (one
executemany per table) and the load is audited as one entry naming the
file; the project options go through the services one by one. On any error
nothing is left at the target.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert

from workbench.gc_pause import paused_gc
from workbench.i18n import UserError
from workbench.interchange.reading import read_json
from workbench.interchange.validate import ProjectData, validate
from workbench.model import Base
from workbench.services import ProjectService
from workbench.store import ProjectDocument


def _check_target(target: Path) -> None:
    if target.exists():
        raise UserError("store.exists", path=target)
    if not target.parent.is_dir():
        raise UserError("store.not_found", path=target.parent)


def load_data(
    data: object | ProjectData, target: Path, *, user: str | None = None, name: str = "JSON"
) -> None:
    """Create the project file `target` from a parsed (or validated) document.

    `name` is recorded in the audit log as where the project came from.
    """
    project = data if isinstance(data, ProjectData) else validate(data)
    _check_target(target)
    doc = ProjectDocument.new(title=project.title, user=user)
    try:
        svc = ProjectService(doc)
        with svc.batch() as tx:
            # A larger page cache for this connection only: bulk inserts touch
            # many index pages (the file's own settings are unchanged).
            tx.conn.exec_driver_sql("PRAGMA cache_size = -131072")
            # No flush to disk of the private working copy at this commit: only the
            # checked, fsynced copy that Save As writes below is the user's file
            # (a crash before it leaves no project, as a refused load does).
            tx.conn.exec_driver_sql("PRAGMA synchronous = OFF")
            for key, value in project.options.items():
                tx.set_option(key, value)
            for t in Base.metadata.sorted_tables:
                rows = project.rows.get(t.name)
                if rows:
                    _insert(tx.conn, t, rows)
            tx.audit("create", "project", "-", "load", None, name)
        # Checked again: the target may have appeared while we were writing.
        _check_target(target)
        doc.save_as(target)
    finally:
        doc.close()


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert validated rows with one executemany of plain tuples.

    SQLAlchemy's own executemany builds a parameter dict per row (a second
    per 120,000 assessments); here each column's bind processor (the same
    conversion SQLAlchemy applies: enums, dates, JSON) runs over its column
    and the driver gets tuples. Rows whose keys differ, or a left-out column
    with a computed client-side default, take SQLAlchemy's path.
    """
    keys = rows[0].keys()
    missing = [c for c in table.columns if c.key not in keys]
    plain = all(
        c.default is None or (c.default.is_scalar and c.server_default is not None)
        for c in missing
    ) and all(r.keys() == keys for r in rows)
    if not plain or conn.dialect.paramstyle != "qmark":
        conn.execute(insert(table), rows)
        return
    names = list(keys)
    dialect = conn.dialect
    columns: list[list[Any]] = []
    for name in names:
        values = [r[name] for r in rows]
        process: Callable[[Any], Any] | None = (
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        )
        if process is not None:
            values = [process(v) for v in values]
        columns.append(values)
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def load_file(json_path: Path, target: Path, *, user: str | None = None) -> None:
    """Create the project file `target` from the interchange file `json_path`."""
    _check_target(target)
    with paused_gc():
        load_data(validate(read_json(json_path)), target, user=user, name=json_path.name)
