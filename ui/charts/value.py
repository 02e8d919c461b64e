"""Value for money: health gain against cost per measure, the table, the efficient line's steps.

Draws :class:`workbench.reports.series.ValueForMoney` as the PDF does: error
bars from the low/high estimates, bubble size by feasibility, colour by
negotiation status, the efficient line; the cost axis is logarithmic when the
core says so. The top measures by health per euro carry their code (every
bubble on hover). Under the chart a sortable table (health per million euro,
euros per DALY, cost and health with ranges, who is against it) and the steps
along the efficient line with their extra euros per extra DALY, all figures
from :mod:`workbench.reports.value_table`. A what-if budget (in € mln, typed
the Dutch way) draws a vertical line at that cost, and the table marks the
steps of the efficient line whose cumulative cost fits within it, as
:func:`workbench.reports.value_table.within_budget` computes them. Clicking a
bubble or a row emits :attr:`ValueChart.measure_selected` with the measure id.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.charts.frame import ChartFrame, SortKey
from ui.i18n import Language
from workbench.i18n.numbers import money, money_exact
from workbench.reports.series import FRONTIER_COLOUR, STATUS_COLOURS, ValueForMoney
from workbench.reports.value_table import BudgetFit, frontier_steps, value_rows, within_budget

DASH = Qt.PenStyle.DashLine
LABELLED = 6  # the measures with the most health per euro carry their code on the chart
MILLION = 1e6
BUDGET_COLOUR = "#b35900"
WITHIN = QColor(255, 200, 120, 70)  # rows within the what-if budget


class ValueChart(ChartFrame):
    measure_selected = Signal(str)

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        import pyqtgraph as pg

        self.lang = lang
        self.ids: dict[str, str] = {}
        self.series: ValueForMoney | None = None
        self.opposed: dict[str, tuple[str, ...]] = {}  # code -> parties against it
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, pxMode=True)
        grey = pg.mkPen("#777777", width=1)
        self.errors = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=grey)
        self.frontier = pg.PlotDataItem(pen=pg.mkPen(FRONTIER_COLOUR, width=2, style=DASH))
        self.plot.addItem(self.errors)
        self.plot.addItem(self.frontier)
        self.plot.addItem(self.scatter)
        self.labels: list[Any] = []  # pg.TextItem per labelled bubble
        self.legend = self.plot.addLegend(offset=(-10, -10))  # bottom right: the empty corner
        self.scatter.sigClicked.connect(self._clicked)
        self.status_names: dict[str, str] = {}
        # What-if budget: a vertical line at that cost; 0 = no budget line.
        # the label beside the line's top, to the right of it
        beside = {"position": 0.95, "color": BUDGET_COLOUR, "anchors": [(0, 0), (0, 0)]}
        self.budget_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(BUDGET_COLOUR, width=2), label="",
            labelOpts=beside,
        )  # fmt: skip
        self.budget_line.setVisible(False)
        self.plot.addItem(self.budget_line)
        self.fit: BudgetFit | None = None
        self.budget_label = QLabel(self)
        self.budget = QDoubleSpinBox(self)
        self.budget.setObjectName("whatIfBudget")
        self.budget.setLocale(lang.locale)
        self.budget.setDecimals(0)
        self.budget.setRange(0, 1e6)  # € mln: up to € 1.000 mld
        self.budget.setSingleStep(50)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setPrefix("€ ")
        self.budget.setKeyboardTracking(False)  # redraw when the typing is done
        self.budget_label.setBuddy(self.budget)
        self.budget.valueChanged.connect(lambda _v: self._budget_changed())
        self.bar.insertWidget(1, self.budget_label)
        self.bar.insertWidget(2, self.budget)
        # The table and the steps stay on screen under the chart (no plot|table toggle).
        self.stack.removeWidget(self.table)
        self.toggle.hide()
        self.table.setObjectName("valueTable")
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda row, *_a: self._row_chosen(row))
        self.steps = QListWidget(self)
        self.steps.setObjectName("frontierSteps")
        self.steps.setWordWrap(True)
        self.steps_box = QGroupBox(self)
        QVBoxLayout(self.steps_box).addWidget(self.steps)
        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.addWidget(self.table)
        below.addWidget(self.steps_box)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.stack.removeWidget(self.plot)
        split.addWidget(self.plot)
        split.addWidget(below)
        split.setSizes([420, 300])
        for w in (self.plot, self.table):
            w.show()  # taken out of the stack, which hid them
        self.stack.addWidget(split)
        self.stack.setCurrentWidget(split)
        self.retranslate_frame()  # the budget's texts (the frame's own were set above)

    # -- hover and selection ------------------------------------------------------
    def _tip(self, x: float, y: float, data: Any) -> str:
        code = str(data)
        p = next((p for p in self.series.points if p.code == code), None) if self.series else None
        if p is None or p.cost is None or p.health is None:
            return code
        n, lang = self.lang.number, self.lang.code
        return "\n".join([
            f"{p.code} {p.title}",
            self.tr("Cost: %1 (%2 – %3)").replace("%1", money_exact(p.cost.best, lang))
            .replace("%2", money(p.cost.low, lang)).replace("%3", money(p.cost.high, lang)),
            self.tr("Health: %1 (%2 – %3)").replace("%1", n(p.health.best, 2))
            .replace("%2", n(p.health.low, 2)).replace("%3", n(p.health.high, 2)),
            self.status_names.get(p.status, p.status),
        ])  # fmt: skip

    def _clicked(self, _item: Any, points: Any, *_rest: Any) -> None:
        if len(points):
            self.select(str(points[0].data()))

    def _row_chosen(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.select(item.text())

    def select(self, code: str) -> None:
        """Select a measure by code: emits its id for the rest of the window."""
        mid = self.ids.get(code)
        if mid is not None:
            self.measure_selected.emit(mid)

    # -- drawing ------------------------------------------------------------------
    def set_series(self, vfm: ValueForMoney, ids: dict[str, str]) -> None:
        import pyqtgraph as pg

        self.series, self.ids = vfm, ids
        pts = vfm.plotted
        log = vfm.log_cost

        def fx(v: float) -> float:
            return math.log10(v) if log else v

        xs = [fx(p.cost.best) for p in pts if p.cost]
        ys = [p.health.best for p in pts if p.health]
        spots = [
            {
                "pos": (x, y),
                "size": 10 + 24 * (p.feasibility if p.feasibility is not None else 0.25),
                "brush": pg.mkBrush(STATUS_COLOURS.get(p.status, "#888888") + "C8"),
                "pen": pg.mkPen("#FFFFFF" if not p.on_frontier else FRONTIER_COLOUR, width=1.5),
                "data": p.code,
            }
            for p, x, y in zip(pts, xs, ys, strict=True)
        ]
        self.scatter.setData(spots)
        if pts:
            arr = np.asarray
            self.errors.setData(
                x=arr(xs),
                y=arr(ys),
                left=arr([x - fx(p.cost.low) for p, x in zip(pts, xs, strict=True) if p.cost]),
                right=arr([fx(p.cost.high) - x for p, x in zip(pts, xs, strict=True) if p.cost]),
                bottom=arr([p.health.best - p.health.low for p in pts if p.health]),
                top=arr([p.health.high - p.health.best for p in pts if p.health]),
            )
        else:
            none = np.zeros(0)  # every array: setData keeps the ones not given
            self.errors.setData(x=none, y=none, left=none, right=none, top=none, bottom=none)
        fr = vfm.frontier
        self.frontier.setData([fx(c) for c, _ in fr], [h for _, h in fr])
        self._label(vfm, fx)
        bottom = self.plot.getAxis("bottom")
        lang = self.lang.code
        if log and xs:
            lows = [fx(p.cost.low) for p in pts if p.cost and p.cost.low > 0]
            first, last = math.floor(min([*lows, *xs])), math.ceil(max(xs) + 0.3)
            bottom.setTicks([[(float(k), money(10.0**k, lang)) for k in range(first, last + 1)]])
        else:
            bottom.setTicks(None)
        health_unit = vfm.health.unit if vfm.health else ""
        self.plot.setLabel("bottom", self.tr("Cost (euro)"))
        self.plot.setLabel("left", self.tr("Health gain (%1)").replace("%1", health_unit))
        self.legend.clear()
        for status in dict.fromkeys(p.status for p in pts):
            dot = pg.ScatterPlotItem(brush=STATUS_COLOURS.get(status, "#888888"), size=10)
            self.legend.addItem(dot, self.status_names.get(status, status))
        self.legend.addItem(self.frontier, self.tr("Efficient line"))
        missing = len(vfm.points) - len(pts)
        self.note.setText(
            self.tr("Up and to the left is better value. Bubble size: feasibility. "
                    "%1 measures lack a cost or health estimate and are not shown.")
            .replace("%1", str(missing))
        )  # fmt: skip
        self._budget_changed()  # draws the budget line and fills the table
        self._fill_steps(vfm)

    # -- what-if budget -------------------------------------------------------------
    def budget_euros(self) -> float:
        return float(self.budget.value()) * MILLION

    def _budget_changed(self) -> None:
        vfm = self.series
        euros = self.budget_euros()
        self.fit = None if vfm is None or euros <= 0 else within_budget(vfm, euros)
        log = vfm is not None and vfm.log_cost
        self.budget_line.setVisible(self.fit is not None)
        if self.fit is not None:
            self.budget_line.setValue(math.log10(euros) if log else euros)
            self.budget_line.label.setFormat(
                self.tr("Budget %1").replace("%1", money(euros, self.lang.code))
            )
        if vfm is not None:
            self._fill_table(vfm)

    def _label(self, vfm: ValueForMoney, fx: Any) -> None:
        import pyqtgraph as pg

        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        top = [r.code for r in value_rows(vfm) if r.health_per_million is not None][:LABELLED]
        chosen = set(top) | {p.code for p in vfm.plotted if p.on_frontier}
        for p in vfm.plotted:
            if p.code in chosen and p.cost is not None and p.health is not None:
                label = pg.TextItem(p.code, color="#102a4c", anchor=(-0.15, 1.0))
                label.setPos(fx(p.cost.best), p.health.best)
                self.plot.addItem(label)
                self.labels.append(label)

    def labelled_codes(self) -> list[str]:
        return [label.toPlainText() for label in self.labels]

    def _fill_table(self, vfm: ValueForMoney) -> None:
        n, lang = self.lang.number, self.lang.code
        unit = vfm.health.unit if vfm.health else ""
        rows: list[list[str]] = []
        keys: list[list[SortKey]] = []
        tips: list[list[str]] = []
        for r in value_rows(vfm):
            c, h, per = r.cost, r.health, r.health_per_million
            against = self.opposed.get(r.code, ())
            rows.append([
                r.code, r.title, self.status_names.get(r.status, r.status),
                "—" if per is None else f"{n(per.best, 3)}  ({n(per.low, 3)} – {n(per.high, 3)})",
                "—" if r.euro_per_health is None else money(r.euro_per_health, lang),
                "—" if c is None else f"{money(c.best, lang)}  ({money(c.low, lang)} – "
                f"{money(c.high, lang)})",
                "—" if h is None else f"{n(h.best, 2)}  ({n(h.low, 2)} – {n(h.high, 2)})",
                ", ".join(against),
                self.tr("yes") if r.on_frontier else "",
                self._fit_text(r.code),
            ])  # fmt: skip
            keys.append([
                r.code, r.title, r.status, None if per is None else per.best,
                r.euro_per_health, None if c is None else c.best, None if h is None else h.best,
                len(against), 1.0 if r.on_frontier else 0.0, self._fit_key(r.code),
            ])  # fmt: skip
            tips.append([
                "", "", "", "", "" if r.euro_per_health is None
                else money_exact(r.euro_per_health, lang),
                "" if c is None else f"{money_exact(c.best, lang)} ({money_exact(c.low, lang)} – "
                f"{money_exact(c.high, lang)})",
                "", "", "", self._fit_tip(r.code),
            ])  # fmt: skip
        headers = [
            self.tr("Code"), self.tr("Measure"), self.tr("Status"),
            self.tr("%1 per million euro").replace("%1", unit),
            self.tr("Euro per %1").replace("%1", unit.split("/")[0] or unit),
            self.tr("Cost"), self.tr("Health gain (%1)").replace("%1", unit),
            self.tr("Against (! red line)"), self.tr("Efficient"), self.tr("Within budget"),
        ]  # fmt: skip
        self.set_table(headers, rows, keys, tips)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 260))
        within = set() if self.fit is None else set(self.fit.within)
        for row in range(self.table.rowCount()):
            if self._cell(row, 0) in within:
                for col in range(self.table.columnCount()):
                    item = self.table.item(row, col)
                    if item is not None:
                        item.setBackground(QBrush(WITHIN))

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return "" if item is None else item.text()

    def _fit_text(self, code: str) -> str:
        if self.fit is None or code not in self.fit.within:
            return ""
        return self.tr("yes, most health") if code == self.fit.best else self.tr("yes")

    def _fit_key(self, code: str) -> float | None:
        if self.fit is None:
            return None
        return 2.0 if code == self.fit.best else 1.0 if code in self.fit.within else 0.0

    def _fit_tip(self, code: str) -> str:
        reached = None if self.fit is None else dict(self.fit.cumulative).get(code)
        if reached is None:
            return ""
        return self.tr("Cost reached along the efficient line: %1").replace(
            "%1", money_exact(reached, self.lang.code)
        )

    def marked_codes(self) -> list[str]:
        """The codes the table marks as within the budget, in the table's order."""
        col = self.table.columnCount() - 1
        return [
            self._cell(r, 0) for r in range(self.table.rowCount()) if self._cell(r, col)
        ]

    def _fill_steps(self, vfm: ValueForMoney) -> None:
        n, lang = self.lang.number, self.lang.code
        unit = vfm.health.unit if vfm.health else ""
        self.steps.clear()
        for s in frontier_steps(vfm):
            price = (
                self.tr("no extra health")
                if s.euro_per_extra_health is None
                else self.tr("%1 per extra %2").replace("%1", money(s.euro_per_extra_health, lang))
                .replace("%2", unit.split("/")[0] or unit)
            )  # fmt: skip
            text = (
                self.tr("%1 → %2: +%3 for +%4 %5 (%6)")
                .replace("%1", s.previous or self.tr("nothing")).replace("%2", s.code)
                .replace("%3", money(s.extra_cost, lang)).replace("%4", n(s.extra_health, 4))
                .replace("%5", unit).replace("%6", price)
            )  # fmt: skip
            if s.within_uncertainty:
                text += "\n" + self.tr(
                    "The extra health lies within the uncertainty of %1: this step buys "
                    "no health one can count on."
                ).replace("%1", s.previous or "")
            self.steps.addItem(text)

    def retranslate_frame(self) -> None:
        super().retranslate_frame()
        if hasattr(self, "steps_box"):
            self.steps_box.setTitle(self.tr("Steps along the efficient line"))
        if hasattr(self, "budget"):
            self.budget_label.setText(self.tr("What-if &budget:"))
            self.budget.setSuffix(" " + self.tr("million"))
            self.budget.setSpecialValueText(self.tr("none"))
            self.budget.setToolTip(self.tr(
                "Draws a line at this cost and marks the steps of the efficient line that "
                "fit within it (their cumulative cost)."
            ))  # fmt: skip
