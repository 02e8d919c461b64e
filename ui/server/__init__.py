"""The team server in the window: File > Openen van server…, live updates, stale edits.

:func:`install` gives a main window a :class:`ServerSupport`: the menu
action and its dialog (:mod:`.open_dialog`), the live updates of an open
server project (:mod:`.live`) and the answer to an edit someone else's
change made stale (:mod:`.stale_dialog`). A reader's project opens
read-only (the document says so; the window shows it as for a file).
The window itself only calls :func:`install`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ui.server.live import LiveUpdates, user_is_editing
from ui.server.open_dialog import ServerOpenDialog
from ui.server.stale_dialog import StaleEditDialog
from ui.undo import Editor
from workbench.commands import Command, over_theirs, stale_part
from workbench.i18n import Language, UserError
from workbench.model import ENTITIES
from workbench.services import Change
from workbench.services.project import StaleEdit
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import ServerTarget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ServerSupport(QObject):
    """What a main window needs to work on a team server."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.live: LiveUpdates | None = None
        self._live_doc: ServerDocument | None = None
        self._password: str | None = None  # in memory only, for the listener
        self.action = QAction(window)
        self.action.setObjectName("openFromServer")
        menu = window.actions_.file_menu
        actions = menu.actions()
        after = actions.index(window.actions_.open) + 1
        if after < len(actions):
            menu.insertAction(actions[after], self.action)
        else:
            menu.addAction(self.action)
        self.action.triggered.connect(lambda _c=False: self.ask_open())
        window.controller.opened.connect(self._bind)
        window.controller.state_changed.connect(self._status)
        window.lang.changed.connect(lambda _code: self.retranslate_ui())
        self.retranslate_ui()

    @property
    def lang(self) -> Language:
        return "en" if self.window.lang.code == "en" else "nl"

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Open from &server…"))
        self.action.setToolTip(self.tr("Open the team's project on a PostgreSQL server"))
        self._status()

    # -- opening -----------------------------------------------------------------
    def ask_open(self) -> bool:
        if not self.window.files.maybe_save():
            return False
        prefs = self.window.prefs
        dialog = ServerOpenDialog(self.window, user=prefs.user_name, language=self.lang,
                                  last=prefs.last_server)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        prefs.last_server = dialog.address()  # for next time; the password is not in it
        prefs.sync()
        target = dialog.target()
        return target is not None and self.open_target(target, dialog.secret())

    def open_target(self, target: ServerTarget | str, password: str | None = None) -> bool:
        """Open the server project in the window; a refusal is shown, False returned."""
        try:
            doc = ServerDocument.connect(target, password=password)
        except UserError as exc:
            self.window.errors.show(exc.text(self.lang))
            return False
        self._password = password
        self.window.controller.adopt(doc)
        return True

    # -- the open document -------------------------------------------------------------
    def _bind(self, editor: Editor) -> None:
        editor.on_stale = self._on_stale
        doc = editor.svc.doc
        if self._live_doc is doc:
            return  # the same project shown again (revert)
        self.close()
        if not isinstance(doc, ServerDocument):
            return
        from workbench.server.listen import ChangeListener

        try:
            listener = ChangeListener(doc.target, password=self._password)
        except UserError as exc:
            self.window.errors.show(exc.text(self.lang))
            return
        listener.ignore(doc.engine)
        self.live = LiveUpdates(listener, self.window.dispatcher,
                                lambda: user_is_editing(self.window), self)
        self._live_doc = doc

    def _status(self) -> None:
        doc = self.window.controller.doc
        if isinstance(doc, ServerDocument):
            self.window.path_label.setText(str(doc.target))
            ro = self.window.tr(" (read-only)") if doc.read_only else ""
            self.window.setWindowTitle(f"{doc.title}{ro} — {doc.target.server}")

    def close(self) -> None:
        """Stop listening (another document was opened, or the window closes)."""
        if self.live is not None:
            self.live.close()
            self.live.deleteLater()
        self.live = None
        self._live_doc = None

    # -- stale edits ---------------------------------------------------------------------
    def _on_stale(self, exc: StaleEdit, cmd: Command) -> None:
        # Not inside the cell editor's commit that raised it: ask once it is done.
        QTimer.singleShot(0, lambda: self.resolve_stale(exc, cmd))

    def resolve_stale(self, exc: StaleEdit, cmd: Command) -> None:
        """Show their value and name; write mine over theirs, or take theirs."""
        editor = self.window.controller.editor
        if editor is None or editor.closed:
            return
        part = stale_part(cmd, exc)
        retry = over_theirs(cmd, exc)
        mine = dict(part.new) if part is not None else {}
        dialog = StaleEditDialog(exc, mine, self.lang, self.window, can_keep=retry is not None)
        dialog.exec()
        if dialog.keep_mine() and retry is not None:
            # Over their version now, as one undo step: theirs stays in the history.
            editor.push(retry)
            return
        entities = frozenset({part.entity}) if part is not None else frozenset(ENTITIES)
        # Show theirs where the user's edit still stands on screen.
        self.window.dispatcher.dispatch(Change(entities=entities))


def install(window: MainWindow) -> ServerSupport:
    return ServerSupport(window)
