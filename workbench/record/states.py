"""An earlier project state, rebuilt in a temporary copy from the audit log.

Why rebuild rather than store a copy at each meeting: every write of the
services is audited (updates with old and new, deletes with the whole row),
so the current file and its log already hold every earlier state exactly
(the merge relies on the same fact, :func:`workbench.merge.apply.take_back`).
A stored copy per meeting would double the file for every meeting and keep
deleted confidential text alive in a second place; a mark is one row
(:mod:`workbench.record.snapshots`). The copy of a file is made with
SQLite's backup API; a project on the team server is copied row by row into
a new file (what its user may read). The later entries are taken back
through the services, and the copy is read by the same
:class:`~workbench.analysis.data.ProjectData` as the current state, so both
sides of a comparison are built by the one analysis.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import delete, insert, select

from workbench.analysis.data import State
from workbench.merge.apply import take_back
from workbench.merge.history import Entry, entries_after
from workbench.merge.rows import OPTION
from workbench.model import ENTITIES, Base
from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store.document import create_database
from workbench.store.sqlite import make_engine

_CHUNK = 1000


def reachable(entries: list[Entry]) -> list[Entry]:
    """The entries that can be taken back: those after the last bulk load among them.

    A project made from a file (the demo, ``workbench load``) starts with one
    entry for the whole load; a state before it is rebuilt as the state right
    after it, the earliest one the log holds.
    """
    last = max((i for i, e in enumerate(entries)
                if e.entity not in ENTITIES and e.entity != OPTION), default=-1)
    return entries[last + 1:]


def _copy(svc: ProjectService, path: Path) -> None:
    """The project's rows, as they are now, in a new file at `path`."""
    if svc.doc.engine.dialect.name != "sqlite":
        _copy_rows(svc, path)
        return
    raw = svc.doc.engine.raw_connection()
    try:
        target = sqlite3.connect(path)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()


def _copy_rows(svc: ProjectService, path: Path) -> None:
    """A server project's rows in a new file, parents first, in chunks (no backup API there)."""
    create_database(path, title="")
    engine = make_engine(path)
    try:
        with svc.doc.engine.connect() as source, engine.begin() as target:
            target.execute(delete(Base.metadata.tables["project_option"]))
            for t in Base.metadata.sorted_tables:
                result = source.execute(select(t))
                while rows := result.mappings().fetchmany(_CHUNK):
                    target.execute(insert(t), [dict(r) for r in rows])
    finally:
        engine.dispose()


@contextmanager
def state_copy(svc: ProjectService, state: State) -> Iterator[ProjectService]:
    """A throw-away project holding `svc`'s rows as they were at `state`."""
    folder = Path(tempfile.mkdtemp(prefix="mwb-state-"))
    path = folder / "state.mwb"
    _copy(svc, path)
    doc = ProjectDocument(path, None, user=svc.doc.user)
    try:
        copy = ProjectService(doc)
        with copy.batch() as tx:
            take_back(tx, reachable(entries_after(tx.conn, state.seq)))
        yield copy
    finally:
        doc.close()
        shutil.rmtree(folder, ignore_errors=True)
