"""The weights page: profiles, a slider per criterion, the ranking re-ranked live.

Left: the weight profiles (internal ones hidden in meeting mode), the
elicitation dialogs (swing, rank order, AHP) and the sliders. Right: the
ranking as a table and a bar chart, re-ranked through the analysis
(:meth:`workbench.analysis.build.Analysis.rerank`) on every slider tick and
updated in place; and two profiles side by side with rank shifts. A slider release is
one undoable command; an elicitation dialog saves one undoable Macro.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.undo import Editor
from ui.views import PageSpec
from ui.views.shown import ReadWhenShown
from ui.weights.compare import ProfileComparison
from ui.weights.ranking import RankingTableModel
from ui.weights.sliders import WeightSliders
from ui.weights.whatif import WhatIfBar, rank_shifts
from workbench.commands import CreateEntity
from workbench.i18n import UserError
from workbench.services import Change

WATCHED = ("weight", "weight_profile", "criterion", "assessment", "measure", "population")
METHOD_TEXT = {"direct": "direct", "swing": "swing", "roc": "roc", "ahp": "ahp"}


class WeightsPage(ReadWhenShown, QWidget):
    """Weight profiles with live re-ranking and elicitation dialogs."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsPage")
        self.lang = language
        self.editor: Editor | None = None
        self.meeting = False
        self._pushing = False
        self._titles: dict[str, str] = {}
        self.analysis: Any = None
        self._versions: dict[str, int] = {}  # row versions of the profile shown
        self.pm: Any = None
        self.result: Any = None
        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profileList")
        self.method = QLabel(self)
        self.method.setWordWrap(True)
        self.swing_button = QPushButton(self)
        self.roc_button = QPushButton(self)
        self.ahp_button = QPushButton(self)
        self.sliders = WeightSliders(language, self)
        self.whatif = WhatIfBar(self)
        self.stored_result: Any = None  # what-if: the stored profile's ranking
        self.sliders_box = QGroupBox(self)
        box = QVBoxLayout(self.sliders_box)
        box.addWidget(self.whatif)
        box.addWidget(self.sliders)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.ranking = RankingTableModel(language, self)
        self.table = QTableView(self)
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.ranking)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed widths from the font, not ResizeToContents: that measured every row
        # on every slider tick (1.5 s per tick for 1,000 measures).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.bars: Any = None  # pyqtgraph loads when the page is first shown
        self.compare = ProfileComparison(self)
        self.profiles_box = QGroupBox(self)
        left = QVBoxLayout(self.profiles_box)
        left.addWidget(self.profile_list)
        left.addWidget(self.method)
        buttons = QHBoxLayout()
        for b in (self.swing_button, self.roc_button, self.ahp_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        left_col = QWidget(self)
        lc = QVBoxLayout(left_col)
        lc.setContentsMargins(0, 0, 0, 0)
        lc.addWidget(self.profiles_box, 2)
        lc.addWidget(self.sliders_box, 3)
        lc.addWidget(self.message)
        ranking_tab = QSplitter(Qt.Orientation.Horizontal, self)
        ranking_tab.addWidget(self.table)
        self.ranking_split = ranking_tab
        self.tabs = QTabWidget(self)
        self.tabs.addTab(ranking_tab, "")
        self.tabs.addTab(self.compare, "")
        split = QSplitter(self)
        split.addWidget(left_col)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 2)
        split.setSizes([430, 750])  # the criterion names and the what-if buttons fit
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.profile_list.currentItemChanged.connect(lambda *_a: self._profile_chosen())
        self.sliders.live.connect(self.rerank)
        self.sliders.committed.connect(self.commit_weight)
        self.swing_button.clicked.connect(lambda: self.open_elicitation("swing"))
        self.roc_button.clicked.connect(lambda: self.open_elicitation("roc"))
        self.ahp_button.clicked.connect(lambda: self.open_elicitation("ahp"))
        self.whatif.toggled.connect(self._whatif_toggled)
        self.whatif.discard.connect(self.discard_whatif)
        self.whatif.save.connect(self.save_whatif)
        self.retranslate_ui()

    def _size_columns(self) -> None:
        avg = self.table.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(0, 7 * avg + 16)
        self.table.setColumnWidth(2, 30 * avg + 16)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads the page first when it is unread
        if self.bars is None:
            from ui.weights.ranking import RankingBars

            self.bars = RankingBars(self, self.lang)
            self.ranking_split.addWidget(self.bars)
            self.ranking_split.setSizes([460, 300])
            if self.result is not None:
                self.bars.set_result(self.result)

    # -- page protocol ------------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.read_when_shown()

    def on_change(self, change: Change) -> None:
        if self.editor is None or self._pushing or not change.touches(*WATCHED):
            return
        self.read_when_shown()

    def retranslate_ui(self) -> None:
        self.profiles_box.setTitle(self.tr("Weight profiles"))
        self.sliders_box.setTitle(self.tr("Weights (drag: the ranking follows at once)"))
        self.swing_button.setText(self.tr("Swing…"))
        self.roc_button.setText(self.tr("Rank order…"))
        self.ahp_button.setText(self.tr("Pairwise (AHP)…"))
        self.tabs.setTabText(0, self.tr("Ranking"))
        self.tabs.setTabText(1, self.tr("Compare two profiles"))
        self.ranking.headers = [
            self.tr("Rank"), self.tr("Measure"), self.tr("Score (0–1)"), self.tr("Shift")
        ]  # fmt: skip
        self.whatif.retranslate_ui()
        self.ranking.incomplete_text = self.tr("incomplete")
        self.ranking.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.compare.retranslate_ui()
        self._show_method()

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.meeting
        self.meeting = on
        if self.editor is None:
            return
        self.audience_changed(changed)

    # -- content --------------------------------------------------------------------
    def read_page(self) -> None:
        self.reload()

    def reload(self) -> None:
        assert self.editor is not None  # bound before the page is used
        # the analysis of the screen's audience: in meeting mode the partners' one
        analysis = self.analysis = self.editor.analysis()
        keep = self.current_profile_key()
        rows = analysis.data.rows("weight_profile")
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for r in rows:
            item = QListWidgetItem(str(r["name"]))
            item.setData(Qt.ItemDataRole.UserRole, str(r["key"]))
            item.setData(Qt.ItemDataRole.UserRole + 1, str(r["id"]))
            self.profile_list.addItem(item)
        keys = [str(r["key"]) for r in rows]
        self.profile_list.setCurrentRow(keys.index(keep) if keep in keys else (0 if rows else -1))
        self.profile_list.blockSignals(False)
        self.pm = analysis.matrix
        if self.pm is None:
            self.ranking.set_result_empty()
            self.compare.table.setRowCount(0)
            for w in (self.sliders, self.swing_button, self.roc_button, self.ahp_button):
                w.setEnabled(False)
            self.message.setText(UserError("analysis.empty").text(self.lang.code))
            return
        self.compare.set_content(self.pm, analysis.profiles)
        self._titles = {m.code: m.title for m in self.pm.measures}
        self._profile_chosen()

    def current_profile_key(self) -> str | None:
        item = self.profile_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def current_profile_id(self) -> str | None:
        item = self.profile_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole + 1))

    def select_profile(self, key: str) -> bool:
        for i in range(self.profile_list.count()):
            if self.profile_list.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.profile_list.setCurrentRow(i)
                return True
        return False

    def _profile_chosen(self) -> None:
        from workbench.analysis.views import profile_weights

        pid = self.current_profile_id()
        enabled = pid is not None and self.pm is not None
        for w in (self.sliders, self.swing_button, self.roc_button, self.ahp_button):
            # (pm is only set once the editor is bound)
            w.setEnabled(enabled and self.editor is not None and not self.editor.read_only)
        if not enabled or pid is None:
            self.message.setText(self.tr("No weight profile to show."))
            return
        stored = profile_weights(self.analysis.data, pid)
        self._read(pid)
        raw = {c.key: stored.get(c.key, ("", 0.0))[1] for c in self.pm.criteria}
        self.whatif.set_on(False)  # another profile (or the stored one again): no scratch
        self.sliders.set_weights([(c.key, c.name) for c in self.pm.criteria], raw)
        self._show_method()
        self.rerank(raw)

    def _show_method(self) -> None:
        pid = self.current_profile_id() if hasattr(self, "profile_list") else None
        if pid is None or self.editor is None:
            self.method.setText("")
            return
        method = str(self.editor.source.get("weight_profile", pid)["method"])
        names = {
            "direct": self.tr("set directly"),
            "swing": self.tr("swing weighting"),
            "roc": self.tr("rank order (centroid)"),
            "ahp": self.tr("pairwise comparison (AHP)"),
        }
        self.method.setText(self.tr("Method: %1").replace("%1", names.get(method, method)))

    def rerank(self, raw: dict[str, float]) -> None:
        """Re-rank through the core with these raw weights; update table and bars in place."""
        from workbench.scoring import ScoringError, direct_weights_from_mapping

        if self.pm is None or self.analysis is None:
            return
        try:
            weights = direct_weights_from_mapping(raw)
        except ScoringError as exc:
            self.message.setText(exc.message(self.lang.code))
            return
        if self.message.text():
            self.message.setText("")
        self.result = self.analysis.rerank(weights)  # the core's ranking; nothing stored
        if self.stored_result is not None:  # what-if: arrows against the stored ranking
            self.ranking.set_shifts(rank_shifts(self.result, self.stored_result))
        self.ranking.set_result(self.result, self._titles)
        if self.bars is not None:
            self.bars.set_result(self.result)

    def displayed_order(self) -> list[str]:
        return [
            str(self.ranking.index(r, 0).data(Qt.ItemDataRole.UserRole))
            for r in range(self.ranking.rowCount())
        ]

    # -- edits --------------------------------------------------------------------
    def _push(self, cmd: Any) -> Any:
        assert self.editor is not None  # bound before the page is used
        self._pushing = True
        try:
            return self.editor.push(cmd)
        finally:
            self._pushing = False

    def _read(self, pid: str) -> None:
        """Remember the row versions shown: an edit over a newer one is refused as stale."""
        from ui.weights.commands import read_versions

        assert self.analysis is not None
        self._versions = read_versions(self.analysis.data, pid)

    def commit_weight(self, key: str, raw: float) -> None:
        from ui.weights.commands import single_weight

        pid = self.current_profile_id()
        if self.editor is None or pid is None or self.editor.read_only or self.whatif.on:
            return  # what-if: a scratch copy, nothing stored
        cmd = single_weight(self.editor.svc, pid, key, raw, versions=self._versions)
        if cmd is not None:
            done = self._push(cmd) is not None
            # the new state's analysis: only the weights are read again
            self.analysis = self.editor.analysis()
            if done:  # (a refused edit keeps the versions the user saw)
                self._read(pid)
            self.compare.set_content(self.pm, self.analysis.profiles)
            self._show_method()

    def open_elicitation(self, kind: str) -> Any:
        """Open the swing, roc or ahp dialog (not blocking); OK saves one Macro."""
        from ui.weights.ahp_dialog import AhpDialog
        from ui.weights.dialogs import RocDialog, SwingDialog

        pid = self.current_profile_id()
        if pid is None or self.pm is None:
            return None
        criteria = [(c.key, c.name) for c in self.pm.criteria]
        cls = {"swing": SwingDialog, "roc": RocDialog, "ahp": AhpDialog}[kind]
        dialog: Any = cls(criteria, self.lang, self)
        assert self.editor is not None  # bound before the page is used
        stored = self.editor.source.get("weight_profile", pid)
        inputs = stored.get("elicitation") or {}
        if stored["method"] == kind and inputs:
            try:
                if kind == "swing":
                    dialog.set_points(inputs["points"])
                elif kind == "roc":
                    dialog.set_order(list(inputs["order"]))
                elif inputs.get("criteria") == [k for k, _ in criteria]:
                    dialog.set_matrix(inputs["matrix"])
            except (KeyError, TypeError, ValueError):
                pass  # inputs from an older layout: start fresh
        shown = dict(self._versions)  # as read when the user started
        dialog.accepted.connect(lambda: self._save_elicitation(pid, dialog, shown))
        dialog.open()
        return dialog

    def _save_elicitation(self, pid: str, dialog: Any, versions: dict[str, int]) -> None:
        from ui.weights.commands import elicitation_macro

        weights, method, inputs = dialog.result()
        if not weights:
            return
        assert self.editor is not None  # bound before the page is used
        label = (f"Weging bepaald ({method})", f"Weights elicited ({method})")
        self._push(elicitation_macro(self.editor.svc, pid, weights, method, inputs, label,
                                     versions=versions))
        self.reload()

    # -- what-if ------------------------------------------------------------------
    def _whatif_toggled(self, on: bool) -> None:
        for w in (self.swing_button, self.roc_button, self.ahp_button):
            w.setEnabled(not on and self.editor is not None and not self.editor.read_only)
        self.stored_result = self.result if on else None
        self.ranking.set_shifts({} if on else None)
        if not on:
            self._profile_chosen()  # the stored weights back on the sliders

    def discard_whatif(self) -> None:
        """Verwerpen: the scratch weights go, the stored profile is shown again."""
        self.whatif.set_on(False)

    def save_whatif(self, name: str | None = None) -> None:
        """Opslaan als nieuwe weging: the scratch weights as a new profile, one undo step."""
        from PySide6.QtWidgets import QInputDialog

        from ui.weights.commands import save_as_profile

        pid = self.current_profile_id()
        if self.editor is None or pid is None or self.editor.read_only:
            return
        source = self.profile_list.currentItem().text()
        if name is None:
            suggested = self.tr("%1 (what if)").replace("%1", source)
            name, ok = QInputDialog.getText(
                self, self.tr("Save as new profile"), self.tr("Name:"), text=suggested
            )
            if not ok or not name.strip():
                return
        label = (f"Weging opgeslagen: {name}", f"Profile saved: {name}")
        macro = save_as_profile(self.editor.svc, pid, name.strip(), self.sliders.raw(), label)
        self._push(macro)
        created = macro.commands[0]
        assert isinstance(created, CreateEntity)  # save_as_profile starts with the profile
        new_key = str(self.editor.svc.get("weight_profile", created.id)["key"])
        self.whatif.set_on(False)
        self.reload()
        self.select_profile(new_key)


def _title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("WeightsPage", "Weights")


PAGE = PageSpec("weights", _title, lambda language, parent: WeightsPage(language, parent))
