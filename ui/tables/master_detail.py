"""Two tables side by side: a list of rows and the details of the selected one.

Used for weight profiles (weights per criterion) and packages (which
measures are in them); both tables are :class:`EntityTablePanel` instances.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ui.i18n import Language
from ui.tables.panel import EntityTablePanel, TableConfig
from ui.undo import Editor
from workbench.services import Change


class MasterDetailPanel(QWidget):
    """A master table; the detail table shows the selected master row's parts."""

    def __init__(
        self,
        master: TableConfig,
        detail: Callable[[Callable[[], str | None]], TableConfig],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.master = EntityTablePanel(master, language, self)
        self.detail = EntityTablePanel(detail(self.master.current_id), language, self)
        self.master.current_changed.connect(lambda _id: self.detail.reload())
        # whenever the master's rows are (re)read, a row is chosen: the detail is never
        # empty beside a list of rows (also when a hidden tab reads them on first show)
        self.master.model.modelReset.connect(self._choose_first)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.master)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _choose_first(self) -> None:
        if self.master.current_id() is None and self.master.model.rowCount():
            self.master.table.selectRow(0)

    def bind(self, editor: Editor) -> None:
        self.master.bind(editor)
        self._choose_first()
        self.detail.bind(editor)

    def set_meeting_mode(self, on: bool) -> None:
        self.master.set_meeting_mode(on)
        self.detail.set_meeting_mode(on)
        self._choose_first()
        self.detail.reload()

    def on_change(self, change: Change) -> None:
        self.master.on_change(change)
        self.detail.on_change(change)

    def retranslate_ui(self) -> None:
        self.master.retranslate_ui()
        self.detail.retranslate_ui()
