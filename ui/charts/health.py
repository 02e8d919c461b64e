"""Health over time: cumulative DALYs avoided to 2030 and 2035, per measure and package.

Draws :class:`workbench.reports.series.CumulativeHealth`: for each measure
(then each package) one bar per horizon year in the shared horizon
colours, with error bars from the low/high estimates. A measure without a
start year or health estimate has no bar (missing, not zero).
"""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.charts.frame import ChartFrame
from ui.i18n import Language
from workbench.i18n.numbers import num
from workbench.reports.series import HORIZON_COLOURS, CumulativeHealth, HealthBar

DASH = Qt.PenStyle.DashLine
LABEL_CHARS = 11  # a package name wraps to lines of about this many characters


def tick_label(bar: HealthBar, package: bool) -> str:
    """A measure by its code; a package by its name, wrapped to fit its room."""
    if not package:
        return bar.key
    return "\n".join(textwrap.wrap(bar.label, LABEL_CHARS, break_long_words=False)[:3])


def _positions(groups: list[HealthBar], packages: tuple[HealthBar, ...]) -> list[float]:
    """x of each group: measures one apart, then packages two apart after a gap."""
    out: list[float] = []
    x = 0.0
    for i, b in enumerate(groups):
        if i:
            x += 2.0 if b in packages else 1.0
        out.append(x)
    return out


class HealthChart(ChartFrame):
    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        self.lang = lang
        self.items: list[Any] = []
        self.bar_count = 0
        self.tick_labels: list[str] = []
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.plot.setMouseEnabled(x=False, y=False)

    def set_series(self, ch: CumulativeHealth) -> None:
        import pyqtgraph as pg

        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.legend.clear()
        groups: list[HealthBar] = [
            b for b in (*ch.measures, *ch.packages) if any(t is not None for t in b.by_horizon)
        ]
        k = len(ch.horizons)
        width = 0.8 / max(k, 1)
        self.bar_count = 0
        # Packages (to the right) get twice a measure's room: their names are long.
        place = _positions(groups, ch.packages)
        for h, year in enumerate(ch.horizons):
            xs, hs, lo, hi = [], [], [], []
            for i, b in enumerate(groups):
                t = b.by_horizon[h]
                if t is None:
                    continue
                x = place[i] - 0.4 + width * (h + 0.5)
                xs.append(x)
                hs.append(t.best)
                lo.append(t.best - t.low)
                hi.append(t.high - t.best)
            if not xs:
                continue
            colour = HORIZON_COLOURS[h % len(HORIZON_COLOURS)]
            bars = pg.BarGraphItem(x=xs, height=hs, width=width * 0.95, brush=colour)
            arr = np.asarray
            err = pg.ErrorBarItem(
                x=arr(xs), y=arr(hs), top=arr(hi), bottom=arr(lo), pen=pg.mkPen("#444444")
            )
            self.plot.addItem(bars)
            self.plot.addItem(err)
            self.legend.addItem(bars, self.tr("to %1").replace("%1", str(year)))
            self.items += [bars, err]
            self.bar_count += len(xs)
        # measures by code, packages by name (wrapped), never by key
        self.tick_labels = [tick_label(b, b in ch.packages) for b in groups]
        ticks = list(zip(place, self.tick_labels, strict=True))
        bottom = self.plot.getAxis("bottom")
        bottom.setTicks([ticks])
        lines = max((t.count("\n") + 1 for t in self.tick_labels), default=1)
        bottom.setHeight(12 + 16 * lines)
        if ch.measures and ch.packages and groups:
            n_measures = sum(1 for b in groups if b in ch.measures)
            sep = (place[n_measures - 1] if n_measures else -1.0) + 0.75
            line = pg.InfiniteLine(pos=sep, angle=90, pen=pg.mkPen("#999999", style=DASH))
            self.plot.addItem(line)
            self.items.append(line)
        self.plot.setLabel("left", self.tr("DALYs avoided, cumulative (%1)").replace("%1", ch.unit))
        self.note.setText(
            self.tr("Health gain counted from each measure's start year; packages to the right.")
        )
        def n(v: float) -> str:  # one precision for the whole table
            return num(v, self.lang.code, 1)

        headers = [self.tr("Code"), self.tr("Name"), self.tr("Start year")]
        headers += [self.tr("to %1").replace("%1", str(y)) for y in ch.horizons]
        rows = [
            [b.key, b.label, self.lang.year(b.start_year)]
            + [
                "—" if t is None else f"{n(t.best)} ({n(t.low)} – {n(t.high)})"
                for t in b.by_horizon
            ]
            for b in (*ch.measures, *ch.packages)
        ]
        self.set_table(headers, rows)
