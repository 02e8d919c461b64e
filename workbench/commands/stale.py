"""An edit someone else's change made stale: which part, and the same edit over theirs.

When the core refuses a command with :class:`~workbench.services.project.StaleEdit`,
the editor is shown the other person's value next to the user's
(:func:`stale_part` finds the update that was refused, also inside a
:class:`~workbench.commands.base.Macro`). "Keep mine" pushes
:func:`over_theirs`: a fresh copy of the whole command in which that update
is made against the row's current version; every other part keeps the
version its editor read, so a second stale part is caught and asked about
too. The copy is one undo step, as the original would have been.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.commands.base import Command, CreateEntity, DeleteEntity, Macro, UpdateEntity
from workbench.model.base import ROW_VERSION
from workbench.services.project import StaleEdit


def _refused(cmd: UpdateEntity, exc: StaleEdit) -> bool:
    return cmd.id == str(exc.current.get("id")) and cmd.old is None


def stale_part(cmd: Command, exc: StaleEdit) -> UpdateEntity | None:
    """The update in `cmd` that `exc` refused (None when there is none to show)."""
    if isinstance(cmd, UpdateEntity):
        return cmd if _refused(cmd, exc) else None
    if isinstance(cmd, Macro):
        for part in cmd.commands:
            found = stale_part(part, exc)
            if found is not None:
                return found
    return None


def over_theirs(cmd: Command, exc: StaleEdit) -> Command | None:
    """`cmd` again, unrun, with the refused update made over the current version.

    None when `cmd` holds no refused update, or a part that cannot be copied
    (then only "take theirs" is offered).
    """
    if stale_part(cmd, exc) is None:
        return None
    return _copy(cmd, exc, int(exc.current[ROW_VERSION]))


def _copy(cmd: Command, exc: StaleEdit, current: int) -> Command | None:
    if isinstance(cmd, UpdateEntity):
        version = current if _refused(cmd, exc) else cmd.version
        return UpdateEntity(cmd.entity, cmd.id, dict(cmd.new), version=version)
    if isinstance(cmd, CreateEntity):
        return replace(cmd, values=dict(cmd.values))  # the same id: redo-safe
    if isinstance(cmd, DeleteEntity):
        return DeleteEntity(cmd.entity, cmd.id)  # its snapshot is taken when it runs
    if isinstance(cmd, Macro):
        parts = [_copy(part, exc, current) for part in cmd.commands]
        if any(part is None for part in parts):
            return None
        return Macro(cmd.text, [p for p in parts if p is not None])
    return None
