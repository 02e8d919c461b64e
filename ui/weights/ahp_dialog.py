"""AHP pairwise comparison: a grid of Saaty judgements with the consistency ratio live.

Above the diagonal each cell is a choice on Saaty's scale (9 .. 1 .. 1/9:
how much more important the row criterion is than the column one); below
it the reciprocal is shown. Every change re-derives the weights through
:func:`workbench.scoring.ahp` (principal eigenvector), shows the
consistency ratio (red above 0.10) and highlights the judgements that
contribute most to the inconsistency, so the user knows which to revisit.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ui.i18n import Language
from ui.weights.dialogs import ElicitationDialog, Result
from workbench.scoring import ScoringError

SAATY: list[Fraction] = [Fraction(n) for n in range(9, 0, -1)]
SAATY += [Fraction(1, n) for n in range(2, 10)]
WORST = 3
HIGHLIGHT = QColor("#F6C28B")


def _text(value: float | Fraction) -> str:
    f = Fraction(value).limit_denominator(9)
    return str(f.numerator) if f.denominator == 1 else f"1/{f.denominator}"


class AhpDialog(ElicitationDialog):
    """The n x n comparison grid, the consistency ratio and the worst judgements."""

    def __init__(
        self, criteria: list[tuple[str, str]], lang: Language, parent: QWidget | None
    ) -> None:
        super().__init__(criteria, lang, parent)
        self.setObjectName("ahpDialog")
        self.setWindowTitle(self.tr("Pairwise comparison (AHP)"))
        self.intro.setText(
            self.tr(
                "For each pair: how much more important is the row criterion than the column "
                "criterion? 1 = equally important, 9 = extremely more important, 1/9 = "
                "extremely less important."
            )
        )
        n = len(criteria)
        self.grid = QTableWidget(n, n, self)
        self.grid.setObjectName("ahpGrid")
        names = [name for _, name in criteria]
        self.grid.setHorizontalHeaderLabels(names)
        self.grid.setVerticalHeaderLabels(names)
        self.combos: dict[tuple[int, int], QComboBox] = {}
        for i in range(n):
            for j in range(n):
                if i < j:
                    combo = QComboBox(self.grid)
                    for v in SAATY:
                        combo.addItem(_text(v), float(v))
                    combo.setCurrentIndex(SAATY.index(Fraction(1)))
                    combo.currentIndexChanged.connect(lambda _i: self.update_preview())
                    self.grid.setCellWidget(i, j, combo)
                    self.combos[(i, j)] = combo
                else:
                    item = QTableWidgetItem("1")
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(i, j, item)
        self.grid.resizeColumnsToContents()
        self.cr = QLabel(self)
        self.cr.setObjectName("ahpConsistency")
        self.worst = QLabel(self)
        self.worst.setWordWrap(True)
        self.body.addWidget(self.grid, 1)
        self.body.addWidget(self.cr)
        self.body.addWidget(self.worst)
        self.resize(760, 520)
        self.consistency_ratio: float | None = None
        self.worst_cells: list[tuple[int, int]] = []
        self.update_preview()

    def matrix(self) -> list[list[float]]:
        n = len(self.criteria)
        a = [[1.0] * n for _ in range(n)]
        for (i, j), combo in self.combos.items():
            v = float(combo.currentData())
            a[i][j], a[j][i] = v, 1.0 / v
        return a

    def set_matrix(self, matrix: list[list[float]]) -> None:
        """Fill the grid from a reciprocal matrix (values are snapped to Saaty's scale)."""
        for (i, j), combo in self.combos.items():
            combo.blockSignals(True)
            want = float(matrix[i][j])
            best = min(range(len(SAATY)), key=lambda k: abs(float(SAATY[k]) - want))
            combo.setCurrentIndex(best)
            combo.blockSignals(False)
        self.update_preview()

    def update_preview(self) -> None:
        from workbench.scoring import ahp

        keys = [k for k, _ in self.criteria]
        a = self.matrix()
        n = len(keys)
        for i in range(n):
            for j in range(i):
                item = self.grid.item(i, j)
                if item is not None:
                    item.setText(_text(a[i][j]))
        try:
            result = ahp(keys, a)
        except ScoringError as exc:
            self.show_weights(None, exc.message(self.lang.code))
            return
        self.consistency_ratio = result.consistency_ratio
        cr_text = self.lang.number(result.consistency_ratio, 3)
        if result.consistent:
            self.cr.setText(
                self.tr("Consistency ratio: %1 (consistent: 0.10 or less)").replace("%1", cr_text)
            )
            self.cr.setStyleSheet("color: #00704F;")
        else:
            self.cr.setText(
                self.tr(
                    "Consistency ratio: %1 — above 0.10: revisit the highlighted judgements"
                ).replace("%1", cr_text)
            )
            self.cr.setStyleSheet("color: #B03A00; font-weight: bold;")
        index = {k: i for i, k in enumerate(keys)}
        self.worst_cells = []
        worst = result.worst_judgements(WORST) if not result.consistent else ()
        for combo in self.combos.values():
            combo.setStyleSheet("")
        lines = []
        for jd in worst:
            i, j = index[jd.row], index[jd.col]
            self.worst_cells.append((i, j))
            self.combos[(i, j)].setStyleSheet(f"background: {HIGHLIGHT.name()};")
            lines.append(
                self.tr("%1 against %2: you said %3, the weights imply %4")
                .replace("%1", self.names[jd.row])
                .replace("%2", self.names[jd.col])
                .replace("%3", _text(jd.given))
                .replace("%4", self.lang.number(jd.implied, 2))
            )
        self.worst.setText("\n".join(lines))
        self.show_weights({k: float(w) for k, w in zip(keys, result.weights, strict=True)})

    def result(self) -> Result:  # type: ignore[override]
        keys = [k for k, _ in self.criteria]
        return (
            self._weights,
            "ahp",
            {
                "criteria": keys,
                "matrix": self.matrix(),
                "derivation": "eigenvector",
                "consistency_ratio": self.consistency_ratio,
            },
        )
