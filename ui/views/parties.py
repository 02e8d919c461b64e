"""The Parties page: where every party stands on every measure, and where agreement lies.

A matrix of measures x parties (stance as colour, red lines with a heavy
border and "!", conditions on hover), filtered by the core's consensus /
contested / blocked flags; a cell's history on double-click or from the
context menu, where a stance or red line is also set (a new dated position,
undoable). Beside it the zone of agreement (measures no party opposes,
most health gain first) and each party's ranking under the profile that
estimates its weights. Every number comes from
:mod:`workbench.analysis.negotiation`.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.parties.history import HistoryDialog
from ui.parties.model import FIXED, STANCE_COLOURS, PartyMatrixModel, StanceDelegate, VerticalHeader
from ui.tables.positions import stance_text
from ui.undo import Editor
from ui.views import PageSpec
from ui.views.shown import ReadWhenShown
from workbench.commands import set_position
from workbench.services import Change

FILTERS: tuple[tuple[str, set[str] | None], ...] = (
    ("all", None),
    ("consensus", {"consensus"}),
    ("contested", {"contested"}),
    ("blocked", {"blocked"}),
    ("open", {"open"}),
)
TOP = 5


class PartiesPage(ReadWhenShown, QWidget):
    """Measures x parties with filters, history, zone of agreement and party rankings."""

    measure_activated = Signal(str)  # the id of the measure whose row became current

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partiesPage")
        self.lang = language
        self.editor: Editor | None = None
        self.meeting = False

        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("partiesFilter")
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.legend)

        self.model = PartyMatrixModel(language, self)
        self.model.edit = self._set_position
        self.table = QTableView(self)
        self.table.setObjectName("partiesMatrix")
        self.table.setModel(self.model)
        self.table.setHorizontalHeader(VerticalHeader(self.table))
        self.table.setItemDelegate(StanceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(self.show_history)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.zone_box = QGroupBox(self)
        self.zone = QTableWidget(0, 3, self.zone_box)
        self.zone.setObjectName("zoneOfAgreement")
        self.zone_note = QLabel(self.zone_box)
        self.zone_note.setWordWrap(True)
        zl = QVBoxLayout(self.zone_box)
        zl.addWidget(self.zone_note)
        zl.addWidget(self.zone)
        self.rank_box = QGroupBox(self)
        self.rankings = QTableWidget(0, 2, self.rank_box)
        self.rankings.setObjectName("partyRankings")
        rl = QVBoxLayout(self.rank_box)
        rl.addWidget(self.rankings)
        for t in (self.zone, self.rankings):
            t.verticalHeader().hide()
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.horizontalHeader().setStretchLastSection(True)
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.zone_box, 3)
        sl.addWidget(self.rank_box, 2)

        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.retranslate_ui()

    # -- page protocol -------------------------------------------------------------
    def bind(self, editor: Editor) -> None:
        self.editor = editor
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.touches(
            "position",
            "stakeholder",
            "measure",
            "assessment",
            "weight_profile",
            "weight",
            "criterion",
        ):
            self.refresh()

    def set_meeting_mode(self, on: bool) -> None:
        changed = on != self.meeting
        self.meeting = on
        self.model.set_meeting_mode(on)
        # Flags and the zone rest on red lines and internal positions.
        self.table.setColumnHidden(1, on)
        self.filter.setEnabled(not on)
        if on:
            self.filter.setCurrentIndex(0)
        self.zone_box.setVisible(not on)
        # also while hidden: what was read for another audience must not linger
        if self.editor is not None:
            self.audience_changed(changed)

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("Show:"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for text in (
            self.tr("All measures"),
            self.tr("Consensus: nobody against"),
            self.tr("Contested: someone against"),
            self.tr("Blocked: a red line against"),
            self.tr("No positions yet"),
        ):
            self.filter.addItem(text)
        self.filter.setCurrentIndex(max(current, 0))
        self.filter.blockSignals(False)
        boxes = " ".join(
            f'<span style="background:{STANCE_COLOURS[s]};'
            f'color:{"white" if abs(s) == 2 else "black"}">&nbsp;{stance_text(s)}&nbsp;</span>'
            for s in (-2, -1, 0, 1, 2)
        )
        self.legend.setText(
            boxes + "&nbsp;&nbsp;" + self.tr("<b>!</b> and a black border: red line")
        )
        self.zone_box.setTitle(
            self.tr("Zone of agreement: no party against, most health gain first")
        )
        self.zone_note.setText(
            self.tr(
                "Measures every party can live with: nobody opposes them"
                " and no red line refuses them."
            )
        )
        self.zone.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("DALYs/year"), self.tr("Title")]
        )
        self.rank_box.setTitle(self.tr("Each party's ranking (estimated weights)"))
        self.rankings.setHorizontalHeaderLabels(
            [self.tr("Weight profile"), self.tr("Top {n} under this profile").format(n=TOP)]
        )
        self.model.modelReset.emit()
        self._update_count()

    # -- content ------------------------------------------------------------------
    def refresh(self) -> None:
        if self.editor is not None:
            self.read_when_shown()  # a hidden page reads nothing until it is shown

    def read_page(self) -> None:
        if self.editor is None:
            return
        # the analysis of the screen's audience: the partners' one in meeting mode
        self.model.set_matrix(self.editor.analysis().party_matrix)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 270)
        header.resizeSection(1, 125)
        for c in range(FIXED, self.model.columnCount()):
            header.resizeSection(c, 38)
        self._fill_side()
        self._update_count()

    def _fill_side(self) -> None:
        if self.editor is None:
            return
        analysis = self.editor.analysis()
        # The zone is the team's working tool: not shown on a shared screen.
        zone = [] if self.meeting else analysis.zone_of_agreement
        self.zone.setRowCount(len(zone))
        for i, a in enumerate(zone):
            dalys = "–" if math.isnan(a.dalys) else self.lang.number(a.dalys, 1)
            for j, text in enumerate((a.code, dalys, a.title)):
                item = QTableWidgetItem(text)
                if j == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.zone.setItem(i, j, item)
        self.zone.resizeColumnsToContents()
        names = {p["id"]: str(p["name"]) for p in analysis.data.rows("stakeholder")}
        ranks = analysis.party_rankings
        self.rankings.setRowCount(len(ranks))
        for i, r in enumerate(ranks):
            party = QTableWidgetItem(r.profile_name)
            party.setToolTip(names.get(r.party_id, ""))
            self.rankings.setItem(i, 0, party)
            self.rankings.setItem(i, 1, QTableWidgetItem(", ".join(r.ranked[:TOP])))
        self.rankings.resizeColumnToContents(0)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pm = self.model.pm
        if pm is not None and current.isValid():
            self.measure_activated.emit(pm.measure_ids[self.model.rows[current.row()]])

    def _apply_filter(self, i: int) -> None:
        self.model.set_flags(FILTERS[max(i, 0)][1])
        self._update_count()

    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex([k for k, _ in FILTERS].index(key))

    def _update_count(self) -> None:
        self.count.setText(self.tr("{n} measures").format(n=self.model.rowCount()))

    # -- editing ------------------------------------------------------------------
    def _set_position(self, measure_id: str, party_id: str, changes: dict[str, Any]) -> None:
        if self.editor is None or self.editor.read_only:
            return
        self.editor.push(set_position(self.editor.svc, party_id, measure_id, changes))

    def set_stance(self, index: QModelIndex, stance: int) -> None:
        self.model.setData(index, stance)

    def toggle_red_line(self, index: QModelIndex) -> None:
        ids, c = self.model.ids(index), self.model.cell(index)
        if ids is None or c is None or c.stance == 0:
            return
        self._set_position(ids[0], ids[1], {"red_line": not c.red_line})

    def show_history(self, index: QModelIndex) -> HistoryDialog | None:
        ids = self.model.ids(index)
        if ids is None or self.editor is None or self.model.pm is None:
            return None
        title = str(self.model.data(index, Qt.ItemDataRole.ToolTipRole) or "").split("\n")[0]
        dialog = HistoryDialog(self.editor.source, self.lang, ids, title, self)
        dialog.open()
        return dialog

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if self.model.ids(index) is None:
            return
        menu = QMenu(self)
        editable = self.editor is not None and not self.editor.read_only
        for s in (2, 1, 0, -1, -2):
            act = menu.addAction(stance_text(s))
            act.setEnabled(editable)
            act.triggered.connect(lambda _c=False, s=s: self.set_stance(index, s))
        c = self.model.cell(index)
        if not self.meeting:
            menu.addSeparator()
            red = menu.addAction(self.tr("Red line"))
            red.setCheckable(True)
            red.setChecked(c is not None and c.red_line)
            red.setEnabled(editable and c is not None and c.stance != 0)
            red.triggered.connect(lambda _c=False: self.toggle_red_line(index))
        menu.addSeparator()
        menu.addAction(self.tr("History…")).triggered.connect(lambda: self.show_history(index))
        menu.popup(self.table.viewport().mapToGlobal(pos))


def _title() -> str:
    return QCoreApplication.translate("PartiesPage", "Pa&rties and agreement")


PAGE = PageSpec("parties", _title, lambda language, parent: PartiesPage(language, parent))
