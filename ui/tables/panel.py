"""A generic editable table with Add and Remove buttons, configured per entity.

A :class:`TableConfig` says where the rows come from (a core read), which
columns show them, which changes concern the table, and which commands add
and remove a row. :class:`EntityTablePanel` does the rest: the model, the
delegate, refreshing on concerned changes, selecting the added row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.models import ColumnSpec, EntityTableModel, Role, SpecDelegate
from ui.undo import Editor
from ui.views.shown import ReadWhenShown
from workbench.analysis.data import ProjectData
from workbench.commands import Command
from workbench.services import Change, ProjectService


@dataclass(frozen=True)
class TableConfig:
    # columns and rows read the project as the screen's audience sees it
    # (Editor.source); add gets the service, to pick free keys and the like
    columns: Callable[[ProjectData], Sequence[ColumnSpec]]
    rows: Callable[[ProjectData], Sequence[Any]]
    concerns: tuple[str, ...]
    add: Callable[[ProjectService], Command | None] | None = None
    remove: Callable[[Any], Command] | None = None
    add_text: Callable[[], str] = lambda: ""
    remove_text: Callable[[], str] = lambda: ""
    title: Callable[[], str] | None = None
    # Keys of columns for those who need them (e.g. the key the command line uses):
    # hidden by default, shown from the header's context menu.
    advanced: tuple[str, ...] = ()


class EntityTablePanel(ReadWhenShown, QWidget):
    """One editable table over the core, with optional Add/Remove buttons."""

    current_changed = Signal(object)  # row id or None

    def __init__(
        self,
        config: TableConfig,
        language: Language,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self._lang = language
        self._editor: Editor | None = None
        self.model = EntityTableModel((), language, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(SpecDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_changed.emit(
                None if not cur.isValid() else cur.data(Role.ROW_ID)
            )
        )
        self.title = QLabel(self)
        self.title.setVisible(config.title is not None)
        self.add_button = QPushButton(self)
        self.add_button.setVisible(config.add is not None)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self)
        self.remove_button.setVisible(config.remove is not None)
        self.remove_button.clicked.connect(self.remove_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(0, 0, 0, 0)
            self.table.setMinimumHeight(80)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate_ui()

    # -- binding -----------------------------------------------------------------
    def bind(self, editor: Editor | None) -> None:
        self._editor = editor
        self.model.editor = editor
        self.reload()

    def reload(self) -> None:
        if self._editor is None:
            self.model.set_rows([])
            return
        self.read_when_shown()  # a hidden tab reads nothing until it is shown (10,000 measures)

    def read_page(self) -> None:
        if self._editor is None:
            return
        # the rows the screen's audience may see (the partners' in meeting mode)
        source = self._editor.source
        keep = self.current_id()
        columns = tuple(self.config.columns(source))
        fresh = tuple(c.key for c in columns) != tuple(c.key for c in self.model.columns)
        self.model.set_columns(columns)
        self.model.set_rows(self.config.rows(source))
        if fresh:
            metrics = QFontMetrics(self.table.font())
            avg = metrics.averageCharWidth()
            for i, spec in enumerate(columns):
                # wide enough for the header too ("Zichtbaarheid" was cut to "ichtbaarheic")
                lines = spec.header_text().splitlines() or [""]
                header = max(metrics.horizontalAdvance(line) for line in lines) + 24
                self.table.setColumnWidth(i, max(spec.width * avg + 16, min(header, 40 * avg)))
                self.table.setColumnHidden(i, spec.key in self.config.advanced)
        editable = not self._editor.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        if keep is not None:
            self.select(keep)

    def set_meeting_mode(self, on: bool) -> None:
        self.model.set_meeting_mode(on)
        if self._editor is None:
            self.model.set_rows([])
            return
        self.audience_changed()

    def forget_page(self) -> None:
        self.model.set_rows([])  # rows read for another audience must not linger when hidden

    def on_change(self, change: Change) -> None:
        if change.touches(*self.config.concerns):
            self.reload()

    # -- advanced columns --------------------------------------------------------------
    def advanced_actions(self) -> list[QAction]:
        """One checkable "show column" action per advanced column (the header's menu)."""
        actions = []
        for i, spec in enumerate(self.model.columns):
            if spec.key not in self.config.advanced:
                continue
            action = QAction(spec.header_text(), self)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, col=i: self.table.setColumnHidden(col, not on))
            actions.append(action)
        return actions

    def _header_menu(self, pos: QPoint) -> None:
        actions = self.advanced_actions()
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- rows ----------------------------------------------------------------------
    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        return None if not idx.isValid() else str(idx.data(Role.ROW_ID))

    def current_row(self) -> Any:
        idx = self.table.currentIndex()
        return None if not idx.isValid() else self.model.row_at(idx.row())

    def select(self, id_: str) -> None:
        row = self.model.row_of(id_)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def add_row(self) -> None:
        if self._editor is None or self.config.add is None:
            return
        cmd = self.config.add(self._editor.svc)
        if cmd is None:
            return
        change = self._editor.push(cmd)
        if change is not None and change.created:
            self.select(change.created[0])
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self) -> None:
        row = self.current_row()
        if self._editor is None or self.config.remove is None or row is None:
            return
        self._editor.push(self.config.remove(row))

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.config.add_text())
        self.remove_button.setText(self.config.remove_text())
        if self.config.title is not None:
            self.title.setText(self.config.title())
        self.model.retranslate()
