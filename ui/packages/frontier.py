"""The efficient frontier chart: the best objective at each budget, with the saved packages on it.

The problem is built on the UI thread (it reads the project); the points
are solved in a background QThread by :func:`~workbench.analysis.negotiation.frontier_steps`
(the core's frontier, one budget at a time), so the window never freezes.
Progress and a Cancel button appear when a run takes over half a second.
pyqtgraph is imported only when the chart is first drawn.
"""

from __future__ import annotations

import math
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from workbench.analysis.negotiation import PackageTotals, frontier_steps
from workbench.scoring import FrontierPoint, PortfolioProblem

SHOW_PROGRESS_AFTER_MS = 500


class FrontierWorker(QObject):
    """Solves the frontier's budgets one by one; stops between budgets when cancelled."""

    progress = Signal(int)
    done = Signal(object)  # list[FrontierPoint], or None when cancelled

    def __init__(self, problem: PortfolioProblem, stop: float, steps: int) -> None:
        super().__init__()
        self.problem, self.stop, self.steps = problem, stop, steps
        self.cancelled = threading.Event()

    @Slot()
    def run(self) -> None:
        points: list[FrontierPoint] = []
        for i, point in enumerate(frontier_steps(self.problem, 0.0, self.stop, self.steps)):
            if self.cancelled.is_set():
                self.done.emit(None)
                return
            points.append(point)
            self.progress.emit(i + 1)
        self.done.emit(points)


class FrontierChart(QWidget):
    """Controls, a progress bar with Cancel, and the pyqtgraph plot."""

    finished = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontierChart")
        self.lang = language
        self.points: list[FrontierPoint] = []
        self.packages: list[tuple[str, float, float]] = []  # (name, cost, objective)
        self.plot: Any = None
        self._thread: QThread | None = None
        self._worker: FrontierWorker | None = None
        self.scale = 1.0

        self.steps = QSpinBox(self)
        self.steps.setRange(2, 200)
        self.steps.setValue(25)
        self.compute_button = QPushButton(self)
        self.compute_button.setObjectName("computeFrontier")
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelFrontier")
        self.cancel_button.clicked.connect(self.cancel)
        self.note = QLabel(self)
        self.steps_label = QLabel(self)
        self.objective = QComboBox(self)
        self.objective.setObjectName("frontierObjective")
        self.profile = QComboBox(self)
        self.profile.setObjectName("frontierProfile")
        bar = QHBoxLayout()
        for w in (
            self.objective,
            self.profile,
            self.steps_label,
            self.steps,
            self.compute_button,
            self.progress,
            self.cancel_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        self.area = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addLayout(self.area, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._busy(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.steps_label.setText(self.tr("Budgets:"))
        self.compute_button.setText(self.tr("&Compute frontier"))
        self.cancel_button.setText(self.tr("Cancel"))
        i = self.objective.currentIndex()
        self.objective.clear()
        self.objective.addItem(self.tr("Value under a weight profile"), "value")
        self.objective.addItem(self.tr("Health gain (DALYs)"), "health")
        self.objective.setCurrentIndex(max(i, 0))

    def running(self) -> bool:
        return self._thread is not None

    def start(self, problem: PortfolioProblem, stop: float, cost_unit: str) -> None:
        """Solve the frontier from 0 to `stop` in the background."""
        if self.running():
            return
        self.scale = 1e6 if stop >= 1e7 else 1.0
        self.unit = cost_unit
        steps = self.steps.value()
        self.progress.setRange(0, steps)
        self.progress.setValue(0)
        self._busy(True)
        self._timer.start(SHOW_PROGRESS_AFTER_MS)
        thread = QThread(self)
        worker = FrontierWorker(problem, stop, steps)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress.setValue)
        worker.done.connect(self._done)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled.set()

    def _show_progress(self) -> None:
        if self.running():
            self.progress.show()
            self.cancel_button.show()

    def _busy(self, on: bool) -> None:
        self.compute_button.setEnabled(not on)
        if not on:
            self.progress.hide()
            self.cancel_button.hide()

    @Slot(object)
    def _done(self, points: list[FrontierPoint] | None) -> None:
        self._timer.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._busy(False)
        if points is None:
            self.note.setText(self.tr("Cancelled."))
        else:
            self.points = points
            self.note.setText("")
            self.draw()
        self.finished.emit()

    def set_packages(
        self, totals: list[PackageTotals], objective: str, profile: str | None
    ) -> None:
        """The saved packages as (name, cost, objective value) points."""
        self.packages = [
            (
                t.name,
                math.nan if t.cost is None else t.cost.best,
                (math.nan if t.dalys is None else t.dalys.best)
                if objective == "health"
                else t.values.get(profile or "", math.nan),
            )
            for t in totals
        ]
        if self.plot is not None:
            self.draw()

    def _fmt(self, x: float, digits: int) -> str:
        text = f"{x:,.{digits}f}"
        if self.lang.code == "nl":
            text = text.replace(",", "_").replace(".", ",").replace("_", ".")
        return text

    def draw(self) -> None:
        import pyqtgraph as pg  # lazily: off the start-up path

        if self.plot is None:
            # The charts page's frame: plot | table toggle and PNG/SVG export.
            from ui.charts.frame import ChartFrame

            self.frame = ChartFrame(self, self.lang)
            self.plot = self.frame.plot
            self.plot.setObjectName("frontierPlot")
            self.plot.addLegend(offset=(-10, -10))  # bottom right: clear of the labels
            self.area.addWidget(self.frame)
        plot = self.plot
        plot.clear()
        s = self.scale
        unit = getattr(self, "unit", "")
        cost_label = (
            self.tr("Cost (million {unit})").format(unit=unit)
            if s > 1
            else self.tr("Cost ({unit})").format(unit=unit)
        )
        plot.setLabel("bottom", cost_label)
        health = self.objective.currentData() == "health"
        plot.setLabel("left", self.tr("Health gain (DALYs/year)") if health else self.tr("Value"))
        ok = [p for p in self.points if p.result.status == "optimal"]
        xs = [p.result.total_cost / s for p in ok]
        ys = [p.result.objective_value for p in ok]
        self.frontier_item = plot.plot(
            xs,
            ys,
            pen=pg.mkPen("#2166ac", width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush="#2166ac",
            stepMode=None,
            name=self.tr("Best package per budget"),
        )
        shown = [(n, c, v) for n, c, v in self.packages if not math.isnan(v)]
        self.package_item = pg.ScatterPlotItem(
            [c / s for _, c, _ in shown],
            [v for _, _, v in shown],
            size=14,
            brush=pg.mkBrush("#d6604d"),
            pen=pg.mkPen("k"),
            symbol="d",
            name=self.tr("Saved packages"),
        )
        plot.addItem(self.package_item)
        self.labels = []
        for name, c, v in shown:
            label = pg.TextItem(name, color="#67001f", anchor=(0, 1))
            label.setPos(c / s, v)
            plot.addItem(label)
            self.labels.append(label)
        self.frame.set_table(
            [self.tr("Point"), cost_label, self.tr("Health gain (DALYs/year)") if health
             else self.tr("Value"), self.tr("Measures")],
            [[self.tr("Best package per budget"), self._fmt(x, 1), self._fmt(y, 3),
              ", ".join(p.result.selected)] for x, y, p in zip(xs, ys, ok, strict=True)]
            + [[name, self._fmt(c / s, 1), self._fmt(v, 3), ""] for name, c, v in shown],
        )
