"""Other users' changes reach the window: LISTEN read through a QSocketNotifier.

:class:`LiveUpdates` watches the socket of a
:class:`~workbench.server.listen.ChangeListener`; when it becomes readable
the notifications are drained and, once per batch, one
:class:`~workbench.services.Change` naming the changed tables is dispatched,
so every panel refreshes from a new analysis exactly as after a local
edit. Never in the middle of the user's own edit: while a cell editor is
open, a slider is held, a text field holds typed but uncommitted text, a
mouse button is down or a modal dialog is up, the batch waits and is tried
again shortly after. The window's own edits are not heard (the listener
ignores the document's connections); they were dispatched when made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.undo import ChangeDispatcher
from workbench.model import ENTITIES
from workbench.server.listen import ChangeListener
from workbench.services import Change

RETRY_MS = 200


def user_is_editing(window: QWidget) -> bool:
    """Whether a refresh now could disturb an edit the user is making in `window`."""
    if QApplication.activeModalWidget() is not None:
        return True
    if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return True
    if any(v.state() == QAbstractItemView.State.EditingState
           for v in window.findChildren(QAbstractItemView)):
        return True
    if any(s.isSliderDown() for s in window.findChildren(QAbstractSlider)):
        return True
    focus = QApplication.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        return False
    if isinstance(focus, QLineEdit):
        return focus.isModified()
    if isinstance(focus, (QPlainTextEdit, QTextEdit)):
        return focus.document().isModified()
    return False


def change_of(tables: set[str]) -> Change:
    """The change record a batch of changed tables amounts to."""
    entities = frozenset(t for t in tables if t in ENTITIES)
    # Which option changed is not in the payload: say every option may have.
    options = frozenset({"*"}) if "project_option" in tables else frozenset()
    return Change(entities=entities, options=options)


class LiveUpdates(QObject):
    """Dispatches other users' changes to the window's panels, once per batch."""

    refreshed = Signal(object)  # the Change dispatched

    def __init__(
        self,
        listener: ChangeListener,
        dispatcher: ChangeDispatcher,
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listener = listener
        self._dispatcher = dispatcher
        self._busy = busy
        self._pending: set[str] = set()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    @property
    def pending(self) -> frozenset[str]:
        return frozenset(self._pending)

    def _readable(self) -> None:
        self._pending |= self.listener.drain()
        self.flush()

    def flush(self) -> None:
        """Dispatch what arrived, unless the user is editing (then try again soon)."""
        if not self._pending:
            return
        if self._busy():
            self._retry.start()
            return
        tables, self._pending = self._pending, set()
        change = change_of(tables)
        self._dispatcher.dispatch(change)
        self.refreshed.emit(change)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._retry.stop()
        self.listener.close()
