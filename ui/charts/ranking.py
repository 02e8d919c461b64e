"""Ranking: each measure's score as stacked bars of its criteria's weighted values.

Draws :class:`workbench.reports.series.RankingContributions`: one
horizontal bar per ranked measure (best on top), one coloured segment per
criterion (the shared criterion colours), so a negotiator sees *why* a
measure ranks where it does. Incomplete measures follow the complete ones:
their solid parts add up to the low end of their score, a dashed box shows
the range up to the high end (never a solid bar longer than the low end).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.charts.frame import ChartFrame
from ui.i18n import Language
from workbench.reports.series import ContributionBar, RankingContributions, criterion_colour


class RankingChart(ChartFrame):
    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        self.lang = lang
        self.items: list[Any] = []
        self.segment_count = 0
        # top right: the longest bars end left of it
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.plot.setMouseEnabled(x=False, y=False)

    def set_series(self, rc: RankingContributions, limit: int = 40) -> None:
        import pyqtgraph as pg

        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.legend.clear()
        complete = [b for b in rc.bars if b.complete and b.score is not None]
        incomplete = [b for b in rc.bars if not b.complete and b.low is not None]
        # the complete ones first, then the group "incompletely assessed" (by low end)
        bars = (complete + incomplete)[:limit]
        ys = list(range(len(bars)))[::-1]
        left = [0.0] * len(bars)
        self.segment_count = 0
        for j, crit in enumerate(rc.criteria):
            x0, widths, yy = [], [], []
            for i, b in enumerate(bars):
                part = b.parts[j]
                if part is None or part <= 0:
                    continue
                x0.append(left[i])
                widths.append(part)
                yy.append(ys[i])
                left[i] += part
            if not widths:
                continue
            item = pg.BarGraphItem(
                x0=x0, y=yy, width=widths, height=0.7, brush=criterion_colour(j),
                pen=pg.mkPen("#FFFFFF", width=0.5),
            )  # fmt: skip
            self.plot.addItem(item)
            self.legend.addItem(item, crit.name)
            self.items.append(item)
            self.segment_count += len(widths)
        # An incomplete measure's score is an interval: its solid parts add up to the
        # low end; an open box reaches to the high end (missing criteria at best).
        shown = [(y, b) for y, b in zip(ys, bars, strict=True) if not b.complete]
        if shown:
            box = pg.BarGraphItem(
                x0=[b.low for _, b in shown], y=[y for y, _ in shown],
                width=[(b.high or 0.0) - (b.low or 0.0) for _, b in shown], height=0.7,
                brush=pg.mkBrush(0, 0, 0, 0),
                pen=pg.mkPen("#555555", width=1, style=Qt.PenStyle.DashLine),
            )  # fmt: skip
            self.plot.addItem(box)
            self.legend.addItem(box, self.tr("Incompletely assessed: range"))
            self.items.append(box)
        self.plot.getAxis("left").setTicks(
            [[(y, b.code if b.complete else f"{b.code} *") for y, b in zip(ys, bars, strict=True)]]
        )
        # room below the last bar, so its label is drawn, and room right of the
        # longest range for the legend
        self.plot.setYRange(-0.8, max(len(bars) - 0.2, 0.8), padding=0)
        # wide enough for "M13 *": pyqtgraph drops a label that does not fit
        self.plot.getAxis("left").setWidth(64)
        self.plot.setLabel("bottom", self.tr("Score (sum of weighted values)"))
        self.note.setText(
            self.tr("Longer bar: higher score. Each colour is one criterion's share. "
                    "* incompletely assessed: score between the end of the bar and the "
                    "end of the dashed box.")
        )
        n = self.lang.number
        headers = [self.tr("Rank"), self.tr("Code"), self.tr("Measure"), self.tr("Score (0–1)")]
        headers += [c.name for c in rc.criteria]
        def score(b: ContributionBar) -> str:
            if b.score is not None:
                return n(b.score, 3)
            if b.low is not None and b.high is not None:
                return f"{n(b.low, 3)} – {n(b.high, 3)}"
            return "—"

        rows = [
            [str(b.rank), b.code, b.title, score(b)]
            + ["—" if p is None else n(p, 3) for p in b.parts]
            for b in rc.bars
        ]
        self.set_table(headers, rows)
