"""The scoring matrix as a Qt table model: measures x criteria, plus the total score.

An adapter over :func:`workbench.analysis.views.matrix_cells`: each cell
shows the best estimate (a level's label for a levels criterion), with the
low-high range, its value 0..1 for the heat-map colour, "computed" health
marked, and a missing assessment shown as missing (never 0). Editing a cell
builds an assessment command and pushes it through the Editor (undoable).
The last column is the total score under the chosen weight profile, from
:func:`workbench.scoring.rank_additive`.
"""

from __future__ import annotations

import math
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.i18n import Language
from ui.undo import Editor
from workbench.analysis.views import Cell, MatrixCells
from workbench.commands import CreateEntity, UpdateEntity
from workbench.i18n.numbers import is_euros, money, money_exact, money_range, num, scale_decimals
from workbench.scoring import RankingResult

AnyIndex = QModelIndex | QPersistentModelIndex
MISSING = "—"


class MatrixRole(IntEnum):
    VALUE = Qt.ItemDataRole.UserRole + 1  # 0..1 or None (missing)
    SORT = Qt.ItemDataRole.UserRole + 2
    RANGE = Qt.ItemDataRole.UserRole + 3  # "low – high" text, or ""
    COMPUTED = Qt.ItemDataRole.UserRole + 4
    MISSING = Qt.ItemDataRole.UserRole + 5
    LEVELS = Qt.ItemDataRole.UserRole + 6  # [(label, value)] for a levels criterion


