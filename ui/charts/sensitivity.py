"""Sensitivity: how far each weight may move before the leader changes, and a tornado.

From :func:`workbench.scoring.sensitivity` under the chosen profile: the
stability interval of each criterion's weight (the others rescaled) as a
horizontal bar with the current weight marked; and, for the leading
measure, a tornado of its score with each assessment at its low and high
estimate, the widest swing on top.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.charts.frame import ChartFrame
from ui.i18n import Language
from workbench.scoring.sensitivity import SensitivityResult


class StabilityChart(ChartFrame):
    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        import pyqtgraph as pg

        self.lang = lang
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.5, brush="#56B4E9")
        self.marks = pg.ScatterPlotItem(symbol="|", size=22, pen=pg.mkPen("#1F3A5F", width=3))
        self.plot.addItem(self.bars)
        self.plot.addItem(self.marks)
        self.plot.setMouseEnabled(x=False, y=False)
        self.count = 0

    def set_result(self, r: SensitivityResult, names: dict[str, str]) -> None:
        items = list(r.first_place)
        ys = list(range(len(items)))[::-1]
        self.bars.setOpts(
            x0=[i.lower for i in items], y=ys, width=[i.upper - i.lower for i in items], height=0.5
        )
        self.marks.setData(x=[i.weight for i in items], y=ys)
        self.plot.getAxis("left").setTicks(
            [[(y, names.get(i.criterion, i.criterion)) for y, i in zip(ys, items, strict=True)]]
        )
        self.plot.setXRange(0, 1, padding=0.02)
        self.plot.setLabel("bottom", self.tr("Weight"))
        self.count = len(items)
        self.note.setText(
            self.tr("%1 stays first while each weight stays inside its bar (line: current weight).")
            .replace("%1", r.leader)
        )  # fmt: skip
        n = self.lang.number
        rows = [
            [names.get(i.criterion, i.criterion), n(i.weight, 3), n(i.lower, 3), n(i.upper, 3),
             i.lower_rival or "", i.upper_rival or ""]
            for i in items
        ]  # fmt: skip
        self.set_table(
            [self.tr("Criterion"), self.tr("Weight"), self.tr("Lowest"), self.tr("Highest"),
             self.tr("Overtaken by (lower)"), self.tr("Overtaken by (higher)")],
            rows,
        )  # fmt: skip


class TornadoChart(ChartFrame):
    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        import pyqtgraph as pg

        self.lang = lang
        self.low = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush="#D55E00")
        self.high = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush="#009E73")
        self.base = pg.InfiniteLine(angle=90, pen=pg.mkPen("#1F3A5F", width=2))
        for item in (self.low, self.high, self.base):
            self.plot.addItem(item)
        self.plot.setMouseEnabled(x=False, y=False)
        self.count = 0

    def set_result(self, r: SensitivityResult, names: dict[str, str], code: str) -> None:
        t = r.tornado
        i = t.alternatives.index(code)
        base = float(t.base[i])
        rows = [
            (t.criteria[j], float(t.at_low[i, j]), float(t.at_high[i, j]), float(t.span[i, j]))
            for j in range(len(t.criteria))
            if not math.isnan(float(t.span[i, j]))
        ]
        rows.sort(key=lambda row: row[3])
        ys = list(range(len(rows)))
        # Red: the end of the range that lowers the score; green: the one that raises it
        # (for cost, the high estimate is the red one).
        worse = [min(lo, hi, base) for _, lo, hi, _ in rows]
        better = [max(lo, hi, base) for _, lo, hi, _ in rows]
        self.low.setOpts(x0=worse, y=ys, width=[base - w for w in worse], height=0.6)
        self.high.setOpts(x0=[base] * len(rows), y=ys, width=[b - base for b in better], height=0.6)
        self.base.setValue(base)
        self.plot.getAxis("left").setTicks(
            [[(y, names.get(k, k)) for y, (k, _, _, _) in zip(ys, rows, strict=True)]]
        )
        self.plot.setLabel("bottom", self.tr("Score of %1").replace("%1", code))
        self.count = len(rows)
        self.note.setText(
            self.tr("Score of %1 when one estimate moves to its unfavourable (red) "
                    "or favourable (green) end.").replace("%1", code)
        )  # fmt: skip
        n = self.lang.number
        self.set_table(
            [self.tr("Criterion"), self.tr("At low"), self.tr("At high"), self.tr("Swing")],
            [[names.get(k, k), n(lo, 3), n(hi, 3), n(sp, 3)] for k, lo, hi, sp in rows[::-1]],
        )


class SensitivityPanel(QWidget):
    """The stability intervals and the tornado, side by side."""

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stability = StabilityChart(lang, self)
        self.tornado = TornadoChart(lang, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stability)
        layout.addWidget(self.tornado)

    def set_result(self, r: SensitivityResult, names: dict[str, str]) -> None:
        self.stability.set_result(r, names)
        self.tornado.set_result(r, names, r.leader)

    def clear(self) -> None:
        """Nothing drawn: the data it described is gone (or may not be shown)."""
        self.stability.bars.setOpts(x0=[], y=[], width=[], height=0.5)
        self.stability.marks.setData(x=[], y=[])
        self.tornado.low.setOpts(x0=[], y=[], width=[], height=0.6)
        self.tornado.high.setOpts(x0=[], y=[], width=[], height=0.6)
        for chart in (self.stability, self.tornado):
            chart.plot.getAxis("left").setTicks([[]])
            chart.note.setText("")
            chart.set_table([], [])
            chart.count = 0

    def retranslate_ui(self) -> None:
        self.stability.retranslate_frame()
        self.tornado.retranslate_frame()
