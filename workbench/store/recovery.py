"""Finding work left behind by a session that crashed, and clearing what it left.

A working copy whose owning process is gone, and that holds edits made
after its last save, is offered for recovery at the next start. The user
either recovers it (it becomes the open document, unsaved) or discards it.
Everything else a dead session left in the working folder is removed at
once: copies that hold nothing unsaved, copies still being opened when the
process died, stray journals and revert copies, and sidecars without a copy.
These are full copies of confidential projects; none may linger.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from workbench.store.document import ProjectDocument, _remove_working, sidecar
from workbench.store.lock import pid_alive
from workbench.store.paths import working_dir
from workbench.store.sqlite import raw_connect

# A working copy without a sidecar is older than this version's sessions (they
# write the sidecar first); past this age no live session can still own it.
ORPHAN_AGE_S = 60.0


@dataclass(frozen=True)
class RecoveryCandidate:
    working: Path
    target: Path | None
    user: str
    started: str
    unsaved_edits: int


def find_recoverable() -> list[RecoveryCandidate]:
    """Working copies of dead sessions holding unsaved edits; clears the rest."""
    folder = working_dir()
    found: list[RecoveryCandidate] = []
    for meta in sorted(folder.glob("*.json")):
        working = meta.with_suffix(".mwb")
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            pid = int(data.get("pid", -1))
        except (OSError, ValueError, TypeError, AttributeError):
            data, pid = None, -1
        if data is not None and pid_alive(pid):
            continue
        if data is None or not working.exists() or data.get("saved_seq") is None:
            # Garbled record, no copy, or a copy still being opened: nothing unsaved.
            discard(working)
            continue
        seq = _audit_seq(working)
        saved = int(data.get("saved_seq", 0))
        target = data.get("target")
        if seq is None or (seq == saved and target is not None):
            # Nothing unsaved (or unreadable): clean it up silently.
            discard(working)
            continue
        found.append(
            RecoveryCandidate(
                working=working,
                target=None if target is None else Path(target),
                user=str(data.get("user", "")),
                started=str(data.get("started", "")),
                unsaved_edits=max(seq - max(saved, 0), 0),
            )
        )
    _remove_orphans(folder)
    return found


def _remove_orphans(folder: Path) -> None:
    """Copies, journals and revert copies whose session record is gone."""
    now = time.time()
    for p in folder.iterdir():
        base = p.name.split(".", 1)[0]
        if (folder / f"{base}.json").exists():
            continue
        with contextlib.suppress(OSError):
            if now - p.stat().st_mtime >= ORPHAN_AGE_S:
                p.unlink()


def recover(candidate: RecoveryCandidate, user: str | None = None) -> ProjectDocument:
    return ProjectDocument.reopen_working_copy(candidate.working, candidate.target, user=user)


def discard(working: Path) -> None:
    _remove_working(working)
    sidecar(working).unlink(missing_ok=True)


def _audit_seq(working: Path) -> int | None:
    try:
        # Writable: a hot journal left by the crash must be rolled back, not
        # read around (a read-only connection cannot, and would lose the copy).
        conn = raw_connect(working)
        try:
            row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(row[0])