class MatrixModel(QAbstractTableModel):
    """Rows are measures; columns: measure, one per criterion, total score."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = language
        self.data_: MatrixCells | None = None
        self.ranking: RankingResult | None = None
        self.editor: Editor | None = None
        self.meeting = False
        self.total_header = "Total"

    # -- content ----------------------------------------------------------------
    def set_content(self, data: MatrixCells, ranking: RankingResult | None) -> None:
        """New content; same shape -> dataChanged (keeps selection), else a reset."""
        old = self.data_
        same = (
            old is not None
            and [m.id for m in old.pm.measures] == [m.id for m in data.pm.measures]
            and [c.id for c in old.pm.criteria] == [c.id for c in data.pm.criteria]
        )
        if same:
            self.data_, self.ranking = data, ranking
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        else:
            self.beginResetModel()
            self.data_, self.ranking = data, ranking
            self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.data_, self.ranking = None, None
        self.endResetModel()

    def criterion_column(self, key: str) -> int:
        assert self.data_ is not None
        return 1 + [c.key for c in self.data_.pm.criteria].index(key)

    def row_of(self, code: str) -> int:
        assert self.data_ is not None
        return [m.code for m in self.data_.pm.measures].index(code)

    def cell(self, row: int, column: int) -> Cell | None:
        assert self.data_ is not None
        return self.data_.cells[row][column - 1]

    def _criterion(self, column: int) -> Any:
        assert self.data_ is not None
        return self.data_.pm.criteria[column - 1]

    def _is_criterion(self, column: int) -> bool:
        return self.data_ is not None and 1 <= column <= len(self.data_.pm.criteria)

    # -- Qt overrides -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.data_ is None or parent.isValid() else len(self.data_.pm.measures)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.data_ is None or parent.isValid() else len(self.data_.pm.criteria) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.data_ is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.measure_header
            if self._is_criterion(section):
                c = self._criterion(section)
                return f"{c.name}\n({c.unit})" if c.unit and not is_euros(c.unit) else c.name
            return self.total_header
        return None

    measure_header = "Measure"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._is_criterion(index.column()) or self.editor is None:
            return base
        # a figure the calculator computed is edited through its exposure inputs; an
        # entered (or missing) figure of the same criterion is typed here
        cell = self.cell(index.row(), index.column())
        if (cell is not None and cell.computed) or self.editor.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.data_ is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        m = self.data_.pm.measures[row]
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{m.code}  {m.title}"
            if role == MatrixRole.SORT:
                return m.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return m.title
            return None
        if not self._is_criterion(col):
            return self._total(row, role)
        return self._cell_data(row, col, role)

    def _total(self, row: int, role: int) -> Any:
        r = self.ranking
        score = None if r is None or not r.complete[row] else float(r.scores[row])
        low = None if r is None else float(r.score_low[row])
        high = None if r is None else float(r.score_high[row])
        interval = score is None and low is not None and high is not None and not math.isnan(low)
        if role == Qt.ItemDataRole.DisplayRole:
            if interval:  # incompletely assessed: the score lies between the two ends
                return f"{self.lang.number(low, 2)} – {self.lang.number(high, 2)}"
            return MISSING if score is None else self.lang.number(score, 2)
        if role == MatrixRole.VALUE:
            return score
        if role == MatrixRole.MISSING:
            return score is None
        if role == MatrixRole.SORT:
            # incomplete measures sort below every complete one, by their low end
            if score is not None:
                return score
            return -2.0 + (low if interval and low is not None else -1.0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell_data(self, row: int, col: int, role: int) -> Any:
        cell = self.cell(row, col)
        c = self._criterion(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return MISSING
            return cell.level or self.figure(c, cell.best)
        if role == Qt.ItemDataRole.EditRole:
            return None if cell is None else cell.best
        if role == MatrixRole.VALUE:
            return None if cell is None else cell.value
        if role == MatrixRole.MISSING:
            return cell is None
        if role == MatrixRole.COMPUTED:
            return cell is not None and cell.computed  # the figure's own origin
        if role == MatrixRole.RANGE:
            if cell is None or cell.level is not None or cell.low == cell.high:
                return ""
            if is_euros(c.unit):  # one unit for both ends: "€ 150–400 mln"
                return money_range(cell.low, cell.high, self.lang.code)
            return f"{self.figure(c, cell.low)} – {self.figure(c, cell.high)}"
        if role == MatrixRole.LEVELS:
            if c.scale.get("type") != "levels":
                return None
            return [(str(lv["label"]), float(lv["value"])) for lv in c.scale["levels"]]
        if role == MatrixRole.SORT:
            # Missing sorts last in either order's worst position.
            return -math.inf if cell is None or cell.value is None else cell.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def figure(self, criterion: Any, value: float) -> str:
        """A criterion's figure: an amount as "€ 250 mln", else one precision per column."""
        if is_euros(criterion.unit):
            return money(value, self.lang.code)
        return num(value, self.lang.code, scale_decimals(criterion.scale))

    def tooltip(self, row: int, col: int) -> str:
        """What the side panel shows too: triple, rationale, source."""
        return "\n".join(self.details(row, col))

    def details(self, row: int, col: int) -> list[str]:
        assert self.data_ is not None
        m = self.data_.pm.measures[row]
        c = self._criterion(col)
        cell = self.cell(row, col)
        tr = self.texts
        lines = [f"{m.code} · {c.name}"]
        if cell is None:
            lines.append(tr["missing"])
            error = self.data_.pm.health_errors.get(m.id)
            if error:
                lines.append(error)
            return lines
        if cell.level is not None:
            lines.append(f"{tr['level']}: {cell.level}")
        else:
            euros = is_euros(c.unit)  # the exact amounts on hover

            def exact(v: float) -> str:
                return money_exact(v, self.lang.code) if euros else self.figure(c, v)

            lines.append(
                tr["triple"].format(
                    low=exact(cell.low),
                    best=exact(cell.best),
                    high=exact(cell.high),
                    unit="" if euros else c.unit,
                ).replace("  ", " ")
            )
        if cell.computed:
            lines.append(tr["computed"])
        if cell.rationale:  # None when the screen's audience may not read it (the core's data)
            lines.append(f"{tr['rationale']}: {cell.rationale}")
        if cell.source:
            lines.append(f"{tr['source']}: {cell.source}")
        return lines

    # Set by the page in its language (retranslate_ui).
    texts: dict[str, str] = {  # noqa: RUF012 -- replaced per instance by the page
        "missing": "Not assessed",
        "level": "Level",
        "triple": "best {best} {unit} (low {low}, high {high})",
        "computed": "Computed",
        "rationale": "Rationale",
        "source": "Source",
    }

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.editor is None or value is None:
            return False
        if not self._is_criterion(index.column()):
            return False
        cmd = self.edit_command(index.row(), index.column(), float(value))
        if cmd is None:
            return False
        return self.editor.push(cmd) is not None

    def edit_command(self, row: int, col: int, best: float) -> Any:
        """The command that sets a cell's best estimate (a level sets all three)."""
        assert self.data_ is not None
        cell = self.cell(row, col)
        c = self._criterion(col)
        levels = c.scale.get("type") == "levels"
        if cell is not None and cell.assessment_id is not None:
            if levels:
                values = {"low": best, "best": best, "high": best}
            else:
                # A new best outside the range widens it, so the triple stays ordered.
                values = {"low": min(cell.low, best), "best": best, "high": max(cell.high, best)}
            # the version shown: an edit over someone else's newer figure is refused
            return UpdateEntity("assessment", cell.assessment_id, values,
                                version=cell.row_version)
        if cell is not None:
            return None  # computed without a stored row
        m = self.data_.pm.measures[row]
        return CreateEntity(
            "assessment",
            {"measure_id": m.id, "criterion_id": c.id, "low": best, "best": best, "high": best},
        )
