"""The conflict review of a merge: every conflict with both values, decided or kept for later.

One row per conflict: what (entity, code, field), the ancestor's value,
ours and theirs with who changed each and when, and a choice: later (the
conflict stays open, our value in place), ours, theirs or an edited value.
"All ours" / "All theirs" decide every row (or the selected rows, a
group) at once. The dialog only collects choices; the caller applies them
as one undoable core command (:class:`workbench.merge.run.ResolveCommand`).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import Language, UserError, label
from workbench.merge import Conflict
from workbench.merge.apply import parse_value
from workbench.merge.rules import is_check

CHOICES = ("open", "ours", "theirs", "edited")


def _show(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)[:200]
    return str(value)


class MergeDialog(QDialog):
    """Lists conflicts; `choices()` gives key -> (status, value) for the ones decided."""

    def __init__(
        self, conflicts: list[Conflict], language: Language, parent: QWidget | None = None,
        summary: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.conflicts = conflicts
        self.lang = language
        self.summary = QLabel(summary, self)
        self.table = QTableWidget(len(conflicts), 6, self)
        self.table.setObjectName("conflictTable")
        self.combos: list[QComboBox] = []
        self.edits: list[QLineEdit] = []
        for row, c in enumerate(conflicts):
            what = f"{label('entity.' + c.entity, language)} {c.code}"
            what += f".{c.field}" if c.field else ""
            if c.message:  # a rule: what it says is broken
                what += "\n" + c.message.get(language, "")
            cells = (
                what,
                _show(c.base),
                f"{_show(c.ours)}\n{c.ours_by} {c.ours_at[:16]}".strip(),
                f"{_show(c.theirs)}\n{c.theirs_by} {c.theirs_at[:16]}".strip(),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            combo = QComboBox(self.table)
            for choice in CHOICES:
                combo.addItem("", choice)
            combo.setObjectName(f"choice{row}")
            self.table.setCellWidget(row, 4, combo)
            edit = QLineEdit(self.table)
            edit.setObjectName(f"value{row}")
            edit.setText("" if c.ours is None else _show(c.ours))
            edit.setEnabled(
                c.kind not in ("edit_delete", "delete_edit") and not is_check(c)
            )
            edit.textEdited.connect(
                lambda _t, cb=combo: cb.setCurrentIndex(CHOICES.index("edited"))
            )
            self.table.setCellWidget(row, 5, edit)
            self.combos.append(combo)
            self.edits.append(edit)
        self.table.resizeRowsToContents()
        self.all_ours = QPushButton(self)
        self.all_ours.setObjectName("allOurs")
        self.all_theirs = QPushButton(self)
        self.all_theirs.setObjectName("allTheirs")
        self.all_ours.clicked.connect(lambda: self.choose_all("ours"))
        self.all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.error = QLabel("", self)
        self.error.setObjectName("mergeError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        row_box = QHBoxLayout()
        row_box.addWidget(self.all_ours)
        row_box.addWidget(self.all_theirs)
        row_box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(row_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge: conflicts"))
        self.table.setHorizontalHeaderLabels([
            self.tr("What"), self.tr("Ancestor"), self.tr("Ours"), self.tr("Theirs"),
            self.tr("Choice"), self.tr("Own value"),
        ])
        names = (self.tr("Later"), self.tr("Ours"), self.tr("Theirs"), self.tr("Edited"))
        for combo in self.combos:
            for i, text in enumerate(names):
                combo.setItemText(i, text)
        self.all_ours.setText(self.tr("All (or selection): ours"))
        self.all_theirs.setText(self.tr("All (or selection): theirs"))

    def choose(self, row: int, choice: str, value: str | None = None) -> None:
        if value is not None:
            self.edits[row].setText(value)
        self.combos[row].setCurrentIndex(CHOICES.index(choice))

    def choose_all(self, choice: str) -> None:
        """Every selected row, or every row when none is selected (a group at once)."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}) or range(len(self.combos))
        for row in rows:
            self.choose(row, choice)

    def choices(self) -> dict[str, tuple[str, object]]:
        """key -> (status, value) of every conflict not left for later; raises UserError."""
        out: dict[str, tuple[str, object]] = {}
        for c, combo, edit in zip(self.conflicts, self.combos, self.edits, strict=True):
            status = str(combo.currentData())
            if status == "open":
                continue
            value = parse_value(c, edit.text()) if status == "edited" else None
            out[c.key] = (status, value)
        return out

    def _accept(self) -> None:
        try:
            self.choices()
        except UserError as exc:
            self.error.setText(exc.text(self.lang))
            return
        self.accept()
