"""Lineage cases: merging with itself through --base, the criss-cross, a brand-new project."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.workbench.merge.support import copies, edit, merge, opened
from workbench.cli.main import main
from workbench.merge import copy_for_colleague


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_merging_a_file_with_itself_through_base_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, _mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    out = tmp_path / "uit.mwb"
    code, text, err = _run(capsys, "merge", str(team), str(team), "--base", str(team),
                           "-o", str(out), "--json")
    data = json.loads(text)
    assert (code, err, data["merged"], data["conflicts"]) == (0, "", {}, [])
    with opened(out) as s:
        assert s.get("measure", ids["M1"])["title"] == "Ons"


def test_an_explicit_base_gives_what_the_audit_log_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, mine, ids = copies(tmp_path)
    base = tmp_path / "voorganger.mwb"
    shutil.copy(team, base)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}),
         lambda s: s.update("measure", ids["M2"], {"title": "Hun 2"}))
    a, b = tmp_path / "a.mwb", tmp_path / "b.mwb"
    ca, ta, _ = _run(capsys, "merge", str(team), str(mine), "-o", str(a), "--json")
    cb, tb, _ = _run(capsys, "merge", str(team), str(mine), "--base", str(base), "-o", str(b),
                     "--json")
    ja, jb = json.loads(ta), json.loads(tb)
    assert (ca, cb) == (3, 3)
    assert (ja["merged"], ja["conflicts"]) == (jb["merged"], jb["conflicts"])
    assert ja["merged"] == {"measure": 1}


def _criss_cross(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """Team and copy each merge the other's state from before the other's merge."""
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Team 1"}))
    edit(mine, lambda s: s.update("measure", ids["M2"], {"title": "Kopie 2"}))
    team_then = tmp_path / "team toen.mwb"
    shutil.copy(team, team_then)
    merge(team, mine)  # team records the copy's state
    merge(mine, team_then)  # the copy records the team's state before that merge
    return team, mine, ids


def test_criss_cross_a_revert_on_one_side_is_a_conflict_not_lost(tmp_path: Path) -> None:
    team, mine, ids = _criss_cross(tmp_path)
    # the colleague saw "Team 1" (merged in) and put the old title back
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Maatregel 1"}))
    summary = merge(team, mine)
    # Taking the team's merge of the copy as the base would take "Team 1" in silence.
    [c] = summary.conflicts
    assert (c.code, c.field, c.ours, c.theirs, c.base) == (
        "M1", "title", "Team 1", "Maatregel 1", None)


def test_criss_cross_what_both_have_and_later_one_sided_edits_merge(tmp_path: Path) -> None:
    team, mine, ids = _criss_cross(tmp_path)
    edit(mine, lambda s: s.update("measure", ids["M4"], {"title": "Kopie 4"}))
    edit(team, lambda s: s.update("measure", ids["M3"], {"deadline_year": 2028}))
    summary = merge(team, mine)
    assert summary.conflicts == []
    with opened(team) as s:
        titles = {m["code"]: m["title"] for m in s.rows("measure")}
        assert titles == {"M1": "Team 1", "M2": "Kopie 2", "M3": "Maatregel 3", "M4": "Kopie 4"}
        assert s.get("measure", ids["M3"])["deadline_year"] == 2028


def test_a_brand_new_project_can_be_copied_and_merged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, copy = tmp_path / "nieuw.mwb", tmp_path / "kopie.mwb"
    assert _run(capsys, "new", str(team))[0] == 0
    code, _out, err = _run(capsys, "copy", str(team), str(copy))
    assert (code, err) == (0, "")
    with opened(team) as s, s.doc.engine.connect() as conn:
        from workbench.merge.history import head

        assert head(conn).seq == 1  # its first entry, shared with the copy
    edit(copy, lambda s: s.create("measure", {"code": "M1", "title": "Eerste"}))
    code, text, _ = _run(capsys, "merge", str(team), str(copy), "--json")
    assert code == 0 and json.loads(text)["merged"] == {"measure": 1}
    fresh = tmp_path / "tweede.mwb"
    copy_for_colleague(team, fresh)  # the original is changed only the first time
