"""Undoable edits of the draft record (Qt-free; the GUI wraps them in its undo adapter).

Importing a version reads the file once; undo deletes the version (and its
clauses) keeping the service's snapshot, and redo restores that snapshot
exactly (same ids), so redo needs no file. A correction of a clause's
stable id is undone by giving the version's clauses their earlier ids back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from workbench.drafts.store import (
    Imported,
    clause_ids,
    import_draft,
    reassign,
    set_clause_ids,
)
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
    """The user's correction: the clause printed `path` in `draft_key` is `old_clause_id`.

    `old_clause_id` None makes it a new clause (a fresh id). The ids of the
    whole version are kept before and after, so undo also gives back the id
    of a clause that had to give up `old_clause_id`, and redo restores the
    very ids (fresh ones included) that later edits, such as a link, use.
    """

    draft_key: str
    path: str
    old_clause_id: str | None
    _before: dict[str, tuple[str, str | None]] | None = field(default=None, repr=False)
    _after: dict[str, tuple[str, str | None]] | None = field(default=None, repr=False)

    def do(self, svc: ProjectService) -> Change:
        if self._after is not None:
            return set_clause_ids(svc, self.draft_key, self._after)
        self._before = clause_ids(svc, self.draft_key)
        change = reassign(svc, self.draft_key, self.path, self.old_clause_id)
        self._after = clause_ids(svc, self.draft_key)
        return change

    def undo(self, svc: ProjectService) -> Change:
        assert self._before is not None
        return set_clause_ids(svc, self.draft_key, self._before)

    def label(self, language: Language = "nl") -> str:
        return "Correct clause match" if language == "en" else "Bepaling koppelen aan vorige"
