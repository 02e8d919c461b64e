"""The health breakdown of one measure: the calculator's outcomes per population group.

Opened from a computed health cell of the scoring matrix. Lists what
:func:`workbench.analysis.health.project_health` reports for the measure:
per group, agent and outcome the cases and DALYs per year (low, best,
high), and the totals; nothing is computed here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from workbench.analysis.health import project_health
from workbench.i18n import UserError
from workbench.services import ProjectService

_AGENTS = {
    "pm25": "PM2,5", "pm10": "PM10", "no2": "NO₂",
    "bap": "B[a]P", "lden": "Lden", "lnight": "Lnight",
}  # fmt: skip


class HealthBreakdownDialog(QDialog):
    """Outcomes per population group of one measure's computed health gain."""

    def _outcome(self, value: str) -> str:
        names = {
            "mortality": self.tr("Mortality"),
            "chronic_bronchitis": self.tr("Chronic bronchitis"),
            "lung_cancer": self.tr("Lung cancer"),
            "highly_annoyed": self.tr("Highly annoyed"),
            "highly_sleep_disturbed": self.tr("Highly sleep-disturbed"),
        }
        return names.get(value, value)

    def __init__(
        self, svc: ProjectService, code: str, lang: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("healthBreakdown")
        self.setWindowTitle(self.tr("Health breakdown: %1").replace("%1", code))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Population group"),
                self.tr("Exposure"),
                self.tr("Outcome"),
                self.tr("Cases per year"),
                self.tr("DALYs per year (low – high)"),
            ]
        )
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        code_lang = lang.code
        try:
            results = project_health(svc, measure_code=code, language=code_lang)
        except (UserError, ValueError) as exc:
            text = exc.text(code_lang) if isinstance(exc, UserError) else str(exc)
            self.summary.setText(text)
            return
        if not results:
            self.summary.setText(self.tr("This measure has no health inputs."))
            return
        result = results[0]
        n = lang.number
        d = result.dalys_per_year
        self.summary.setText(
            self.tr("DALYs avoided per year: %1 (%2 – %3)")
            .replace("%1", n(d.best))
            .replace("%2", n(d.low))
            .replace("%3", n(d.high))
        )
        groups = {str(r["key"]): str(r["name"]) for r in svc.rows("population")}
        self.table.verticalHeader().hide()
        self.table.setRowCount(len(result.by_outcome))
        for row, o in enumerate(result.by_outcome):
            texts = [
                groups.get(o.population, o.population),
                _AGENTS.get(o.agent.value, o.agent.value),
                self._outcome(o.outcome.value),
                n(o.cases_per_year.best),
                f"{n(o.dalys_per_year.best)} ({n(o.dalys_per_year.low)} – "
                f"{n(o.dalys_per_year.high)})",
            ]
            for col, text in enumerate(texts):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
