"""Extra > Health parameters: every coefficient of the health calculator, with its source.

Lists :func:`workbench.analysis.health.parameter_set` (the reference defaults
with this project's overrides): description, value, interval, unit, source,
and whether the project overrides it. Editing a value stores a
``health_parameter`` override (value, interval and a required source) as
one undoable command; "Reset to default" deletes the override. The core
validates the override (a relative risk below 1, a weight outside [0, 1],
a missing source) before anything is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.models.columns import RIGHT
from ui.undo import Editor
from workbench.analysis.health import parameter_set
from workbench.commands import Command, CreateEntity, DeleteEntity, UpdateEntity
from workbench.health import HealthInputError
from workbench.health.parameters import ParameterOverride
from workbench.i18n import Language as CoreLanguage
from workbench.services import Change

COLUMNS = 6


class ParametersDialog(QDialog):
    """The calculator's parameters; select one to override or reset it."""

    def __init__(self, editor: Editor, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parametersDialog")
        self.editor = editor
        self._lang = language
        self.keys: list[str] = []
        self._versions: dict[str, int] = {}  # override key -> row version shown
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("parameters")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(3, 150)
        self.table.itemSelectionChanged.connect(self._load_selected)

        self.value = QLineEdit(self)
        self.low = QLineEdit(self)
        self.high = QLineEdit(self)
        self.source = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c00000")
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self._labels, (self.value, self.low, self.high, self.source), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.reset_button)
        row.addWidget(self.apply_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(close)
        editor.dispatcher.changed.connect(self._on_change)
        self.retranslate_ui()
        self.fill()
        self.resize(1100, 640)

    # -- contents ----------------------------------------------------------------
    def _overrides(self) -> dict[str, dict[str, Any]]:
        return {str(r["key"]): r for r in self.editor.svc.rows("health_parameter")}

    def fill(self) -> None:
        keep = self.selected_key()
        params = parameter_set(self.editor.svc, self._code())
        overrides = self._overrides()
        # the versions shown: applying over someone else's newer override is refused as stale
        self._versions = {k: int(r["row_version"]) for k, r in overrides.items()}
        n = self._num
        self.keys = list(params)
        self.table.setRowCount(len(self.keys))
        for i, key in enumerate(self.keys):
            p = params[key]
            interval = "" if p.low is None or p.high is None else f"{n(p.low)} – {n(p.high)}"
            mark = self.tr("project") if key in overrides else self.tr("default")
            cells = (f"{p.description} ({key})", n(p.value), interval, p.unit, p.source, mark)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (1, 2):
                    item.setTextAlignment(RIGHT)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        if keep is not None and keep in self.keys:
            self.table.selectRow(self.keys.index(keep))
        self._load_selected()

    def _code(self) -> CoreLanguage:
        return "en" if self._lang.code == "en" else "nl"

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.keys[rows[0].row()] if rows and rows[0].row() < len(self.keys) else None

    def select(self, key: str) -> None:
        self.table.selectRow(self.keys.index(key))

    def _load_selected(self) -> None:
        key = self.selected_key()
        editable = key is not None and not self.editor.read_only
        for w in (self.value, self.low, self.high, self.source, self.apply_button):
            w.setEnabled(editable)
        self.reset_button.setEnabled(editable and key in self._overrides())
        self.error.setText("")
        if key is None:
            return
        p = parameter_set(self.editor.svc, self._code())[key]
        exact = self._exact
        self.value.setText(exact(p.value))
        self.low.setText("" if p.low is None else exact(p.low))
        self.high.setText("" if p.high is None else exact(p.high))
        self.source.setText(p.source if key in self._overrides() else "")

    def _num(self, value: float) -> str:
        """For reading: small coefficients (a unit risk of 8.7e-5) keep their digits."""
        if value != 0 and abs(value) < 0.01:
            return self._lang.locale.toString(float(value), "g", 3)
        return self._lang.number(value)

    def _exact(self, value: float) -> str:
        """For editing: every digit, so applying an unchanged form changes nothing."""
        return self._lang.locale.toString(float(value), "g", 12)

    # -- edits -------------------------------------------------------------------
    def _number(self, field: QLineEdit) -> float | None:
        text = field.text().strip()
        if not text:
            return None
        value, ok = self._lang.locale.toDouble(text)
        if not ok:
            raise ValueError(text)
        return float(value)

    def apply(self) -> bool:
        """Store the form as this project's override of the selected parameter."""
        key = self.selected_key()
        if key is None:
            return False
        try:
            value, low, high = (self._number(f) for f in (self.value, self.low, self.high))
        except ValueError as exc:
            self.error.setText(self.tr("“{text}” is not a number.").format(text=exc))
            return False
        if value is None:
            self.error.setText(self.tr("A value is required."))
            return False
        source = self.source.text().strip()
        try:
            # The calculator's own validation, before anything is stored.
            parameter_set(self.editor.svc, self._code()).with_overrides(
                [ParameterOverride(key, value, source, low, high)], language=self._code()
            )
        except HealthInputError as exc:
            self.error.setText(str(exc))
            return False
        fields = {"value": value, "low": low, "high": high, "source": source}
        existing = self._overrides().get(key)
        cmd: Command = (
            CreateEntity("health_parameter", {"key": key, **fields})
            if existing is None
            else UpdateEntity("health_parameter", str(existing["id"]), fields,
                              version=self._versions.get(key, 0))  # 0: not seen, stale
        )
        return self.editor.push(cmd) is not None

    def reset(self) -> bool:
        """Drop the project's override: the reference default applies again."""
        key = self.selected_key()
        existing = self._overrides().get(key or "")
        if existing is None:
            return False
        return self.editor.push(DeleteEntity("health_parameter", str(existing["id"]))) is not None

    def _on_change(self, change: Change) -> None:
        if change.touches("health_parameter"):
            self.fill()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Health parameters"))
        self.intro.setText(
            self.tr(
                "Every coefficient of the health calculator, with its source. Select one to "
                "set a project value; a source is required. Reset returns to the default."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Parameter"),
                self.tr("Value"),
                self.tr("Interval"),
                self.tr("Unit"),
                self.tr("Source"),
                self.tr("Set by"),
            ]
        )
        for label, text in zip(
            self._labels,
            (self.tr("&Value"), self.tr("&Low"), self.tr("&High"), self.tr("&Source")),
            strict=True,
        ):
            label.setText(text)
        self.apply_button.setText(self.tr("&Use this value"))
        self.reset_button.setText(self.tr("&Reset to default"))
