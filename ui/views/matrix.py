"""The scoring matrix page: measures x criteria as a heat map, editable, sortable.

Shows :class:`~ui.matrix.model.MatrixModel` in a sortable table (by any
criterion, or by the total under the chosen profile), with a side panel
giving the selected cell's estimate, rationale and source. Double-clicking
a computed health cell opens the health breakdown. Edits are commands on
the undo stack; the page refreshes for changes to assessments, measures,
criteria, weights and health inputs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.matrix.delegate import MatrixDelegate
from ui.matrix.model import MatrixModel, MatrixRole
from ui.undo import Editor
from ui.views import PageSpec
from ui.views.shown import ReadWhenShown
from ui.weights.profiles import ProfileCombo
from workbench.i18n import UserError
from workbench.services import Change

WATCHED = (
    "assessment", "measure", "criterion", "weight", "weight_profile", "source",
    "population", "exposure_change", "emission_change", "health_parameter",
)  # fmt: skip


class MatrixPage(ReadWhenShown, QWidget):
    """Heat map of the assessments with editing, sorting and a detail panel."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPage")
        self.lang = language
        self.editor: Editor | None = None
        self._pushing = False
        self.model = MatrixModel(language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(MatrixRole.SORT)
        self.profile_label = QLabel(self)
        self.profiles = ProfileCombo(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.proxy)
        self.delegate = MatrixDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(135)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.panel = QTextBrowser(self)
        self.panel.setObjectName("matrixDetails")
        self.panel.setMinimumWidth(220)
        top = QHBoxLayout()
        top.addWidget(self.profile_label)
        top.addWidget(self.profiles)
        top.addWidget(self.hint, 1)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.profiles.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentChanged.connect(self._show_details)
        self.table.doubleClicked.connect(self._double_clicked)
        # "History…" of the current score: context menu and Ctrl+H while the table has focus
        self.history_action = QAction(self.table)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.triggered.connect(lambda: self.show_history())
        self.table.addAction(self.history_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.retranslate_ui()

    # -- page protocol ------------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.model.editor = editor
        if not self.isVisible():
            self.model.clear()  # nothing of the last project stays; read when first shown
        self.read_when_shown()

    def on_change(self, change: Change) -> None:
        if self.editor is None or not change.touches(*WATCHED):
            return
        profiles = change.touches("weight_profile", "weight", "criterion")
        self.read_when_shown(lambda: self.refresh(reload_profiles=profiles))

    def read_page(self) -> None:
        self.refresh(reload_profiles=True)

    def forget_page(self) -> None:
        self.model.clear()  # hidden: drop what another audience saw, read when shown

    def retranslate_ui(self) -> None:
        self.history_action.setText(self.tr("History…"))
        self.profile_label.setText(self.tr("Total score under:"))
        self.hint.setText(
            self.tr(
                "Colour: green is good, red is poor on that criterion. Hatched — : not "
                "assessed. Click a column header to sort; double-click a cell to edit."
            )
        )
        self.model.measure_header = self.tr("Measure")
        # the scale on its own line, as the criteria columns show their units
        self.model.total_header = self.tr("Total score (0–1)").replace(" (", "\n(", 1)
        self.delegate.computed_text = self.tr("computed")
        self.model.texts = {
            "missing": self.tr("Not assessed"),
            "level": self.tr("Level"),
            "triple": self.tr("best {best} {unit} (low {low}, high {high})"),
            "computed": self.tr("Computed by the health calculator (double-click for details)"),
            "rationale": self.tr("Rationale"),
            "source": self.tr("Source"),
        }
        if self.model.columnCount() > 0:
            last = self.model.columnCount() - 1
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self._show_details(self.table.currentIndex())

    def set_meeting_mode(self, on: bool) -> None:
        self.model.meeting = on
        self.history_action.setEnabled(not on)  # the history is the team's own record
        self.profiles.meeting = on
        if self.editor is not None:
            self.audience_changed()
        self._show_details(self.table.currentIndex())

    # -- content --------------------------------------------------------------------
    def refresh(self, reload_profiles: bool = False) -> None:
        if self.editor is None:
            return
        from workbench.analysis.views import matrix_cells

        # the analysis of the screen's audience (the partners' in meeting mode)
        base = self.editor.analysis()
        try:
            if base.matrix is None:
                raise UserError("analysis.empty")
            data = matrix_cells(base.data, pm=base.matrix)
        except UserError as exc:
            self.model.clear()
            self.panel.setText(exc.text(self.lang.code))
            return
        if reload_profiles:
            self.profiles.load(base)
        p = self.profiles.current_profile()
        ranking = None
        if p is not None:
            try:
                ranking = self.editor.analysis(p.key).ranking
            except UserError:  # a profile that cannot rank shows no total
                ranking = None
        fresh = self.model.rowCount() == 0
        self.model.set_content(data, ranking)
        if fresh:
            self.table.setColumnWidth(0, 230)
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._show_details(self.table.currentIndex())

    def sort_by(self, key: str | None, descending: bool = True) -> None:
        """Sort by a criterion key, or by the total score when `key` is None."""
        col = self.model.columnCount() - 1 if key is None else self.model.criterion_column(key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(col, order)

    def displayed_codes(self) -> list[str]:
        return [
            str(self.proxy.index(r, 0).data(MatrixRole.SORT)) for r in range(self.proxy.rowCount())
        ]

    def _show_details(self, index: QModelIndex) -> None:
        src = self.proxy.mapToSource(index) if index.isValid() else QModelIndex()
        if not src.isValid() or src.column() == 0 or src.column() >= self.model.columnCount() - 1:
            self.panel.setText(self.tr("Select a cell to see its estimate, rationale and source."))
            return
        lines = self.model.details(src.row(), src.column())
        html = f"<h3>{lines[0]}</h3>" + "".join(f"<p>{line}</p>" for line in lines[1:])
        self.panel.setHtml(html)

    def show_history(self, index: QModelIndex | None = None) -> Any:
        """The history of the score in `index` (default: the current cell); not in meeting
        mode (the history is the team's own record, with internal values)."""
        from ui.meetings.history import open_history

        index = self.table.currentIndex() if index is None else index
        src = self.proxy.mapToSource(index) if index.isValid() else QModelIndex()
        data = self.model.data_
        if data is None or not src.isValid() or not 1 <= src.column() <= len(data.pm.criteria):
            return None
        code = data.pm.measures[src.row()].code
        criterion = data.pm.criteria[src.column() - 1].key
        cell = self.model.cell(src.row(), src.column())
        title = f"{code}/{criterion}"
        if cell is not None and cell.assessment_id is not None:
            return open_history(self, self.editor, title, meeting_mode=self.model.meeting,
                                entity_id=cell.assessment_id)
        # not assessed now: what the log holds of an earlier assessment of this cell
        return open_history(self, self.editor, title, meeting_mode=self.model.meeting,
                            entity="assessment", measure=code, code=title)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        src = self.proxy.mapToSource(index) if index.isValid() else QModelIndex()
        data = self.model.data_
        if data is None or not src.isValid() or not 1 <= src.column() <= len(data.pm.criteria):
            return  # the measure and total columns hold no score
        menu = QMenu(self)
        menu.addAction(self.tr("History…")).triggered.connect(lambda: self.show_history(index))
        menu.actions()[0].setEnabled(not self.model.meeting)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _double_clicked(self, index: QModelIndex) -> None:
        src = self.proxy.mapToSource(index)
        if src.column() == 0 or not src.data(MatrixRole.COMPUTED):
            return
        self.open_health_breakdown(src.row())

    def open_health_breakdown(self, row: int) -> Any:
        from ui.matrix.health_dialog import HealthBreakdownDialog

        assert self.model.data_ is not None
        assert self.editor is not None  # bound before the page is used
        code = self.model.data_.pm.measures[row].code
        dialog = HealthBreakdownDialog(self.editor.svc, code, self.lang, self)
        dialog.setModal(True)
        dialog.show()
        return dialog


def _title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MatrixPage", "Scoring matrix")


PAGE = PageSpec("matrix", _title, lambda language, parent: MatrixPage(language, parent))
