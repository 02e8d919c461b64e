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

from pathlib import Path

from sqlalchemy import insert

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
            for key, value in project.options.items():
                tx.set_option(key, value)
            for t in Base.metadata.sorted_tables:
                rows = project.rows.get(t.name)
                if rows:
                    tx.conn.execute(insert(t), rows)
            tx.audit("create", "project", "-", "load", None, name)
        # Checked again: the target may have appeared while we were writing.
        _check_target(target)
        doc.save_as(target)
    finally:
        doc.close()


def load_file(json_path: Path, target: Path, *, user: str | None = None) -> None:
    """Create the project file `target` from the interchange file `json_path`."""
    _check_target(target)
    load_data(validate(read_json(json_path)), target, user=user, name=json_path.name)
