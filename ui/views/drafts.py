"""The Concepten page: draft versions, their clause tree, the redline and what it costs.

Left: the versions (name, date received, sender, file) and the selected
version's clause tree. Right: two versions chosen for comparison, the change
list (changes with a health cost first, then flagged ones) with each
change's DALY consequence, the redline of the selected change or the whole
text, inline or side by side, and a row to link a measure to the selected
clause. Every figure comes from the core's comparison
(:func:`workbench.drafts.comparison.compare_versions`) of the screen's
analysis; this page formats. Imports, links and corrections are undoable
commands.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.drafts.html import marked
from ui.drafts.review import ReviewPanel
from ui.drafts.suggestions import SuggestionPanel
from ui.i18n import Language
from ui.undo import Editor
from ui.views import PageSpec
from ui.views.shown import ReadWhenShown
from workbench.analysis.audience import check_audience, narrower
from workbench.drafts.comparison import Comparison, compare_versions
from workbench.drafts.redline import Change as Redchange
from workbench.drafts.store import Version, clauses, versions
from workbench.i18n import UserError, label
from workbench.services import Change

CONCERNS = ("draft", "draft_clause", "draft_comment", "clause_link", "measure", "assessment",
            "position")


class DraftsPage(ReadWhenShown, QWidget):
    _meeting = False

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPage")
        self.lang = language
        self.editor: Editor | None = None
        self.comparison: Comparison | None = None
        self.shown: list[Redchange] = []
        self._keys: list[str] = []

        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importDraft")
        self.import_button.clicked.connect(self.choose_file)
        self.versions = QTableWidget(0, 5, self)
        self.versions.setObjectName("draftVersions")
        self.versions.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.versions.itemSelectionChanged.connect(self._fill_tree)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("clauseTree")
        self.tree.setColumnCount(2)
        self.tree.setColumnWidth(0, 170)
        self.review = ReviewPanel(self)
        self.suggestions = SuggestionPanel(self)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("draftTabs")
        for tab in (self.tree, self.review, self.suggestions):
            self.left_tabs.addTab(tab, "")
        self.old_box, self.new_box = QComboBox(self), QComboBox(self)
        self.old_box.setObjectName("oldVersion")
        self.new_box.setObjectName("newVersion")
        for box in (self.old_box, self.new_box):
            box.setMinimumContentsLength(18)
            box.currentIndexChanged.connect(lambda _i: self.compare())
        self.substantive = QCheckBox(self)
        self.substantive.setObjectName("substantiveOnly")
        self.substantive.toggled.connect(lambda _on: self._fill_changes())
        self.side_by_side = QCheckBox(self)
        self.side_by_side.toggled.connect(lambda _on: self._show_redline())
        self.summary = QLabel(self)
        self.summary.setObjectName("draftSummary")
        self.summary.setWordWrap(True)
        self.changes = QTableWidget(0, 6, self)
        self.changes.setObjectName("changeList")
        self.changes.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.itemSelectionChanged.connect(self._show_redline)
        self.redline = QTextBrowser(self)
        self.redline.setObjectName("redlineView")
        self.measure_box = QComboBox(self)
        self.measure_box.setObjectName("linkMeasure")
        self.kind_box = QComboBox(self)
        for kind in ("implements", "weakens", "mentions"):
            self.kind_box.addItem("", kind)
        for box, chars in ((self.measure_box, 28), (self.kind_box, 10)):
            box.setMinimumContentsLength(chars)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("linkButton")
        self.link_button.clicked.connect(self.link_selected)
        self.audience_box = QComboBox(self)
        for a in ("partners", "public", "internal"):
            self.audience_box.addItem("", a)
        self.export_buttons: dict[str, QPushButton] = {}
        self.message = QLabel(self)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.import_button)
        ll.addWidget(self.versions, 1)
        ll.addWidget(self.left_tabs, 2)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        pick = QHBoxLayout()
        self.compare_label = QLabel(self)
        for w in (self.compare_label, self.old_box, self.new_box, self.substantive,
                  self.side_by_side):
            pick.addWidget(w)
        pick.addStretch(1)
        rl.addLayout(pick)
        rl.addWidget(self.summary)
        inner = QSplitter(Qt.Orientation.Vertical, right)
        inner.addWidget(self.changes)
        inner.addWidget(self.redline)
        rl.addWidget(inner, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.measure_box)
        link_row.addWidget(self.kind_box)
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        link_row.addWidget(self.audience_box)
        for fmt in ("pdf", "docx", "xlsx"):
            b = QPushButton(self)
            b.setObjectName(f"export_{fmt}")
            b.clicked.connect(lambda _c=False, fmt=fmt: self.export(fmt))
            self.export_buttons[fmt] = b
            link_row.addWidget(b)
        rl.addLayout(link_row)
        rl.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([340, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate_ui()

    # -- page protocol -------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.review.bind(editor)
        self.suggestions.bind(editor)
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.touches(*CONCERNS):
            self.refresh()

    def set_meeting_mode(self, on: bool) -> None:
        changed, self._meeting = on != self._meeting, on
        self.audience_changed(changed)  # also while hidden: nothing of another audience stays

    def retranslate_ui(self) -> None:
        self.import_button.setText(self.tr("&Import draft…"))
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Name"), self.tr("Received"), self.tr("From"),
             self.tr("Clauses")])
        self.tree.setHeaderLabels([self.tr("Clause"), self.tr("Text")])
        self.left_tabs.setTabText(0, self.tr("&Text"))
        self.left_tabs.setTabText(1, self.tr("To chec&k"))
        self.left_tabs.setTabText(2, self.tr("Su&ggested links"))
        self.review.retranslate_ui()
        self.suggestions.retranslate_ui()
        self.compare_label.setText(self.tr("Compare:"))
        self.substantive.setText(self.tr("Substantive changes only"))
        self.side_by_side.setText(self.tr("Side by side"))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Clause"), self.tr("Was"), self.tr("Kind"), self.tr("Measures"),
             self.tr("Effect"), self.tr("DALY to 2030")])
        self.kind_box.setItemText(0, self.tr("implements"))
        self.kind_box.setItemText(1, self.tr("weakens"))
        self.kind_box.setItemText(2, self.tr("mentions"))
        self.link_button.setText(self.tr("Link to clause"))
        self.audience_box.setItemText(0, self.tr("for partners"))
        self.audience_box.setItemText(1, self.tr("for the public"))
        self.audience_box.setItemText(2, self.tr("for the team"))
        self.export_buttons["pdf"].setText(self.tr("Redline PDF…"))
        self.export_buttons["docx"].setText(self.tr("Word (tracked changes)…"))
        self.export_buttons["xlsx"].setText(self.tr("Change list xlsx…"))
        self.refresh()

    # -- content -------------------------------------------------------------
    def _versions(self) -> list[Version]:
        return [] if self.editor is None else versions(self.editor.source)

    def refresh(self) -> None:
        if self.editor is not None:
            self.read_when_shown()  # a hidden page reads nothing until it is shown

    def read_page(self) -> None:
        if self.editor is None:
            return
        vs = self._versions()
        self.versions.setRowCount(len(vs))
        for i, v in enumerate(vs):
            values = [v.key, v.name, "" if v.date is None else v.date.isoformat(),
                      v.received_from, str(v.clause_count)]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{v.source_name}\nSHA-256 {v.source_sha256}")
                self.versions.setItem(i, j, item)
        with_text = [v for v in vs if v.clause_count]
        keys = [v.key for v in with_text]
        fresh = keys != self._keys  # a version came or went: compare the newest two
        self._keys = keys
        for box, default in ((self.old_box, -2), (self.new_box, -1)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for v in with_text:
                box.addItem(f"{v.key} – {v.name}", v.key)
            if current in keys and not fresh:
                box.setCurrentIndex(keys.index(current))
            elif keys:
                box.setCurrentIndex(max(0, len(keys) + default))
            box.blockSignals(False)
        self.measure_box.clear()
        for m in self.editor.source.rows("measure"):
            self.measure_box.addItem(f"{m['code']} – {m['title']}", m["code"])
        if vs and not self.versions.selectedItems():
            self.versions.selectRow(len(vs) - 1)
        self._fill_tree()
        self.compare()

    def _fill_tree(self) -> None:
        self.tree.clear()
        rows = self.versions.selectionModel().selectedRows() if self.editor else []
        vs = self._versions()
        chosen = None if not rows or rows[0].row() >= len(vs) else vs[rows[0].row()].key
        self.review.show_version(chosen)
        self.suggestions.show_version(chosen)
        if not rows or self.editor is None or rows[0].row() >= len(vs):
            return
        items: dict[str, QTreeWidgetItem] = {}
        for c in clauses(self.editor.source, vs[rows[0].row()].id):
            parent = items.get(c.parent_clause_id or "")
            item = QTreeWidgetItem([c.path, c.wording.replace("\n", " – ")])
            item.setData(0, Qt.ItemDataRole.UserRole, c.path)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[c.clause_id] = item
        self.tree.expandAll()

    def compare(self) -> None:
        self.comparison = None
        old, new = self.old_box.currentData(), self.new_box.currentData()
        if self.editor is None or old is None or new is None or old == new:
            self.summary.setText(self.tr("Import two versions to compare them."))
            self._fill_changes()
            return
        try:
            self.comparison = compare_versions(self.editor.analysis(), old, new)
        except UserError as exc:
            self.summary.setText(exc.text(self.editor.lang))
        else:
            self.summary.setText(self.comparison.summary)
        self._fill_changes()

    def _fill_changes(self) -> None:
        cmp = self.comparison
        self.shown = [] if cmp is None else cmp.ranked(self.substantive.isChecked())
        lang = self.lang.code
        self.changes.setRowCount(len(self.shown))
        for i, c in enumerate(self.shown):
            assert cmp is not None
            cost = cmp.cost.of(c.clause_id)
            effects = "" if cost is None else "; ".join(
                f"{e.code}: {label('effect.' + e.effect, lang)}" for e in cost.effects)
            d = cmp.dalys(c)
            values = [c.label, c.old_label if c.old_label != c.new_label else "",
                      label(f"change.{c.kind}", lang), ", ".join(cmp.measures_of(c)), effects,
                      self._dalys_text(d, cmp.at_stake(c))]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value or "")
                if c.flags and j == 0:
                    item.setToolTip(", ".join(label(f"flag.{f}", lang) for f in sorted(c.flags)))
                self.changes.setItem(i, j, item)
        self.changes.resizeColumnsToContents()
        self._show_redline()

    def _dalys_text(self, dalys: float | None, at_stake: float | None) -> str:
        if dalys is not None:
            return f"{dalys:+.1f}"
        if at_stake is not None:  # weakened: not lost, no longer promised
            return self.tr("({dalys} at stake)").format(dalys=f"{at_stake:.1f}")
        return ""

    def selected_change(self) -> Redchange | None:
        rows = self.changes.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _show_redline(self) -> None:
        chosen = self.selected_change()
        items = [chosen] if chosen is not None else self.shown
        side = self.side_by_side.isChecked()
        parts = []
        for c in items:
            kind = label(f"change.{c.kind}", self.lang.code)
            head = f"<p><b>{escape(c.label)}</b> ({escape(kind)})</p>"
            if side:
                parts.append(head + "<table width='100%' cellpadding='4'><tr>"
                             f"<td width='50%' valign='top'>{marked(c.segments, 'old')}</td>"
                             f"<td width='50%' valign='top'>{marked(c.segments, 'new')}</td>"
                             "</tr></table>")
            else:
                parts.append(head + f"<p>{marked(c.segments, 'both')}</p>")
        self.redline.setHtml("".join(parts))

    # -- actions -------------------------------------------------------------
    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import draft"), "", self.tr("Drafts (*.docx *.pdf)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        from workbench.drafts.commands import ImportDraft

        if self.editor is None or self.editor.read_only:
            return False
        cmd = ImportDraft(path)
        change = self.editor.push(cmd)
        if change is None or cmd.result is None:
            return False
        self.versions.selectRow(self.versions.rowCount() - 1)  # show the new version
        n = len(self.review.items)
        if n:
            self.left_tabs.setCurrentWidget(self.review)
        self.message.setText(self.tr("{key}: {count} clauses imported; {n} to check.").format(
            key=cmd.result.key, count=cmd.result.clause_count, n=n))
        return True

    def link_selected(self) -> None:
        from workbench.commands.base import CreateEntity

        cmp, change = self.comparison, self.selected_change()
        code = self.measure_box.currentData()
        if self.editor is None or cmp is None or change is None or code is None:
            return
        measure_id = self.editor.source.id_for("measure", str(code))
        clause = change.new or change.old
        if measure_id is None or clause is None:
            return
        self.editor.push(CreateEntity("clause_link", {
            "measure_id": measure_id, "clause_id": clause.clause_id,
            "kind": self.kind_box.currentData(), "quote": clause.text[:300],
            "visibility": "internal",
        }))

    def export(self, fmt: str, target: Path | None = None) -> bytes | None:
        from workbench.analysis.build import analysis_for

        if self.editor is None or self.comparison is None:
            return None
        # never more than the screen's own audience (meeting mode): the core's rule
        audience = narrower(check_audience(str(self.audience_box.currentData())),
                            self.editor.audience)
        cmp = compare_versions(analysis_for(self.editor.svc, audience, None, self.editor.lang),
                               self.comparison.old.key, self.comparison.new.key)
        only = self.substantive.isChecked()
        if fmt == "pdf":
            from workbench.drafts.export_pdf import redline_pdf

            data = redline_pdf(cmp, audience, substantive_only=only)
        elif fmt == "docx":
            from workbench.drafts.export_docx import redline_docx

            data = redline_docx(cmp, substantive_only=only)
        else:
            from workbench.drafts.export_xlsx import change_list_xlsx

            data = change_list_xlsx(cmp, substantive_only=only)
        if target is None:
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Export redline"),
                                                   f"redline.{fmt}", f"*.{fmt}")
            if not name:
                return data
            target = Path(name)
        from workbench.store.files import write_bytes_atomic

        try:
            write_bytes_atomic(target, data)
        except OSError as exc:
            self.message.setText(str(exc.strerror or exc))
        return data


def _title() -> str:
    return QCoreApplication.translate("DraftsPage", "&Drafts")


PAGE = PageSpec("drafts", _title, lambda language, parent: DraftsPage(language, parent))
