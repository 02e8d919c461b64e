"""The merge is one undoable step: do -> undo -> redo through the core's History."""

from __future__ import annotations

from pathlib import Path

from tests.workbench.merge.support import copies, edit
from workbench.commands.base import History
from workbench.merge import prepare
from workbench.merge.rows import read_rows
from workbench.services import ProjectService
from workbench.store import ProjectDocument


def test_merge_do_undo_redo(tmp_path: Path) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}),
         lambda s: s.update("assessment", ids["A2"], {"best": 25.0}),
         lambda s: s.delete("measure", ids["M3"]),
         lambda s: s.create("measure", {"code": "M9", "title": "Nieuw"}))
    doc = ProjectDocument.open(team)
    try:
        svc = ProjectService(doc)
        with doc.engine.connect() as conn:
            before = read_rows(conn)
        history = History(svc)
        cmd = prepare(svc, mine)
        history.push(cmd)
        with doc.engine.connect() as conn:
            merged = read_rows(conn)
        assert merged["assessment"][ids["A2"]]["best"] == 25.0
        assert ids["M3"] not in merged["measure"]
        assert svc.option("merge.conflicts")
        history.undo()
        with doc.engine.connect() as conn:
            assert read_rows(conn) == before
        assert svc.option("merge.conflicts") is None
        history.redo()
        with doc.engine.connect() as conn:
            assert read_rows(conn) == merged
    finally:
        doc.close()
