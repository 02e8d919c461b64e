"""Team work offline: copies with lineage, three-way merge, conflicts kept open.

Two laptops' copies of a project merge against their common ancestor, per
row (UUID) and per field; what cannot be decided is a conflict, decided by
a person or kept open with our value in place, and a value that loses is
kept in the audit log (action ``merge``). Modules: :mod:`.rows` (plain
snapshots), :mod:`.history` (the audit log as states), :mod:`.lineage`,
:mod:`.plan` (the comparison), :mod:`.text` (long texts), :mod:`.apply`
(writing and taking back), :mod:`.run` (one merge as one undoable
command), :mod:`.copy` and :mod:`.conflicts`. See docs/merge.md.
"""

from __future__ import annotations

from workbench.merge.conflicts import Conflict
from workbench.merge.copy import copy_for_colleague
from workbench.merge.run import MergeCommand, MergeSummary, open_conflicts, prepare, resolve

__all__ = [
    "Conflict",
    "MergeCommand",
    "MergeSummary",
    "copy_for_colleague",
    "open_conflicts",
    "prepare",
    "resolve",
]
