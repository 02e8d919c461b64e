"""Weight elicitation dialogs: swing weighting and rank-order centroid.

Each dialog asks for its method's inputs, shows the weights the core
derives from them while the user types (:func:`workbench.scoring.swing_weights`,
:func:`workbench.scoring.roc_weights`), and on OK offers ``result()``:
the weights, the method name and the elicitation inputs, which the page
saves as one undoable Macro. The AHP dialog is in :mod:`ui.weights.ahp_dialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from workbench.scoring import ScoringError

Result = tuple[dict[str, float], str, dict[str, Any]]


class ElicitationDialog(QDialog):
    """Common frame: an explanation, the inputs, a preview of the weights, OK/Cancel."""

    def __init__(
        self, criteria: list[tuple[str, str]], lang: Language, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.lang = lang
        self.names = dict(criteria)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("weightPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._weights: dict[str, float] = {}

    def show_weights(self, weights: dict[str, float] | None, problem: str = "") -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._weights = weights or {}
        ok.setEnabled(weights is not None)
        if weights is None:
            self.preview.setText(problem)
            return
        parts = [f"{self.names[k]} {self.lang.number(v * 100, 1)} %" for k, v in weights.items()]
        self.preview.setText(self.tr("Resulting weights: %1").replace("%1", " · ".join(parts)))

    def result(self) -> Result:  # type: ignore[override]
        raise NotImplementedError


class SwingDialog(ElicitationDialog):
    """Points 0..100 per criterion for swinging it from worst to best (the top swing: 100)."""

    def __init__(
        self, criteria: list[tuple[str, str]], lang: Language, parent: QWidget | None
    ) -> None:
        super().__init__(criteria, lang, parent)
        self.setObjectName("swingDialog")
        self.setWindowTitle(self.tr("Swing weighting"))
        self.intro.setText(
            self.tr(
                "Imagine every criterion at its worst. Which improvement from worst to best "
                "matters most? Give it 100 points, and every other swing points relative to it."
            )
        )
        self.table = QTableWidget(len(criteria), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Points")])
        self.table.verticalHeader().hide()
        self.spins: dict[str, QSpinBox] = {}
        for row, (key, name) in enumerate(criteria):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            spin = QSpinBox(self.table)
            spin.setRange(0, 100)
            spin.setValue(100 if row == 0 else 50)
            spin.valueChanged.connect(lambda _v: self.update_preview())
            self.table.setCellWidget(row, 1, spin)
            self.spins[key] = spin
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.body.addWidget(self.table)
        self.update_preview()

    def set_points(self, points: dict[str, float]) -> None:
        for key, p in points.items():
            if key in self.spins:
                self.spins[key].setValue(round(p))

    def update_preview(self) -> None:
        from workbench.scoring import swing_weights

        keys = [k for k, _ in self.criteria]
        try:
            w = swing_weights(keys, [self.spins[k].value() for k in keys])
        except ScoringError as exc:
            self.show_weights(None, exc.message(self.lang.code))
            return
        self.show_weights(w.as_dict())

    def result(self) -> Result:  # type: ignore[override]
        points = {k: float(s.value()) for k, s in self.spins.items()}
        return self._weights, "swing", {"points": points}


class RocDialog(ElicitationDialog):
    """Put the criteria in order of importance; rank-order centroid weights follow."""

    def __init__(
        self, criteria: list[tuple[str, str]], lang: Language, parent: QWidget | None
    ) -> None:
        super().__init__(criteria, lang, parent)
        self.setObjectName("rocDialog")
        self.setWindowTitle(self.tr("Rank order"))
        self.intro.setText(
            self.tr("Drag the criteria into order of importance, most important at the top.")
        )
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for key, name in criteria:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.model().rowsMoved.connect(lambda *_a: self.update_preview())
        up, down = QPushButton(self.tr("Up"), self), QPushButton(self.tr("Down"), self)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        row.addLayout(side)
        self.body.addLayout(row)
        self.update_preview()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.update_preview()

    def order(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def set_order(self, keys: list[str]) -> None:
        self.list.clear()
        for key in keys:
            item = QListWidgetItem(self.names[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.update_preview()

    def update_preview(self) -> None:
        from workbench.scoring import roc_weights

        w = roc_weights(self.order())
        self.show_weights({k: w.as_dict()[k] for k, _ in self.criteria})

    def result(self) -> Result:  # type: ignore[override]
        return self._weights, "roc", {"order": self.order()}
