"""A copy for a colleague ("Kopie voor collega"): the same project, with its lineage.

The copy is the whole file (the full audit log included), so a later merge
finds the common ancestor in both logs. Its lineage names the project and
the state it starts from; the original file is not changed.
"""

from __future__ import annotations

from pathlib import Path

from workbench.i18n import UserError
from workbench.merge.history import head
from workbench.merge.lineage import LINEAGE, lineage, record
from workbench.model.base import new_id
from workbench.services import ProjectService
from workbench.store import ProjectDocument


def give_history(svc: ProjectService) -> bool:
    """Give a project without any audit entry (brand new) its first one: its project id.

    Copies share the project id and the entries before their copy record;
    a project with no entry yet would give its copy nothing to share. The
    entry is the lineage option naming a fresh project id. Returns whether
    one was written.
    """
    with svc.doc.engine.connect() as conn:
        if head(conn).seq != 0:
            return False
    svc.set_option(LINEAGE, {"project": new_id(), "states": []})
    return True


def copy_for_colleague(
    source: Path, target: Path, *, user: str | None = None, name: str | None = None
) -> None:
    """Write a copy of `source` at `target` that records where it comes from.

    A brand-new `source` without any audit entry first gets one, written
    to `source` itself (:func:`give_history`); otherwise `source` is not
    changed.

    `name` is the file name recorded in the lineage (the GUI copies its
    working copy, whose name means nothing to a colleague).
    """
    if target.exists():
        raise UserError("store.exists", path=target)
    if _is_empty(source, user):
        # The original gets the first entry too, or the two would share nothing.
        original = ProjectDocument.open(source, user=user)
        try:
            give_history(ProjectService(original))
            original.save()
        finally:
            original.close()
    doc = ProjectDocument.open(source, read_only=True, user=user)
    try:
        doc.read_only = False  # the private working copy only; the file is written by save_as
        svc = ProjectService(doc)
        with doc.engine.connect() as conn:
            current, state = lineage(conn), head(conn)
        if current["project"] is None:
            raise UserError("merge.empty_history", path=source)
        svc.set_option(LINEAGE, record(current, "copy", state, doc.user, name or source.name))
        if target.exists():
            raise UserError("store.exists", path=target)
        doc.save_as(target)
    finally:
        doc.close()


def _is_empty(source: Path, user: str | None) -> bool:
    doc = ProjectDocument.open(source, read_only=True, user=user)
    try:
        with doc.engine.connect() as conn:
            return head(conn).seq == 0
    finally:
        doc.close()
