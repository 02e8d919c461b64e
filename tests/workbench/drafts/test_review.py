"""The confirm/correct list after an import, and a correction that undoes exactly."""

from __future__ import annotations

import pytest

from workbench.drafts.commands import ReassignClause
from workbench.drafts.review import pending
from workbench.drafts.store import clause_ids, clauses, link_measure, version
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def _items(svc: ProjectService) -> dict[tuple[str, str, str], str]:
    return {(p.kind, p.old_path, p.path): p.clause_id for p in pending(svc, "c2").items}


def test_the_list_names_what_matching_was_not_sure_of(drafts: ProjectService) -> None:
    review = pending(drafts, "c2")
    assert review.previous_key == "c1"
    kinds = {(p.kind, p.old_path, p.path) for p in review.items}
    # builders.V03: lid 2 of Artikel 3 deleted (lid 3 renumbered), 4a inserted, 5.2 -> 6.2
    assert kinds == {
        ("renumbered", "Artikel 3 lid 3", "Artikel 3 lid 2"),
        ("deleted", "Artikel 3 lid 2", ""),
        ("new", "", "Artikel 4a"),
        ("new", "", "Artikel 4a lid 1"),
        ("moved", "Artikel 5 lid 2", "Artikel 6 lid 2"),
    }
    new_lid = next(p for p in review.items if p.path == "Artikel 4a lid 1")
    assert {c.path for c in new_lid.choices} >= {"Artikel 3 lid 2", "Artikel 5 lid 2"}
    assert all(c.level.value == "lid" for c in new_lid.choices)
    gone = next(p for p in review.items if p.kind == "deleted")
    assert [c.path for c in gone.choices] == ["Artikel 4a lid 1"]  # the only new lid
    assert "150 miljoen" in gone.wording
    assert pending(drafts, "c1").items == ()  # the first version has nothing to match


def test_a_correction_pairs_the_clause_and_undo_gives_every_id_back(
    drafts: ProjectService,
) -> None:
    old = {c.path: c.clause_id for c in clauses(drafts, version(drafts, "c1").id)}
    before = clause_ids(drafts, "c2")
    # the user says: the new Artikel 4a lid 1 continues the old (deleted) Artikel 3 lid 2
    cmd = ReassignClause("c2", "Artikel 4a lid 1", old["Artikel 3 lid 2"])
    cmd.do(drafts)
    items = _items(drafts)
    assert ("deleted", "Artikel 3 lid 2", "") not in items
    assert items[("moved", "Artikel 3 lid 2", "Artikel 4a lid 1")] == old["Artikel 3 lid 2"]
    # M03 is linked to that stable id in c1: the link now holds in c2 too
    link_measure(drafts, "c2", "Artikel 4a lid 1", "M03", "mentions")
    after = clause_ids(drafts, "c2")
    cmd.undo(drafts)
    assert clause_ids(drafts, "c2") == before
    cmd.do(drafts)  # redo: the very same ids, so the link made after it still points right
    assert clause_ids(drafts, "c2") == after


def test_taking_an_id_another_clause_has_gives_that_one_a_fresh_id_and_undo_restores(
    drafts: ProjectService,
) -> None:
    old = {c.path: c.clause_id for c in clauses(drafts, version(drafts, "c1").id)}
    before = clause_ids(drafts, "c2")
    # wrong on purpose: Artikel 6 lid 2 "is" old Artikel 3 lid 3, which Artikel 3 lid 2 held
    cmd = ReassignClause("c2", "Artikel 6 lid 2", old["Artikel 3 lid 3"])
    cmd.do(drafts)
    now = {c.path: c.clause_id for c in clauses(drafts, version(drafts, "c2").id)}
    assert now["Artikel 6 lid 2"] == old["Artikel 3 lid 3"]
    assert now["Artikel 3 lid 2"] not in old.values()
    cmd.undo(drafts)
    assert clause_ids(drafts, "c2") == before


def test_nieuw_gives_a_fresh_id(drafts: ProjectService) -> None:
    cmd = ReassignClause("c2", "Artikel 3 lid 2", None)
    cmd.do(drafts)
    assert ("new", "", "Artikel 3 lid 2") in _items(drafts)
    assert ("deleted", "Artikel 3 lid 3", "") in _items(drafts)
