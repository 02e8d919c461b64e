"""The command protocol, the generic create/update/delete commands, macros, a history."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from workbench.i18n import Language, label
from workbench.model import new_id
from workbench.model.base import ROW_VERSION
from workbench.services import Change, ProjectService, Snapshot

# Told of every update made without the version its editor read: such an edit
# cannot notice that someone else changed the row first. The GUI's server tests
# assert that nothing reaches it (tests/ui/server/conftest.py).
UNVERSIONED = logging.getLogger("workbench.commands.unversioned")

class Command(Protocol):
    def do(self, svc: ProjectService) -> Change: ...

    def undo(self, svc: ProjectService) -> Change: ...

    def label(self, language: Language = "nl") -> str: ...


_VERBS = {
    "create": ("{what} toevoegen", "Add {what}"),
    "update": ("{what} wijzigen", "Edit {what}"),
    "delete": ("{what} verwijderen", "Delete {what}"),
    "option": ("Dossierinstelling wijzigen", "Change project setting"),
}


def _label(verb: str, entity: str, language: Language) -> str:
    nl, en = _VERBS[verb]
    return (en if language == "en" else nl).format(what=label("entity." + entity, language))


@dataclass
class CreateEntity:
    """Create one row; the id is fixed up front so redo recreates the same row."""

    entity: str
    values: Mapping[str, Any]
    id: str = field(default_factory=new_id)

    def do(self, svc: ProjectService) -> Change:
        return svc.create(self.entity, {**self.values, "id": self.id})

    def undo(self, svc: ProjectService) -> Change:
        change, _snapshot = svc.delete(self.entity, self.id)
        return change

    def label(self, language: Language = "nl") -> str:
        return _label("create", self.entity, language)


@dataclass
class UpdateEntity:
    """Set fields of one row; the old values are read on the first `do`.

    `version` is the row version the editor read the row at: the first `do`
    is refused (:class:`~workbench.services.StaleEdit`) when someone changed
    the row since. Without it, the version read on the first `do` is used.
    Undo and redo are refused when the fields no longer hold what the
    previous step left there, so another person's later value is never
    overwritten by a step back. `after` is the row's version after the
    first `do` (what an editor showing the row holds from then on).
    """

    entity: str
    id: str
    new: Mapping[str, Any]
    old: Mapping[str, Any] | None = None
    version: int | None = None
    after: int | None = None

    def do(self, svc: ProjectService) -> Change:
        if self.old is not None:  # redo: only over what undo left
            return svc.update(self.entity, self.id, self.new, expect=self.old)
        current = svc.get(self.entity, self.id)
        if self.version is None:
            UNVERSIONED.debug("%s %s %s updated without a version read", self.entity,
                              self.id, sorted(self.new))
            self.version = int(current[ROW_VERSION])
        change = svc.update(self.entity, self.id, self.new, version=self.version)
        self.old = {k: current[k] for k in self.new if k in current}
        self.after = self.version + (0 if change.empty else 1)
        return change

    def undo(self, svc: ProjectService) -> Change:
        assert self.old is not None, "undo before do"
        return svc.update(self.entity, self.id, self.old, expect=self.new)

    def label(self, language: Language = "nl") -> str:
        return _label("update", self.entity, language)


@dataclass
class DeleteEntity:
    """Delete a row and its dependants; undo restores them with the same ids."""

    entity: str
    id: str
    snapshot: Snapshot | None = None

    def do(self, svc: ProjectService) -> Change:
        change, self.snapshot = svc.delete(self.entity, self.id)
        return change

    def undo(self, svc: ProjectService) -> Change:
        assert self.snapshot is not None, "undo before do"
        return svc.restore(self.snapshot)

    def label(self, language: Language = "nl") -> str:
        return _label("delete", self.entity, language)


@dataclass
class SetOption:
    key: str
    value: Any
    old: Any = None
    _read: bool = False

    def do(self, svc: ProjectService) -> Change:
        if not self._read:
            self.old, self._read = svc.option(self.key), True
        return svc.set_option(self.key, self.value)

    def undo(self, svc: ProjectService) -> Change:
        return svc.set_option(self.key, self.old)

    def label(self, language: Language = "nl") -> str:
        return _label("option", "", language)


@dataclass
class Macro:
    """Several commands as one undo step."""

    text: tuple[str, str]  # (nl, en)
    commands: Sequence[Command]

    def do(self, svc: ProjectService) -> Change:
        # A part someone else changed since it was read is refused before any
        # part is written: a retry over their version ("keep mine") then meets
        # the other parts at the versions their editor read.
        for cmd in self.commands:
            if (
                isinstance(cmd, UpdateEntity)
                and cmd.old is None
                and cmd.version is not None
                and svc.get(cmd.entity, cmd.id)[ROW_VERSION] != cmd.version
            ):
                # (the core raises StaleEdit, with their row and name)
                svc.update(cmd.entity, cmd.id, cmd.new, version=cmd.version)
        change = Change()
        done: list[Command] = []
        try:
            for cmd in self.commands:
                change = change | cmd.do(svc)
                done.append(cmd)
        except BaseException:
            # All or nothing: take back what this macro already did.
            for cmd in reversed(done):
                cmd.undo(svc)
            raise
        return change

    def undo(self, svc: ProjectService) -> Change:
        change = Change()
        for cmd in reversed(self.commands):
            change = change | cmd.undo(svc)
        return change

    def label(self, language: Language = "nl") -> str:
        return self.text[1] if language == "en" else self.text[0]


class History:
    """A plain undo stack for headless use; the GUI uses QUndoStack instead."""

    def __init__(self, svc: ProjectService) -> None:
        self.svc = svc
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean = 0

    def push(self, cmd: Command) -> Change:
        change = cmd.do(self.svc)
        if self._clean > len(self._done):
            self._clean = -1  # the saved state was undone and is now unreachable
        self._done.append(cmd)
        self._undone.clear()
        return change

    def undo(self) -> Change:
        cmd = self._done.pop()
        change = cmd.undo(self.svc)
        self._undone.append(cmd)
        return change

    def redo(self) -> Change:
        cmd = self._undone.pop()
        change = cmd.do(self.svc)
        self._done.append(cmd)
        return change

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def set_clean(self) -> None:
        self._clean = len(self._done)

    @property
    def is_clean(self) -> bool:
        return (self._clean == len(self._done) and not self._undone) or (
            self._clean == len(self._done)
        )
