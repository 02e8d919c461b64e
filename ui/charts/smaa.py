"""Uncertainty: SMAA-2 rank acceptability as a heat map and the top-k probability.

The run happens in a :class:`SmaaWorker` thread through
:func:`workbench.analysis.views.smaa_in_chunks`: the draws are split into
chunks with seeds derived from one recorded seed, progress is reported
after each chunk, and Cancel sets a flag the worker checks between chunks,
so a cancelled run stops within one chunk and shows nothing. The seed is
shown with the result so the run can be reproduced.
"""

from __future__ import annotations

import secrets
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
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

from ui.charts.frame import ChartFrame
from ui.i18n import Language

CHUNK_DRAWS = 5_000  # a chunk of 1,000 measures takes well under a second


class SmaaWorker(QThread):
    progress = Signal(int, int)
    done = Signal(object)  # ChunkedSMAA, or None when cancelled

    def __init__(
        self,
        matrix: Any,
        weights: Any,
        draws: int,
        seed: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.matrix, self.weights, self.draws, self.seed = matrix, weights, draws, seed
        self._stop = False

    def cancel(self) -> None:
        self._stop = True

    def run(self) -> None:
        from workbench.analysis.views import smaa_in_chunks

        chunks = max(10, -(-self.draws // CHUNK_DRAWS))
        result = smaa_in_chunks(
            self.matrix, self.weights, draws=self.draws, seed=self.seed, chunks=chunks,
            workers=1, progress=self.progress.emit, should_stop=lambda: self._stop,
        )  # fmt: skip
        self.done.emit(None if self._stop else result)


class AcceptabilityChart(ChartFrame):
    """Rank acceptability: measures (rows) x ranks (columns), darker = more likely."""

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        import pyqtgraph as pg

        self.lang = lang
        self.image = pg.ImageItem(axisOrder="row-major")
        # White (never) to dark blue (always): the eye goes to the likely ranks.
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(255, 255, 255), (31, 58, 95)]))
        self.plot.addItem(self.image)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=False, y=False)
        self.shape: tuple[int, int] = (0, 0)

    def clear_result(self) -> None:
        self.image.clear()
        self.shape = (0, 0)
        self.set_table([], [])

    def set_result(self, r: Any, codes: list[str]) -> None:
        ra = np.asarray(r.rank_acceptability)
        order = np.argsort(-(ra * np.arange(ra.shape[1], 0, -1)).sum(axis=1), kind="stable")
        ra = ra[order]
        names = [codes[i] for i in order]
        self.image.setImage(ra[::-1], levels=(0.0, 1.0))
        self.image.setRect(0.5, -0.5, ra.shape[1], ra.shape[0])
        self.shape = (int(ra.shape[0]), int(ra.shape[1]))
        n = len(names)
        self.plot.getAxis("left").setTicks([[(n - 1 - i, c) for i, c in enumerate(names)]])
        self.plot.getAxis("bottom").setTicks([[(k + 1, str(k + 1)) for k in range(ra.shape[1])]])
        self.plot.setLabel("bottom", self.tr("Rank"))
        pct = self.lang.number
        rows = [
            [c] + [pct(v * 100, 1) + " %" for v in row] for c, row in zip(names, ra, strict=True)
        ]
        self.set_table([self.tr("Measure")] + [str(k + 1) for k in range(ra.shape[1])], rows)


class TopKChart(ChartFrame):
    """P(measure among the first k), one bar per measure, most likely on top."""

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent, lang)
        import pyqtgraph as pg

        self.lang = lang
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush="#0072B2")
        self.plot.addItem(self.bars)
        self.plot.setMouseEnabled(x=False, y=False)
        self.count = 0

    def clear_result(self) -> None:
        self.bars.setOpts(x0=[], y=[], width=[])
        self.count = 0
        self.set_table([], [])

    def set_result(self, r: Any, codes: list[str], k: int) -> None:
        p = r.top_k_probability(k)
        order = list(np.argsort(-p, kind="stable"))
        ys = list(range(len(order)))[::-1]
        self.bars.setOpts(x0=[0.0] * len(order), y=ys, width=[float(p[i]) for i in order])
        self.plot.getAxis("left").setTicks(
            [[(y, codes[i]) for y, i in zip(ys, order, strict=True)]]
        )
        self.plot.setXRange(0, 1, padding=0.02)
        self.plot.setLabel("bottom", self.tr("Probability of a top-%1 place").replace("%1", str(k)))
        self.count = len(order)
        self.set_table(
            [self.tr("Measure"), self.tr("Probability")],
            [[codes[i], self.lang.number(float(p[i]) * 100, 1) + " %"] for i in order],
        )


