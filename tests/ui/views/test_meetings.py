"""The Vergaderingen page on the demo: meetings, open items, agenda order, history, changes."""

from __future__ import annotations

from pathlib import Path

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
