"""Suggested links: clauses of the shown version that name a measure's code or title.

The suggestions are the core's (:func:`workbench.drafts.store.suggest_links`,
read for the screen's audience). "Accept" links the measure to the clause's
stable id with the chosen kind and the sentence that names it as the quote
(one undoable :class:`~workbench.commands.CreateEntity`); "Reject" takes the
suggestion off the list for this session.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidgetItem, QWidget

from ui.drafts.session_list import SessionList
from workbench.drafts.store import Suggestion, suggest_links, versions


class SuggestionPanel(SessionList[Suggestion]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("linkSuggestions", "suggestionTable", 4, parent)
        self.kind_box = QComboBox(self)
        for kind in ("implements", "weakens", "mentions"):
            self.kind_box.addItem("", kind)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("rejectSuggestion")
        self.reject_button.clicked.connect(self.reject_selected)
        self.finish_layout([self.kind_box, self.accept_button, self.reject_button])
        self.retranslate_ui()

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
                              if (s.code, s.clause_id) not in self.set_aside]
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
        self.set_aside.add((s.code, s.clause_id))
        self.show_version(self.draft_key)
