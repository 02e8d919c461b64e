"""Model rules across the merged result, and the merge's effect on the ranking and packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workbench.merge.support import copies, edit, merge, opened
from workbench.merge import open_conflicts, resolve
from workbench.services import ProjectService


def _package(ids: dict[str, str], *codes: str) -> object:
    def go(s: ProjectService) -> None:
        ids["P"] = s.create("package", {"key": "inzet", "name": "Inzet"}).created[0]
        for c in codes:
            s.create("package_member", {"package_id": ids["P"], "measure_id": ids[c]})
    return go


def _member(ids: dict[str, str], code: str) -> object:
    return lambda s: s.create("package_member", {"package_id": ids["P"], "measure_id": ids[code]})


def _link(ids: dict[str, str], a: str, b: str, kind: str) -> object:
    return lambda s: s.create("measure_link",
                              {"measure_id": ids[a], "other_id": ids[b], "kind": kind})


def _ids_after(team: Path, ids: dict[str, str]) -> None:
    with opened(team) as s:
        ids["P"] = s.rows("package")[0]["id"]


def test_both_sides_add_a_member_that_excludes_the_other(tmp_path: Path) -> None:
    team, _mine, ids = copies(tmp_path)
    edit(team, _package(ids, "M1"), _link(ids, "M2", "M3", "excludes"))
    from workbench.merge import copy_for_colleague

    mine = tmp_path / "tweede.mwb"
    copy_for_colleague(team, mine)
    edit(team, _member(ids, "M2"))
    edit(mine, _member(ids, "M3"))
    summary = merge(team, mine)
    [c] = [c for c in summary.conflicts if c.kind == "rule"]
    assert (c.entity, c.code, c.field, c.status) == ("package", "inzet", "excludes:M2,M3", "open")
    assert "M2 en M3, die elkaar uitsluiten" in c.message["nl"]
    with opened(team) as s:
        # each side's member merged: the break is reported, not hidden
        assert len(s.rows("package_member")) == 3
        assert [k.field for k in open_conflicts(s)] == ["excludes:M2,M3"]


def test_a_required_measure_deleted_on_the_other_side_and_restored_by_ours(
    tmp_path: Path,
) -> None:
    team, _mine, ids = copies(tmp_path)
    edit(team, _link(ids, "M1", "M2", "requires"))
    from workbench.merge import copy_for_colleague

    mine = tmp_path / "tweede.mwb"
    copy_for_colleague(team, mine)
    edit(mine, lambda s: s.delete("measure", ids["M2"]))
    summary = merge(team, mine)
    [c] = [c for c in summary.conflicts if c.kind == "rule"]
    assert (c.entity, c.code, c.field) == ("measure", "M1", "required:M2")
    assert "M1 vereist M2" in c.message["nl"]
    doc_path = team
    from workbench.store import ProjectDocument

    doc = ProjectDocument.open(doc_path)
    try:
        svc = ProjectService(doc)
        assert svc.id_for("measure", "M2") is None  # their delete is in place meanwhile
        [done] = resolve(svc, {c.key: ("ours", None)})
        assert done.status == "ours"
        assert svc.id_for("measure", "M2") == ids["M2"]
        links = svc.rows("measure_link")
        assert [(x["measure_id"], x["other_id"]) for x in links] == [(ids["M1"], ids["M2"])]
        assert svc.get("assessment", ids["A2"])["best"] == 20.0
        assert open_conflicts(svc) == []
    finally:
        doc.close()


def test_a_rule_the_package_already_broke_in_ours_is_not_reported_again(
    tmp_path: Path,
) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, _package(ids, "M2", "M3"), _link(ids, "M2", "M3", "excludes"))
    edit(mine, lambda s: s.update("measure", ids["M4"], {"title": "Hun"}))
    summary = merge(team, mine)
    assert [c for c in summary.conflicts if c.kind == "rule"] == []


def test_take_leaves_a_broken_package_open(tmp_path: Path) -> None:
    team, _mine, ids = copies(tmp_path)
    edit(team, _package(ids, "M1"), _link(ids, "M1", "M4", "requires"))
    from workbench.merge import copy_for_colleague

    mine = tmp_path / "tweede.mwb"
    copy_for_colleague(team, mine)
    edit(mine, _member(ids, "M2"), lambda s: s.create(
        "measure_link", {"measure_id": ids["M2"], "other_id": ids["M3"], "kind": "requires"}))
    summary = merge(team, mine, take="theirs")
    [c] = [c for c in summary.conflicts if c.kind == "rule"]
    assert c.field == "requires:M2,M3" and c.status == "open"


def test_a_renamed_code_that_ours_created_meanwhile_is_a_conflict(tmp_path: Path) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.create("measure", {"code": "M9", "title": "Ons nieuw"}))
    edit(mine, lambda s: s.update("measure", ids["M4"], {"code": "M9"}))
    summary = merge(team, mine)
    [c] = summary.conflicts
    assert (c.kind, c.code, c.field, c.theirs) == ("rule", "M4", "code", "M9")
    with opened(team) as s:
        assert sorted(m["code"] for m in s.rows("measure")) == ["M1", "M2", "M3", "M4", "M9"]


@pytest.fixture
def scored(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    team, mine, ids = copies(tmp_path)

    def profile(s: ProjectService) -> None:
        prof = s.create("weight_profile", {"key": "ons", "name": "Ons"}).created[0]
        s.create("weight", {"profile_id": prof, "criterion_id": ids["health"], "weight": 1.0})
    edit(team, profile, _package(ids, "M1", "M2"))
    from workbench.merge import copy_for_colleague

    mine = tmp_path / "tweede.mwb"
    copy_for_colleague(team, mine)
    return team, mine, ids


def test_effect_on_ranking_and_package_totals(
    scored: tuple[Path, Path, dict[str, str]],
) -> None:
    team, mine, ids = scored
    # every measure scores 20 on health (scale 0..100); theirs lifts M4 to the top
    edit(mine, lambda s: s.update("assessment", ids["A4"], {"best": 90.0, "high": 95.0}),
         _member(ids, "M3"))
    summary = merge(team, mine)
    assert summary.effect is not None
    effect = summary.plain()["effect"]
    assert isinstance(effect, dict)
    assert effect["ranking"]["profile"] == "ons"
    assert effect["ranking"]["after"][0] == "M4"
    assert effect["ranking"]["before"][0] != "M4"
    inzet = effect["packages"]["inzet"]
    # health scores 0.2 each: two members before, three after
    assert inzet["before"]["value"] == pytest.approx(0.4)
    assert inzet["after"]["value"] == pytest.approx(0.6)
    assert summary.effect.changed_packages() == ["inzet"]


def test_merging_nothing_changes_no_figure(scored: tuple[Path, Path, dict[str, str]]) -> None:
    team, mine, _ids = scored
    summary = merge(team, mine)
    assert summary.effect is not None
    assert not summary.effect.ranking_changed and summary.effect.changed_packages() == []
