"""A session killed mid-work leaves a working copy that the next start recovers."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from workbench.services import ProjectService
from workbench.store import ProjectDocument, discard, find_recoverable, recover

KILLED_SESSION = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from workbench.store import ProjectDocument
    from workbench.services import ProjectService
    doc = ProjectDocument.open(Path(sys.argv[1]))
    svc = ProjectService(doc)
    svc.create("measure", {"code": "M77", "title": "Werk van voor de crash"})
    os._exit(1)  # dies without saving, closing or releasing anything
    """
)


def _kill_a_session(project_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILLED_SESSION, str(project_path)],
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr


def test_killed_session_is_offered_and_recovered(doc: ProjectDocument, project_path: Path) -> None:
    doc.close()
    _kill_a_session(project_path)
    found = find_recoverable()
    assert len(found) == 1
    cand = found[0]
    assert cand.target == project_path.resolve()
    assert cand.unsaved_edits > 0
    # The user's file itself never saw the edit.
    ro = ProjectDocument.open(project_path, read_only=True)
    assert ProjectService(ro).rows("measure") == []
    ro.close()
    rec = recover(cand)
    try:
        assert rec.modified
        assert [r["code"] for r in ProjectService(rec).rows("measure")] == ["M77"]
        rec.save()
    finally:
        rec.close()
    reopened = ProjectDocument.open(project_path, read_only=True)
    try:
        assert [r["code"] for r in ProjectService(reopened).rows("measure")] == ["M77"]
    finally:
        reopened.close()
    assert find_recoverable() == []


def test_discarded_recovery_is_gone(doc: ProjectDocument, project_path: Path) -> None:
    doc.close()
    _kill_a_session(project_path)
    (cand,) = find_recoverable()
    discard(cand.working)
    assert find_recoverable() == []


def test_a_running_session_is_not_offered(doc: ProjectDocument, svc: ProjectService) -> None:
    svc.create("measure", {"code": "M01", "title": "Nog open"})
    assert find_recoverable() == []


def test_closed_session_leaves_nothing_to_recover(
    doc: ProjectDocument, svc: ProjectService
) -> None:
    svc.create("measure", {"code": "M01", "title": "Afgesloten zonder opslaan"})
    doc.close()
    assert find_recoverable() == []
