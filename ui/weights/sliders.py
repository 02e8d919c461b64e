"""Per criterion a slider and a spin box over a profile's stored (raw) weights.

Moving a slider emits :attr:`WeightSliders.live` with all raw weights on
every tick (the page re-ranks through the core); releasing it, or finishing
an edit in the spin box, emits :attr:`WeightSliders.committed` once, which
the page turns into one undoable command. Each row also shows the
normalised share in percent, so a negotiator sees what a weight means.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QSlider, QWidget

from ui.i18n import Language

STEPS = 1000


class WeightSliders(QWidget):
    """A grid of criterion | slider | spin box | share."""

    live = Signal(dict)  # {criterion key: raw weight}
    committed = Signal(str, float)  # criterion key, raw weight

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = language
        self.grid = QGridLayout(self)
        self.keys: list[str] = []
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.scale = 1.0

    def set_weights(self, criteria: list[tuple[str, str]], raw: dict[str, float]) -> None:
        """(key, name) per criterion and the stored raw weights (absent: 0)."""
        if [k for k, _ in criteria] != self.keys:
            self._build(criteria)
        top = max([*raw.values(), 0.0])
        self.scale = 1.0 if top <= 1.0 else 10.0 ** math.ceil(math.log10(top))
        for key in self.keys:
            w = float(raw.get(key, 0.0))
            slider, spin = self.sliders[key], self.spins[key]
            slider.blockSignals(True)
            spin.blockSignals(True)
            slider.setValue(round(w / self.scale * STEPS))
            spin.setRange(0.0, self.scale)
            spin.setDecimals(3 if self.scale <= 1 else 1)
            spin.setSingleStep(self.scale / 100)
            spin.setValue(w)
            slider.blockSignals(False)
            spin.blockSignals(False)
        self._update_shares()

    def _build(self, criteria: list[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.keys = [k for k, _ in criteria]
        self.sliders, self.spins, self.shares, self.labels = {}, {}, {}, {}
        for row, (key, name) in enumerate(criteria):
            label = QLabel(name, self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setObjectName(f"weightSlider_{key}")
            slider.setRange(0, STEPS)
            slider.setMinimumWidth(160)
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"weightSpin_{key}")
            share = QLabel(self)
            share.setMinimumWidth(48)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, k=key: self._slider_moved(k, v))
            slider.sliderReleased.connect(lambda k=key: self._commit(k))
            spin.valueChanged.connect(lambda v, k=key: self._spin_changed(k, v))
            spin.editingFinished.connect(lambda k=key: self._commit(k))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(slider, row, 1)
            self.grid.addWidget(spin, row, 2)
            self.grid.addWidget(share, row, 3)
            self.sliders[key], self.spins[key] = slider, spin
            self.shares[key], self.labels[key] = share, label
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(criteria), 1)

    def raw(self) -> dict[str, float]:
        return {k: float(self.spins[k].value()) for k in self.keys}

    def _slider_moved(self, key: str, value: int) -> None:
        spin = self.spins[key]
        spin.blockSignals(True)
        spin.setValue(value / STEPS * self.scale)
        spin.blockSignals(False)
        self._update_shares()
        self.live.emit(self.raw())
        if not self.sliders[key].isSliderDown():
            self._commit(key)  # keyboard or click on the groove: no release follows

    def _spin_changed(self, key: str, value: float) -> None:
        slider = self.sliders[key]
        slider.blockSignals(True)
        slider.setValue(round(value / self.scale * STEPS))
        slider.blockSignals(False)
        self._update_shares()
        self.live.emit(self.raw())

    def _commit(self, key: str) -> None:
        self.committed.emit(key, float(self.spins[key].value()))

    def _update_shares(self) -> None:
        raw = self.raw()
        total = sum(raw.values())
        for key in self.keys:
            share = raw[key] / total * 100 if total > 0 else 0.0
            self.shares[key].setText(f"{self.lang.number(share, 0)} %")
