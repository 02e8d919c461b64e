"""The one rule of when a page reads the project (ui/views/shown.py), on the real pages.

A hidden page reads nothing (start-up, changes made elsewhere) until it is
shown; a change of audience while it is hidden leaves nothing of the old
audience in it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from ui.views.shown import ReadWhenShown

# the analysis and record pages that follow the rule: view key and class
PAGES = (
    ("matrix", "MatrixPage"),
    ("weights", "WeightsPage"),
    ("parties", "PartiesPage"),
    ("packages", "PackagesPage"),
    ("meetings", "MeetingsPage"),
)


class Counting(ReadWhenShown, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0
        self.forgotten = 0

    def read_page(self) -> None:
        self.reads += 1

    def forget_page(self) -> None:
        self.forgotten += 1


def test_a_hidden_page_reads_once_when_shown_and_forgets_another_audience(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = Counting()
    qtbot.addWidget(page)
    for _ in range(3):  # three changes while hidden
        page.read_when_shown()
    assert page.reads == 0 and page.unread
    page.show()
    qtbot.waitExposed(page)
    assert page.reads == 1 and not page.unread  # one read for all three
    page.read_when_shown()
    assert page.reads == 2  # visible: at once
    page.hide()
    page.audience_changed(changed=True)
    assert page.forgotten == 1 and page.unread and page.reads == 2
    page.audience_changed(changed=False)  # same audience, hidden: only marked
    assert page.forgotten == 1 and page.reads == 2
    page.show()
    assert page.reads == 3


def _page(window, cls: str) -> ReadWhenShown:  # type: ignore[no-untyped-def]
    found = [w for w in window.findChildren(QWidget) if type(w).__name__ == cls]
    assert len(found) == 1, cls
    page = found[0]
    assert isinstance(page, ReadWhenShown)
    return page


@pytest.mark.parametrize(("view", "cls"), PAGES)
def test_each_page_reads_nothing_until_it_is_shown(  # type: ignore[no-untyped-def]
    window, view: str, cls: str, monkeypatch
) -> None:
    page = _page(window, cls)
    assert not page.isVisible() and page.unread  # start-up read nothing for it
    reads: list[int] = []
    original = type(page).read_page
    monkeypatch.setattr(type(page), "read_page", lambda self: (reads.append(1), original(self)))
    page.read_when_shown()  # a change made elsewhere while the page is hidden
    assert reads == [] and page.unread
    assert window.show_view(view)
    assert reads == [1] and not page.unread


def test_a_master_table_read_on_first_show_chooses_a_row_for_its_detail(window) -> None:  # type: ignore[no-untyped-def]
    """Meeting mode switched on elsewhere empties the hidden profiles table; shown later,
    it reads its rows and chooses one, so the weights beside it are not left empty."""
    assert window.show_view("register")
    svc = window.controller.editor.svc
    (profile,) = svc.rows("weight_profile")
    svc.update("weight_profile", profile["id"], {"visibility": "partners"})  # shared
    window.meeting.set_on(True)
    for view in ("value", "packages", "parties", "profiles"):  # as a user clicks through
        assert window.show_view(view)
    panel = window.profiles
    assert panel.master.current_id() is not None
    assert panel.detail.model.rowCount() > 0
