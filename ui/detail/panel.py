"""The detail panel (a dock): every field of the selected measure, and its parts.

Tabs: the measure's own fields (code, title, visibility, theme, status,
above-statutory with the statutory baseline, origin, payer, years,
description with its visibility); its notes and requires/excludes links;
its terms in each draft and its wording in the imported texts (a timeline);
its assessments per criterion. Every edit is a
command through the :class:`~ui.undo.Editor`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.detail.draft_timeline import DraftTimeline
from ui.detail.fields import FieldBinder, TextArea, YearBox
from ui.detail.health import HealthTab
from ui.detail.subtables import assessments_config, links_config, notes_config, terms_config
from ui.i18n import QT_TRANSLATE_NOOP, Language
from ui.tables.panel import EntityTablePanel
from ui.undo import Editor
from workbench.model import Origin, Payer, Status, Theme, Visibility
from workbench.services import Change

ENUM_FIELDS = {
    "visibility": ("visibility", Visibility),
    "theme": ("theme", Theme),
    "status": ("status", Status),
    "origin": ("origin", Origin),
    "payer": ("payer", Payer),
    "description_visibility": ("visibility", Visibility),
}


PARTS = ("measure_note", "measure_link", "draft_term", "draft", "assessment", "criterion")


class DetailPanel(QWidget):
    """Edits the measure selected in the register; empty when none is."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = language
        self._editor: Editor | None = None
        self.measure_id: str | None = None
        self.meeting = False
        # The measure the parts show: none while meeting mode hides it.
        self._shown_id: str | None = None
        self.binder = FieldBinder("measure")
        b = self.binder
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.code = b.line("code", QLineEdit(self))
        self.title = b.line("title", QLineEdit(self))
        self.combos: dict[str, QComboBox] = {}
        for name in ENUM_FIELDS:
            self.combos[name] = b.choice(name, QComboBox(self))
        self.above = b.check("above_statutory", QCheckBox(self))
        self.baseline = b.text("statutory_baseline", TextArea(self))
        self.start = b.year("start_year", YearBox(self))
        self.deadline = b.year("deadline_year", YearBox(self))
        self.description = b.text("description", TextArea(self))

        general = QWidget(self)
        self.form = QFormLayout(general)
        self._rows: list[tuple[QLabel, str]] = []
        for widget, text in (
            (self.code, QT_TRANSLATE_NOOP("DetailPanel", "&Code")),
            (self.title, QT_TRANSLATE_NOOP("DetailPanel", "&Title")),
            (self.combos["visibility"], QT_TRANSLATE_NOOP("DetailPanel", "&Visible to")),
            (self.combos["theme"], QT_TRANSLATE_NOOP("DetailPanel", "T&heme")),
            (self.combos["status"], QT_TRANSLATE_NOOP("DetailPanel", "&Status")),
            (self.above, QT_TRANSLATE_NOOP("DetailPanel", "&Above statutory")),
            (self.baseline, QT_TRANSLATE_NOOP("DetailPanel", "Statutory &baseline")),
            (self.combos["origin"], QT_TRANSLATE_NOOP("DetailPanel", "&Origin")),
            (self.combos["payer"], QT_TRANSLATE_NOOP("DetailPanel", "&Payer")),
            (self.start, QT_TRANSLATE_NOOP("DetailPanel", "Start &year")),
            (self.deadline, QT_TRANSLATE_NOOP("DetailPanel", "&Deadline year")),
            (self.description, QT_TRANSLATE_NOOP("DetailPanel", "D&escription")),
            (
                self.combos["description_visibility"],
                QT_TRANSLATE_NOOP("DetailPanel", "Description visible &to"),
            ),
        ):
            label = QLabel(general)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self._rows.append((label, text))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(general)

        current = lambda: self._shown_id  # noqa: E731 - read at call time
        self.notes = EntityTablePanel(notes_config(current), language, self, compact=True)
        self.links = EntityTablePanel(links_config(current), language, self, compact=True)
        self.terms = EntityTablePanel(terms_config(current), language, self, compact=True)
        self.assessments = EntityTablePanel(
            assessments_config(current), language, self, compact=True
        )
        self._parts = (self.notes, self.links, self.terms, self.assessments)
        notes_links = QWidget(self)
        nl = QVBoxLayout(notes_links)
        self.notes_heading = QLabel(notes_links)
        self.links_heading = QLabel(notes_links)
        for w in (self.notes_heading, self.notes, self.links_heading, self.links):
            nl.addWidget(w)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(notes_links, "")
        # the terms entered by hand above, the wording in the imported texts below
        self.timeline = DraftTimeline(self)
        drafts_tab = QSplitter(Qt.Orientation.Vertical, self)
        drafts_tab.addWidget(self.terms)
        drafts_tab.addWidget(self.timeline)
        self.tabs.addTab(drafts_tab, "")
        self.tabs.addTab(self.assessments, "")
        self.health = HealthTab(language, self)
        self.tabs.addTab(self.health, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs)
        self.retranslate_ui()
        self.show_measure(None)

    # -- binding -----------------------------------------------------------------
    def bind(self, editor: Editor | None) -> None:
        self._editor = editor
        self.binder.editor = editor
        self.measure_id = None
        for part in self._parts:
            part.bind(editor)
        self.health.bind(editor)
        self.timeline.bind(editor)
        self.show_measure(None)

    def show_measure(self, measure_id: str | None) -> None:
        self.measure_id = measure_id
        row = None
        secret = False
        if measure_id is not None and self._editor is not None:
            try:
                # the row as the screen's audience may see it (texts it may not: None)
                row = self._editor.source.get("measure", measure_id)
            except KeyError:
                row = None
                # hidden from the screen's audience (the core decides), or deleted
                secret = self._editor.source.is_hidden("measure", measure_id)
                if not secret:
                    self.measure_id = None
        editable = self._editor is not None and not self._editor.read_only
        self.binder.load(None if secret else row, editable)
        hide_text = self.meeting and (row is None or row["description"] is None)
        # Hide before blanking: losing focus commits the text still shown.
        self.description.setVisible(not hide_text)
        self.form.labelForField(self.description).setVisible(not hide_text)
        if hide_text:
            self.description.blockSignals(True)
            self.description.setPlainText("")
            self.description.setEnabled(False)
            self.description.blockSignals(False)
        self._shown_id = None if secret or row is None else self.measure_id
        if secret:
            row = None
            self.heading.setText(self.tr("This measure is internal: hidden in meeting mode."))
        elif row is None:
            self.heading.setText(self.tr("Select a measure in the register to see its details."))
        else:
            self.heading.setText(f"<b>{row['code']}</b> — {row['title']}")
        for part in self._parts:
            part.setEnabled(row is not None)
            part.reload()
        self.health.show_measure(self._shown_id)
        self.timeline.show_measure(self._shown_id)

    def set_meeting_mode(self, on: bool) -> None:
        self.meeting = on
        for part in self._parts:
            part.set_meeting_mode(on)
        self.show_measure(self.measure_id)

    def on_change(self, change: Change) -> None:
        if self.measure_id is None:
            return
        if self.measure_id in change.deleted:
            self.show_measure(None)
        elif change.touches("measure"):
            self.show_measure(self.measure_id)
        else:
            if change.touches(*PARTS):
                for part in self._parts:
                    part.on_change(change)
            self.health.on_change(change)
            self.timeline.on_change(change)

    # -- language ----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for label, text in self._rows:
            label.setText(QCoreApplication.translate("DetailPanel", text))
        self.above.setText(self.tr("goes beyond what the law requires"))
        for name, (prefix, enum) in ENUM_FIELDS.items():
            combo = self.combos[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for m in enum:
                combo.addItem(self._lang.enum_label(prefix, m.value), m.value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.tabs.setTabText(0, self.tr("&General"))
        self.tabs.setTabText(1, self.tr("&Notes"))
        self.tabs.setTabToolTip(1, self.tr("Notes, and the measures this one requires or excludes"))
        self.tabs.setTabText(2, self.tr("D&rafts"))
        self.tabs.setTabText(3, self.tr("Assess&ments"))
        self.tabs.setTabText(4, self.tr("&Health"))
        self.tabs.setTabToolTip(
            4, self.tr("Exposure and emission changes, and the computed health effect")
        )
        self.notes_heading.setText(self.tr("Notes"))
        self.links_heading.setText(self.tr("Requires / excludes"))
        for part in self._parts:
            part.retranslate_ui()
        self.health.retranslate_ui()
        self.timeline.retranslate_ui()
        if self.measure_id is None:
            self.heading.setText(self.tr("Select a measure in the register to see its details."))
