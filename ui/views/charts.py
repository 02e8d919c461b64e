"""The charts page: value for money, ranking, uncertainty, sensitivity, health over time.

Each chart draws the series of the analysis of the screen's audience under
the chosen weight profile (:func:`workbench.reports.series.series_of`,
:func:`workbench.scoring.sensitivity`, SMAA-2 in a worker thread); in
meeting mode that is the partners' analysis, so nothing internal can appear.
pyqtgraph is imported when the page is first shown, never at start-up.
Clicking a measure in the value-for-money chart emits
:attr:`ChartsPage.measure_selected` with its id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.i18n import Language
from ui.undo import Editor
from ui.views import PageSpec
from ui.weights.profiles import ProfileCombo
from workbench.i18n import UserError
from workbench.services import Change

KINDS = ("value", "ranking", "smaa", "sensitivity", "health")
WATCHED = (
    "assessment", "measure", "criterion", "weight", "weight_profile", "package",
    "package_member", "population", "exposure_change", "emission_change", "health_parameter",
)  # fmt: skip


class ChartsPage(QWidget):
    """Five chart tabs over the core's series, built on first show."""

    measure_selected = Signal(str)

    def __init__(
        self, language: Language, parent: QWidget | None = None, kinds: tuple[str, ...] = KINDS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPage")
        self.kinds = kinds  # the charts this page shows (one task page each)
        self.value: Any = None
        self.ranking: Any = None
        self.smaa: Any = None
        self.sensitivity: Any = None
        self.health: Any = None
        self.lang = language
        self.editor: Editor | None = None
        self.meeting = False
        self.built = False
        self.dirty = True
        self.profile_label = QLabel(self)
        self.profiles = ProfileCombo(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartTabs")
        self.tabs.setTabBarAutoHide(True)  # one chart: no tab bar above it
        top = QHBoxLayout()
        top.addWidget(self.profile_label)
        top.addWidget(self.profiles)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.profiles.currentIndexChanged.connect(lambda _i: self.refresh())
        self.retranslate_ui()

    # -- lazy construction ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()
        if self.dirty:
            self.refresh()

    def ensure_built(self) -> None:
        if self.built:
            return
        from ui.charts.health import HealthChart
        from ui.charts.ranking import RankingChart
        from ui.charts.sensitivity import SensitivityPanel
        from ui.charts.smaa import SmaaPanel
        from ui.charts.value import ValueChart

        makers = {
            "value": ValueChart, "ranking": RankingChart, "smaa": SmaaPanel,
            "sensitivity": SensitivityPanel, "health": HealthChart,
        }  # fmt: skip
        for kind in self.kinds:
            chart = makers[kind](self.lang, self)
            setattr(self, kind, chart)
            self.tabs.addTab(chart, "")
        if self.value is not None:
            self.value.measure_selected.connect(self.measure_selected)
        self.built = True
        self.retranslate_ui()

    # -- page protocol ------------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.dirty = True
        self._load_profiles()
        if self.built and self.isVisible():
            self.refresh()

    def on_change(self, change: Change) -> None:
        if self.editor is None or not change.touches(*WATCHED):
            return
        if change.touches("weight_profile", "weight", "criterion"):
            self._load_profiles()
        self.dirty = True
        if self.built and self.isVisible():
            self.refresh()

    def retranslate_ui(self) -> None:
        self.profile_label.setText(self.tr("Weight profile:"))
        if not self.built:
            return
        titles = {
            "value": self.tr("Value for money"),
            "ranking": self.tr("Ranking"),
            "smaa": self.tr("Uncertainty"),
            "sensitivity": self.tr("Sensitivity"),
            "health": self.tr("Health over time"),
        }
        for i, kind in enumerate(self.kinds):
            self.tabs.setTabText(i, titles[kind])
        for chart in (self.value, self.ranking, self.health):
            if chart is not None:
                chart.retranslate_frame()
        for panel in (self.smaa, self.sensitivity):
            if panel is not None:
                panel.retranslate_ui()
        if self.editor is not None and self.isVisible():
            self.refresh()

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.meeting
        self.meeting = on
        self.profiles.meeting = on
        if self.editor is not None and (changed or self.built):
            self._load_profiles()
            self.dirty = True
            if self.built:
                # also while hidden: charts drawn for another audience must not linger
                self.refresh()

    # -- content --------------------------------------------------------------------
    def _load_profiles(self) -> None:
        assert self.editor is not None  # bound before the page is used
        self.profiles.load(self.editor.analysis())

    def refresh(self) -> None:
        """Redraw every chart from the analysis of the screen's audience.

        Whatever goes wrong, the old charts never stay: they may show what
        the current audience may not see (meeting mode switched on after the
        charts were looked at).
        """
        if self.editor is None or not self.built:
            return
        from workbench.reports.series import series_of
        from workbench.scoring import ScoringError, sensitivity

        self.dirty = False
        profile = self.profiles.current_profile()
        try:
            analysis = self.editor.analysis(None if profile is None else profile.key)
            pm = analysis.matrix
            if pm is None:
                raise UserError("analysis.empty")
            series = series_of(analysis)
        except UserError as exc:
            self._clear()
            self.message.setText(exc.text(self.lang.code))
            return
        self.message.setText("")
        self.status_names = {s: self.lang.enum_label("status", s) for s in _STATUSES}
        ids = {m.code: m.id for m in pm.measures}
        if self.value is not None:
            from workbench.reports.value_table import opposed_by

            self.value.status_names = self.status_names
            self.value.opposed = opposed_by(analysis.party_matrix)  # who is against each
            self.value.set_series(series.value_for_money, ids)
        if self.ranking is not None:
            self.ranking.set_series(series.ranking)
        if self.health is not None:
            self.health.set_series(series.cumulative_health)
        names = {c.key: c.name for c in pm.criteria}
        weights = None if analysis.profile is None else analysis.profile.weights
        if self.smaa is not None:
            self.smaa.set_input(pm.matrix, weights)
        if self.sensitivity is None:
            pass
        elif weights is not None:
            try:
                self.sensitivity.set_result(sensitivity(pm.matrix, weights, top_k=3), names)
            except ScoringError as exc:
                self.sensitivity.clear()
                self.sensitivity.stability.note.setText(exc.message(self.lang.code))
        else:
            self.sensitivity.clear()

    def _clear(self) -> None:
        from workbench.reports.series import CumulativeHealth, RankingContributions, ValueForMoney

        if self.value is not None:
            self.value.set_series(ValueForMoney(None, None, (), ()), {})
        if self.ranking is not None:
            self.ranking.set_series(RankingContributions((), ()))
        if self.health is not None:
            self.health.set_series(CumulativeHealth(None, "", (), (), ()))
        if self.smaa is not None:
            self.smaa.set_input(None, None)
        if self.sensitivity is not None:
            self.sensitivity.clear()

    def select_measure(self, code: str) -> None:
        """Select a measure as if its bubble were clicked (emits measure_selected)."""
        self.ensure_built()
        if self.value is not None:
            self.value.select(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.built and self.smaa is not None:
            self.smaa.shutdown()
        super().closeEvent(event)


_STATUSES = ("idea", "proposed", "in_draft", "agreed", "rejected", "parked")


def _spec(key: str, kinds: tuple[str, ...]) -> PageSpec:
    from ui.navigation import part_title

    return PageSpec(
        key, lambda: part_title(key), lambda language, parent: ChartsPage(language, parent, kinds)
    )


# One page per task (ui.navigation.TASKS): value for money, uncertainty and
# sensitivity; the score's build-up joins the score table, health over time
# the packages.
PAGES = (
    _spec("value", ("value",)),
    _spec("uncertainty", ("smaa", "sensitivity")),
    _spec("ranking", ("ranking",)),
    _spec("health", ("health",)),
)
