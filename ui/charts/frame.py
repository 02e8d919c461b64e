"""A chart with its data: the pyqtgraph plot, a table of the same numbers, PNG/SVG export.

Every chart of the charts page sits in a :class:`ChartFrame`: a toggle
switches between the plot and a table view of its data, and two buttons
save the plot as PNG or SVG through pyqtgraph's exporters. Subclasses
draw with :meth:`plot_widget` and fill the table with :meth:`set_table`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def new_plot(parent: QWidget | None = None) -> Any:
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, foreground="#202020")
    plot = pg.PlotWidget(parent, background="w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.15)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)  # no "(x0.001)" a reader must decode
    return plot


class ChartFrame(QWidget):
    """Plot | table toggle, a note line, Save PNG / Save SVG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = new_plot(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
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

    def set_table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

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
