"""File > Importeren: every change a partner's workbook would make, to accept or leave.

:class:`ImportDialog` shows the core's change plan (:mod:`workbench.imports`)
as a table with one checkable row per changed field (cell, kind, code, key,
field, old -> new), the warnings, and -- when any cell is wrong -- the
problems instead of an Apply button. Apply turns the checked rows into ONE
undoable command and hands it to the `push` callable it was given (the
window's Editor), so the whole import is one step on the undo stack;
Cancel changes nothing. :meth:`ImportDialog.from_file` guards and reads the
file first; a refused file raises the core's UserError for the caller to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.commands import Command
from workbench.i18n import Language, UserError, label
from workbench.imports import ImportPlan, build_command, plan_import, read_partner_workbook
from workbench.services import ProjectService

Push = Callable[[Command], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    """The change plan of one partner workbook, with a checkbox per change."""

    COLUMNS = ("Cell", "Kind", "Code", "Key", "Field", "Old", "New")

    def __init__(
        self,
        svc: ProjectService,
        plan: ImportPlan,
        push: Push,
        language: Language = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.svc = svc
        self.plan = plan
        self._push = push
        self.language: Language = language
        self.applied = False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.changes), len(self.COLUMNS))
        self.table.setObjectName("changes")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems_label = QLabel()
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings")
        self.warnings_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c00000")

        self.select_all = QPushButton()
        self.select_none = QPushButton()
        self.select_all.clicked.connect(lambda: self._check_all(True))
        self.select_none.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addWidget(self.select_none)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addLayout(row)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill()
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.retranslate_ui()
        self.resize(900, 560)

    @classmethod
    def from_file(
        cls,
        svc: ProjectService,
        path: Path,
        push: Push,
        language: Language = "nl",
        parent: QWidget | None = None,
    ) -> ImportDialog:
        """Guard, read and plan `path`; raises UserError when the file is refused."""
        return cls(svc, plan_import(svc, read_partner_workbook(path)), push, language, parent)

    # -- contents ---------------------------------------------------------------
    def _fill(self) -> None:
        lang = self.language
        for i, c in enumerate(self.plan.changes):
            cells = [c.cell, label("entity." + c.entity, lang), c.code, c.key, c.field,
                     c.shown_old, c.shown_new]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                self.table.setItem(i, j, item)
        for w in self.plan.warnings:
            self.warnings.addItem(w.text(lang))
        for e in self.plan.errors:
            self.problems.addItem(e.text(lang))
        blocked = not self.plan.ok
        self.table.setEnabled(not blocked)
        self.select_all.setEnabled(not blocked)
        self.select_none.setEnabled(not blocked)
        self.warnings.setVisible(bool(self.plan.warnings))
        self.warnings_label.setVisible(bool(self.plan.warnings))
        self.problems.setVisible(blocked)
        self.problems_label.setVisible(blocked)
        self._update_buttons()

    def accepted_rows(self) -> list[int]:
        """The indices (into ``plan.changes``) of the checked changes."""
        return [i for i in range(self.table.rowCount()) if self._box(i).checkState()
                == Qt.CheckState.Checked]

    def set_checked(self, row: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._box(row).setCheckState(state)

    def _box(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None, "every change row has its cell item"
        return item

    def _check_all(self, checked: bool) -> None:
        for i in range(self.table.rowCount()):
            self.set_checked(i, checked)

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(self.plan.ok and bool(self.accepted_rows()))

    # -- applying ---------------------------------------------------------------
    def apply(self) -> None:
        """One undoable command of the checked changes, pushed; closes on success."""
        rows = self.accepted_rows()
        if not self.plan.ok or not rows:
            return
        try:
            command = build_command(self.svc, self.plan, rows)
        except UserError as exc:
            self.error_label.setText(exc.text(self.language))
            return
        if self._push(command) is None:
            return  # the editor refused it and told the user why; nothing changed
        self.applied = True
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(_tr("Import changes from a partner workbook"))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        n = len(self.plan.changes)
        if not self.plan.ok:
            text = _tr("%1 cannot be imported: the problems below must be fixed first. "
                       "Nothing was changed.")
        elif n == 0:
            text = _tr("%1 holds no changes to this project.")
        else:
            text = _tr("%1: %2 change(s). Uncheck what you do not want to take over; "
                       "Apply makes it one step you can undo.")
        profile = f" ({_tr('weight profile')} {self.plan.profile})" if self.plan.profile else ""
        self.summary.setText(text.replace("%1", self.plan.file + profile).replace("%2", str(n)))
        self.select_all.setText(_tr("Select &all"))
        self.select_none.setText(_tr("Select &none"))
        self.apply_button.setText(_tr("&Apply"))
        self.warnings_label.setText(_tr("Notes"))
        self.problems_label.setText(_tr("Problems"))
