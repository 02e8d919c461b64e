"""Value for money: health gain against cost, one bubble per measure.

Draws :class:`workbench.reports.series.ValueForMoney` as the PDF does:
error bars from the low/high estimates, bubble size by feasibility, colour
by negotiation status, the Pareto frontier as a line; the cost axis is
logarithmic when the core says so. Hovering a bubble shows the measure;
clicking it emits :attr:`ValueChart.measure_selected` with the measure id.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ui.charts.frame import ChartFrame
from ui.i18n import Language
from workbench.reports.series import FRONTIER_COLOUR, STATUS_COLOURS, ValueForMoney

DASH = Qt.PenStyle.DashLine


class ValueChart(ChartFrame):
    measure_selected = Signal(str)

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self.lang = lang
        self.ids: dict[str, str] = {}
        self.series: ValueForMoney | None = None
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, pxMode=True)
        grey = pg.mkPen("#777777", width=1)
        self.errors = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=grey)
        self.frontier = pg.PlotDataItem(pen=pg.mkPen(FRONTIER_COLOUR, width=2, style=DASH))
        self.plot.addItem(self.errors)
        self.plot.addItem(self.frontier)
        self.plot.addItem(self.scatter)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.scatter.sigClicked.connect(self._clicked)
        self.status_names: dict[str, str] = {}
        self._titles: dict[str, str] = {}

    def _tip(self, x: float, y: float, data: Any) -> str:
        code = str(data)
        p = next((p for p in self.series.points if p.code == code), None) if self.series else None
        if p is None or p.cost is None or p.health is None:
            return code
        n = self.lang.number
        return (
            f"{p.code} {p.title}\n"
            + self.tr("Cost: %1 (%2 – %3)").replace("%1", n(p.cost.best))
            .replace("%2", n(p.cost.low)).replace("%3", n(p.cost.high))
            + "\n"
            + self.tr("Health: %1 (%2 – %3)").replace("%1", n(p.health.best))
            .replace("%2", n(p.health.low)).replace("%3", n(p.health.high))
            + "\n"
            + self.status_names.get(p.status, p.status)
        )  # fmt: skip

    def _clicked(self, _item: Any, points: Any, *_rest: Any) -> None:
        if len(points):
            self.select(str(points[0].data()))

    def select(self, code: str) -> None:
        """Select a measure by code: emits its id for the rest of the window."""
        mid = self.ids.get(code)
        if mid is not None:
            self.measure_selected.emit(mid)

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
        bottom = self.plot.getAxis("bottom")
        bottom.enableAutoSIPrefix(False)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        if log and xs:
            lows = [fx(p.cost.low) for p in pts if p.cost and p.cost.low > 0]
            first, last = math.floor(min([*lows, *xs])), math.ceil(max(xs) + 0.3)
            bottom.setTicks(
                [[(float(k), self.lang.number(10.0**k)) for k in range(first, last + 1)]]
            )
        else:
            bottom.setTicks(None)
        cost_unit = vfm.cost.unit if vfm.cost else ""
        health_unit = vfm.health.unit if vfm.health else ""
        self.plot.setLabel("bottom", self.tr("Cost (%1)").replace("%1", cost_unit))
        self.plot.setLabel("left", self.tr("Health gain (%1)").replace("%1", health_unit))
        self.legend.clear()
        for status in dict.fromkeys(p.status for p in pts):
            dot = pg.ScatterPlotItem(brush=STATUS_COLOURS.get(status, "#888888"), size=10)
            self.legend.addItem(dot, self.status_names.get(status, status))
        self.legend.addItem(self.frontier, self.tr("Efficient frontier"))
        n = self.lang.number
        missing = len(vfm.points) - len(pts)
        self.note.setText(
            self.tr("Up and to the left is better value. Bubble size: feasibility. "
                    "%1 measures lack a cost or health estimate and are not shown.")
            .replace("%1", str(missing))
        )  # fmt: skip
        rows = []
        for p in vfm.points:
            c, h = p.cost, p.health
            rows.append([
                p.code, p.title, self.status_names.get(p.status, p.status),
                "—" if c is None else f"{n(c.best)} ({n(c.low)} – {n(c.high)})",
                "—" if h is None else f"{n(h.best)} ({n(h.low)} – {n(h.high)})",
                "—" if p.feasibility is None else n(p.feasibility, 2),
                self.tr("yes") if p.on_frontier else "",
            ])  # fmt: skip
        self.set_table(
            [self.tr("Code"), self.tr("Measure"), self.tr("Status"), self.tr("Cost"),
             self.tr("Health gain"), self.tr("Feasibility"), self.tr("Efficient")],
            rows,
        )  # fmt: skip
