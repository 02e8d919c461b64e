"""The detail panel and the entity tables: every edit is a command that undo reverses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.services import ProjectService


def svc(window) -> ProjectService:  # type: ignore[no-untyped-def]
    return window.controller.svc


def test_detail_panel_edits_fields_of_the_selected_measure(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    window.register.select(ids["M02"])
    panel = window.detail
    assert panel.measure_id == ids["M02"]
    assert panel.code.text() == "M02"
    panel.baseline.setPlainText("BBT-conclusies ijzer en staal")
    panel.baseline.editing_finished.emit()
    assert (
        svc(window).get("measure", ids["M02"])["statutory_baseline"]
        == "BBT-conclusies ijzer en staal"
    )
    combo = panel.combos["origin"]
    combo.setCurrentIndex(combo.findData("jloi"))
    combo.activated.emit(combo.currentIndex())
    assert svc(window).get("measure", ids["M02"])["origin"] == "jloi"
    window.actions_.undo.trigger()
    assert svc(window).get("measure", ids["M02"])["origin"] == "our_agenda"
    assert panel.combos["origin"].currentData() == "our_agenda"


def test_detail_panel_refuses_a_bad_year_and_shows_the_stored_one(window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    window.register.select(ids["M01"])  # start 2027, deadline 2029
    panel = window.detail
    panel.start.setValue(2035)
    panel.start.editingFinished.emit()
    assert svc(window).get("measure", ids["M01"])["start_year"] == 2027
    assert panel.start.value() == 2027
    assert "startjaar" in window.errors.last_box.text()


def test_notes_links_and_terms(qtbot, window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    s = svc(window)
    window.register.select(ids["M01"])
    panel = window.detail
    panel.tabs.setCurrentIndex(1)  # hidden tabs read nothing until shown
    assert panel.notes.model.rowCount() == 1
    panel.notes.add_button.click()
    assert len(s.rows("measure_note", measure_id=ids["M01"])) == 2
    idx = panel.notes.model.index(1, panel.notes.model.column_of("visibility"))
    assert panel.notes.model.setData(idx, "partners")
    assert s.rows("measure_note", measure_id=ids["M01"])[1]["visibility"] == "partners"

    panel.links.add_button.click()
    links = s.rows("measure_link", measure_id=ids["M01"])
    assert len(links) == 1 and links[0]["kind"] == "requires"
    idx = panel.links.model.index(0, panel.links.model.column_of("kind"))
    assert panel.links.model.setData(idx, "excludes")
    assert s.rows("measure_link", measure_id=ids["M01"])[0]["kind"] == "excludes"
    panel.links.table.selectRow(0)
    panel.links.remove_button.click()
    assert s.rows("measure_link", measure_id=ids["M01"]) == []

    panel.tabs.setCurrentIndex(2)
    terms = panel.terms.model
    assert terms.rowCount() == 1  # one draft, with a term
    idx = terms.index(0, terms.column_of("deadline_year"))
    assert idx.data() == "2030"
    assert terms.setData(idx, 2029)
    assert s.rows("draft_term", measure_id=ids["M01"])[0]["deadline_year"] == 2029


def test_positions_edit_records_a_new_dated_position(window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    s = svc(window)
    panel = window.positions
    assert window.show_view("positions")
    panel.party.setCurrentIndex(panel.party.findData(ids["tata"]))
    model = panel.table.model
    row = model.row_of(ids["M01"])
    assert model.index(row, model.column_of("stance")).data() == "−2 sterk tegen"
    assert model.index(row, model.column_of("date")).data() == "10 maart 2026"
    assert model.setData(model.index(row, model.column_of("stance")), -1)
    rows = s.rows("position", stakeholder_id=ids["tata"], measure_id=ids["M01"])
    assert sorted(r["stance"] for r in rows) == [-2, -1]  # history kept
    assert next(r for r in rows if r["stance"] == -1)["red_line"] is True  # carried forward
    window.actions_.undo.trigger()
    assert len(s.rows("position", stakeholder_id=ids["tata"], measure_id=ids["M01"])) == 1


def test_weights_and_package_membership(window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    s = svc(window)
    assert window.show_view("profiles")  # managed on the weights page
    weights = window.profiles.detail.model
    assert [weights.index(r, 0).data() for r in range(weights.rowCount())] == [
        "Gezondheidswinst",
        "Kosten",
        "Haalbaarheid",
    ]
    assert weights.index(1, 1).data() == "—"  # no weight given: blank, not zero
    assert weights.setData(weights.index(1, 1), 0.3)
    assert {w["weight"] for w in s.rows("weight", profile_id=ids["ours"])} == {0.6, 0.3}

    assert window.show_view("packages")  # one packages page: tables and analysis
    tables = window.view_pages["packages"].tables
    tables.master.select(ids["ask"])
    members = tables.detail.model
    row = members.row_of(ids["M02"])
    idx = members.index(row, members.column_of("member"))
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert members.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(s.rows("package_member", package_id=ids["ask"])) == 2
    window.actions_.undo.trigger()
    assert len(s.rows("package_member", package_id=ids["ask"])) == 1


def test_criteria_and_parties_tables_add_and_remove(window) -> None:  # type: ignore[no-untyped-def]
    s = svc(window)
    assert window.show_view("criteria")  # on the score table's page
    window.criteria.add_button.click()
    assert len(s.rows("criterion")) == 4
    # The register grows a column for the new criterion.
    assert window.register.model.column_of("criterion:criterium1") > 0
    assert window.show_view("party_list")
    window.parties.add_button.click()
    assert s.id_for("stakeholder", "partij1") is not None
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert len(s.rows("criterion")) == 3
    assert window.register.model.column_of("criterion:criterium1") == -1
