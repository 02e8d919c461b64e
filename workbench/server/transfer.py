"""Moving a project between a file and the server: push, check-out, check-in.

- :func:`push` copies a project file, rows and full audit log, into an empty
  project schema on the server (the team's shared home from then on). The
  database writes the session's user into every audit entry but an owner's,
  so a file with other users' history is pushed by an owner, keeping them.
- :func:`checkout` copies the server's project into a new file with a
  ``copy`` lineage record, as "Kopie voor collega" does for files, so the
  laptop can work offline.
- :func:`checkin` merges that file back with the three-way merge of
  :mod:`workbench.merge` (ours: the server's state, theirs: the file's):
  one transaction on the server, conflicts kept open in the project.

Both copies keep the whole audit log, so the merge finds their common
ancestor exactly as between two laptops' files.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Table, delete, func, insert, select

from workbench.i18n import UserError
from workbench.merge import MergeSummary, open_conflicts, prepare
from workbench.merge.history import head
from workbench.merge.lineage import LINEAGE, lineage, record
from workbench.merge.run import Take
from workbench.model import AuditEntry, Base, Measure
from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store.server_document import ServerDocument

_CHUNK = 1000


def _copy_rows(source: Connection, target: Connection) -> None:
    """Every row of every table, parents first, in chunks."""
    for t in Base.metadata.sorted_tables:
        result = source.execute(select(t))
        while rows := result.mappings().fetchmany(_CHUNK):
            target.execute(insert(t), [dict(r) for r in rows])


def push(path: Path, url: str, *, user: str | None = None) -> int:
    """Copy the project file at `path` into the (empty) project on the server; rows copied."""
    server = ServerDocument.connect(url)
    try:
        if server.read_only:
            raise UserError("store.read_only")
        source = ProjectDocument.open(path, read_only=True, user=user)
        try:
            _check_history_users(source, server)
            with server.engine.begin() as target:
                used = target.execute(select(func.count()).select_from(AuditEntry)).scalar()
                used = (used or 0) + (target.execute(
                    select(func.count()).select_from(Measure)).scalar() or 0)
                if used:
                    raise UserError("server.not_empty", schema=server.target.schema,
                                    server=server.target.server)
                opt = Base.metadata.tables["project_option"]
                target.execute(delete(opt))
                with source.engine.connect() as conn:
                    _copy_rows(conn, target)
                return int(target.execute(
                    select(func.count()).select_from(AuditEntry)).scalar() or 0)
        finally:
            source.close()
    finally:
        server.close()


def _check_history_users(source: ProjectDocument, server: ServerDocument) -> None:
    """Only an owner may push other users' audit entries (the database would rename them)."""
    with source.engine.connect() as conn:
        other = conn.execute(select(AuditEntry.user).where(AuditEntry.user != server.user)
                             .order_by(AuditEntry.seq).limit(1)).scalar()
    if other is not None and not server.member_of("owner"):
        raise UserError("server.push_owner", schema=server.target.schema, user=server.user,
                        other=other)


def checkout(url: str, out: Path) -> None:
    """A new project file at `out` holding the server's project, with its lineage."""
    if out.exists():
        raise UserError("store.exists", path=out)
    server = ServerDocument.connect(url, read_only=True)
    try:
        if not server.member_of("internal"):
            # A reader's copy would lack the internal items and the history's values.
            raise UserError("server.reader_checkout", schema=server.target.schema,
                            user=server.user)
        doc = ProjectDocument.new(user=server.user)
        try:
            with server.engine.connect() as source, doc.engine.begin() as target:
                opt: Table = Base.metadata.tables["project_option"]
                target.execute(delete(opt))
                _copy_rows(source, target)
                current, state = lineage(source), head(source)
            if current["project"] is None:
                raise UserError("merge.empty_history", path=str(server.target))
            ProjectService(doc).set_option(
                LINEAGE, record(current, "copy", state, server.user, str(server.target)))
            if out.exists():
                raise UserError("store.exists", path=out)
            doc.save_as(out)
        finally:
            doc.close()
    finally:
        server.close()


def checkin(path: Path, url: str, *, take: Take | None = None) -> tuple[MergeSummary, int]:
    """Merge the file at `path` into the server's project; the summary and conflicts open."""
    server = ServerDocument.connect(url)
    try:
        if server.read_only:
            raise UserError("store.read_only")
        svc = ProjectService(server)
        cmd = prepare(svc, path, take=take)
        cmd.do(svc)
        summary = cmd.summary
        assert summary is not None
        return summary, len(open_conflicts(svc))
    finally:
        server.close()
