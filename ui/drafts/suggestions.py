"""Suggested links: clauses of the shown version that name a measure's code or title.

The suggestions are the core's (:func:`workbench.drafts.store.suggest_links`,
read for the screen's audience). "Accept" links the measure to the clause's
stable id with the chosen kind and the sentence that names it as the quote
(one undoable :class:`~workbench.commands.CreateEntity`); "Reject" takes the
suggestion off the list for this session.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.undo import Editor
from workbench.drafts.store import Suggestion, suggest_links, versions

Key = tuple[str, str]  # measure code, stable clause id


class SuggestionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkSuggestions")
        self.editor: Editor | None = None
        self.draft_key: str | None = None
        self.items: list[Suggestion] = []
        self.rejected: set[Key] = set()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("suggestionTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.kind_box = QComboBox(self)
        for kind in ("implements", "weakens", "mentions"):
            self.kind_box.addItem("", kind)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("rejectSuggestion")
        self.reject_button.clicked.connect(self.reject_selected)
        row = QHBoxLayout()
        for w in (self.kind_box, self.accept_button, self.reject_button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate_ui()

    def bind(self, editor: Editor | None) -> None:
        self.editor = editor
        self.rejected.clear()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Clause"), self.tr("Found by"), self.tr("Sentence")])
        self.kind_box.setItemText(0, self.tr("implements"))
        self.kind_box.setItemText(1, self.tr("weakens"))
        self.kind_box.setItemText(2, self.tr("mentions"))
        self.accept_button.setText(self.tr("&Accept link"))
        self.reject_button.setText(self.tr("&Reject"))
        self.show_version(self.draft_key)

    def show_version(self, draft_key: str | None) -> None:
        self.draft_key = draft_key
        self.items = []
        if self.editor is not None and draft_key is not None:
            src = self.editor.source
            v = next((v for v in versions(src) if v.key == draft_key), None)
            if v is not None and v.clause_count:
                self.items = [s for s in suggest_links(src, v.id)
                              if (s.code, s.clause_id) not in self.rejected]
        self.heading.setText(
            self.tr("{n} clauses name a measure that is not linked to them.").format(
                n=len(self.items)) if self.items
            else self.tr("No suggestions: no clause names an unlinked measure."))
        self.table.setRowCount(len(self.items))
        for i, s in enumerate(self.items):
            by = self.tr("code") if s.by == "code" else self.tr("title")
            for j, value in enumerate((f"{s.code} – {s.title}", s.path, by, s.quote)):
                item = QTableWidgetItem(value)
                if j == 3:
                    item.setToolTip(s.quote)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        editable = self.editor is not None and not self.editor.read_only
        self.accept_button.setEnabled(editable and bool(self.items))
        self.reject_button.setEnabled(bool(self.items))

    def selected(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def accept_selected(self) -> bool:
        from workbench.commands.base import CreateEntity

        s = self.selected()
        if s is None or self.editor is None or self.editor.read_only:
            return False
        measure_id = self.editor.source.id_for("measure", s.code)
        if measure_id is None:
            return False
        return self.editor.push(CreateEntity("clause_link", {
            "measure_id": measure_id, "clause_id": s.clause_id,
            "kind": self.kind_box.currentData(), "quote": s.quote, "visibility": "internal",
        })) is not None

    def reject_selected(self) -> None:
        s = self.selected()
        if s is None:
            return
        self.rejected.add((s.code, s.clause_id))
        self.show_version(self.draft_key)
