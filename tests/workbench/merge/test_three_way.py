"""The merge rules of issue 15, one test each, on two copies of one small project."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.workbench.merge.support import copies_on, edit, merge, opened
from workbench.merge import open_conflicts

pytestmark = pytest.mark.both_backends
Put = Callable[[Path], str]  # the on_backend fixture


def _m(svc, code: str) -> dict:  # type: ignore[no-untyped-def]
    found = svc.id_for("measure", code)
    return svc.get("measure", found)


def test_edits_to_different_rows_and_fields_merge(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    edit(mine, lambda s: s.update("measure", ids["M2"], {"title": "Hun"}),
         lambda s: s.update("measure", ids["M1"], {"status": "agreed"}))
    summary = merge(team, mine)
    assert summary.merged == {"measure": 2}
    assert not summary.conflicts
    with opened(team) as s:
        assert _m(s, "M1")["title"] == "Ons"
        assert str(_m(s, "M1")["status"]) == "agreed"
        assert _m(s, "M2")["title"] == "Hun"


def test_same_value_on_both_sides_is_no_conflict(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    for p in (team, mine):
        edit(p, lambda s: s.update("measure", ids["M1"], {"deadline_year": 2029}))
    summary = merge(team, mine)
    assert not summary.conflicts and summary.merged == {}


def test_different_values_are_a_conflict_with_ours_in_place(
    tmp_path: Path, on_backend: Put
) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("assessment", ids["A1"], {"high": 40.0}))
    edit(mine, lambda s: s.update("assessment", ids["A1"], {"high": 50.0}))
    summary = merge(team, mine)
    [c] = summary.conflicts
    assert (c.entity, c.code, c.field) == ("assessment", "M1/health", "high")
    assert (c.base, c.ours, c.theirs, c.status) == (30.0, 40.0, 50.0, "open")
    assert c.theirs_by == "testgebruiker" and c.theirs_at
    with opened(team) as s:
        assert s.get("assessment", ids["A1"])["high"] == 40.0
        assert [k.field for k in open_conflicts(s)] == ["high"]


def test_long_text_edits_to_different_sentences_merge(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {
        "description": "Eerste zin, herschreven. Tweede zin. Derde zin."}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {
        "description": "Eerste zin. Tweede zin. Derde zin, aangevuld."}))
    summary = merge(team, mine)
    assert not summary.conflicts
    with opened(team) as s:
        assert _m(s, "M1")["description"] == (
            "Eerste zin, herschreven. Tweede zin. Derde zin, aangevuld.")


def test_overlapping_text_edits_are_a_conflict(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {"description": "Eerste zin. Onze."}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"description": "Eerste zin. Hun."}))
    [c] = merge(team, mine).conflicts
    assert c.field == "description" and c.kind == "field"


def test_short_text_fields_never_text_merge(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Maatregel een"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Maatregel 1 nieuw"}))
    [c] = merge(team, mine).conflicts
    assert c.field == "title"


def test_edit_against_delete_is_a_conflict_both_ways(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}),
         lambda s: s.delete("measure", ids["M2"]))
    edit(mine, lambda s: s.delete("measure", ids["M1"]),
         lambda s: s.update("measure", ids["M2"], {"title": "Hun"}))
    summary = merge(team, mine)
    kinds = sorted((c.code, c.kind) for c in summary.conflicts)
    assert kinds == [("M1", "edit_delete"), ("M2", "delete_edit")]
    with opened(team) as s:  # ours in place: M1 kept, M2 stays deleted
        assert s.id_for("measure", "M1") and s.id_for("measure", "M2") is None


def test_delete_against_an_added_child_is_a_conflict(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.create("position", {
        "stakeholder_id": ids["tata"], "measure_id": ids["M3"], "stance": 1}))
    edit(mine, lambda s: s.delete("measure", ids["M3"]))
    [c] = merge(team, mine).conflicts
    assert (c.code, c.kind) == ("M3", "edit_delete")
    with opened(team) as s:
        assert len(s.rows("position")) == 1


def test_unchanged_row_deleted_by_them_is_deleted(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(mine, lambda s: s.delete("measure", ids["M4"]))
    summary = merge(team, mine)
    assert summary.merged == {"measure": 1, "assessment": 1}
    with opened(team) as s:
        assert s.id_for("measure", "M4") is None


def test_rows_added_on_both_sides_are_kept_and_a_taken_code_gets_a_proposal(
    tmp_path: Path, on_backend: Put,
) -> None:
    team, mine, _ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.create("measure", {"code": "M9", "title": "Onze negen"}))
    edit(mine, lambda s: s.create("measure", {"code": "M9", "title": "Hun negen"}),
         lambda s: s.create("measure", {"code": "M10", "title": "Hun tien"}))
    summary = merge(team, mine)
    [c] = summary.conflicts
    assert (c.kind, c.field, c.theirs, c.ours) == ("key", "code", "M9", "M9-2")
    with opened(team) as s:
        titles = {m["code"]: m["title"] for m in s.rows("measure")}
    assert titles["M9"] == "Onze negen" and titles["M9-2"] == "Hun negen"
    assert titles["M10"] == "Hun tien"


def test_positions_from_both_sides_are_kept_as_history(tmp_path: Path, on_backend: Put) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    for p, stance in ((team, 1), (mine, -2)):
        edit(p, lambda s, st=stance: s.create("position", {
            "stakeholder_id": ids["tata"], "measure_id": ids["M1"], "stance": st}))
    summary = merge(team, mine)
    assert not summary.conflicts
    with opened(team) as s:
        assert sorted(p["stance"] for p in s.rows("position")) == [-2, 1]


def test_same_assessment_added_on_both_sides_is_compared_field_by_field(
    tmp_path: Path, on_backend: Put,
) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    for p, best in ((team, 3.0), (mine, 4.0)):
        edit(p, lambda s: s.delete("assessment", ids["A2"]),
             lambda s, b=best: s.create("assessment", {
                 "measure_id": ids["M2"], "criterion_id": ids["health"],
                 "low": 1.0, "best": b, "high": 5.0}))
    [c] = merge(team, mine).conflicts
    assert (c.code, c.field, c.ours, c.theirs) == ("M2/health", "best", 3.0, 4.0)


def test_a_merged_row_that_breaks_a_rule_is_reported_not_written(
    tmp_path: Path, on_backend: Put
) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    # Each side alone is valid; together best (25) > high (22).
    edit(team, lambda s: s.update("assessment", ids["A1"], {"best": 25.0}))
    edit(mine, lambda s: s.update("assessment", ids["A1"], {"high": 22.0}))
    [c] = merge(team, mine).conflicts
    assert (c.kind, c.field, c.theirs) == ("rule", "high", 22.0)
    assert "high" in c.message["en"] or "22" in c.message["en"]
    with opened(team) as s:
        a = s.get("assessment", ids["A1"])
        assert (a["best"], a["high"]) == (25.0, 30.0)


def test_take_theirs_decides_every_conflict_and_keeps_the_loser_in_history(
    tmp_path: Path, on_backend: Put,
) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    [c] = merge(team, mine, take="theirs").conflicts
    assert c.status == "theirs"
    with opened(team) as s:
        assert _m(s, "M1")["title"] == "Hun"
        assert not open_conflicts(s)
        with s.doc.engine.connect() as conn:
            from sqlalchemy import text
            lost = conn.execute(text(
                "SELECT old FROM audit_entry WHERE action = 'merge' AND field = 'title'"
            )).scalars().all()
    assert json.loads(lost[0]) == "Ons"


def test_merging_a_copy_with_itself_changes_nothing(tmp_path: Path, on_backend: Put) -> None:
    _team, mine, ids = copies_on(tmp_path, on_backend)
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    summary = merge(mine, mine)
    assert summary.merged == {} and summary.conflicts == []


def test_a_second_merge_of_the_same_copy_compares_with_the_first(
    tmp_path: Path, on_backend: Put
) -> None:
    team, mine, ids = copies_on(tmp_path, on_backend)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    merge(team, mine, take="ours")
    edit(mine, lambda s: s.update("measure", ids["M2"], {"title": "Later"}))
    summary = merge(team, mine)
    # The title was decided at the first merge: no conflict again.
    assert summary.conflicts == [] and summary.merged == {"measure": 1}


def test_unrelated_projects_are_refused_with_one_message(tmp_path: Path, on_backend: Put) -> None:
    import pytest

    from tests.workbench.merge.support import make_project
    from workbench.i18n import UserError

    team, _mine, _ids = copies_on(tmp_path, on_backend)
    other = tmp_path / "ander.mwb"
    make_project(other)
    with pytest.raises(UserError) as err:
        merge(team, other)
    assert err.value.key == "merge.unrelated"
