"""The register view: filter bar (search, theme, status) over the measure table.

Reads the register from the analysis of the screen's audience (the
partners' in meeting mode: internal measures are not in it) and reloads
only when a change concerns measures, assessments or criteria. Emits
:attr:`RegisterView.current_changed` with the selected measure's id.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.models import EntityTableModel, FilterProxy, Role, SpecDelegate
from ui.register.columns import matches, register_columns
from ui.undo import Editor
from workbench.model import Status, Theme
from workbench.services import Change

CONCERNS = ("measure", "assessment", "criterion")


class RegisterView(QWidget):
    """The measure register with its filters; the main window's central view."""

    current_changed = Signal(object)  # measure id or None

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = language
        self._editor: Editor | None = None
        self.model = EntityTableModel(register_columns([]), language, parent=self)
        self.proxy = FilterProxy(self.model, self)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.theme = QComboBox(self)
        self.theme_label = QLabel(self)
        self.theme_label.setBuddy(self.theme)
        self.status = QComboBox(self)
        self.status_label = QLabel(self)
        self.status_label.setBuddy(self.status)
        self.count = QLabel(self)

        bar = QHBoxLayout()
        for w in (
            self.search_label,
            self.search,
            self.theme_label,
            self.theme,
            self.status_label,
            self.status,
        ):
            bar.addWidget(w)
        bar.setStretchFactor(self.search, 3)
        bar.addStretch(1)
        bar.addWidget(self.count)

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(SpecDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            QFontMetrics(self.table.font()).height() + 8
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        # "History…" of the selected measure: context menu and Ctrl+H while the table has focus
        self.history_action = QAction(self.table)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.triggered.connect(self.show_history)
        self.table.addAction(self.history_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self._apply_filter)
        self.theme.currentIndexChanged.connect(self._apply_filter)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate_ui()

    # -- binding ---------------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        """Show the register of the project `editor` edits."""
        self._editor = editor
        self.model.editor = editor
        self.reload()

    def reload(self) -> None:
        if self._editor is None:
            return
        keep = self.current_id()
        reg = self._editor.analysis().register  # the screen's audience's register
        columns = register_columns(reg.criteria)
        reset = tuple(c.key for c in columns) != tuple(c.key for c in self.model.columns)
        self.model.set_columns(columns)
        self.model.set_rows(reg.measures)
        if reset:
            self._size_columns()
        self._update_count()
        if keep is not None:
            self.select(keep)

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.model.meeting_mode
        self.model.set_meeting_mode(on)
        self.history_action.setEnabled(not on)  # the history is the team's own record
        if changed:
            self.reload()

    def on_change(self, change: Change) -> None:
        if change.touches(*CONCERNS):
            self.reload()

    # -- selection -------------------------------------------------------------
    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or not self.table.selectionModel().isRowSelected(idx.row()):
            return None
        value = idx.data(Role.ROW_ID)
        return None if value is None else str(value)

    def select(self, measure_id: str) -> bool:
        row = self.model.row_of(measure_id)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():
            return False
        current = self.table.currentIndex()
        column = current.column() if current.isValid() else 0
        self.table.selectionModel().setCurrentIndex(
            idx.siblingAtColumn(column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(idx)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(Role.ROW_ID) if current.isValid() else None
        self.current_changed.emit(None if value is None else str(value))

    # -- history ---------------------------------------------------------------
    def show_history(self) -> QDialog | None:
        """The selected measure's history (the team's record: not in meeting mode)."""
        from ui.meetings.history import open_history

        mid = self.current_id()
        if mid is None:
            return None
        code = str(self.model.row_at(self.model.row_of(mid)).code)
        return open_history(self, self._editor, code, meeting_mode=self.model.meeting_mode,
                            entity_id=mid)

    def _menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.history_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- filters ---------------------------------------------------------------
    def _apply_filter(self) -> None:
        theme = self.theme.currentData()
        status = self.status.currentData()
        needle = self.search.text().strip()
        if not theme and not status and not needle:
            self.proxy.set_predicate(None)
        else:
            self.proxy.set_predicate(lambda row: matches(row, theme, status, needle))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} measures").format(
                shown=self._lang.number(self.proxy.rowCount()),
                total=self._lang.number(self.model.rowCount()),
            )
        )

    def _size_columns(self) -> None:
        metrics = QFontMetrics(self.table.font())
        avg = metrics.averageCharWidth()
        for i, spec in enumerate(self.model.columns):
            lines = spec.header_text().splitlines() or [""]
            header = max(metrics.horizontalAdvance(line) for line in lines) + 24
            self.table.setColumnWidth(i, max(spec.width * avg + 16, min(header, 40 * avg)))
            if spec.mark_missing:
                # Estimates vary in size (euros vs. DALYs): fit the first rows' values.
                rows = range(min(self.model.rowCount(), 100))
                texts = [str(self.model.index(r, i).data() or "") for r in rows]
                hint = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
                self.table.setColumnWidth(i, max(self.table.columnWidth(i), min(hint, 30 * avg)))

    def _fill_combo(self, combo: QComboBox, all_text: str, prefix: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for v in values:
            combo.addItem(self._lang.enum_label(prefix, v), v)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.history_action.setText(self.tr("History…"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Code or words from the title"))
        self.theme_label.setText(self.tr("T&heme:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self._fill_combo(self.theme, self.tr("All themes"), "theme", [t.value for t in Theme])
        self._fill_combo(self.status, self.tr("All statuses"), "status", [s.value for s in Status])
        self.model.retranslate()
        self._update_count()
