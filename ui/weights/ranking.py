"""The live ranking on the weights page: a table model and a bar chart, updated in place.

Both take a :class:`~workbench.scoring.RankingResult` on every slider tick
and update incrementally: the table emits ``dataChanged`` over its rows
(no model reset, so the view keeps its scroll position), and the bar chart
changes its bars' options rather than rebuilding its plot. Incomplete
measures (a missing assessment) rank last and say so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.scoring import RankingResult

AnyIndex = QModelIndex | QPersistentModelIndex


class RankingTableModel(QAbstractTableModel):
    """Rank, measure, score: row i is the measure ranked i+1."""

    def __init__(self, language: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = language
        self.titles: dict[str, str] = {}
        self.result: RankingResult | None = None
        self.codes: list[str] = []
        self.headers = ["Rank", "Measure", "Score"]
        self.incomplete_text = "incomplete"

    def set_result(self, result: RankingResult, titles: dict[str, str]) -> None:
        codes = list(result.ranked_codes())
        self.titles = titles
        if len(codes) == len(self.codes):
            self.result, self.codes = result, codes
            if codes:
                self.dataChanged.emit(self.index(0, 0), self.index(len(codes) - 1, 2))
            return
        self.beginResetModel()
        self.result, self.codes = result, codes
        self.endResetModel()

    def set_result_empty(self) -> None:
        self.beginResetModel()
        self.result, self.codes = None, []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.result is None or not index.isValid():
            return None
        code = self.codes[index.row()]
        i = self.result.alternatives.index(code)
        complete = bool(self.result.complete[i])
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(int(self.result.ranks[i])) if complete else "—"
            if index.column() == 1:
                return f"{code}  {self.titles.get(code, '')}"
            if not complete:
                return self.incomplete_text
            return self.lang.number(float(self.result.scores[i]), 3)
        if role == Qt.ItemDataRole.UserRole:
            return code
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class RankingBars(QWidget):
    """Horizontal bars of the scores, best on top; pyqtgraph is imported on first use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush="#0072B2")
        self.plot.addItem(self.bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.codes: list[str] = []
        self.count = 0

    def set_result(self, result: RankingResult, limit: int = 15) -> None:
        """Update the bars in place (the same item, new widths and labels)."""
        codes = [c for c in result.ranked_codes() if result.complete[result.alternatives.index(c)]]
        codes = codes[:limit]
        scores = [float(result.scores[result.alternatives.index(c)]) for c in codes]
        ys = list(range(len(codes)))[::-1]
        self.bars.setOpts(x0=[0.0] * len(codes), y=ys, width=scores, height=0.7)
        self.plot.getAxis("left").setTicks([list(zip(ys, codes, strict=True))])
        self.plot.setXRange(0, max([*scores, 0.01]) * 1.05, padding=0)
        self.plot.setYRange(-0.6, max(len(codes) - 0.4, 0.6), padding=0)
        self.codes = codes
        self.count = len(codes)
