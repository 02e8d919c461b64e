"""Change-set files: a copy's changes since it was copied, merged like the copy itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.merge.support import copies, edit, merge, opened
from workbench.cli.main import main
from workbench.merge import open_conflicts
from workbench.merge.changeset import changes_of, write_changes
from workbench.merge.history import replay
from workbench.merge.rows import read_rows


def _rows(path: Path) -> dict[str, dict[str, dict[str, object]]]:
    with opened(path) as s, s.doc.engine.connect() as conn:
        return read_rows(conn)


def _day_of_edits(ids: dict[str, str]) -> list[object]:
    return [
        lambda s: s.update("measure", ids["M1"], {"title": "Hun titel", "deadline_year": 2029}),
        lambda s: s.update("assessment", ids["A2"], {"best": 25.0}),
        lambda s: s.delete("measure", ids["M3"]),  # and its assessment with it
        lambda s: s.create("measure", {"code": "M9", "title": "Nieuw"}),
        lambda s: s.create("position", {"stakeholder_id": ids["tata"], "measure_id": ids["M2"],
                                         "stance": 1}),
        lambda s: s.set_option("health.horizon", 2030),
    ]


def test_replaying_the_change_set_on_the_start_gives_their_rows(tmp_path: Path) -> None:
    team, mine, ids = copies(tmp_path)
    edit(mine, *_day_of_edits(ids))
    cs = changes_of(mine)
    # the team file is still the state the copy started from: the oracle is their file
    assert replay(_rows(team), cs.entries) == _rows(mine)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_merging_the_change_set_equals_merging_the_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Onze titel"}),
         lambda s: s.update("measure", ids["M4"], {"title": "Ons"}))
    edit(mine, *_day_of_edits(ids))
    small = tmp_path / "wijzigingen.mwbc"
    code, out, err = _run(capsys, "changeset", str(mine), "-o", str(small))
    assert (code, err) == (0, "") and "wijzigingen" in out
    by_copy, by_changes = tmp_path / "a.mwb", tmp_path / "b.mwb"
    code_a, text_a, _ = _run(capsys, "merge", str(team), str(mine), "-o", str(by_copy), "--json")
    code_b, text_b, _ = _run(capsys, "merge", str(team), str(small), "-o", str(by_changes),
                             "--json")
    assert code_a == code_b == 3  # the title of M1: both changed it
    a, b = json.loads(text_a), json.loads(text_b)
    assert a["merged"] == b["merged"] and a["conflicts"] == b["conflicts"]
    assert [c["code"] for c in b["conflicts"]] == ["M1"]
    assert _rows(by_copy) == _rows(by_changes)
    assert small.stat().st_size * 10 < mine.stat().st_size


def test_a_second_change_set_does_not_bring_back_a_decided_conflict(tmp_path: Path) -> None:
    team, mine, ids = copies(tmp_path)
    edit(team, lambda s: s.update("measure", ids["M1"], {"title": "Onze titel"}))
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun titel"}))
    first = tmp_path / "1.mwbc"
    write_changes(mine, first)
    assert [c.code for c in merge(team, first, take="ours").conflicts] == ["M1"]
    edit(mine, lambda s: s.update("measure", ids["M2"], {"title": "Later"}))
    second = tmp_path / "2.mwbc"
    write_changes(mine, second)  # again everything since the copy
    summary = merge(team, second)
    assert summary.conflicts == [] and summary.merged == {"measure": 1}
    with opened(team) as s:
        assert s.get("measure", ids["M1"])["title"] == "Onze titel"
        assert s.get("measure", ids["M2"])["title"] == "Later"


def test_the_team_file_itself_has_no_start(tmp_path: Path) -> None:
    team, _mine, _ids = copies(tmp_path)
    with pytest.raises(Exception, match="niet als kopie gemaakt"):
        write_changes(team, tmp_path / "x.mwbc")


def _hostile(tmp_path: Path, mutate: object) -> tuple[Path, Path]:
    team, mine, ids = copies(tmp_path)
    edit(mine, *_day_of_edits(ids))
    data = changes_of(mine).plain()
    bad = tmp_path / "vreemd.mwbc"
    text = mutate(data)  # type: ignore[operator]
    bad.write_text(text if isinstance(text, str) else json.dumps(data), encoding="utf-8")
    return team, bad


def _entry(i: int, **change: object) -> object:
    def go(data: dict[str, object]) -> None:
        entries = data["entries"]
        assert isinstance(entries, list)
        entries[i].update(change)
    return go


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda d: d.update(format="iets anders"), "geen wijzigingenbestand"),
    (lambda d: d.update(version=2), "nieuwere versie (2)"),
    (lambda d: '{"format": "maatwerk-workbench-changes", ', "regel 1"),
    (_entry(0, entity="sqlite_master"), "entries[0].entity"),
    (_entry(1, field="visibility; DROP"), "entries[1].field"),
    (_entry(2, seq=1), "entries[2].seq"),
    (_entry(0, action="exec"), "entries[0].action"),
    (_entry(0, new=[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]),
     "te diep"),
    (lambda d: d.update(head={"seq": 1, "entry": "x"}), "head"),
    (lambda d: d.update(project="een ander dossier"), "geen kopie van dit dossier"),
    (lambda d: d.update(start={"seq": 1, "entry": "x"}), "die dit dossier niet kent"),
])
def test_a_hostile_change_set_is_one_line_and_leaves_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mutate: object, expected: str
) -> None:
    team, bad = _hostile(tmp_path, mutate)
    before = team.read_bytes()
    code, out, err = _run(capsys, "merge", str(team), str(bad))
    assert (code, out) == (1, "")
    assert err.startswith("fout: ") and expected in err and err.count("\n") == 1, err
    assert team.read_bytes() == before


def test_an_oversized_change_set_is_refused_before_parsing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.interchange.reading as reading

    team, small = _hostile(tmp_path, lambda d: None)
    monkeypatch.setattr(reading, "MAX_BYTES", small.stat().st_size - 1)
    code, _out, err = _run(capsys, "--lang", "en", "merge", str(team), str(small))
    assert code == 1 and "vreemd.mwbc" in err and err.count("\n") == 1


def test_a_merged_change_set_is_recorded_for_the_full_copy_later(tmp_path: Path) -> None:
    """After a change set, merging the colleague's full copy finds nothing new."""
    team, mine, ids = copies(tmp_path)
    edit(mine, lambda s: s.update("measure", ids["M1"], {"title": "Hun"}))
    small = tmp_path / "w.mwbc"
    write_changes(mine, small)
    merge(team, small)
    summary = merge(team, mine)
    assert (summary.merged, summary.conflicts) == ({}, [])
    with opened(team) as s:
        assert open_conflicts(s) == []
        assert s.get("measure", ids["M1"])["title"] == "Hun"
