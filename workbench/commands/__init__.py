"""Qt-free undoable edits over the services (glue/Orange style).

A command holds ids and plain value snapshots, never ORM instances. `do`
applies it (and re-applies it on redo), `undo` reverses it exactly; both
return the :class:`~workbench.services.Change` for the GUI to dispatch. The
GUI wraps every command in one generic QUndoCommand adapter;
:class:`History` is the same stack for headless use and tests.
"""

from __future__ import annotations

from workbench.commands.base import (
    Command,
    CreateEntity,
    DeleteEntity,
    History,
    Macro,
    SetOption,
    UpdateEntity,
)
from workbench.commands.measures import duplicate_measure, set_position
from workbench.commands.stale import over_theirs, stale_part

__all__ = [
    "Command",
    "CreateEntity",
    "DeleteEntity",
    "History",
    "Macro",
    "SetOption",
    "UpdateEntity",
    "duplicate_measure",
    "over_theirs",
    "set_position",
    "stale_part",
]
