"""The Packages page: build packages, compare them, let the optimiser propose one, see the frontier.

At the top the packages and their measures (the entity tables, so every
edit is an undoable command); below, a comparison of two to four chosen
packages (totals from :func:`~workbench.analysis.negotiation.compare_packages`)
and the efficient frontier with the saved packages plotted on it. The
optimiser dialog proposes a package and saves it. In meeting mode internal
packages, internal profiles and red lines are not shown.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.packages.compare import PackageComparison
from ui.packages.frontier import FrontierChart
from ui.packages.optimiser import OptimiserDialog
from ui.tables.configs import members_config, packages_config
from ui.tables.master_detail import MasterDetailPanel
from ui.undo import Editor
from ui.views import PageSpec
from ui.views.shown import ReadWhenShown
from workbench.analysis.negotiation import (
    OptimiserSettings,
    optimiser_problem,
)
from workbench.i18n import UserError
from workbench.services import Change

MAX_COMPARED = 4
CONCERNS = (
    "package",
    "package_member",
    "measure",
    "assessment",
    "position",
    "stakeholder",
    "weight_profile",
    "weight",
    "criterion",
    "measure_link",
)


class PackagesPage(ReadWhenShown, QWidget):
    """Package editor, comparison, optimiser and frontier."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagesPage")
        self.lang = language
        self.editor: Editor | None = None
        self.meeting = False
        self.chosen: list[str] = []  # package ids to compare, in list order
        self.dialog: OptimiserDialog | None = None

        self.tables = MasterDetailPanel(packages_config(), members_config, language, self)
        self.optimise_button = QPushButton(self)
        self.optimise_button.setObjectName("openOptimiser")
        self.optimise_button.clicked.connect(self.open_optimiser)
        self.hint = QLabel(self)
        self.choose_row = QHBoxLayout()
        self.choose_label = QLabel(self)
        self.choose_row.addWidget(self.choose_label)
        self.choose_row.addStretch(1)
        self.boxes: dict[str, QCheckBox] = {}
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.optimise_button)

        self.compare = PackageComparison(language, self)
        compare_tab = QWidget(self)
        cl = QVBoxLayout(compare_tab)
        cl.addLayout(self.choose_row)
        cl.addWidget(self.compare, 1)
        self.frontier = FrontierChart(language, self)
        self.frontier.compute_button.clicked.connect(self.compute_frontier)
        self.frontier.objective.currentIndexChanged.connect(lambda _i: self._plot_packages())
        self.frontier.profile.currentIndexChanged.connect(lambda _i: self._plot_packages())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(compare_tab, "")
        self.tabs.addTab(self.frontier, "")
        self.tabs.currentChanged.connect(self._tab_shown)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tables)
        split.addWidget(self.tabs)
        split.setSizes([280, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate_ui()

    # -- page protocol -------------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.tables.bind(editor)
        self.chosen = []
        self.refresh()

    def on_change(self, change: Change) -> None:
        self.tables.on_change(change)
        if change.touches(*CONCERNS):
            self.refresh()

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.meeting
        self.meeting = on
        self.tables.set_meeting_mode(on)
        # also while hidden: what was read for another audience must not linger
        if self.editor is not None:
            self.audience_changed(changed)

    def retranslate_ui(self) -> None:
        self.tables.retranslate_ui()
        self.frontier.retranslate_ui()
        self.optimise_button.setText(self.tr("&Optimiser…"))
        self.hint.setText(
            self.tr(
                "Add a package above and tick its measures; compare up to four below,"
                " or let the optimiser propose one within a budget."
            )
        )
        self.choose_label.setText(self.tr("Compare:"))
        self.tabs.setTabText(0, self.tr("Comparison"))
        self.tabs.setTabText(1, self.tr("Efficient frontier"))
        self.refresh()

    # -- content ------------------------------------------------------------------
    def visible_packages(self) -> list[dict[str, object]]:
        if self.editor is None:
            return []
        return self.editor.source.rows("package")  # those the screen's audience may see

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads the page first when it is unread
        master = self.tables.master
        if master.current_id() is None and master.model.rowCount():
            master.table.selectRow(0)

    def refresh(self) -> None:
        if self.editor is not None:
            self.read_when_shown()  # a hidden page reads nothing until it is shown

    def read_page(self) -> None:
        if self.editor is None:
            return
        packages = self.visible_packages()
        ids = [str(r["id"]) for r in packages]
        self.chosen = [i for i in self.chosen if i in ids]
        if not self.chosen:
            self.chosen = ids[:MAX_COMPARED]
        self._fill_boxes(packages)
        self._fill_profiles()
        self._compare()
        self._plot_packages()

    def _fill_boxes(self, packages: list[dict[str, object]]) -> None:
        for box in self.boxes.values():
            self.choose_row.removeWidget(box)
            box.hide()
            box.setParent(None)  # out of the window at once, not at the next deferred delete
            box.deleteLater()
        self.boxes = {}
        for r in packages:
            pid = str(r["id"])
            box = QCheckBox(str(r["name"]), self)
            box.setChecked(pid in self.chosen)
            box.toggled.connect(lambda on, pid=pid: self.choose(pid, on))
            self.choose_row.insertWidget(self.choose_row.count() - 1, box)
            self.boxes[pid] = box
        self._limit_boxes()

    def _limit_boxes(self) -> None:
        full = len(self.chosen) >= MAX_COMPARED
        for pid, box in self.boxes.items():
            box.setEnabled(pid in self.chosen or not full)

    def choose(self, package_id: str, on: bool) -> None:
        """Add a package to the comparison (at most four) or take it out."""
        if on and package_id not in self.chosen and len(self.chosen) < MAX_COMPARED:
            self.chosen.append(package_id)
        elif not on and package_id in self.chosen:
            self.chosen.remove(package_id)
        self._limit_boxes()
        self._compare()

    def _profile_names(self) -> dict[str, str]:
        assert self.editor is not None
        return {p.key: p.name for p in self.editor.analysis().profiles}

    def _fill_profiles(self) -> None:
        box = self.frontier.profile
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for key, name in self._profile_names().items():
            box.addItem(name, key)
        i = box.findData(current)
        box.setCurrentIndex(max(i, 0))
        box.blockSignals(False)

    def _units(self) -> tuple[str, str]:
        assert self.editor is not None
        crit = {c.kind: c.unit for c in self.editor.analysis().criteria}
        return crit.get("cost", ""), crit.get("health", "")

    def _compare(self) -> None:
        if self.editor is None:
            return
        analysis = self.editor.analysis()
        titles = {m.code: m.title for m in analysis.measures}
        self.compare.party_names = {
            str(p["key"]): str(p["name"]) for p in analysis.data.rows("stakeholder")
        }
        by_id = {t.id: t for t in analysis.packages}
        totals = [by_id[i] for i in self.chosen if i in by_id]
        self.compare.show_totals(
            totals, titles, self._profile_names(), self._units(), self.meeting, frozenset()
        )

    def _plot_packages(self) -> None:
        if self.editor is None:
            return
        self.frontier.set_packages(
            list(self.editor.analysis().packages),
            str(self.frontier.objective.currentData()),
            self.frontier.profile.currentData(),
        )

    def _tab_shown(self, index: int) -> None:
        # The frontier is drawn the first time its tab is opened (in the background).
        if self.tabs.widget(index) is self.frontier and not self.frontier.points:
            self.compute_frontier()

    # -- optimiser and frontier -------------------------------------------------------
    def open_optimiser(self) -> OptimiserDialog | None:
        if self.editor is None:
            return None
        if self.editor.analysis().matrix is None:
            self.hint.setText(self.tr("The optimiser needs measures with estimates first."))
            return None
        self.dialog = OptimiserDialog(self.editor, self.lang, self, meeting=self.meeting)
        self.dialog.open()
        return self.dialog

    def compute_frontier(self) -> None:
        if self.editor is None:
            return
        settings = OptimiserSettings(
            objective=str(self.frontier.objective.currentData()),
            profile=self.frontier.profile.currentData(),
        )
        try:
            problem = optimiser_problem(self.editor.source, settings)
        except UserError as exc:
            self.frontier.note.setText(exc.text(self.lang.code))
            return
        stop = float(sum(x for x in problem.cost if not math.isnan(x)))
        self.frontier.start(problem, stop, self._units()[0])


def _title() -> str:
    return QCoreApplication.translate("PackagesPage", "Package &analysis")


PAGE = PageSpec("packages", _title, lambda language, parent: PackagesPage(language, parent))
