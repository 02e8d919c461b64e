"""The history of one party's position on one measure: every dated position, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.i18n import Language
from ui.table_dialog import TableDialog
from ui.tables.positions import stance_text
from workbench.analysis.negotiation import position_history
from workbench.services.queries import RowSource


class HistoryDialog(TableDialog):
    """A read-only list of the dated positions behind a cell of the parties matrix."""

    def __init__(
        self,
        svc: RowSource,
        language: Language,
        ids: tuple[str, str],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("positionHistory", title, parent)
        self.setWindowTitle(self.tr("Position history"))
        measure_id, party_id = ids
        # `svc` is the screen's audience's data: no internal position in meeting mode
        rows = [
            (language.date(r["date"]), stance_text(int(r["stance"])),
             self.tr("yes") if r["red_line"] else "", str(r["conditions"] or ""))
            for r in position_history(svc, party_id, measure_id)
        ]
        headers = [self.tr("Date"), self.tr("Stance"), self.tr("Red line"),
                   self.tr("Conditions")]
        self.fill(headers, rows, self.tr("No positions recorded yet."), (820, 320))
