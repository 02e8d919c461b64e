"""Every change to a project: validation, audit log and change records.

:class:`ProjectService` is generic over entities; :mod:`workbench.commands`
builds undoable edits on it, and :mod:`workbench.services.queries` reads
plain rows for the GUI and exports.
"""

from __future__ import annotations

from workbench.services.changes import NO_CHANGE, Change
from workbench.services.project import ProjectService, Snapshot, table_of

__all__ = ["NO_CHANGE", "Change", "ProjectService", "Snapshot", "table_of"]
