"""A chart with its data: the pyqtgraph plot, a table of the same numbers, PNG/SVG export.

Every chart of the charts page sits in a :class:`ChartFrame`: a toggle
switches between the plot and a table view of its data, and two buttons
save the plot as PNG or SVG through pyqtgraph's exporters. Subclasses
draw with :meth:`plot_widget` and fill the table with :meth:`set_table`.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language

SortKey = float | str | None
SORT_ROLE = Qt.ItemDataRole.UserRole + 7


class SortItem(QTableWidgetItem):
    """A cell that sorts by its key: numbers by value, missing ones last, text by text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(a, float | int) and isinstance(b, float | int):
            return float(a) < float(b)
        if a is None or b is None:
            return a is not None  # a figure before a blank, whichever way
        return str(a) < str(b)


def fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    keys: list[list[SortKey]] | None = None,
    tips: list[list[str]] | None = None,
) -> None:
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)  # rows move while filled otherwise
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = SortItem(text)
            key = keys[r][c] if keys is not None else text
            item.setData(SORT_ROLE, key)
            if tips is not None and tips[r][c]:
                item.setToolTip(tips[r][c])
            if keys is not None and isinstance(key, float | int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.setSortingEnabled(sorting)


def number_axis(orientation: str, lang: Language) -> Any:
    """A pyqtgraph axis whose tick labels are numbers the language's way (0,45 in Dutch)."""
    import pyqtgraph as pg

    class NumberAxis(pg.AxisItem):  # type: ignore[misc]
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            # as many decimals as the tick spacing needs, in the language's notation
            step = spacing * scale
            places = max(0, -math.floor(math.log10(step))) if step > 0 else 0
            if step > 0 and places < 6 and abs(step * 10**places - round(step * 10**places)) > 1e-9:
                places += 1  # 0,25 apart: two decimals, not one
            return [lang.number(float(v * scale), min(places, 6)) for v in values]

    return NumberAxis(orientation)


def new_plot(parent: QWidget | None = None, lang: Language | None = None) -> Any:
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, foreground="#202020")
    axes = {} if lang is None else {s: number_axis(s, lang) for s in ("left", "bottom")}
    plot = pg.PlotWidget(parent, background="w", axisItems=axes)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.15)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)  # no "(x0.001)" a reader must decode
    return plot


class ChartFrame(QWidget):
    """Plot | table toggle, a note line, Save PNG / Save SVG."""

    def __init__(self, parent: QWidget | None = None, lang: Language | None = None) -> None:
        super().__init__(parent)
        self.plot = new_plot(self, lang)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)  # clicking a header sorts (by the numbers)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.table)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.toggle = QPushButton(self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.png = QPushButton(self)
        self.svg = QPushButton(self)
        self.png.clicked.connect(lambda: self._ask_save("png"))
        self.svg.clicked.connect(lambda: self._ask_save("svg"))
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.note, 1)
        for b in (self.toggle, self.png, self.svg):
            self.bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        self.retranslate_frame()

    def retranslate_frame(self) -> None:
        self.toggle.setText(self.tr("Show as table"))
        self.png.setText(self.tr("Save as PNG…"))
        self.svg.setText(self.tr("Save as SVG…"))

    def set_table(
        self,
        headers: list[str],
        rows: list[list[str]],
        keys: list[list[SortKey]] | None = None,
        tips: list[list[str]] | None = None,
    ) -> None:
        """Fill the table; `keys` sort a column by number (a formatted "€ 5,8 mld" by its
        euros), `tips` add a tooltip (the exact figure) per cell."""
        fill_table(self.table, headers, rows, keys, tips)

    def save(self, path: Path) -> None:
        """Write the plot to `path`; the suffix (.png or .svg) picks the exporter."""
        import pyqtgraph.exporters as ex

        item = self.plot.getPlotItem()
        if path.suffix.lower() == ".svg":
            self._save_svg(path)
        else:
            exporter = ex.ImageExporter(item)
            exporter.parameters()["width"] = max(1200, int(item.sceneBoundingRect().width()))
            exporter.export(str(path))

    def _save_svg(self, path: Path) -> None:
        # pyqtgraph 0.14's SVGExporter cannot parse the path data Qt 6.12 writes
        # (ValueError in correctCoordinates), so draw the view with QSvgGenerator.
        from PySide6.QtCore import QRect, QRectF, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        w, h = max(self.plot.width(), 800), max(self.plot.height(), 500)
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setTitle(self.note.text())
        painter = QPainter(gen)
        try:
            view = self.plot
            view.render(painter, QRectF(0, 0, w, h), view.viewport().rect())
        finally:
            painter.end()

    def _ask_save(self, kind: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"grafiek.{kind}", f"{kind.upper()} (*.{kind})"
        )
        if name:
            path = Path(name)
            self.save(path if path.suffix else path.with_suffix(f".{kind}"))
