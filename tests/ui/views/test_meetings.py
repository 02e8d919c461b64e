"""The Vergaderingen page on the demo: meetings, open items, agenda order, history, changes."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableWidget

from workbench.commands import UpdateEntity
from workbench.interchange.demo import create_demo
from workbench.record.snapshots import snapshot_of


def _column(t: QTableWidget, c: int) -> list[str]:
    return [t.item(r, c).text() for r in range(t.rowCount()) if t.item(r, c) is not None]


def test_meetings_page_shows_the_record_and_edits_reach_history_and_changes(
    make_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "demo.mwb"
    create_demo(path)
    window = make_window(path)
    assert window.show_view("meetings")
    page = window.view_pages["meetings"]
    svc = page.editor.svc
    assert page.tabs.tabText(0) == "Vergaderingen"
    assert _column(page.list, 1) == [m["title"] for m in sorted(
        svc.rows("meeting"), key=lambda r: r["date"])]
    # the demo's open action items appear in the overview
    open_texts = {a["text"] for a in svc.rows("action_item") if not a["done"]}
    assert open_texts and open_texts <= set(_column(page.open_list, 1))

    # agenda: reorder keeps every item
    before = [page.agenda_list.item(i).text() for i in range(page.agenda_list.count())]
    page.agenda_list.setCurrentRow(0)
    page.down.click()
    after = [page.agenda_list.item(i).text() for i in range(page.agenda_list.count())]
    assert after[1] == before[0] and sorted(after) == sorted(before)

    # open the latest meeting, edit through the undo stack, see history and the change
    page.list.selectRow(page.list.rowCount() - 1)
    page.open_button.click()
    latest = page.records[-1]
    assert snapshot_of(svc, latest.id) is not None
    m05 = svc.id_for("measure", "M05")
    page.editor.push(UpdateEntity("measure", m05, {"deadline_year": 2028}))
    codes = _column(page.history, 3)
    assert "M05" in codes
    row = codes.index("M05")
    assert page.history.item(row, 7).text() == f"overleg {latest.key}"
    page.list.selectRow(page.list.rowCount() - 1)
    page.show_changes()
    assert "deadline_year" in page.changes.toPlainText()
    assert "2028" in page.changes.toPlainText()


def test_internal_record_shows_for_the_team_and_not_in_meeting_mode(
    make_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.test_meeting_mode import build_canaries, texts_by_source

    path = tmp_path / "kanaries.mwb"
    build_canaries(path)
    window = make_window(path)
    assert window.show_view("meetings")
    page = window.view_pages["meetings"]
    record = ("KANARIE_BESLUIT", "KANARIE_TOEZEGGING", "KANARIE_ACTIE")

    def shown() -> str:
        return "\n".join(t for ts in texts_by_source([page]).values() for t in ts)

    assert all(c in shown() for c in record)
    window.meeting.set_on(True)
    assert not [c for c in record if c in shown()]
    assert not page.tabs.isTabVisible(2)  # the team's history is not on a shared screen


# -- editing the record: each edit one undo step -----------------------------------------

def _demo_page(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.mwb"
    create_demo(path)
    window = make_window(path)
    assert window.show_view("meetings")
    return window, window.view_pages["meetings"]


def _tick(dialog, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    for i in range(dialog.parties.count()):
        item = dialog.parties.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names
                           else Qt.CheckState.Unchecked)


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_a_meeting_its_commitment_and_action_item_are_added_and_edited_one_step_each(
    make_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    _window, page = _demo_page(make_window, tmp_path)
    svc, stack = page.editor.svc, page.editor.stack
    tata = str(svc.get("stakeholder", svc.id_for("stakeholder", "tata") or "")["name"])
    nh = str(svc.get("stakeholder", svc.id_for("stakeholder", "nh") or "")["name"])
    before = len(svc.rows("meeting"))

    assert page.new_meeting.text() == "Nieuw overleg…"
    dialog = page.edits.add_meeting()
    assert dialog.windowTitle() == "Overleg"
    assert dialog.form.labelForField(dialog.parties).text() == "Aanwezige partijen"
    dialog.title.setText("Donderdagoverleg")
    dialog.date.setDate(QDate(2026, 6, 4))
    dialog.location.setText("Gemeentehuis Velsen")
    _choose(dialog.kind, "bilateraal")
    _tick(dialog, {tata, nh})
    dialog.delegation.setText("wethouder Velsen, projectleider")
    dialog.decisions.setPlainText("Meetplan M05 vóór 1 juli")
    dialog.accept()
    (row,) = [r for r in svc.rows("meeting") if r["title"] == "Donderdagoverleg"]
    mid = str(row["id"])
    assert (row["key"], row["date"], row["kind"], row["visibility"]) == (
        "o2026-06-04", dt.date(2026, 6, 4), "bilateral", "internal")
    assert row["decisions"] == "Meetplan M05 vóór 1 juli"
    assert {str(svc.get("stakeholder", str(p["stakeholder_id"]))["name"])
            for p in svc.rows("meeting_party", meeting_id=mid)} == {tata, nh}
    assert "Donderdagoverleg" in _column(page.list, 1)
    assert page._selected() is not None

    # the new meeting is the latest: select it and record a promise and an action
    page.list.selectRow(_column(page.list, 1).index("Donderdagoverleg"))
    promise = page.edits.add_commitment(mid)
    _choose(promise.party, tata)
    _choose(promise.measure, "M05")
    promise.text.setPlainText("Meetplan indienen")
    promise.due.has.setChecked(True)
    promise.due.date.setDate(QDate(2026, 7, 1))
    promise.accept()
    action = page.edits.add_action(mid)
    action.text.setPlainText("Reactie op meetplan voorbereiden")
    action.owner.setText("projectleider")
    action.accept()
    assert _column(page.commitments, 2) == ["Meetplan indienen"]
    assert _column(page.action_table, 0) == ["Reactie op meetplan voorbereiden"]
    (c,) = svc.rows("commitment", meeting_id=mid)
    assert (c["measure_id"], c["due"], c["status"]) == (
        svc.id_for("measure", "M05"), dt.date(2026, 7, 1), "open")

    # edits write only what changed, each one step
    depth = stack.count()
    page.commitments.selectRow(0)
    edit = page.edits.edit_commitment(str(c["id"]))
    _choose(edit.status, "nagekomen")
    edit.accept()
    assert svc.get("commitment", str(c["id"]))["status"] == "kept"
    assert _column(page.commitments, 4) == ["nagekomen"]
    (a,) = svc.rows("action_item", meeting_id=mid)
    done = page.edits.edit_action(str(a["id"]))
    done.done_box.setChecked(True)
    done.accept()
    assert svc.get("action_item", str(a["id"]))["done"] is True
    assert stack.count() == depth + 2
    stack.undo()
    assert svc.get("action_item", str(a["id"]))["done"] is False
    stack.undo()
    assert svc.get("commitment", str(c["id"]))["status"] == "open"
    assert svc.get("commitment", str(c["id"]))["text"] == "Meetplan indienen"
    # undoing the two additions and the meeting: three more steps, then it is gone
    for _ in range(3):
        stack.undo()
    assert len(svc.rows("meeting")) == before
    assert not svc.rows("commitment", meeting_id=mid)
    assert "Donderdagoverleg" not in _column(page.list, 1)


def test_in_meeting_mode_new_items_are_internal_and_leave_the_screen_unnamed(
    make_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.test_meeting_mode import build_canaries
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    path = tmp_path / "kanaries.mwb"
    ids = build_canaries(path)
    doc = ProjectDocument.open(path)
    ProjectService(doc).update("stakeholder", ids["velsen"], {"visibility": "partners"})
    doc.save()
    doc.close()
    window = make_window(path)
    window.meeting.set_on(True)
    assert window.show_view("meetings")
    page = window.view_pages["meetings"]
    svc = page.editor.svc
    o1 = svc.id_for("meeting", "o1")
    assert page._selected() is not None and page._selected().id == o1
    assert not page.delete_meeting.isEnabled()  # it holds items this screen does not show

    # the meeting's internal notes and decisions are not offered, and an edit keeps them
    dialog = page.edits.edit_meeting(o1)
    assert not dialog.notes.isEnabled() and not dialog.decisions.isEnabled()
    assert "KANARIE" not in dialog.notes.toPlainText() + dialog.decisions.toPlainText()
    dialog.location.setText("Provinciehuis")
    dialog.accept()
    row = svc.get("meeting", o1)
    assert row["location"] == "Provinciehuis"
    assert (row["notes"], row["decisions"]) == ("KANARIE_VERGADERNOTITIE", "KANARIE_BESLUIT")

    promise = page.edits.add_commitment(o1)
    assert promise.visibility.currentData() == "internal"
    assert promise.party.count() > 0  # a party the partners may see
    party = promise.party.currentText()
    promise.text.setPlainText("GEHEIME_BELOFTE")
    promise.accept()
    (new,) = [c for c in svc.rows("commitment") if c["text"] == "GEHEIME_BELOFTE"]
    assert new["visibility"] == "internal"
    assert "GEHEIME_BELOFTE" not in _column(page.commitments, 2)
    message = window.statusBar().currentMessage()
    assert message == "De toezegging is intern: verborgen in vergadermodus."
    assert party not in message

    meeting = page.edits.add_meeting()
    meeting.title.setText("GEHEIM_OVERLEG")
    meeting.accept()
    assert [r for r in svc.rows("meeting") if r["title"] == "GEHEIM_OVERLEG"]
    assert "GEHEIM_OVERLEG" not in _column(page.list, 1)
    assert "GEHEIM" not in window.statusBar().currentMessage()


# -- the agenda: edited, kept in the project, printed -----------------------------------

def test_an_edited_agenda_is_kept_per_meeting_and_printed(
    make_window, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    window, page = _demo_page(make_window, tmp_path)
    svc = page.editor.svc
    latest = page.records[-1]
    panel = page.agenda
    assert panel.meeting is not None and panel.meeting.id == latest.id
    proposed = panel.texts()
    assert len(proposed) >= 3
    panel.agenda_list.item(0).setText("Opening en mededelingen")  # as an in-place edit does
    panel.agenda_list.setCurrentRow(2)
    panel.remove.click()
    panel.agenda_list.setCurrentRow(1)
    panel.up.click()
    shown = panel.texts()
    assert shown[1] == "Opening en mededelingen" and len(shown) == len(proposed) - 1
    panel.save.click()
    kept = svc.option(f"agenda.{latest.id}")
    assert [i["text"] for i in kept["items"]] == shown and kept["visibility"] == "internal"

    # another edit elsewhere refreshes the page; the kept agenda is shown again
    page.editor.push(UpdateEntity("measure", svc.id_for("measure", "M05"), {"deadline_year": 2029}))
    assert panel.texts() == shown and panel.kept

    out = tmp_path / "agenda.pdf"
    monkeypatch.setattr("ui.meetings.agenda.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), "PDF (*.pdf)"))
    panel.print_button.click()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "2. Opening en mededelingen" in text

    # meeting mode: the team's internal agenda is not shown, the partners' proposal is
    window.meeting.set_on(True)
    assert "Opening en mededelingen" not in panel.texts()
    assert not panel.save.isEnabled()
    window.meeting.set_on(False)
    assert panel.texts() == shown
    page.editor.stack.undo()  # the deadline
    page.editor.stack.undo()  # keeping the agenda
    assert svc.option(f"agenda.{latest.id}") is None
    assert not panel.kept and "Opening en mededelingen" not in panel.texts()


# -- history: "Geschiedenis" on a register row and a score, undo as its own entry ---------

def _history_rows(dialog) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount()))
            for r in range(t.rowCount())]


def test_history_of_a_register_row_shows_an_undo_as_its_own_entry(
    make_window, tmp_path: Path, qtbot  # type: ignore[no-untyped-def]
) -> None:
    from ui.meetings.history import RecordHistoryDialog

    window, page = _demo_page(make_window, tmp_path)
    editor = page.editor
    m05 = editor.svc.id_for("measure", "M05")
    editor.push(UpdateEntity("measure", m05, {"deadline_year": 2028}))
    editor.stack.undo()
    window.show_view("register")
    assert window.register.select(m05)
    window.register.table.setFocus()
    qtbot.keyClick(window.register.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.register.findChild(RecordHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Geschiedenis: M05"
    rows = [(r[2], r[3], r[4], r[5]) for r in _history_rows(dialog) if r[3] == "deadline_year"]
    assert rows[-2:] == [("M05", "deadline_year", "2027", "2028"),
                         ("M05", "deadline_year", "2028", "2027")]
    assert editor.svc.get("measure", m05)["deadline_year"] == 2027
    dialog.close()
    window.meeting.set_on(True)  # the team's record is not for a shared screen
    assert window.register.show_history() is None


def test_history_of_a_score_cell_in_the_score_table(
    make_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window, _page = _demo_page(make_window, tmp_path)
    assert window.show_view("matrix")
    matrix = window.view_pages["matrix"]
    row = matrix.model.row_of("M05")
    col = matrix.model.criterion_column("cost")
    cell = matrix.model.cell(row, col)
    assert cell is not None and cell.assessment_id is not None
    old = cell.best
    assert matrix.model.setData(matrix.model.index(row, col), old + 1e6)
    matrix.editor.stack.undo()
    dialog = matrix.show_history(matrix.proxy.mapFromSource(matrix.model.index(row, col)))
    best = [(r[2], r[4], r[5]) for r in _history_rows(dialog) if r[3] == "best"]
    assert old == 12e6  # the demo's estimate: € 12 mln, shown as logged, in Dutch notation
    assert best[-2:] == [("M05/cost", "12.000.000", "13.000.000"),
                         ("M05/cost", "13.000.000", "12.000.000")]
    dialog.close()


# -- a partner-workbook import: its entries carry the import as origin ------------------

def test_a_partner_workbook_import_is_history_with_the_import_as_origin(
    make_window, tmp_path: Path, qtbot  # type: ignore[no-untyped-def]
) -> None:
    from tests.workbench.imports.support import build_scoring_project, edit, export
    from ui.import_dialog import ImportDialog
    from workbench.record.history import history
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    path = tmp_path / "dossier.mwb"
    doc = ProjectDocument.create(path, title="Import")
    build_scoring_project(ProjectService(doc), n=6)
    export(ProjectService(doc), tmp_path / "vergelijking.xlsx")
    doc.save()
    doc.close()
    window = make_window(path)
    editor = window.controller.editor
    svc = editor.svc
    m02, health = svc.id_for("measure", "M02"), svc.id_for("criterion", "health")
    (a,) = [r for r in svc.rows("assessment", measure_id=m02) if r["criterion_id"] == health]
    old = float(a["best"])
    edit(tmp_path / "vergelijking.xlsx", tmp_path / "terug.xlsx",
         {("Vergelijking", "M02", "health:best"): old + 0.5})
    start = svc.doc.audit_seq()
    dialog = ImportDialog.from_file(svc, tmp_path / "terug.xlsx", editor.push, "nl", window)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    assert dialog.applied
    entries = history(svc, since_seq=start)
    assert entries and all(e.origin is not None and e.origin.text() == "import terug.xlsx"
                           for e in entries)
    (best,) = [e for e in entries if e.code == "M02/health" and e.field == "best"]
    assert best.old == old and best.new == pytest.approx(old + 0.5)
    # the change list on the Vergaderingen page names the import too
    assert window.show_view("meetings")
    page = window.view_pages["meetings"]
    codes = _column(page.history, 3)
    row = max(i for i, c in enumerate(codes) if c == "M02/health")
    assert page.history.item(row, 7).text() == "import terug.xlsx"
    editor.stack.undo()
    undone = history(svc, since_seq=start)[len(entries):]
    assert undone and all(e.origin is not None
                          and e.origin.text() == "ongedaan gemaakt terug.xlsx" for e in undone)
