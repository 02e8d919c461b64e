"""Two generated versions (builders.V02, V03): stable ids, change kinds, the substantive filter."""

from __future__ import annotations

import pytest

from workbench.drafts.clauses import Clause
from workbench.drafts.redline import Change, compare, segments
from workbench.drafts.store import clauses, version
from workbench.model.draft_text import ClauseLevel
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def _pair(svc: ProjectService) -> tuple[list[Clause], list[Clause]]:
    return clauses(svc, version(svc, "c1").id), clauses(svc, version(svc, "c2").id)


def _by_new(changes: tuple[Change, ...], label: str) -> Change:
    return next(c for c in changes if c.new_label == label)


def test_renumbered_and_moved_clauses_keep_their_id(drafts: ProjectService) -> None:
    old, new = _pair(drafts)
    o = {c.path: c.clause_id for c in old}
    n = {c.path: c.clause_id for c in new}
    assert n["Artikel 3 lid 2"] == o["Artikel 3 lid 3"]  # lid 2 deleted: lid 3 renumbered
    assert n["Artikel 6 lid 2"] == o["Artikel 5 lid 2"]  # moved to another article
    assert n["Artikel 5"] == o["Artikel 5"]  # an inserted 4a renumbers nothing
    assert n["Artikel 2 lid 1"] == o["Artikel 2 lid 1"]  # same label, year changed
    assert n["Artikel 4a"] not in o.values()
    assert o["Artikel 3 lid 2"] not in n.values()


def test_every_change_has_the_right_kind(drafts: ProjectService) -> None:
    old, new = _pair(drafts)
    rl = compare("c1", old, "c2", new)
    kinds = {(c.old_label, c.new_label): c.kind for c in rl.changes}
    assert kinds == {
        ("Artikel 1 onderdeel b", "Artikel 1 onderdeel b"): "changed",
        ("Artikel 2 lid 1", "Artikel 2 lid 1"): "changed",
        ("Artikel 3 lid 1", "Artikel 3 lid 1"): "changed",
        ("Artikel 3 lid 2", None): "deleted",
        ("Artikel 3 lid 3", "Artikel 3 lid 2"): "renumbered",
        (None, "Artikel 4a"): "inserted",
        (None, "Artikel 4a lid 1"): "inserted",
        ("Artikel 5 lid 2", "Artikel 6 lid 2"): "moved",
    }
    year = _by_new(rl.changes, "Artikel 2 lid 1")
    assert year.replaced_years == ((2029, 2030),)
    assert [(s.op, s.text) for s in year.segments if s.op != "equal"] == [
        ("delete", "2029"), ("insert", "2030")]
    assert "year" in year.flags
    modal = _by_new(rl.changes, "Artikel 3 lid 1")
    assert modal.modal_change == ("kan", "zal") and "modal" in modal.flags


def test_substantive_filter_keeps_the_deadline_and_drops_the_comma(
    drafts: ProjectService,
) -> None:
    old, new = _pair(drafts)
    rl = compare("c1", old, "c2", new)
    kept = {c.label for c in rl.substantive()}
    assert "Artikel 2 lid 1" in kept  # 2029 -> 2030
    assert "Artikel 3 lid 1" in kept  # kan -> zal
    assert "Artikel 1 onderdeel b" not in kept  # a comma only
    assert "Artikel 3 lid 2" in kept  # deleted lid (its label is the renumbered one's too)
    renumbered = next(c for c in rl.changes if c.kind == "renumbered")
    assert not renumbered.substantive  # a number only


def test_numbering_and_whitespace_only_changes_are_not_substantive() -> None:
    a = Clause("x", None, ClauseLevel.LID, "1", "Artikel 1 lid 1", "",
               "Tata Steel meet  de uitstoot.", 1)
    b = Clause("x", None, a.level, "1", "Artikel 1 lid 1", "", "Tata Steel meet de uitstoot;", 1)
    rl = compare("a", [a], "b", [b])
    assert len(rl.changes) == 1 and not rl.changes[0].substantive
    c = Clause("x", None, a.level, "1", "Artikel 1 lid 1", "", "Tata Steel meet de uitstoot.", 1)
    d = Clause("x", None, a.level, "1", "Artikel 1 lid 1", "", "Tata Steel meet het stof.", 1)
    assert compare("a", [c], "b", [d]).changes[0].substantive


def test_segments_mark_amounts() -> None:
    segs = segments("een bijdrage van € 150 miljoen", "een bijdrage van € 120 miljoen")
    changed = [s for s in segs if s.op != "equal"]
    assert [s.text for s in changed] == ["150", "120"]
    assert all("number" in s.flags for s in changed)
