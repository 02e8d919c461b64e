"""A merge from start to end: read both sides, plan, and one undoable command.

:func:`prepare` opens their file the way every project file is opened (a
private copy, checked against the schema and SQLite's quick check before a
row is read; an older schema migrated in that copy only), finds the
common ancestor (:mod:`workbench.merge.lineage`), rebuilds it from the
audit log (or reads it from an explicit base file) and compares the three
states. :class:`MergeCommand` writes the result in one transaction of the
services and takes it back in one (undo); the GUI pushes it on its undo
stack like any core command, the command line runs it once and saves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection

from workbench.i18n import Language, UserError
from workbench.merge import conflicts as store
from workbench.merge.apply import apply_plan, settle, take_back
from workbench.merge.conflicts import Conflict
from workbench.merge.crossed import combine, known
from workbench.merge.effect import Effect, figures
from workbench.merge.history import State, authors, entries_after, head, rewind
from workbench.merge.lineage import (
    CONFLICTS,
    LINEAGE,
    Ancestor,
    find_ancestor,
    lineage,
    read_option,
    record,
)
from workbench.merge.plan import Plan, three_way
from workbench.merge.rows import Rows, read_rows
from workbench.merge.rules import check, deleted_rows, is_check, read_links
from workbench.services import Change, ProjectService
from workbench.store import ProjectDocument

Take = Literal["ours", "theirs"]


@dataclass
class MergeSummary:
    """What a merge did: rows merged per entity, and every conflict with its status."""

    merged: dict[str, int]
    conflicts: list[Conflict]
    ancestor: State
    theirs: str
    effect: Effect | None = None

    @property
    def open(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.status == "open"]

    def plain(self) -> dict[str, object]:
        out: dict[str, object] = {
            "merged": dict(sorted(self.merged.items())),
            "conflicts": [c.public() for c in self.conflicts],
        }
        if self.effect is not None:
            out["effect"] = self.effect.plain()
        return out


def open_checked(path: Path) -> ProjectDocument:
    """Another copy, opened like any project file: checked before anything reads it."""
    return ProjectDocument.open(path, read_only=True)


@dataclass
class MergeCommand:
    """The whole merge as one undo step (a core command: do, undo, label)."""

    plan: Plan
    theirs_state: State
    theirs_name: str
    ancestor: State
    take: Take | None = None
    summary: MergeSummary | None = None
    # the ranking's top and package totals before/after, from the one analysis
    with_effect: bool = True
    _range: tuple[int, int] | None = field(default=None, repr=False)

    def do(self, svc: ProjectService) -> Change:
        before = svc.doc.audit_seq()
        was = figures(svc) if self.with_effect else None
        with svc.batch() as tx:
            ours = read_links(tx.conn)
            gone = deleted_rows(tx.conn, ours, self.plan.deletes)
            refused = apply_plan(tx, self.plan)
            broken = check(ours, read_links(tx.conn), gone)
            found = [*self.plan.conflicts, *refused, *broken]
            if self.take is not None:
                found = [_take(tx, c, self.take) for c in found]
            kept = {c.key: c for c in store.load(read_option(tx.conn, CONFLICTS))}
            kept.update({c.key: c for c in found if c.status == "open"})
            for c in found:
                if c.status != "open":
                    kept.pop(c.key, None)
            tx.set_option(CONFLICTS, store.dump(list(kept.values())) or None)
            current = lineage(tx.conn)
            tx.set_option(
                LINEAGE, record(current, "merge", self.theirs_state, tx.user, self.theirs_name)
            )
        self._range = (before, svc.doc.audit_seq())
        effect = None if was is None else Effect(was, figures(svc))
        self.summary = MergeSummary(
            dict(self.plan.merged), found, self.ancestor, self.theirs_name, effect
        )
        return Change(
            entities=frozenset(e for e, _ in self.plan.creates)
            | {e for e, _ in self.plan.updates}
            | {e for e, _ in self.plan.deletes}
            | {c.entity for c in found},
            options=frozenset({CONFLICTS, LINEAGE}),
        )

    def undo(self, svc: ProjectService) -> Change:
        assert self._range is not None, "undo before do"
        lo, hi = self._range
        with svc.batch() as tx:
            take_back(tx, [e for e in entries_after(tx.conn, lo) if e.seq <= hi])
        return Change(
            entities=frozenset(e for e, _ in self.plan.creates)
            | {e for e, _ in self.plan.updates}
            | {e for e, _ in self.plan.deletes},
            options=frozenset({CONFLICTS, LINEAGE}),
        )

    def label(self, language: Language = "nl") -> str:
        return f"Merge {self.theirs_name}" if language == "en" else (
            f"Samenvoegen {self.theirs_name}"
        )


def _take(tx: object, c: Conflict, side: Take) -> Conflict:
    from workbench.services.project import _Tx

    assert isinstance(tx, _Tx)
    if c.kind == "key":
        return settle(tx, c, "ours")  # the proposed code; theirs is taken
    if is_check(c) and not c.rows:
        return c  # a package breaking a rule: no side's value mends it; left for a person
    try:
        return settle(tx, c, side)
    except UserError:
        return c  # the rules refuse it: left open for a person


def prepare(
    svc: ProjectService, theirs_path: Path, *, base_path: Path | None = None,
    take: Take | None = None,
) -> MergeCommand:
    """Read their copy (or change set), find the ancestor, compare; nothing is written yet."""
    if base_path is None:
        from workbench.merge.changeset import is_change_set, prepare_changes

        if is_change_set(theirs_path):
            return prepare_changes(svc, theirs_path, take)
    theirs_doc = open_checked(theirs_path)
    base_doc = open_checked(base_path) if base_path is not None else None
    try:
        with svc.doc.engine.connect() as ours, theirs_doc.engine.connect() as theirs:
            ours_rows, theirs_rows = read_rows(ours), read_rows(theirs)
            theirs_head = head(theirs)
            if base_doc is not None:
                with base_doc.engine.connect() as base:
                    if lineage(base)["project"] != lineage(ours)["project"]:
                        raise UserError("merge.unrelated", path=base_path)
                    base_rows = read_rows(base)
                    ancestor = head(base)
                ours_later = entries_after(ours, ancestor.seq)
                theirs_later = entries_after(theirs, ancestor.seq)
            else:
                anc = find_ancestor(ours, theirs, theirs_path.name)
                ancestor = anc.state
                if anc.crossed is not None:
                    return _crossed(anc, ours, theirs, ours_rows, theirs_rows, theirs_head,
                                    theirs_path.name, take)
                ours_later = entries_after(ours, anc.state.seq) if anc.side != "theirs" else []
                theirs_later = (
                    entries_after(theirs, anc.state.seq) if anc.side != "ours" else []
                )
                if anc.side == "theirs" or (
                    anc.side is None and len(theirs_later) < len(ours_later)
                ):
                    base_rows = rewind(theirs_rows, theirs_later)
                else:
                    base_rows = rewind(ours_rows, ours_later)
    finally:
        theirs_doc.close()
        if base_doc is not None:
            base_doc.close()
    plan = three_way(base_rows, ours_rows, theirs_rows, authors(ours_later),
                     authors(theirs_later))
    return MergeCommand(plan, theirs_head, theirs_path.name, ancestor, take)


def _crossed(anc: Ancestor, ours: Connection, theirs: Connection, ours_rows: Rows,
             theirs_rows: Rows, theirs_head: State, name: str, take: Take | None) -> MergeCommand:
    """Criss-cross: each side merged a state of the other; the base is both states at once.

    Neither merged state descends from the other, so neither is the common
    ancestor: where they agree, that is the ancestor's value; where they
    differ, no value is (:data:`workbench.merge.crossed.UNKNOWN`), and two
    sides that differ there are a conflict, never an automatic choice.
    """
    assert anc.crossed is not None
    theirs_later = entries_after(theirs, anc.state.seq)
    ours_later = entries_after(ours, anc.crossed.seq)
    base = combine(rewind(theirs_rows, theirs_later), rewind(ours_rows, ours_later))
    plan = three_way(base, ours_rows, theirs_rows, authors(ours_later), authors(theirs_later))
    plan.conflicts = [known(c) for c in plan.conflicts]
    return MergeCommand(plan, theirs_head, name, anc.state, take)


def open_conflicts(svc: ProjectService) -> list[Conflict]:
    return store.load(svc.option(CONFLICTS))


def resolve(
    svc: ProjectService, chosen: Mapping[str, tuple[str, object]]
) -> list[Conflict]:
    """Settle open conflicts by key: status ours|theirs|edited (with the value), in one step."""
    found = open_conflicts(svc)
    done: list[Conflict] = []
    with svc.batch() as tx:
        rest: list[Conflict] = []
        for c in found:
            choice = chosen.get(c.key)
            if choice is None or choice[0] == "open":
                rest.append(c)
                continue
            status = choice[0]
            assert status in ("ours", "theirs", "edited")
            done.append(settle(tx, c, status, choice[1]))  # type: ignore[arg-type]
        tx.set_option(CONFLICTS, store.dump(rest) or None)
    return done


@dataclass
class ResolveCommand:
    """Decisions on open conflicts as one undo step (the GUI's conflict review)."""

    chosen: Mapping[str, tuple[str, object]]
    done: list[Conflict] = field(default_factory=list)
    _range: tuple[int, int] | None = field(default=None, repr=False)

    def do(self, svc: ProjectService) -> Change:
        before = svc.doc.audit_seq()
        self.done = resolve(svc, self.chosen)
        self._range = (before, svc.doc.audit_seq())
        return Change(
            entities=frozenset(c.entity for c in self.done), options=frozenset({CONFLICTS})
        )

    def undo(self, svc: ProjectService) -> Change:
        assert self._range is not None, "undo before do"
        lo, hi = self._range
        with svc.batch() as tx:
            take_back(tx, [e for e in entries_after(tx.conn, lo) if e.seq <= hi])
        return Change(
            entities=frozenset(c.entity for c in self.done), options=frozenset({CONFLICTS})
        )

    def label(self, language: Language = "nl") -> str:
        return "Resolve merge conflicts" if language == "en" else "Conflicten beslissen"
