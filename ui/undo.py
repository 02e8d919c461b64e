"""Undo for every edit: the one QUndoCommand adapter over the core's commands.

:class:`CommandAdapter` wraps any Qt-free command (``do``/``undo``/``label``)
on the QUndoStack; each run hands the returned
:class:`~workbench.services.Change` to the :class:`ChangeDispatcher`, whose
``changed`` signal every panel listens to. :class:`Editor` is what widgets
call to make an edit: it runs the command first, and only a command that
succeeded goes on the stack, so a :class:`~workbench.i18n.UserError` leaves
the project and the stack unchanged and is shown to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.analysis.audience import Audience
from workbench.commands import Command
from workbench.i18n import Language, UserError
from workbench.services import Change, ProjectService
from workbench.services.project import StaleEdit

if TYPE_CHECKING:
    from workbench.analysis.build import Analysis
    from workbench.analysis.data import ProjectData

ErrorSink = Callable[[str], None]
# Told of an edit someone else's change made stale (ui.server shows their value).
StaleSink = Callable[[StaleEdit, Command], None]


class ChangeDispatcher(QObject):
    """Broadcasts every Change; panels refresh by its entity flags."""

    changed = Signal(object)

    def dispatch(self, change: Change) -> None:
        if not change.empty:
            self.changed.emit(change)


class CommandAdapter(QUndoCommand):
    """A core command on the QUndoStack: redo() runs do(), undo() runs undo()."""

    def __init__(
        self,
        cmd: Command,
        svc: ProjectService,
        dispatcher: ChangeDispatcher,
        language: Callable[[], str],
        on_error: ErrorSink,
        *,
        done: bool = False,
    ) -> None:
        super().__init__(cmd.label("en" if language() == "en" else "nl"))
        self.cmd = cmd
        self._svc = svc
        self._dispatcher = dispatcher
        self._language = language
        self._on_error = on_error
        # The Editor has already run do() (to refuse a failing edit before it
        # reaches the stack); QUndoStack.push calls redo() once more.
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.cmd.do)

    def undo(self) -> None:
        self._run(self.cmd.undo)

    def _run(self, step: Callable[[ProjectService], Change]) -> None:
        # An exception must not escape into Qt's C++ stack frame.
        try:
            change = step(self._svc)
        except UserError as exc:
            self._on_error(exc.text("en" if self._language() == "en" else "nl"))
            return
        self._dispatcher.dispatch(change)

    def retranslate(self) -> None:
        self.setText(self.cmd.label("en" if self._language() == "en" else "nl"))


class Editor:
    """The single way widgets edit the project: run, then push on the stack."""

    def __init__(
        self,
        svc: ProjectService,
        stack: QUndoStack,
        dispatcher: ChangeDispatcher,
        language: Callable[[], str],
        on_error: ErrorSink,
    ) -> None:
        self.svc = svc
        self.stack = stack
        self.dispatcher = dispatcher
        self._language = language
        self._on_error = on_error
        # Set when the document is closed: late commits (an open cell editor
        # losing focus while the window closes) must not reach it.
        self.closed = False
        # Who looks at the screen: "partners" in meeting mode. Every page reads
        # its figures and rows from the analysis for this audience.
        self.audience: Audience = "internal"
        self.on_stale: StaleSink | None = None

    @property
    def lang(self) -> Language:
        return "en" if self._language() == "en" else "nl"

    def analysis(self, profile_key: str | None = None) -> Analysis:
        """The core's analysis of the current state for the screen's audience."""
        from workbench.analysis.build import analysis_for

        language: Language = "en" if self.lang == "en" else "nl"
        return analysis_for(self.svc, self.audience, profile_key, language)

    @property
    def source(self) -> ProjectData:
        """The project's rows as the screen's audience may see them."""
        return self.analysis().data

    @property
    def read_only(self) -> bool:
        return self.closed or self.svc.doc.read_only

    def push(self, cmd: Command) -> Change | None:
        """Apply `cmd`; on success it becomes an undo step and is dispatched.

        Returns the change, or None when the core refused the edit (the user
        has been told why) or it changed nothing.
        """
        if self.closed:
            return None
        lang: Language = "en" if self._language() == "en" else "nl"
        try:
            change = cmd.do(self.svc)
        except StaleEdit as exc:
            if self.on_stale is None:
                self._on_error(exc.text(lang))
            else:
                self.on_stale(exc, cmd)
            return None
        except UserError as exc:
            self._on_error(exc.text(lang))
            return None
        if change.empty:
            return None
        self.stack.push(
            CommandAdapter(
                cmd, self.svc, self.dispatcher, self._language, self._on_error, done=True
            )
        )
        self.dispatcher.dispatch(change)
        return change

    def retranslate(self) -> None:
        for i in range(self.stack.count()):
            adapter = self.stack.command(i)
            if isinstance(adapter, CommandAdapter):
                adapter.retranslate()
