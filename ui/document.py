"""The open project as the GUI sees it: document, service, undo stack, editor.

:class:`DocumentController` owns the one :class:`ProjectDocument` the window
shows, its :class:`ProjectService`, the QUndoStack and the
:class:`~ui.undo.Editor`. It swaps documents (new, open, recover), saves
and reverts, and knows whether there is unsaved work: the undo stack's
clean state, or a recovered working copy that was never saved. It asks no
questions; :mod:`ui.file_actions` does the talking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.undo import ChangeDispatcher, Editor
from workbench.services import ProjectService
from workbench.store import ProjectDocument


class DocumentController(QObject):
    """Holds the open document; emits `opened` on a swap and `state_changed` on edits."""

    opened = Signal(object)  # the new Editor
    state_changed = Signal()  # dirty flag, path or read-only changed

    def __init__(
        self,
        dispatcher: ChangeDispatcher,
        language: Callable[[], str],
        on_error: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dispatcher = dispatcher
        self.stack = QUndoStack(self)
        self._language = language
        self._on_error = on_error
        self.doc: ProjectDocument | None = None
        self.editor: Editor | None = None
        self._unsaved_recovery = False
        self.stack.cleanChanged.connect(lambda _clean: self.state_changed.emit())

    # -- state ---------------------------------------------------------------
    @property
    def svc(self) -> ProjectService:
        assert self.editor is not None, "no document open"
        return self.editor.svc

    @property
    def dirty(self) -> bool:
        return self.doc is not None and (not self.stack.isClean() or self._unsaved_recovery)

    @property
    def path(self) -> Path | None:
        return None if self.doc is None else self.doc.path

    @property
    def read_only(self) -> bool:
        return self.doc is not None and self.doc.read_only

    # -- swapping documents ------------------------------------------------------
    def adopt(self, doc: ProjectDocument, *, recovered: bool = False) -> None:
        """Make `doc` the open document, closing (and dropping) the previous one."""
        old = self.doc
        if self.editor is not None:
            self.editor.closed = True
        self.stack.clear()
        self.doc = doc
        self.editor = Editor(
            ProjectService(doc), self.stack, self.dispatcher, self._language, self._on_error
        )
        self._unsaved_recovery = recovered
        self.stack.setClean()
        if old is not None and old is not doc:
            old.close()
        self.opened.emit(self.editor)
        self.state_changed.emit()

    def close(self) -> None:
        if self.editor is not None:
            self.editor.closed = True
        self.stack.clear()
        if self.doc is not None:
            self.doc.close()
        self.doc = None
        self.editor = None

    # -- document operations (UserError propagates to the caller) ---------------
    def save(self) -> None:
        assert self.doc is not None
        self.doc.save()
        self._mark_saved()

    def save_as(self, path: Path) -> None:
        assert self.doc is not None
        self.doc.save_as(path)
        self._mark_saved()

    def revert(self) -> None:
        assert self.doc is not None and self.editor is not None
        self.doc.revert()
        self.stack.clear()
        self.stack.setClean()
        self._unsaved_recovery = False
        self.opened.emit(self.editor)
        self.state_changed.emit()

    def _mark_saved(self) -> None:
        self._unsaved_recovery = False
        self.stack.setClean()
        self.state_changed.emit()
