"""Positions: each party's current stance on every measure, edited as new dated rows.

Pick a party; the table lists every measure with that party's current
position (stance −2..+2, priority, red line, conditions, visibility, date).
An edit never overwrites: it records a new position through
:func:`workbench.commands.set_position`, so the history stays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, Language
from ui.models.columns import CENTER, HEADERS, ColumnSpec, EditorKind, enum_choices
from ui.tables.panel import EntityTablePanel, TableConfig
from ui.undo import Editor
from workbench.analysis.data import ProjectData
from workbench.commands import Command, set_position
from workbench.model import Priority, Visibility
from workbench.services import Change, queries

STANCES = {
    2: QT_TRANSLATE_NOOP("Positions", "+2 strongly for"),
    1: QT_TRANSLATE_NOOP("Positions", "+1 for"),
    0: QT_TRANSLATE_NOOP("Positions", "0 neutral"),
    -1: QT_TRANSLATE_NOOP("Positions", "−1 against"),
    -2: QT_TRANSLATE_NOOP("Positions", "−2 strongly against"),
}


def stance_text(value: int | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Positions", STANCES[int(value)])


def current_positions(svc: queries.RowSource, party_id: str) -> dict[str, dict[str, Any]]:
    """The current position per measure, by the core's rule."""
    return {mid: p for (_sid, mid), p in queries.current_positions(svc, party_id).items()}


class PositionsPanel(QWidget):
    """The positions of one party (chosen in a combo box) on every measure."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = language
        self._editor: Editor | None = None
        self.party = QComboBox(self)
        self.party_label = QLabel(self)
        self.party_label.setBuddy(self.party)
        self.party.currentIndexChanged.connect(lambda _i: self.table.reload())
        self.table: EntityTablePanel = EntityTablePanel(
            TableConfig(
                columns=self._columns,
                rows=self._rows,
                concerns=("position", "measure", "stakeholder"),
            ),
            language,
            self,
        )
        top = QHBoxLayout()
        top.addWidget(self.party_label)
        top.addWidget(self.party, 1)
        top.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def bind(self, editor: Editor) -> None:
        self._editor = editor
        self._fill_parties()
        self.table.bind(editor)

    def set_meeting_mode(self, on: bool) -> None:
        self.table.set_meeting_mode(on)

    def on_change(self, change: Change) -> None:
        if change.touches("stakeholder"):
            self._fill_parties()
        self.table.on_change(change)

    def _fill_parties(self) -> None:
        if self._editor is None:
            return
        current = self.party.currentData()
        self.party.blockSignals(True)
        self.party.clear()
        for r in self._editor.svc.rows("stakeholder"):
            self.party.addItem(str(r["name"]), str(r["id"]))
        self.party.setCurrentIndex(max(self.party.findData(current), 0))
        self.party.blockSignals(False)

    def _rows(self, svc: ProjectData) -> list[dict[str, Any]]:
        party = self.party.currentData()
        if party is None:
            return []
        current = current_positions(svc, party)
        out = []
        for m in svc.rows("measure"):
            p = current.get(str(m["id"]), {})
            out.append(
                {
                    "id": str(m["id"]),
                    "code": m["code"],
                    "title": m["title"],
                    "party": party,
                    "stance": p.get("stance"),
                    "priority": p.get("priority"),
                    "red_line": p.get("red_line"),
                    "conditions": p.get("conditions"),
                    "visibility": p.get("visibility"),
                    "measure_visibility": m["visibility"],
                    "date": p.get("date"),
                }
            )
        return out

    def _edit(self, field: str) -> Any:
        def make(row: dict[str, Any], value: Any) -> Command | None:
            if self._editor is None or value == row[field]:
                return None
            return set_position(self._editor.svc, row["party"], row["id"], {field: value})

        return make

    def _columns(self, _svc: ProjectData) -> tuple[ColumnSpec, ...]:
        def get(name: str) -> Any:
            return lambda r: r[name]

        return (
            ColumnSpec("code", HEADERS["code"], get("code"), width=8),
            ColumnSpec("title", HEADERS["title"], get("title"), width=34),
            ColumnSpec(
                "stance",
                QT_TRANSLATE_NOOP("Columns", "Stance"),
                get("stance"),
                edit=self._edit("stance"),
                editor=EditorKind.CHOICE,
                fmt=lambda _l, v: stance_text(v),
                choices=lambda _l: [(k, stance_text(k)) for k in STANCES],
                mark_missing=True,
                width=16,
            ),
            ColumnSpec(
                "priority",
                QT_TRANSLATE_NOOP("Columns", "Priority"),
                get("priority"),
                edit=self._edit("priority"),
                editor=EditorKind.CHOICE,
                fmt=lambda lang, v: lang.enum_label("priority", v),
                choices=enum_choices("priority", Priority, optional=True),
                width=10,
            ),
            ColumnSpec(
                "red_line",
                QT_TRANSLATE_NOOP("Columns", "Red line"),
                lambda r: bool(r["red_line"]),
                edit=self._edit("red_line"),
                editor=EditorKind.BOOL,
                align=CENTER,
                fmt=lambda _l, _v: "",
                width=9,
            ),
            ColumnSpec(
                "conditions",
                QT_TRANSLATE_NOOP("Columns", "Conditions"),
                get("conditions"),
                edit=self._edit("conditions"),
                editor=EditorKind.TEXT,
                width=30,
            ),
            ColumnSpec(
                "visibility",
                HEADERS["visibility"],
                get("visibility"),
                edit=self._edit("visibility"),
                editor=EditorKind.CHOICE,
                fmt=lambda lang, v: lang.enum_label("visibility", v),
                choices=enum_choices("visibility", Visibility),
                width=14,
            ),
            ColumnSpec(
                "date",
                QT_TRANSLATE_NOOP("Columns", "Since"),
                get("date"),
                fmt=lambda lang, v: lang.date(v),
                width=16,
            ),
        )

    def retranslate_ui(self) -> None:
        self.party_label.setText(self.tr("&Party:"))
        self.table.retranslate_ui()
