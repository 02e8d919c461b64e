"""Finding work left behind by a session that crashed.

A working copy whose owning process is gone, and that holds edits made
after its last save, is offered for recovery at the next start. The user
either recovers it (it becomes the open document, unsaved) or discards it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from workbench.store.document import ProjectDocument, _remove_working, sidecar
from workbench.store.lock import pid_alive
from workbench.store.paths import working_dir
from workbench.store.sqlite import raw_connect


@dataclass(frozen=True)
class RecoveryCandidate:
    working: Path
    target: Path | None
    user: str
    started: str
    unsaved_edits: int


def find_recoverable() -> list[RecoveryCandidate]:
    found: list[RecoveryCandidate] = []
    for meta in sorted(working_dir().glob("*.json")):
        working = meta.with_suffix(".mwb")
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not working.exists() or pid_alive(int(data.get("pid", -1))):
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
    return found


def recover(candidate: RecoveryCandidate, user: str | None = None) -> ProjectDocument:
    return ProjectDocument.reopen_working_copy(candidate.working, candidate.target, user=user)


def discard(working: Path) -> None:
    _remove_working(working)
    sidecar(working).unlink(missing_ok=True)


def _audit_seq(working: Path) -> int | None:
    try:
        conn = raw_connect(working, read_only=True)
        try:
            row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").fetchone()
        finally:
            conn.close()
    except Exception:
        return None
    return int(row[0])
