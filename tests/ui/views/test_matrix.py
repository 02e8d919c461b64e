"""The scoring matrix page: cells show the core's assessments, edits are undoable commands."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.matrix.model import MatrixRole
from workbench.analysis.matrix import profile
from workbench.analysis.views import matrix_cells
from workbench.scoring import rank_additive


def _page(window):  # type: ignore[no-untyped-def]
    assert window.show_view("matrix")
    return window.view_pages["matrix"]


def _assessment(svc, mid: str, cid: str) -> dict | None:  # type: ignore[no-untyped-def,type-arg]
    rows = svc.rows("assessment", measure_id=mid, criterion_id=cid)
    return rows[0] if rows else None


def test_cells_missing_and_levels(window, sample) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    model = page.model
    row = model.row_of("M06")
    col = model.criterion_column("health")
    index = model.index(row, col)
    assert index.data() == "—" and index.data(MatrixRole.MISSING)
    feas = model.index(model.row_of("M02"), model.criterion_column("feasibility"))
    assert feas.data() == "middel"
    cost = model.index(model.row_of("M01"), model.criterion_column("cost"))
    assert cost.data() == "1.250"  # Dutch thousands separator
    assert "1.625" in str(cost.data(MatrixRole.RANGE))


def test_edit_cell_is_undoable(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    model = page.model
    index = model.index(model.row_of("M02"), model.criterion_column("cost"))
    assert model.setData(index, 95.5, Qt.ItemDataRole.EditRole)
    a = _assessment(svc, ids["M02"], ids["cost"])
    assert a is not None and a["best"] == 95.5 and a["high"] == 104.0
    # one precision per column: the cost scale spans 500, so whole numbers (issue 12)
    assert index.data() == "96"
    page.editor.stack.undo()
    a = _assessment(svc, ids["M02"], ids["cost"])
    assert a is not None and a["best"] == 80.0
    assert index.data() == "80"


def test_missing_cell_created_and_level_from_combo(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    model = page.model
    index = model.index(model.row_of("M05"), model.criterion_column("feasibility"))
    assert model.setData(index, 0.5)
    a = _assessment(svc, ids["M05"], ids["feas"])
    assert a is not None and (a["low"], a["best"], a["high"]) == (0.5, 0.5, 0.5)
    page.editor.stack.undo()
    assert _assessment(svc, ids["M05"], ids["feas"]) is None
    assert index.data(MatrixRole.MISSING)


def test_sort_by_total_matches_core(window) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    svc = page.editor.svc
    page.sort_by(None)
    pm = matrix_cells(svc).pm
    p = profile(svc, page.profiles.current_key(), pm.matrix.criteria)
    ranked = rank_additive(pm.matrix, p.weights).ranked_codes()
    complete = [c for c in ranked if c in page.displayed_codes()[: len(ranked)]]
    assert page.displayed_codes()[: len(complete)] == list(ranked)[: len(complete)]


def test_side_panel_and_meeting_mode(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    a = _assessment(svc, ids["M01"], ids["health"])
    assert a is not None
    svc.update("assessment", a["id"], {"rationale": "GEHEIM-canary", "visibility": "internal"})
    page.refresh()
    src = page.model.index(page.model.row_of("M01"), page.model.criterion_column("health"))
    page.table.setCurrentIndex(page.proxy.mapFromSource(src))
    assert "GEHEIM-canary" in page.panel.toPlainText()
    page.window().meeting.set_on(True)
    assert "GEHEIM-canary" not in page.panel.toPlainText()
    assert "GEHEIM-canary" not in str(src.data(Qt.ItemDataRole.ToolTipRole))


def test_number_editor_reads_dutch_notation(window, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDoubleSpinBox, QStyleOptionViewItem

    _, ids = sample
    page = _page(window)
    model = page.model
    src = model.index(model.row_of("M03"), model.criterion_column("cost"))
    index = page.proxy.mapFromSource(src)
    editor = page.delegate.createEditor(page.table, QStyleOptionViewItem(), index)
    assert isinstance(editor, QDoubleSpinBox)
    page.delegate.setEditorData(editor, index)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), "1.234,5")
    editor.interpretText()
    page.delegate.setModelData(editor, page.proxy, index)
    rows = page.editor.svc.rows("assessment", measure_id=ids["M03"], criterion_id=ids["cost"])
    assert rows[0]["best"] == 1234.5


def test_health_breakdown_dialog_opens(window) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    dialog = page.open_health_breakdown(page.model.row_of("M01"))
    assert dialog.objectName() == "healthBreakdown"
    assert dialog.summary.text()
    dialog.close()
