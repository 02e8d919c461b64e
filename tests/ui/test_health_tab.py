"""The health tab and the parameters dialog: edits are core commands, results the core's.

The sample project gets one population group and a computed health
criterion; the tab adds an exposure change to a measure without health
inputs, and the computed value in the core's register follows (and undo
takes it back). A noise change without a baseline is refused with the
core's message; a parameter override changes the value and a reset
restores it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.sample import build_sample
from ui.detail.health import HealthTab
from ui.main_window import MainWindow
from ui.parameters_dialog import ParametersDialog
from workbench.analysis.register import register
from workbench.services import ProjectService
from workbench.store import ProjectDocument


def build_health_sample(path: Path) -> dict[str, str]:
    ids = build_sample(path)
    doc = ProjectDocument.open(path)
    svc = ProjectService(doc)
    try:
        svc.update("criterion", ids["health"], {"computed": True})
        svc.create(
            "population",
            {"key": "wijk", "name": "Wijk aan Zee", "size": 10000, "baseline_mortality": 0.01},
        )
        doc.save()
    finally:
        doc.close()
    return ids


def health_best(window: MainWindow, measure_id: str) -> float | None:
    editor = window.controller.editor
    assert editor is not None
    (row,) = [m for m in register(editor.svc).measures if m.id == measure_id]
    est = row.estimates.get("health")
    return None if est is None else est.best


@pytest.fixture
def health(make_window, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "gezondheid.mwb"
    ids = build_health_sample(path)
    window = make_window(path)
    assert window.register.select(ids["M04"])
    window.detail.tabs.setCurrentWidget(window.detail.health)
    return window, window.detail.health, ids["M04"]


def set_cell(tab_table, column: str, value: object) -> bool:  # type: ignore[no-untyped-def]
    model = tab_table.model
    return bool(
        model.setData(model.index(0, model.column_of(column)), value, Qt.ItemDataRole.EditRole)
    )


def test_exposure_change_updates_the_computed_value_and_undo_restores(health, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab, mid = health
    assert isinstance(tab, HealthTab)
    assert health_best(window, mid) is None
    tab.exposures.add_button.click()
    assert tab.exposures.model.rowCount() == 1
    assert set_cell(tab.exposures, "low", -2.0)
    assert set_cell(tab.exposures, "best", -1.0)
    gained = health_best(window, mid)
    assert gained is not None and gained > 0
    assert "DALY" in tab.summary.text()
    assert tab.breakdown.rowCount() == 1
    assert tab.breakdown.item(0, 0).text().startswith("Sterfte")
    assert "berekend" in tab.result_heading.text().lower()

    window.actions_.undo.trigger()  # best back to 0
    assert health_best(window, mid) == pytest.approx(0.0, abs=1e-12)
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()  # the change itself
    assert health_best(window, mid) is None
    assert tab.exposures.model.rowCount() == 0
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert health_best(window, mid) == pytest.approx(gained)


def test_noise_without_baseline_is_refused_with_the_core_message(health) -> None:  # type: ignore[no-untyped-def]
    window, tab, _mid = health
    tab.exposures.add_button.click()
    steps = window.controller.stack.count()
    assert not set_cell(tab.exposures, "agent", "lden")
    assert "baseline" in window.errors.history[-1]
    assert "geluid" in window.errors.history[-1]
    assert window.controller.stack.count() == steps
    editor = window.controller.editor
    assert editor is not None
    (row,) = editor.svc.rows("exposure_change")
    assert row["agent"] == "pm25"


def test_parameter_override_changes_the_value_and_reset_restores(health, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab, mid = health
    tab.exposures.add_button.click()
    set_cell(tab.exposures, "low", -2.0)
    set_cell(tab.exposures, "best", -1.0)
    base = health_best(window, mid)
    window.actions_.parameters.trigger()
    dialog = window.findChild(ParametersDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == len(dialog.keys) > 20
    dialog.select("rr_pm25_mortality")
    dialog.value.setText("1,2")
    dialog.low.setText("")
    dialog.high.setText("")
    dialog.source.setText("")
    assert not dialog.apply()  # a source is required
    assert dialog.error.text()
    dialog.source.setText("Gevoeligheidsanalyse team")
    assert dialog.apply()
    raised = health_best(window, mid)
    assert raised is not None and base is not None and raised > base
    row = dialog.keys.index("rr_pm25_mortality")
    assert dialog.table.item(row, 5).text() == "dossier"
    assert dialog.reset()
    assert health_best(window, mid) == pytest.approx(base)
    window.actions_.undo.trigger()  # the reset
    assert health_best(window, mid) == pytest.approx(raised)
    dialog.close()
