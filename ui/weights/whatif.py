"""What-if weights: a scratch copy of a profile to play with, compared with the stored one.

:class:`WhatIfBar` is the switch and its two ways out. While it is on, the
weights page re-ranks with the sliders' weights but stores nothing; the
ranking shows each measure's shift against the stored profile's ranking
(:func:`rank_shifts`: "▲ 2" moved up two places). "Verwerpen" puts the
stored weights back; "Opslaan als nieuwe weging" stores the scratch weights
as a new profile in one undo step (:func:`ui.weights.commands.save_as_profile`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.scoring import RankingResult


def rank_shifts(scratch: RankingResult, stored: RankingResult) -> dict[str, int]:
    """Places each measure moved up (positive) or down (negative) from stored to scratch."""
    before = {code: int(stored.ranks[i]) for i, code in enumerate(stored.alternatives)}
    return {
        code: before[code] - int(scratch.ranks[i])
        for i, code in enumerate(scratch.alternatives)
        if code in before
    }


def shift_text(shift: int | None) -> str:
    """ "▲ 2" (up two places), "▼ 1", or "" when the measure stays."""
    if not shift:
        return ""
    return f"▲ {shift}" if shift > 0 else f"▼ {-shift}"


class WhatIfBar(QWidget):
    """The what-if switch, what it means, and Discard / Save as new profile."""

    toggled = Signal(bool)
    discard = Signal()
    save = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfBar")
        self.switch = QPushButton(self)
        self.switch.setObjectName("whatIfSwitch")
        self.switch.setCheckable(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("whatIfDiscard")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("whatIfSave")
        # the two ways out on their own row: the left column is narrow
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.switch.toggled.connect(self._switched)
        self.discard_button.clicked.connect(self.discard.emit)
        self.save_button.clicked.connect(self.save.emit)
        self.retranslate_ui()
        self._switched(False, emit=False)

    @property
    def on(self) -> bool:
        return self.switch.isChecked()

    def set_on(self, on: bool) -> None:
        self.switch.setChecked(on)

    def _switched(self, on: bool, emit: bool = True) -> None:
        self.discard_button.setEnabled(on)
        self.save_button.setEnabled(on)
        self.note.setVisible(on)
        if emit:
            self.toggled.emit(on)

    def retranslate_ui(self) -> None:
        self.switch.setText(self.tr("What if… (scratch copy)"))
        self.switch.setToolTip(
            self.tr("Play with the weights without changing the stored profile.")
        )
        self.note.setText(
            self.tr(
                "Scratch copy: nothing is stored while you play. The arrows show how far "
                "each measure moved against the stored profile (▲ up, ▼ down)."
            )
        )
        self.discard_button.setText(self.tr("Discard"))
        self.save_button.setText(self.tr("Save as new profile…"))
