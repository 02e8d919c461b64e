"""A small project, copies of it, and edits on each copy, for the merge tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.server_project import open_target
from workbench.merge import copy_for_colleague, prepare
from workbench.merge.run import MergeSummary, Take
from workbench.services import ProjectService
from workbench.store import ProjectDocument

Edit = Callable[[ProjectService], Any]


def make_project(path: Path, measures: int = 4) -> dict[str, str]:
    """Criterion `health`, measures M1..Mn with an assessment each; returns ids by code."""
    doc = ProjectDocument.create(path, title="Team")
    svc = ProjectService(doc)
    ids: dict[str, str] = {}
    ids["health"] = svc.create("criterion", {
        "key": "health", "name": "Gezondheid", "kind": "health",
        "scale": {"type": "linear", "worst": 0, "best": 100},
    }).created[0]
    ids["tata"] = svc.create("stakeholder", {"key": "tata", "name": "Tata Steel"}).created[0]
    for i in range(1, measures + 1):
        code = f"M{i}"
        ids[code] = svc.create("measure", {
            "code": code, "title": f"Maatregel {i}",
            "description": "Eerste zin. Tweede zin. Derde zin.",
        }).created[0]
        ids[f"A{i}"] = svc.create("assessment", {
            "measure_id": ids[code], "criterion_id": ids["health"],
            "low": 10.0, "best": 20.0, "high": 30.0, "rationale": "Volgens RIVM.",
        }).created[0]
    doc.save()
    doc.close()
    return ids


def edit(path: Path | str, *edits: Edit) -> None:
    doc = open_target(str(path))
    try:
        svc = ProjectService(doc)
        for e in edits:
            e(svc)
        doc.save()
    finally:
        doc.close()


@contextmanager
def opened(path: Path | str) -> Iterator[ProjectService]:
    doc = open_target(str(path), read_only=True)
    try:
        yield ProjectService(doc)
    finally:
        doc.close()


def merge(ours: Path | str, theirs: Path, take: Take | None = None) -> MergeSummary:
    """Merge `theirs` into `ours` (a file or a server project) and save ours."""
    doc = open_target(str(ours))
    try:
        svc = ProjectService(doc)
        cmd = prepare(svc, theirs, take=take)
        cmd.do(svc)
        doc.save()
    finally:
        doc.close()
    assert cmd.summary is not None
    return cmd.summary


def copies(tmp: Path, measures: int = 4) -> tuple[Path, Path, dict[str, str]]:
    team = tmp / "team.mwb"
    ids = make_project(team, measures)
    mine = tmp / "kopie.mwb"
    copy_for_colleague(team, mine)
    return team, mine, ids


def copies_on(tmp: Path, put: Callable[[Path], str]) -> tuple[str, Path, dict[str, str]]:
    """As copies, with the team's project put on a back end (its path or URL; on_backend).

    The colleague's copy is made from the file before it is put on the
    server, so the server project (rows and audit log pushed) is its common
    ancestor, as after a check-out.
    """
    team, mine, ids = copies(tmp)
    return put(team), mine, ids
