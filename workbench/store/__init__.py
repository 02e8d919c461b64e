"""Project files: create, open, migrate, lock, save, revert and recover.

:class:`ProjectDocument` is the entry point; sessions on it are for the
core's services only (the GUI never touches one).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from workbench.store.paths import PROJECT_SUFFIX, current_user, data_dir
from workbench.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from workbench.store.document import ProjectDocument, create_database
    from workbench.store.lock import LockInfo, ProjectLockedError, read_lock
    from workbench.store.recovery import RecoveryCandidate, discard, find_recoverable, recover

# Loaded on first use: the document layer imports SQLAlchemy and the model
# (~0.3 s), which reading a file's header, schema and counts does not need.
_LAZY = {
    "ProjectDocument": "document",
    "create_database": "document",
    "LockInfo": "lock",
    "ProjectLockedError": "lock",
    "read_lock": "lock",
    "RecoveryCandidate": "recovery",
    "discard": "recovery",
    "find_recoverable": "recovery",
    "recover": "recovery",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

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