class SmaaPanel(QWidget):
    """Controls (draws, weights, k, Start, Cancel, progress) above the two charts."""

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.draws = QSpinBox(self)
        self.draws.setRange(100, 10_000_000)
        self.draws.setSingleStep(1000)
        self.draws.setValue(10_000)
        self.weights_mode = QComboBox(self)
        self.k = QSpinBox(self)
        self.k.setRange(1, 20)
        self.k.setValue(3)
        self.start = QPushButton(self)
        self.cancel = QPushButton(self)
        self.cancel.setEnabled(False)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.labels = [QLabel(self) for _ in range(3)]
        bar = QHBoxLayout()
        for w in (
            self.labels[0],
            self.draws,
            self.labels[1],
            self.weights_mode,
            self.labels[2],
            self.k,
            self.start,
            self.cancel,
            self.progress,
        ):
            bar.addWidget(w)  # fmt: skip
        self.acceptability = AcceptabilityChart(lang, self)
        self.topk = TopKChart(lang, self)
        charts = QHBoxLayout()
        charts.addWidget(self.acceptability, 3)
        charts.addWidget(self.topk, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addLayout(charts, 1)
        self.worker: SmaaWorker | None = None
        self.result: Any = None
        self.matrix: Any = None
        self.profile_weights: Any = None
        self.start.clicked.connect(lambda: self.run())
        self.cancel.clicked.connect(self.stop)
        self.k.valueChanged.connect(lambda _v: self._show())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)  # never leave a running QThread behind
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.labels[0].setText(self.tr("Draws:"))
        self.labels[1].setText(self.tr("Weights:"))
        self.labels[2].setText(self.tr("Top"))
        keep = self.weights_mode.currentIndex()
        self.weights_mode.clear()
        self.weights_mode.addItem(self.tr("the chosen profile"), "profile")
        self.weights_mode.addItem(self.tr("no preference (all weights possible)"), "uniform")
        self.weights_mode.setCurrentIndex(max(0, keep))
        self.start.setText(self.tr("Compute"))
        self.cancel.setText(self.tr("Cancel"))
        if self.result is None and self.worker is None:
            self.status.setText(
                self.tr("Uncertainty: how often does each measure reach each rank when the "
                        "estimates vary between low and high? Press Compute.")
            )  # fmt: skip
        self.acceptability.retranslate_frame()
        self.topk.retranslate_frame()

    def set_input(self, matrix: Any, profile_weights: Any) -> None:
        """New data: a result computed on the old data is dropped, not shown as current."""
        self.matrix, self.profile_weights = matrix, profile_weights
        if self.worker is not None:
            self.stop()  # its result would describe the old data
        if self.result is not None:
            self.result = None
            self.acceptability.clear_result()
            self.topk.clear_result()
            self.status.setText(self.tr("The data changed: press Compute again."))

    def run(self, seed: int | None = None) -> SmaaWorker | None:
        from workbench.scoring import FixedWeights, UniformWeights

        if self.matrix is None or self.worker is not None:
            return None
        use_profile = self.weights_mode.currentData() == "profile" and self.profile_weights
        model = FixedWeights(self.profile_weights) if use_profile else UniformWeights()
        seed = secrets.randbits(32) if seed is None else seed
        self.result = None
        self.acceptability.clear_result()
        self.topk.clear_result()
        self.worker = SmaaWorker(self.matrix, model, self.draws.value(), seed, self)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.finished.connect(self._finished)
        self.progress.setValue(0)
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Computing…"))
        self.worker.start(QThread.Priority.LowPriority)
        return self.worker

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, i: int, n: int) -> None:
        self.progress.setMaximum(n)
        self.progress.setValue(i)

    def _done(self, result: Any) -> None:
        self.result = result
        if result is None:
            self.status.setText(self.tr("Cancelled: no result."))
            return
        self.status.setText(
            self.tr("%1 draws, seed %2 (the same seed gives the same result).")
            .replace("%1", self.lang.number(result.draws)).replace("%2", str(result.seed))
        )  # fmt: skip
        self._show()

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)

    def _show(self) -> None:
        if self.result is None:
            return
        codes = list(self.result.alternatives)
        self.acceptability.set_result(self.result, codes)
        self.topk.set_result(self.result, codes, self.k.value())

    def shutdown(self) -> None:
        """Stop a running worker and wait for it (the page is closing)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(5000)
