"""The live ranking on the weights page: a table model and a bar chart, updated in place.

Both take a :class:`~workbench.scoring.RankingResult` on every slider tick
and update incrementally: the table emits ``dataChanged`` over its rows
(no model reset, so the view keeps its scroll position), and the bar chart
changes its bars' options rather than rebuilding its plot. Incomplete
measures (a missing assessment) rank after the complete ones with their
score interval; their bar ends at the low end, a dashed box shows the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.i18n import Language
from workbench.scoring import RankingResult

AnyIndex = QModelIndex | QPersistentModelIndex


class RankingTableModel(QAbstractTableModel):
    """Rank, measure, score: row i is the measure ranked i+1.

    A slider tick gives a new result for the same measures: the model keeps
    the ranked order as an index array and formats only the rows the view
    asks for (the visible ones), so a tick costs the same for 30 or 3,000
    measures.
    """

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = language
        self.titles: dict[str, str] = {}
        self.result: RankingResult | None = None
        self.order: list[int] = []
        self.headers = ["Rank", "Measure", "Score", "Shift"]
        self.incomplete_text = "incomplete"
        # what-if: places moved against the stored profile (None: no fourth column)
        self.shifts: dict[str, int] | None = None

    @property
    def codes(self) -> list[str]:
        if self.result is None:
            return []
        alternatives = self.result.alternatives
        return [alternatives[i] for i in self.order]

    def set_result(self, result: RankingResult, titles: dict[str, str]) -> None:
        order = [int(i) for i in result.order]
        self.titles = titles
        if len(order) == len(self.order):
            self.result, self.order = result, order
            if order:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(0, 0), self.index(len(order) - 1, last))
            return
        self.beginResetModel()
        self.result, self.order = result, order
        self.endResetModel()

    def set_shifts(self, shifts: dict[str, int] | None) -> None:
        """Show (a dict) or hide (None) the what-if column of rank shifts."""
        if (shifts is None) != (self.shifts is None):
            self.beginResetModel()
            self.shifts = shifts
            self.endResetModel()
        else:
            self.shifts = shifts

    def set_result_empty(self) -> None:
        self.beginResetModel()
        self.result, self.order = None, []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 if self.shifts is None else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell on every repaint: answer the
        # ones we do not serve before touching anything (a tick repaints every row).
        if role not in _ROLES:
            return None
        r = self.result
        if r is None or not index.isValid():
            return None
        col = index.column()
        if role == _ALIGN:
            return None if col == 1 else _CENTER
        i = self.order[index.row()]
        code = r.alternatives[i]
        if role == _USER:
            return code
        if col == 0:
            return str(int(r.ranks[i]))
        if col == 1:
            return f"{code}  {self.titles.get(code, '')}"
        if col == 3:
            from ui.weights.whatif import shift_text

            return shift_text(None if self.shifts is None else self.shifts.get(code))
        if bool(r.complete[i]):
            return self.lang.number(float(r.scores[i]), 3)
        # incompletely assessed: the score is an interval (missing criteria at 0 and 1)
        low, high = float(r.score_low[i]), float(r.score_high[i])
        return f"{self.lang.number(low, 3)} – {self.lang.number(high, 3)} ({self.incomplete_text})"


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _USER, _ALIGN})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class RankingBars(QWidget):
    """Horizontal bars of the scores, best on top; pyqtgraph is imported on first use."""

    def __init__(self, parent: QWidget | None = None, lang: Language | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        from ui.charts.frame import number_axis

        self._pg = pg
        # the score axis in the language's notation (0,25 in Dutch)
        axes = {} if lang is None else {"bottom": number_axis("bottom", lang)}
        self.plot = pg.PlotWidget(background="w", axisItems=axes)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush="#0072B2")
        self.ranges = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brush=pg.mkBrush(0, 0, 0, 0),
            pen=pg.mkPen("#555555", width=1, style=Qt.PenStyle.DashLine),
        )  # fmt: skip
        self.plot.addItem(self.bars)
        self.plot.addItem(self.ranges)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.codes: list[str] = []
        self.count = 0

    def set_result(self, result: RankingResult, limit: int = 15) -> None:
        """Update the bars in place (the same item, new widths and labels)."""
        picked = [int(i) for i in result.order[:limit]]
        codes = [result.alternatives[i] for i in picked]
        complete = [bool(result.complete[i]) for i in picked]
        # an incomplete measure's bar ends at its low end (never longer); the
        # rest of its range is the outlined box
        scores = [float(result.score_low[i]) for i in picked]
        highs = [float(result.score_high[i]) for i in picked]
        ys = list(range(len(codes)))[::-1]
        self.bars.setOpts(x0=[0.0] * len(codes), y=ys, width=scores, height=0.7)
        open_ = [k for k, ok in enumerate(complete) if not ok]
        self.ranges.setOpts(
            x0=[scores[k] for k in open_], y=[ys[k] for k in open_],
            width=[highs[k] - scores[k] for k in open_], height=0.7,
        )  # fmt: skip
        labels = [c if ok else f"{c} *" for c, ok in zip(codes, complete, strict=True)]
        self.plot.getAxis("left").setTicks([list(zip(ys, labels, strict=True))])
        self.plot.setXRange(0, max([*highs, 0.01]) * 1.05, padding=0)
        self.plot.setYRange(-0.6, max(len(codes) - 0.4, 0.6), padding=0)
        self.codes = codes
        self.count = len(codes)
