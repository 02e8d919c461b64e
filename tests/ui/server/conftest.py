"""Server GUI tests: no edit made in them may skip the stale-edit check.

An update command without the row version its editor read would silently
overwrite a colleague's newer value. Every GUI write path passes the version
(issue 16); :data:`workbench.commands.base.UNVERSIONED` is told of any that
does not, and this guard fails the test that made one. Also here: a fresh
server project (``pg``), Otto's own connection to it (``otto``) and the
choice made in the stale dialog (``answer``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest

from tests.server_project import PgProject, drop_project, make_project
from ui.server.stale_dialog import StaleEditDialog
from workbench.commands.base import UNVERSIONED
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument


@pytest.fixture(autouse=True)
def _every_edit_carries_its_version(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG, logger=UNVERSIONED.name)
    yield
    unversioned = [r.getMessage() for r in caplog.records if r.name == UNVERSIONED.name]
    assert not unversioned, f"GUI edits without the version read: {unversioned}"


@pytest.fixture
def pg() -> Iterator[PgProject]:
    project = make_project(title="Raadhuis")
    yield project
    drop_project(project)


@pytest.fixture
def otto(pg: PgProject) -> Iterator[ProjectService]:
    doc = ServerDocument.connect(pg.url("otto"))
    yield ProjectService(doc)
    doc.close()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], list[str]]:
    """Choose in the stale dialog (keep mine: True); returns the texts it showed."""

    def choose(keep_mine: bool) -> list[str]:
        seen: list[str] = []

        def exec_(box: StaleEditDialog) -> int:
            seen.append(f"{box.text()}\n{box.informativeText()}")
            (box.mine_button if keep_mine else box.theirs_button).click()
            return 0

        monkeypatch.setattr(StaleEditDialog, "exec", exec_)
        return seen

    return choose
