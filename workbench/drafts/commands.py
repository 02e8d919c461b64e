"""Undoable edits of the draft record (Qt-free; the GUI wraps them in its undo adapter).

Importing a version reads the file once; undo deletes the version (and its
clauses) keeping the service's snapshot, and redo restores that snapshot
exactly (same ids), so redo needs no file. A correction of a clause's
stable id is undone by giving the clause its earlier id back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from workbench.drafts.store import Imported, import_draft, reassign
from workbench.i18n import Language
from workbench.services import Change, ProjectService, Snapshot


@dataclass
class ImportDraft:
    path: Path
    name: str | None = None
    date: dt.date | None = None
    received_from: str = ""
    result: Imported | None = None
    _snapshot: Snapshot | None = field(default=None, repr=False)

    def do(self, svc: ProjectService) -> Change:
        if self._snapshot is not None:
            return svc.restore(self._snapshot)
        self.result = import_draft(svc, self.path, name=self.name, date=self.date,
                                   received_from=self.received_from)
        return self.result.change

    def undo(self, svc: ProjectService) -> Change:
        assert self.result is not None
        change, self._snapshot = svc.delete("draft", self.result.draft_id)
        return change

    def label(self, language: Language = "nl") -> str:
        return "Import draft" if language == "en" else "Concept inlezen"


@dataclass
class ReassignClause:
    """The user's correction: the clause printed `path` in `draft_key` is `old_clause_id`."""

    draft_key: str
    path: str
    old_clause_id: str | None
    _before: str | None = None

    def do(self, svc: ProjectService) -> Change:
        from workbench.drafts.store import clauses, version

        if self._before is None:
            v = version(svc, self.draft_key)
            self._before = next(c.clause_id for c in clauses(svc, v.id) if c.path == self.path)
        return reassign(svc, self.draft_key, self.path, self.old_clause_id)

    def undo(self, svc: ProjectService) -> Change:
        return reassign(svc, self.draft_key, self.path, self._before)

    def label(self, language: Language = "nl") -> str:
        return "Correct clause match" if language == "en" else "Bepaling koppelen aan vorige"
