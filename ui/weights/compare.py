"""Two weight profiles side by side: each measure's rank under both, and the shift.

The rankings come from :func:`workbench.scoring.rank_additive`; the shift
is rank under A minus rank under B, shown with an arrow and colour (green:
higher under B). Typical use: "IJmond-gemeenten" against "Tata Steel (onze
inschatting)", to see where the parties' priorities diverge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.matrix import Profile, ProjectMatrix
from workbench.scoring import rank_additive


class ProfileComparison(QWidget):
    """Combo A, combo B and a table: measure, rank A, rank B, shift."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileComparison")
        self.a = QComboBox(self)
        self.b = QComboBox(self)
        self.vs = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("comparisonTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.a, 1)
        top.addWidget(self.vs)
        top.addWidget(self.b, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._pm: ProjectMatrix | None = None
        self._profiles: list[Profile] = []
        self.a.currentIndexChanged.connect(lambda _i: self.update_table())
        self.b.currentIndexChanged.connect(lambda _i: self.update_table())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.vs.setText(self.tr("against"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank A"), self.tr("Measure"), self.tr("Rank B"), self.tr("Shift")]
        )

    def set_content(self, pm: ProjectMatrix, found: list[Profile]) -> None:
        self._pm, self._profiles = pm, found
        keep_a, keep_b = self.a.currentData(), self.b.currentData()
        keys = [p.key for p in found]
        want_a = keep_a if keep_a in keys else (keys[0] if keys else None)
        others = [k for k in keys if k != want_a]
        want_b = keep_b if keep_b in others else (others[0] if others else want_a)
        for combo, want in ((self.a, want_a), (self.b, want_b)):
            combo.blockSignals(True)
            combo.clear()
            for p in found:
                combo.addItem(p.name, p.key)
            combo.setCurrentIndex(combo.findData(want) if want is not None else -1)
            combo.blockSignals(False)
        self.update_table()

    def _profile(self, combo: QComboBox) -> Profile | None:
        return next((p for p in self._profiles if p.key == combo.currentData()), None)

    def update_table(self) -> None:
        pa, pb = self._profile(self.a), self._profile(self.b)
        if self._pm is None or pa is None or pb is None:
            self.table.setRowCount(0)
            return
        m = self._pm.matrix
        ra, rb = rank_additive(m, pa.weights), rank_additive(m, pb.weights)
        titles = {x.code: x.title for x in self._pm.measures}
        codes = list(ra.ranked_codes())
        self.table.setRowCount(len(codes))
        for row, code in enumerate(codes):
            i = m.alternatives.index(code)
            ok = bool(ra.complete[i] and rb.complete[i])
            rank_a, rank_b = int(ra.ranks[i]), int(rb.ranks[i])
            shift = rank_a - rank_b
            if not ok:
                arrow, colour = "—", None
            elif shift > 0:
                arrow, colour = f"▲ {shift}", QColor("#009E73")
            elif shift < 0:
                arrow, colour = f"▼ {-shift}", QColor("#D55E00")
            else:
                arrow, colour = "=", None
            values = [
                str(rank_a) if ra.complete[i] else "—",
                f"{code}  {titles.get(code, '')}",
                str(rank_b) if rb.complete[i] else "—",
                arrow,
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == 3 and colour is not None:
                    item.setForeground(colour)
                item.setData(Qt.ItemDataRole.UserRole, (rank_a, rank_b))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
