"""Check the clause matches of an imported version: confirm each, or correct it.

The list is the core's (:func:`workbench.drafts.review.pending`): every
clause of the shown version that is new, gone, renumbered, moved or kept its
id on a weak similarity, against the version before it. Per row a chooser
says which previous clause the clause continues ("new" for none); for a gone
clause, which new clause continues it. Choosing pushes one
:class:`~workbench.drafts.commands.ReassignClause` (one undo step).
"Confirm" only takes the row off the list for this session: a guess that
was right needs no edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidgetItem, QWidget

from ui.drafts.session_list import SessionList
from workbench.drafts.review import Pending, ReviewList, pending
from workbench.i18n import UserError

Key = tuple[str, str, str, str]  # draft key, kind, clause id, path
CHOOSER = 3  # the column of the "continues" chooser


def _short(text: str, n: int = 60) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


class ReviewPanel(SessionList[Pending]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("draftReview", "reviewTable", 5, parent)
        self.review: ReviewList | None = None
        self.table.itemSelectionChanged.connect(self._show_text)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.text)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmMatch")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.finish_layout([self.confirm_button])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Clause"), self.tr("Was"), self.tr("Kind"), self.tr("Continues"),
             self.tr("Similarity")])
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setToolTip(self.tr("The guess is right: take it off the list"))
        self.show_version(self.draft_key)

    def kind_text(self, kind: str) -> str:
        return {
            "new": self.tr("new"), "deleted": self.tr("deleted"),
            "renumbered": self.tr("renumbered"), "moved": self.tr("moved"),
            "uncertain": self.tr("uncertain"),
        }[kind]

    # -- content -------------------------------------------------------------
    def show_version(self, draft_key: str | None) -> None:
        self.draft_key = draft_key
        self.review = None
        if self.editor is not None and draft_key is not None:
            try:
                self.review = pending(self.editor.source, draft_key)
            except UserError:
                self.review = None  # a version without text has nothing to match
        review = self.review
        self.items = [] if review is None else [
            p for p in review.items if self._key(p) not in self.set_aside]
        if review is None or review.previous_key is None:
            self.heading.setText(self.tr("Nothing to check: no earlier version to match with."))
        elif not self.items:
            self.heading.setText(self.tr("{key}: every clause is matched to {previous}.").format(
                key=review.draft_key, previous=review.previous_key))
        else:
            self.heading.setText(self.tr(
                "{key} against {previous}: {n} matches to confirm or correct.").format(
                key=review.draft_key, previous=review.previous_key, n=len(self.items)))
        editable = self.editor is not None and not self.editor.read_only
        for i in range(self.table.rowCount()):  # hidden now, deleted by Qt later
            old = self.table.cellWidget(i, CHOOSER)
            if old is not None:
                old.hide()
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.items))
        for i, p in enumerate(self.items):
            values = [p.path or "—", p.old_path or "—", self.kind_text(p.kind), "",
                      f"{p.similarity:.0%}" if p.similarity else ""]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
            self.table.setCellWidget(i, CHOOSER, self._chooser(p, editable))
        self.table.resizeColumnsToContents()
        self.confirm_button.setEnabled(bool(self.items))
        self._show_text()

    def _chooser(self, p: Pending, editable: bool) -> QComboBox:
        box = QComboBox(self.table)
        box.setMinimumContentsLength(24)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.addItem(self.tr("(gone)") if p.kind == "deleted" else self.tr("(new clause)"), None)
        for c in p.choices:
            value = c.path if p.kind == "deleted" else c.clause_id
            box.addItem(f"{c.path} – {_short(c.wording)}", value)
        if p.kind != "deleted":
            box.setCurrentIndex(max(0, box.findData(p.clause_id)))
        box.setEnabled(editable)
        box.currentIndexChanged.connect(lambda _i, p=p, box=box: self._chosen(p, box))
        return box

    def _key(self, p: Pending) -> Key:
        return (self.draft_key or "", p.kind, p.clause_id, p.path)

    def _show_text(self) -> None:
        p = self.selected()
        self.text.setText("" if p is None else _short(p.wording, 400))

    # -- actions -------------------------------------------------------------
    def _chosen(self, p: Pending, box: QComboBox) -> None:
        # After the chooser's own signal: the correction rebuilds the table, chooser included.
        choice = box.currentData()
        QTimer.singleShot(0, lambda: self.correct(p, choice))

    def correct(self, p: Pending, choice: str | None) -> bool:
        """Apply a choice of the row's chooser (a previous clause id, a new path, or None)."""
        from workbench.drafts.commands import ReassignClause

        if self.editor is None or self.editor.read_only or self.draft_key is None:
            return False
        if p.kind == "deleted":
            if choice is None:
                return False  # "gone" is what it already is
            cmd = ReassignClause(self.draft_key, choice, p.clause_id)
        else:
            if choice == p.clause_id or (choice is None and p.kind == "new"):
                return False  # the match it already has
            cmd = ReassignClause(self.draft_key, p.path, choice)
        return self.editor.push(cmd) is not None  # the page refreshes on the change

    def confirm_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        self.set_aside.add(self._key(p))
        self.show_version(self.draft_key)
