"""Open merge conflicts in the window: a status-bar badge and File > Conflicts….

Conflicts a merge left "for later" stay in the project (with our value in
place meanwhile). The badge shows how many are open and, like the menu
item, reopens the conflict review; the decisions taken there are one
undoable step on the window's undo stack
(:class:`workbench.merge.run.ResolveCommand`). Both refresh from the
change dispatcher, so an undo brings the badge back. Installed by the
main window with one call, :func:`install`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from workbench.merge import open_conflicts

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.merge_dialog import MergeDialog


def review(window: MainWindow, summary: str = "") -> MergeDialog | None:
    """The conflict review of the open conflicts (non-modal); None when there are none."""
    from ui.merge_dialog import MergeDialog
    from workbench.merge.run import ResolveCommand

    editor = window.controller.editor
    if editor is None or window.controller.read_only:
        return None
    found = open_conflicts(editor.svc)
    if not found:
        return None
    dialog = MergeDialog(found, editor.lang, window, summary=summary)
    dialog.accepted.connect(lambda: editor.push(ResolveCommand(dialog.choices())))
    dialog.open()
    return dialog


class ConflictStatus(QObject):
    """The badge and the menu item, kept in step with the project's open conflicts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("conflictsAction")
        menu = window.actions_.file_menu
        menu.insertAction(window.actions_.copy_for_colleague, self.action)
        self.badge = QPushButton(window)
        self.badge.setObjectName("conflictBadge")
        self.badge.setFlat(True)
        self.badge.setStyleSheet("color: #a40000; font-weight: bold")
        window.statusBar().addPermanentWidget(self.badge)
        self.action.triggered.connect(lambda: review(window))
        self.badge.clicked.connect(lambda: review(window))
        window.dispatcher.changed.connect(lambda _c: self.refresh())
        window.controller.opened.connect(lambda _e: self.refresh())
        window.controller.state_changed.connect(self.refresh)
        window.lang.changed.connect(lambda _code: self.retranslate_ui())
        self.count = 0
        self.retranslate_ui()

    def refresh(self) -> None:
        editor = self.window.controller.editor
        self.count = 0 if editor is None else len(open_conflicts(editor.svc))
        editable = editor is not None and not self.window.controller.read_only
        self.action.setEnabled(editable and self.count > 0)
        self.badge.setVisible(self.count > 0)
        self.badge.setEnabled(editable)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # QCoreApplication.translate spelled out, so lupdate finds the texts
        self.action.setText(QCoreApplication.translate("MergeStatus", "&Conflicts…"))
        self.badge.setText(
            QCoreApplication.translate("MergeStatus", "Open conflicts: {n}").format(n=self.count)
        )
        self.badge.setToolTip(QCoreApplication.translate(
            "MergeStatus", "Merge conflicts kept for later: click to decide them"
        ))


def install(window: MainWindow) -> ConflictStatus:
    status = ConflictStatus(window)
    status.refresh()
    return status
