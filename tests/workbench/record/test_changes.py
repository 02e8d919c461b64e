"""What changed since a meeting: equals the comparison of two independently built states."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.analysis.build import analysis_for
from workbench.record import snapshots
from workbench.record.changes import changes_since, compare
from workbench.server.transfer import checkout
from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store.server_document import ServerDocument

pytestmark = pytest.mark.both_backends


def _freeze(svc: ProjectService, path: Path) -> None:
    """A separate file holding the project as it is now (an independent earlier state).

    A file is copied by SQLite's backup API, a server project checked out.
    """
    if isinstance(svc.doc, ServerDocument):
        t = svc.doc.target
        checkout(f"{t.url}{'&' if '?' in t.url else '?'}schema={t.schema}", path)
        return
    raw = svc.doc.engine.raw_connection()
    target = sqlite3.connect(path)
    raw.driver_connection.backup(target)  # type: ignore[union-attr]
    target.close()
    raw.close()


def test_a_moved_score_is_listed_with_its_ranking_effect(
    demo_svc: ProjectService, tmp_path: Path
) -> None:
    svc = demo_svc
    state = snapshots.mark(svc, snapshots.meeting_id(svc, "o2026-03-24"))
    _freeze(svc, tmp_path / "then.mwb")
    cid = svc.id_for("criterion", "cost")
    m = svc.id_for("measure", "M02")
    a = next(x for x in svc.rows("assessment") if x["measure_id"] == m and x["criterion_id"] == cid)
    svc.update("assessment", str(a["id"]), {"low": 1.0, "best": 1.0, "high": 1.0})
    tata, m05 = svc.id_for("stakeholder", "tata"), svc.id_for("measure", "M05")
    svc.update("measure", str(m05), {"deadline_year": 2028})

    got = changes_since(svc, state)
    moved = [s for s in got.scores_moved if (s.code, s.criterion) == ("M02", "cost")]
    assert len(moved) == 1 and moved[0].new == (1.0, 1.0, 1.0)
    assert moved[0].old == (float(a["low"]), float(a["best"]), float(a["high"]))
    assert [(f.code, f.field, f.new) for f in got.measures_changed] == [
        ("M05", "deadline_year", 2028)]
    # a nearly free measure climbs in a profile that weighs cost
    rank = {r.code: r for r in got.ranking}
    assert "M02" in rank and rank["M02"].after < rank["M02"].before  # type: ignore[operator]
    assert tata  # the party exists; no position changed
    assert got.positions_shifted == ()

    then = ProjectDocument(tmp_path / "then.mwb", None)
    try:
        expected = compare(analysis_for(ProjectService(then)), analysis_for(svc))
    finally:
        then.close()
    assert got == expected


def test_nothing_changed_gives_an_empty_comparison(demo_svc: ProjectService) -> None:
    state = snapshots.mark(demo_svc, snapshots.meeting_id(demo_svc, "o2026-03-24"))
    assert changes_since(demo_svc, state).empty
