"""The Parties page on the demo project: stances as the core has them, filters, undoable edits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.parties.model import FIXED
from workbench.analysis.decisions import current_positions
from workbench.interchange.demo import create_demo
from workbench.scoring import measure_flags


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mwb"
    create_demo(path)
    return path


@pytest.fixture
def page(make_window, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.mwb"
    shutil.copy(demo_file, path)
    window = make_window(path)
    assert window.show_view("parties")
    return window.view_pages["parties"]


def _index(page, code: str, party_key: str):  # type: ignore[no-untyped-def]
    model = page.model
    row = model.shown_codes().index(code)
    col = FIXED + [p.key for p in model.pm.parties].index(party_key)
    return model.index(row, col)


def test_matrix_shows_each_partys_current_stance(page) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    codes = model.shown_codes()
    positions = current_positions(page.editor.svc, codes)
    for r in range(len(codes)):
        for j, party in enumerate(model.pm.parties):
            stance = positions.stances[r, positions.parties.index(party.key)]
            shown = model.index(r, FIXED + j).data(Qt.ItemDataRole.EditRole)
            assert (shown is None) if stance != stance else shown == int(stance)
    red = _index(page, "M01", "tata")
    assert red.data().endswith("!")  # Tata's red line on closing the coke plant


def test_filter_blocked_shows_exactly_the_cores_blocked_measures(page) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    codes = sorted(str(m["code"]) for m in svc.rows("measure"))
    blocked = [s.code for s in measure_flags(current_positions(svc, codes)) if s.flag == "blocked"]
    assert blocked
    page.set_filter("blocked")
    assert page.model.shown_codes() == blocked
    page.set_filter("all")
    assert len(page.model.shown_codes()) == len(codes)


def test_editing_a_stance_adds_a_dated_position_and_undo_removes_it(page) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    index = _index(page, "M16", "kgg")
    ids = page.model.ids(index)
    before = len(svc.rows("position", stakeholder_id=ids[1], measure_id=ids[0]))
    page.set_stance(index, 1)
    rows = svc.rows("position", stakeholder_id=ids[1], measure_id=ids[0])
    assert len(rows) == before + 1
    assert _index(page, "M16", "kgg").data(Qt.ItemDataRole.EditRole) == 1
    dialog = page.show_history(_index(page, "M16", "kgg"))
    assert dialog.table.rowCount() == before + 1
    assert dialog.table.item(0, 1).text().startswith("+1")
    dialog.close()
    page.editor.stack.undo()
    assert len(svc.rows("position", stakeholder_id=ids[1], measure_id=ids[0])) == before
    assert _index(page, "M16", "kgg").data(Qt.ItemDataRole.EditRole) == -1


def test_meeting_mode_hides_red_lines_and_conditions(page) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    conditions = {
        cell.conditions for row in model.pm.cells for cell in row if cell and cell.conditions
    }
    assert conditions
    page.window().meeting.set_on(True)
    for r in range(model.rowCount()):
        for c in range(FIXED, model.columnCount()):
            assert "!" not in (model.index(r, c).data() or "")
            tip = model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""
            assert not any(text in tip for text in conditions)
    assert page.zone_box.isHidden()


def test_meeting_mode_shows_what_the_partners_may_see_as_their_workbook_does(page) -> None:  # type: ignore[no-untyped-def]
    """The shared screen reads the partners' data (the one rule), no second rule of its own:
    a red line and conditions Velsen shares with the partners stay visible in meeting mode,
    as in the partners' workbook; Tata's internal red line on M01 does not."""
    import datetime as dt

    svc = page.editor.svc
    velsen = svc.id_for("stakeholder", "velsen")
    m12 = svc.id_for("measure", "M12")
    svc.create("position", {
        "stakeholder_id": velsen, "measure_id": m12, "stance": 2, "red_line": True,
        "conditions": "GEDEELD_MET_PARTNERS", "visibility": "partners",
        "date": dt.date(2026, 4, 1),
    })
    page.window().meeting.set_on(True)
    shared = _index(page, "M12", "velsen")
    assert shared.data().endswith("!")
    assert "GEDEELD_MET_PARTNERS" in shared.data(Qt.ItemDataRole.ToolTipRole)
    assert not (_index(page, "M01", "tata").data() or "").endswith("!")
