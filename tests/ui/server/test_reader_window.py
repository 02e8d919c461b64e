"""A reader's window on the demo, a canary in an internal text of every rule: no page shows it.

Every page of the window is shown, as a reader (rita) and as an editor
(anna), and every widget text and item-view cell is read: the editor's
window shows the canary somewhere (so the scan reaches those texts), the
reader's window renders every page (the views' NULL texts break none) and
shows it nowhere (tests/workbench/server/test_reader_fields.py does the same
for the reader's own SQL and the core).
"""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from tests.server_project import PgProject, drop_project, make_project
from ui.main_window import MainWindow
from workbench.analysis.audience import RULES
from workbench.server.transfer import push
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import connect_raw, parse_target

pytestmark = pytest.mark.postgres
CANARY = "KANARIE-0451-intern"


@pytest.fixture
def pg() -> Iterator[PgProject]:
    project = make_project()
    yield project
    drop_project(project)


def _texts(w: QWidget) -> str:
    """Every text the window shows: widgets' texts and every cell of every item view."""
    out: list[str] = []
    for view in w.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model's column count is not public
            columns = 1
        for r in range(model.rowCount(QModelIndex())):
            for c in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    out.append(str(model.data(model.index(r, c), role)))
    for child in w.findChildren(QWidget):
        for attr in ("text", "toPlainText", "windowTitle", "toolTip"):
            f = getattr(child, attr, None)
            try:
                v = f() if callable(f) else None
            except TypeError:
                v = None
            if isinstance(v, str):
                out.append(v)
    return "\n".join(out)


def test_a_readers_window_shows_no_internal_text_on_any_page(
    make_window: Callable[..., MainWindow], pg: PgProject, demo_file: Path, tmp_path: Path,
    qtbot: Any,
) -> None:
    path = tmp_path / "demo.mwb"
    shutil.copyfile(demo_file, path)
    push(path, pg.url("otto"))
    doc = ServerDocument.connect(pg.url("anna"))
    svc = ProjectService(doc)
    svc.create("health_parameter", {"key": "yll_per_death", "value": 12.0, "source": "RIVM",
                                    "source_visibility": "public"})
    for entity, rule in RULES.items():
        if not rule.texts:
            continue
        conn = connect_raw(parse_target(pg.url("rita")))
        row = conn.execute(f"SELECT id FROM {entity} ORDER BY id LIMIT 1").fetchone()
        conn.close()
        assert row is not None, entity
        ch: dict[str, object] = {t: CANARY for t in rule.texts}
        ch.update({v: "internal" for v in rule.texts.values()})
        svc.update(entity, str(row[0]), ch)
    doc.close()
    shown: dict[str, list[str]] = {}
    for user in ("anna", "rita"):
        window = make_window()
        assert window.server.open_target(pg.url(user))
        seen = []
        for key in window.view_names():
            assert window.show_view(key), key
            qtbot.wait(50)
            window.grab()
            if CANARY in _texts(window):
                seen.append(key)
        shown[user] = seen
        window.server.close()
        window.controller.close()
    # The editor's window shows the internal texts somewhere (so the scan sees them)...
    assert shown["anna"]
    # ...the reader's nowhere, and every page rendered.
    assert shown["rita"] == []
