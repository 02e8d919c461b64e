"""Two people on one server project: live updates, deferred edits, stale edits, readers.

The window opens the project through ui.server (as File > Openen van
server… does); a second connection, another user, makes changes through
the core's services, as a colleague's window would.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.server_project import PgProject, drop_project, make_project
from tests.ui.test_register import cell, open_editor
from ui.main_window import MainWindow
from ui.server.open_dialog import ServerOpenDialog, server_url
from ui.server.stale_dialog import StaleEditDialog
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg() -> Iterator[PgProject]:
    project = make_project(title="Raadhuis")
    yield project
    drop_project(project)


@pytest.fixture
def colleague(pg: PgProject) -> Iterator[ProjectService]:
    """Otto, working through his own connection."""
    doc = ServerDocument.connect(pg.url("otto"))
    yield ProjectService(doc)
    doc.close()


@pytest.fixture
def anna(make_window: Callable[..., MainWindow], pg: PgProject,
         colleague: ProjectService) -> Iterator[MainWindow]:
    colleague.create("measure", {"code": "M01", "title": "Kooksfabriek sluiten"})
    window = make_window()
    assert window.server.open_target(pg.url("anna"))
    yield window
    window.server.close()
    window.controller.close()  # before the schema is dropped


def titles(window: MainWindow) -> dict[str, str]:
    return {r.code: r.title for r in window.register.model.rows()}


def answer_stale(keep_mine: bool, seen: list[str]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, StaleEditDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        (box.mine_button if keep_mine else box.theirs_button).click()

    QTimer.singleShot(0, poll)


def test_a_change_through_another_connection_reaches_the_window_within_a_second(
    qtbot: Any, anna: MainWindow, colleague: ProjectService
) -> None:
    mid = colleague.id_for("measure", "M01")
    assert mid is not None
    start = time.monotonic()
    colleague.update("measure", mid, {"title": "Kooksfabriek 2 eerder sluiten"})
    colleague.create("measure", {"code": "M02", "title": "Ertsopslag overkappen"})
    qtbot.waitUntil(lambda: titles(anna) == {"M01": "Kooksfabriek 2 eerder sluiten",
                                             "M02": "Ertsopslag overkappen"}, timeout=1000)
    assert time.monotonic() - start < 1.0
    assert anna.controller.svc.doc.user == "anna"


def test_the_refresh_waits_while_a_cell_editor_is_open(
    qtbot: Any, anna: MainWindow, colleague: ProjectService
) -> None:
    editor = open_editor(anna, "M01", "title")
    assert isinstance(editor, QLineEdit)
    editor.setText("Mijn titel, nog niet bevestigd")
    mid = colleague.id_for("measure", "M01")
    assert mid is not None
    colleague.update("measure", mid, {"title": "Van Otto"})
    live = anna.server.live
    assert live is not None
    qtbot.waitUntil(lambda: bool(live.pending), timeout=1000)
    qtbot.wait(400)  # two retries: still deferred, the user's typing untouched
    assert editor.text() == "Mijn titel, nog niet bevestigd"
    assert titles(anna)["M01"] == "Kooksfabriek sluiten"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the user gives up the edit
    qtbot.waitUntil(lambda: titles(anna)["M01"] == "Van Otto", timeout=1000)


def test_a_stale_edit_shows_their_value_and_name_and_can_keep_mine(
    qtbot: Any, anna: MainWindow, colleague: ProjectService
) -> None:
    mid = colleague.id_for("measure", "M01")
    assert mid is not None
    anna.server.live.close()  # type: ignore[union-attr]  # anna has not seen Otto's edit
    colleague.update("measure", mid, {"title": "Van Otto"})
    seen: list[str] = []
    answer_stale(True, seen)
    model = anna.register.proxy
    assert not model.setData(cell(anna, "M01", "title"), "Van Anna")
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0] and "Van Otto" in seen[0] and "Van Anna" in seen[0]
    qtbot.waitUntil(lambda: colleague.get("measure", mid)["title"] == "Van Anna", timeout=2000)
    assert titles(anna)["M01"] == "Van Anna"


def test_a_stale_edit_can_take_theirs(
    qtbot: Any, anna: MainWindow, colleague: ProjectService
) -> None:
    mid = colleague.id_for("measure", "M01")
    assert mid is not None
    anna.server.live.close()  # type: ignore[union-attr]
    colleague.update("measure", mid, {"title": "Van Otto"})
    seen: list[str] = []
    answer_stale(False, seen)
    assert not anna.register.proxy.setData(cell(anna, "M01", "title"), "Van Anna")
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    qtbot.waitUntil(lambda: titles(anna)["M01"] == "Van Otto", timeout=1000)
    assert colleague.get("measure", mid)["title"] == "Van Otto"
    assert not anna.controller.stack.canUndo()


def test_a_readers_window_opens_read_only(
    make_window: Callable[..., MainWindow], pg: PgProject
) -> None:
    window = make_window()
    assert window.server.open_target(pg.url("rita"))
    assert window.controller.read_only
    assert window.read_only_label.text() != ""
    assert not window.actions_.add_measure.isEnabled()
    window.server.close()
    window.controller.close()


def test_the_menu_offers_open_from_server_after_open(anna: MainWindow) -> None:
    actions = anna.actions_.file_menu.actions()
    assert actions[actions.index(anna.actions_.open) + 1] is anna.server.action
    assert anna.server.action.text() == "Openen van &server…"  # Dutch by default


def test_the_dialog_builds_the_address_and_refuses_a_bad_schema(qtbot: Any) -> None:
    assert server_url("raadhuis", 5433, "maatwerk", "ijmond", "anna") == (
        "postgresql://anna@raadhuis:5433/maatwerk?schema=ijmond")
    assert server_url("/run/pg", 0, "maatwerk", "ijmond", "anna") == (
        "postgresql://anna@/maatwerk?host=%2Frun%2Fpg&schema=ijmond")
    dialog = ServerOpenDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.host.setText("raadhuis")
    dialog.database.setText("maatwerk")
    dialog.schema.setText("IJmond!")
    dialog.accept()
    assert dialog.target() is None and "IJmond!" in dialog.problem.text()
    dialog.schema.setText("ijmond")
    dialog.password.setText("geheim")
    dialog.accept()
    target = dialog.target()
    assert target is not None and target.schema == "ijmond"
    assert "geheim" not in target.url and dialog.secret() == "geheim"
