"""The record's editors catch a stale write too: a meeting's dialog, a health parameter.

As in test_stale_editors: Otto changes the row after Anna's window read it
(her live updates off), then Anna saves her edit from the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.server_project import PgProject
from tests.ui.server.test_stale_editors import steps
from ui.main_window import MainWindow
from ui.parameters_dialog import ParametersDialog
from workbench.services import ProjectService

pytestmark = pytest.mark.postgres


@pytest.fixture
def anna(make_window: Callable[..., MainWindow], pg: PgProject,
         otto: ProjectService) -> Iterator[MainWindow]:
    otto.create("meeting", {"key": "o1", "title": "Eerste overleg", "date": dt.date(2026, 5, 1)})
    otto.create("health_parameter", {"key": "rr_pm25_mortality", "value": 1.1, "low": None,
                                     "high": None, "source": "Otto's bron"})
    window = make_window()
    assert window.server.open_target(pg.url("anna"))
    assert window.server.live is not None
    window.server.live.close()
    yield window
    window.server.close()
    window.controller.close()


def test_a_meeting_edited_after_a_colleague_renamed_it_keeps_both(
    qtbot: Any, anna: MainWindow, otto: ProjectService,
    answer: Callable[[bool], list[str]],
) -> None:
    assert anna.show_view("meetings")
    mid = otto.id_for("meeting", "o1")
    assert mid is not None
    dialog = anna.view_pages["meetings"].edits.edit_meeting(mid)
    otto.update("meeting", mid, {"title": "Overleg, door Otto hernoemd"})
    seen = answer(True)
    before = steps(anna)
    dialog.location.setText("Raadhuis Beverwijk")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0] and "Raadhuis Beverwijk" in seen[0]
    row = otto.get("meeting", mid)
    # mine over theirs, only the field I changed: his title stays
    assert (row["location"], row["title"]) == ("Raadhuis Beverwijk", "Overleg, door Otto hernoemd")
    assert steps(anna) == before + 1


def test_a_parameter_override_over_a_newer_one_can_take_theirs(
    qtbot: Any, anna: MainWindow, otto: ProjectService,
    answer: Callable[[bool], list[str]],
) -> None:
    anna.actions_.parameters.trigger()
    dialog = anna.findChild(ParametersDialog)
    assert dialog is not None
    dialog.select("rr_pm25_mortality")
    pid = otto.id_for("health_parameter", "rr_pm25_mortality")
    assert pid is not None
    otto.update("health_parameter", pid, {"value": 1.3})
    seen = answer(False)
    dialog.value.setText("1,2")
    dialog.source.setText("Anna's bron")
    assert not dialog.apply()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0]
    assert otto.get("health_parameter", pid)["value"] == 1.3
    dialog.close()
