"""Project files: create, open, migrate, lock, save, revert and recover.

:class:`ProjectDocument` is the entry point; sessions on it are for the
core's services only (the GUI never touches one).
"""

from __future__ import annotations

from workbench.store.document import ProjectDocument, create_database
from workbench.store.lock import LockInfo, ProjectLockedError, read_lock
from workbench.store.paths import PROJECT_SUFFIX, current_user, data_dir
from workbench.store.recovery import RecoveryCandidate, discard, find_recoverable, recover
from workbench.store.schema import SCHEMA_VERSION

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "LockInfo",
    "ProjectDocument",
    "ProjectLockedError",
    "RecoveryCandidate",
    "create_database",
    "current_user",
    "data_dir",
    "discard",
    "find_recoverable",
    "read_lock",
    "recover",
]
