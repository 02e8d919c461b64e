"""The measure register: inline editing through real editors, undo/redo, filters, sorting."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QWidget

from ui.main_window import MainWindow
from workbench.services import ProjectService


def cell(window: MainWindow, code: str, column: str):  # type: ignore[no-untyped-def]
    reg = window.register
    row = next(i for i, r in enumerate(reg.model.rows()) if r.code == code)
    return reg.proxy.mapFromSource(reg.model.index(row, reg.model.column_of(column)))


def svc(window: MainWindow) -> ProjectService:
    return window.controller.svc


def open_editor(window: MainWindow, code: str, column: str):  # type: ignore[no-untyped-def]
    """Start editing a register cell the way a double click does; return the editor."""
    table = window.register.table
    idx = cell(window, code, column)
    table.setFocus()
    table.setCurrentIndex(idx)
    table.edit(idx)
    editors = [
        w
        for w in table.viewport().findChildren(QWidget)
        if w.isVisible() and isinstance(w, (QLineEdit, QComboBox, QSpinBox))
    ]
    assert len(editors) == 1, editors
    editors[0].setFocus()
    return editors[0]


def edit_text(qtbot, window: MainWindow, code: str, column: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(window, code, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def test_editing_a_cell_changes_the_core_and_undo_redo_follow(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    edit_text(qtbot, window, "M02", "title", "Ertsopslag volledig overkappen")
    assert svc(window).get("measure", ids["M02"])["title"] == "Ertsopslag volledig overkappen"
    assert cell(window, "M02", "title").data() == "Ertsopslag volledig overkappen"

    window.actions_.undo.trigger()
    assert svc(window).get("measure", ids["M02"])["title"] == "Ertsopslag overkappen"
    assert cell(window, "M02", "title").data() == "Ertsopslag overkappen"

    window.actions_.redo.trigger()
    assert svc(window).get("measure", ids["M02"])["title"] == "Ertsopslag volledig overkappen"


def test_undo_redo_shortcuts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from ui.actions import WindowActions

    w = QMainWindow()
    actions = WindowActions(w)
    assert QKeySequence("Ctrl+Z") in actions.undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo.shortcuts()
    assert QKeySequence("Ctrl+Y") in actions.redo.shortcuts()
    w.deleteLater()


def test_combo_editor_sets_an_enum(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    combo = open_editor(window, "M04", "status")
    assert isinstance(combo, QComboBox)
    pos = combo.findData("agreed")
    combo.setCurrentIndex(pos)
    combo.activated.emit(pos)
    assert svc(window).get("measure", ids["M04"])["status"] == "agreed"
    assert cell(window, "M04", "status").data() == "akkoord"


def test_year_and_check_box_edits(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    model = window.register.proxy
    assert model.setData(cell(window, "M06", "deadline_year"), 2031, Qt.ItemDataRole.EditRole)
    assert svc(window).get("measure", ids["M06"])["deadline_year"] == 2031
    assert model.setData(
        cell(window, "M02", "above_statutory"),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert svc(window).get("measure", ids["M02"])["above_statutory"] is False
    window.actions_.undo.trigger()
    assert svc(window).get("measure", ids["M02"])["above_statutory"] is True


def test_a_refused_edit_leaves_the_project_unchanged_and_says_why(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    before = window.controller.stack.count()
    edit_text(qtbot, window, "M02", "code", "M01")
    assert svc(window).get("measure", ids["M02"])["code"] == "M02"
    assert window.controller.stack.count() == before
    assert window.errors.last_box is not None
    assert "M01 is al in gebruik" in window.errors.last_box.text()
    assert "*" not in window.windowTitle()


def test_missing_assessment_is_marked_not_zero(window) -> None:  # type: ignore[no-untyped-def]
    from ui.models import Role

    health = "criterion:health"
    assert cell(window, "M04", health).data() == "—"
    assert cell(window, "M04", health).data(Role.MISSING) is True
    # one precision per column (issue 12): the health scale spans 60, so one decimal
    shown = cell(window, "M02", health).data()
    assert re.fullmatch(r"6,[23]", shown), shown
    assert cell(window, "M01", "criterion:cost").data() == "1.250"
    assert cell(window, "M02", "criterion:feasibility").data() == "middel"


def test_filters_search_and_sorting(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reg = window.register
    reg.theme.setCurrentIndex(reg.theme.findData("dust"))
    assert reg.proxy.rowCount() == 2
    qtbot.keyClicks(reg.search, "wind")
    assert reg.proxy.rowCount() == 1
    assert "1 van 6" in reg.count.text()
    reg.search.clear()
    reg.theme.setCurrentIndex(0)
    assert reg.proxy.rowCount() == 6

    col = reg.model.column_of("criterion:health")
    reg.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    codes = [reg.proxy.index(r, 0).data() for r in range(reg.proxy.rowCount())]
    assert codes[:3] == ["M03", "M02", "M01"]  # 2 < 6,25 < 20, then the unassessed
    reg.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    codes = [reg.proxy.index(r, 0).data() for r in range(reg.proxy.rowCount())]
    assert codes[:3] == ["M01", "M02", "M03"]  # missing stays last either way


def test_add_duplicate_and_delete_measure_with_undo(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    s = svc(window)
    window.actions_.add_measure.trigger()
    assert len(s.rows("measure")) == 7
    window.register.select(ids["M01"])
    window.actions_.duplicate_measure.trigger()
    codes = {m["code"] for m in s.rows("measure")}
    assert "M01-2" in codes
    assert len(s.rows("assessment", measure_id=s.id_for("measure", "M01-2"))) == 3
    window.register.select(ids["M01"])
    window.actions_.delete_measure.trigger()
    assert s.id_for("measure", "M01") is None
    window.actions_.undo.trigger()
    assert s.id_for("measure", "M01") == ids["M01"]
    assert len(s.rows("measure_note", measure_id=ids["M01"])) == 1
