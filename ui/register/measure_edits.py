"""Adding, duplicating and deleting a measure from the window (Ctrl+Shift+N, Ctrl+D,
Ctrl+Delete): each one undo step, the new row selected with its first cell open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from ui.document import DocumentController
from ui.register.view import RegisterView
from workbench.commands import CreateEntity, DeleteEntity, duplicate_measure


class MeasureEdits:
    def __init__(
        self,
        controller: DocumentController,
        register: RegisterView,
        status: Callable[[], QStatusBar],
        show_register: Callable[[], object],
    ) -> None:
        self.controller = controller
        self.register = register
        self.status = status
        self.show_register = show_register

    def add(self) -> None:
        editor = self.controller.editor
        if editor is None:
            return
        # Every measure counts, also those meeting mode hides: a code must not seem free.
        codes = {str(r["code"]) for r in editor.svc.rows("measure")}
        n = len(codes) + 1
        while f"M{n:02d}" in codes:
            n += 1
        title = QCoreApplication.translate("MainWindow", "New measure")
        cmd = CreateEntity("measure", {"code": f"M{n:02d}", "title": title})
        if editor.push(cmd) is None:
            return
        if self.register.model.row_of(cmd.id) < 0:  # internal: hidden in meeting mode
            # Named by nothing: a shared screen must not show an internal code.
            text = QCoreApplication.translate(
                "MainWindow", "The new measure is internal: hidden in meeting mode."
            )
            self.status().showMessage(text, 8000)
            return
        self.select_and_edit(cmd.id, "title")

    def duplicate(self) -> None:
        editor, mid = self.controller.editor, self.register.current_id()
        if editor is None or mid is None:
            return
        change = editor.push(duplicate_measure(editor.svc, mid))
        if change is not None and change.created:
            self.select_and_edit(change.created[0], "code")

    def delete(self) -> None:
        editor, mid = self.controller.editor, self.register.current_id()
        if editor is None or mid is None:
            return
        row = self.register.model.row_at(self.register.model.row_of(mid))
        if editor.push(DeleteEntity("measure", mid)) is not None:
            text = QCoreApplication.translate(
                "MainWindow", "Measure {code} deleted. Undo with Ctrl+Z."
            )
            self.status().showMessage(text.format(code=row.code), 8000)

    def select_and_edit(self, measure_id: str, column: str) -> None:
        self.show_register()
        if self.register.select(measure_id):
            col = self.register.model.column_of(column)
            idx = self.register.table.currentIndex().siblingAtColumn(col)
            self.register.table.setCurrentIndex(idx)
            self.register.table.setFocus()
            self.register.table.edit(idx)
