"""The measure's wording in every draft version, in order, with what changed.

A read-only view under the draft terms in the detail panel's "Concepten"
tab. The steps are the core's (:func:`workbench.drafts.timeline.
wording_timeline`, read for the screen's audience): per version with text,
each clause linked to the measure, its printed label there, and its words
marked against the version before (insertions, deletions, changed years,
numbers and modal verbs highlighted).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.drafts.html import marked
from ui.undo import Editor
from workbench.drafts.timeline import Step, wording_timeline
from workbench.services import Change

CONCERNS = ("draft", "draft_clause", "clause_link", "measure")


class DraftTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftTimeline")
        self.editor: Editor | None = None
        self.measure_id: str | None = None
        self.steps: list[Step] = []
        self.heading = QLabel(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("timelineView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def bind(self, editor: Editor | None) -> None:
        self.editor = editor
        self.show_measure(None)

    def on_change(self, change: Change) -> None:
        if change.touches(*CONCERNS):
            self.show_measure(self.measure_id)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Wording in the draft texts"))
        self.show_measure(self.measure_id)

    def status_text(self, status: str) -> str:
        return {
            "first": "", "new": self.tr("new in this version"), "same": self.tr("unchanged"),
            "changed": self.tr("changed"), "renumbered": self.tr("renumbered"),
            "gone": self.tr("gone from this version"), "absent": self.tr("not in this version"),
        }[status]

    def show_measure(self, measure_id: str | None) -> None:
        """Show the timeline of `measure_id` (already checked visible by the panel)."""
        self.measure_id = measure_id
        self.steps = []
        code = None
        if self.editor is not None and measure_id is not None:
            try:
                code = str(self.editor.source.get("measure", measure_id)["code"])
            except KeyError:
                code = None
        if code is not None and self.editor is not None:
            self.steps = wording_timeline(self.editor.source, code)
        if not self.steps:
            self.view.setHtml(
                "<p><i>" + escape(self.tr(
                    "Not linked to a clause of an imported draft. Link it on the Drafts page."))
                + "</i></p>")
            return
        parts = []
        for step in self.steps:
            v = step.version
            date = "" if v.date is None else f", {v.date.isoformat()}"
            parts.append(f"<h4>{escape(v.name)} <small>({escape(v.key)}{date})</small></h4>")
            for w in step.wordings:
                note = self.status_text(w.status)
                head = f"<b>{escape(w.path)}</b> " if w.path else ""
                tail = f" <i>({escape(note)})</i>" if note else ""
                body = marked(w.segments) if w.status not in ("gone", "absent") else ""
                parts.append(f"<p>{head}{body}{tail}</p>")
        self.view.setHtml("".join(parts))
