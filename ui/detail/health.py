"""The health tab of the detail panel: a measure's exposure inputs and what they yield.

Two editable tables (exposure changes per population group, emission
changes per substance; see :mod:`ui.detail.health_configs`) and, below
them, the calculator's result for the measure from
:func:`workbench.analysis.health.project_health`: deaths avoided, DALYs and
euros per year (low – best – high), DALYs cumulative to the horizon, and
one row per outcome and group. Everything below the inputs is computed
("berekend") by the core, never typed in.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.detail.health_configs import AGENTS, OUTCOMES, emissions_config, exposures_config
from ui.detail.health_configs import health_label as label
from ui.i18n import Language
from ui.models.columns import RIGHT
from ui.tables.panel import EntityTablePanel
from ui.undo import Editor
from ui.views.shown import ReadWhenShown
from workbench.analysis.health import project_health
from workbench.analysis.register import origin_label, origin_of
from workbench.health import HealthInputError, Range
from workbench.i18n import Language as CoreLanguage
from workbench.i18n import UserError
from workbench.services import Change

CONCERNS = ("exposure_change", "emission_change", "population", "health_parameter", "measure")


class HealthTab(ReadWhenShown, QWidget):
    """Edits one measure's health inputs and shows the computed breakdown."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthTab")
        self._lang = language
        self._editor: Editor | None = None
        self.measure_id: str | None = None
        current = lambda: self.measure_id  # noqa: E731 - read at call time
        self.exposures = EntityTablePanel(exposures_config(current), language, self, compact=True)
        self.emissions = EntityTablePanel(emissions_config(current), language, self, compact=True)
        self.no_groups = QLabel(self)
        self.no_groups.setWordWrap(True)
        self.no_groups.setStyleSheet("color: #7a5c00")
        self.result_heading = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("healthSummary")
        self.summary.setWordWrap(True)
        self.breakdown = QTableWidget(0, 4, self)
        self.breakdown.setObjectName("healthBreakdown")
        self.breakdown.verticalHeader().setVisible(False)
        self.breakdown.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.breakdown.setWordWrap(True)
        header = self.breakdown.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for part in (self.exposures, self.emissions):
            part.title.setWordWrap(True)  # the dock stays narrow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.emissions.table.setMaximumHeight(120)
        for w, stretch in (
            (self.exposures, 3),
            (self.no_groups, 0),
            (self.emissions, 1),
            (self.result_heading, 0),
            (self.summary, 0),
            (self.breakdown, 3),
        ):
            layout.addWidget(w, stretch)
        self.retranslate_ui()

    # -- binding -------------------------------------------------------------------
    def bind(self, editor: Editor | None) -> None:
        self._editor = editor
        self.exposures.bind(editor)
        self.emissions.bind(editor)
        self.show_measure(None)

    def show_measure(self, measure_id: str | None) -> None:
        self.measure_id = measure_id
        for part in (self.exposures, self.emissions):
            part.setEnabled(measure_id is not None)
            part.reload()
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.touches(*CONCERNS):
            self.exposures.on_change(change)
            self.emissions.on_change(change)
            self.refresh()

    # -- the computed result ---------------------------------------------------------
    def refresh(self) -> None:
        if not self.isVisible():  # nothing of another measure or audience stays behind
            self.summary.setText("")
            self.breakdown.setRowCount(0)
        self.read_when_shown()  # computed when the tab is shown, not for every selection

    def read_page(self) -> None:
        self.breakdown.setRowCount(0)
        editor, mid = self._editor, self.measure_id
        has_groups = editor is not None and bool(editor.svc.rows("population"))
        self.no_groups.setVisible(editor is not None and not has_groups)
        if editor is None or mid is None:
            self.summary.setText("")
            return
        lang: CoreLanguage = "en" if self._lang.code == "en" else "nl"
        # the analysis of the screen's audience: the same figures as every other face
        analysis = editor.analysis()
        try:
            code = str(editor.source.get("measure", mid)["code"])
            results = project_health(analysis.data, measure_code=code, language=lang)
        except KeyError:
            self.summary.setText("")
            return
        except (HealthInputError, UserError) as exc:
            text = exc.text(lang) if isinstance(exc, UserError) else str(exc)
            self.summary.setText(self.tr("Cannot be calculated: {why}").format(why=text))
            return
        health = analysis.criterion_of_kind("health")
        estimate = None if health is None else analysis.estimate(code, health.key)
        origin = origin_label(origin_of(estimate), lang)
        dalys = (
            self.tr("DALYs per year: no data")
            if estimate is None
            else self.tr("DALYs per year: {v} ({origin})").format(
                v=self._range(Range(estimate.low, estimate.best, estimate.high)), origin=origin
            )
        )
        if not results:
            self.summary.setText(
                dalys
                + "<br>"
                + self.tr("No exposure or emission changes: no computed health effect.")
            )
            return
        r = results[0]
        if not r.computes_dalys:
            # emission changes only: euros by the emission-price route, no DALY figure
            lines = [
                dalys,
                self.tr("Value per year (emission prices): € {v}").format(
                    v=self._range(r.value_eur_per_year_emission_route, 0)
                ),
                self.tr("No exposure changes: deaths and DALYs are not computed."),
            ]
            self.summary.setText("<br>".join(lines))
            return
        lines = [
            self.tr("Deaths avoided per year: {v}").format(
                v=self._range(r.deaths_avoided_per_year)
            ),
            dalys,
            self.tr("Value per year: € {v}").format(v=self._range(r.value_eur_per_year, 0)),
        ]
        if r.cumulative_dalys_to_horizon is not None:
            lines.append(
                self.tr("DALYs cumulative to {year}: {v}").format(
                    year=r.horizon_year, v=self._range(r.cumulative_dalys_to_horizon)
                )
            )
        else:
            lines.append(self.tr("Cumulative DALYs: unknown (no start year)"))
        self.summary.setText("<br>".join(lines))
        names = {str(p["key"]): str(p["name"]) for p in analysis.data.rows("population")}
        self.breakdown.setRowCount(len(r.by_outcome))
        for i, item in enumerate(r.by_outcome):
            agent = label(AGENTS, item.agent.value)
            cells = (
                f"{label(OUTCOMES, item.outcome.value)}\n{agent}",
                names.get(item.population, item.population),
                self._stacked(item.cases_per_year),
                self._stacked(item.dalys_per_year),
            )
            ranges = (self._range(item.cases_per_year), self._range(item.dalys_per_year))
            for j, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if j >= 2:
                    cell.setTextAlignment(RIGHT)
                    cell.setToolTip(self.tr("low – best – high: {v}").format(v=ranges[j - 2]))
                self.breakdown.setItem(i, j, cell)
        self.breakdown.resizeRowsToContents()

    def _stacked(self, value: Range) -> str:
        """The best estimate over its low – high interval, in a narrow dock."""
        low, best, high = self._range(value).split(" – ")
        return f"{best}\n{low} – {high}"

    def _range(self, value: Range, decimals: int | None = None) -> str:
        # Small figures (a lung cancer per year) keep three significant digits.
        values = (value.low, value.best, value.high)
        if decimals is None:
            biggest = max(abs(v) for v in values)
            digits = 0 if biggest == 0 else 2 - math.floor(math.log10(biggest))
            decimals = max(0, min(6, digits))
        n = self._lang.number
        return " – ".join(n(v, decimals) for v in values)

    def retranslate_ui(self) -> None:
        self.exposures.retranslate_ui()
        self.emissions.retranslate_ui()
        self.no_groups.setText(
            self.tr(
                "This project has no population groups yet, so exposure changes cannot be "
                "added; import them with the project data."
            )
        )
        self.result_heading.setText("<b>" + self.tr("Computed by the health calculator") + "</b>")
        self.breakdown.setHorizontalHeaderLabels(
            [
                self.tr("Outcome"),
                self.tr("Group"),
                self.tr("Cases per year"),
                self.tr("DALYs per year"),
            ]
        )
        self.refresh()
