"""The command line of issue 15: copy, merge (exit 0 / 3 / 1), conflicts, resolve."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.workbench.merge.support import copies, edit, opened
from workbench.cli.main import main
from workbench.merge import open_conflicts


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_copy_then_merge_without_conflicts_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = tmp_path / "team.mwb"
    from tests.workbench.merge.support import make_project

    ids = make_project(team)
    mine = tmp_path / "mijn kopie #1.mwb"
    assert run(capsys, "copy", str(team), str(mine))[0] == 0
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    before = team.read_bytes()
    out = tmp_path / "samen.mwb"
    code, text, err = run(capsys, "merge", str(team), str(mine), "-o", str(out), "--json")
    assert (code, err) == (0, "")
    data = json.loads(text)
    assert (data["merged"], data["conflicts"]) == ({"measure": 1}, [])
    # no profile, no package: the effect says so rather than leaving the key out
    assert data["effect"] == {"ranking": {"profile": None, "before": [], "after": []},
                              "packages": {}}
    assert team.read_bytes() == before  # inputs never change
    with opened(out) as s:
        assert s.get("measure", ids["M1"])["title"] == "Hun"


def test_open_conflicts_exit_3_then_resolve(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"deadline_year": 2027}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"deadline_year": 2030}))
    code, text, _ = run(capsys, "merge", str(team), str(mine), "--json")
    assert code == 3
    [c] = json.loads(text)["conflicts"]
    assert c == {**c, "entity": "measure", "code": "M1", "field": "deadline_year",
                 "base": None, "ours": 2027, "theirs": 2030, "status": "open"}
    code, text, _ = run(capsys, "conflicts", str(team), "--json")
    assert code == 3 and len(json.loads(text)["conflicts"]) == 1
    code, _text, err = run(capsys, "resolve", str(team), "measure", "M1", "deadline_year", "2029")
    assert (code, err) == (0, "")
    with opened(team) as s:
        assert s.get("measure", ids["M1"])["deadline_year"] == 2029
        assert open_conflicts(s) == []
    assert run(capsys, "conflicts", str(team))[0] == 0


def test_take_theirs_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Ons"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    code, text, _ = run(capsys, "merge", str(team), str(mine), "--take", "theirs", "--json")
    assert code == 0
    assert json.loads(text)["conflicts"][0]["status"] == "theirs"


def test_merging_a_copy_with_itself_reports_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, mine, _ids = copies(tmp_path)
    code, text, _ = run(capsys, "merge", str(mine), str(team), "-o", str(tmp_path / "x.mwb"),
                        "--json")
    data = json.loads(text)
    assert (code, data["merged"], data["conflicts"]) == (0, {}, [])


def test_a_copy_with_a_trigger_is_refused_before_any_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, mine, _ids = copies(tmp_path)
    conn = sqlite3.connect(mine)
    conn.execute(
        "CREATE TRIGGER t AFTER UPDATE ON measure BEGIN "
        "UPDATE measure SET visibility = 'public'; END"
    )
    conn.commit()
    conn.close()
    before = team.read_bytes()
    code, out, err = run(capsys, "--lang", "en", "merge", str(team), str(mine))
    assert code == 1 and out == ""
    assert err.startswith("error: ") and "trigger" in err and err.count("\n") == 1
    assert team.read_bytes() == before


def test_unrelated_file_is_one_dutch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.workbench.merge.support import make_project

    team, _mine, _ids = copies(tmp_path)
    other = tmp_path / "ander.mwb"
    make_project(other)
    code, _out, err = run(capsys, "merge", str(team), str(other))
    assert code == 1
    assert err.startswith("fout: ") and "geen kopie van dit dossier" in err
    assert err.count("\n") == 1


def test_resolve_without_such_conflict_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, _mine, _ids = copies(tmp_path)
    code, _out, err = run(capsys, "resolve", str(team), "measure", "M1", "title", "ours")
    assert code == 1 and "Geen open conflict voor maatregel M1.title" in err
