"""The history of one party's position on one measure: every dated position, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.tables.positions import stance_text
from workbench.analysis.negotiation import position_history
from workbench.services.queries import RowSource


class HistoryDialog(QDialog):
    """A read-only list of the dated positions behind a cell of the parties matrix."""

    def __init__(
        self,
        svc: RowSource,
        language: Language,
        ids: tuple[str, str],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("positionHistory")
        self.setWindowTitle(self.tr("Position history"))
        measure_id, party_id = ids
        # `svc` is the screen's audience's data: no internal position in meeting mode
        rows = position_history(svc, party_id, measure_id)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Stance"), self.tr("Red line"), self.tr("Conditions")]
        )
        self.table.verticalHeader().hide()
        for i, r in enumerate(rows):
            cells = (
                language.date(r["date"]),
                stance_text(int(r["stance"])),
                self.tr("yes") if r["red_line"] else "",
                str(r["conditions"] or ""),
            )
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if not rows:
            layout.addWidget(QLabel(self.tr("No positions recorded yet."), self))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 320)
