"""The record's commands: JSON shapes, set validated (one message, nothing written), minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.server_project import state_of
from workbench.cli.main import main

pytestmark = pytest.mark.both_backends


@pytest.fixture
def demo(demo_target: str) -> str:
    """The demo, as a file's path or a server project's URL."""
    return demo_target


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_meetings_json_shape(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "meetings", demo, "--json")
    data = json.loads(out)
    assert code == 0 and len(data) == 4
    assert set(data[0]) == {"key", "title", "date", "parties", "decisions", "commitments",
                            "action_items"}
    assert set(data[0]["action_items"][0]) == {"text", "owner", "due", "done", "overdue"}
    code, out, _ = run(capsys, "meetings", demo, "--json", "--audience", "partners")
    assert "o2026-03-12" not in [m["key"] for m in json.loads(out)]  # an internal meeting


def test_set_then_history_oldest_first(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "set", demo, "measure", "M05", "deadline_year", "2028")[0] == 0
    assert run(capsys, "set", demo, "assessment", "M05/cost", "best", "13000000")[0] == 0
    code, out, _ = run(capsys, "history", demo, "--measure", "M05", "--json")
    assert code == 0
    data = json.loads(out)
    assert [(d["code"], d["field"], d["old"], d["new"]) for d in data] == [
        ("M05", "deadline_year", 2027, 2028), ("M05/cost", "best", 12e6, 13e6)]
    assert set(data[0]) == {"at", "user", "entity", "code", "field", "old", "new", "origin"}
    assert data[0]["entity"] == "measure" and data[1]["entity"] == "assessment"


@pytest.mark.parametrize("argv", [
    ("measure", "M05", "deadline_year", "3000"),
    ("measure", "M05", "deadline_year", "soon"),
    ("assessment", "M05/cost", "best", "1e12"),
    ("measure", "M99", "deadline_year", "2028"),
    ("measure", "M05", "no_such_field", "1"),
    ("planet", "M05", "x", "1"),
])
def test_set_refuses_a_bad_value_with_one_line_and_writes_nothing(
    demo: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    before = state_of(demo)
    code, out, err = run(capsys, "set", demo, *argv)
    assert code == 1 and out == ""
    assert err.startswith("fout: ") and err.count("\n") == 1 and "Traceback" not in err
    assert state_of(demo) == before


def test_changes_since_a_meeting_without_snapshot_is_one_message(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "changes", demo, "--since-meeting", "o2026-03-24", "--json")
    assert code == 1 and "nooit geopend" in err


def test_changes_since_a_date_json_and_report(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "set", demo, "measure", "M05", "deadline_year", "2028")
    code, out, _ = run(capsys, "changes", demo, "--since", "2000-01-01", "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {
        "measures_added", "measures_removed", "measures_changed", "scores_moved",
        "positions_shifted", "packages_changed", "ranking"}
    for fmt in ("pdf", "xlsx"):
        target = tmp_path / f"changes.{fmt}"
        assert run(capsys, "changes", demo, "--since", "2000-01-01", "--format", fmt,
                   "-o", str(target))[0] == 0
        assert target.stat().st_size > 0


def test_minutes_for_partners_of_an_internal_meeting_is_refused(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "v.docx"
    code, _, err = run(capsys, "minutes", demo, "o2026-03-12", "--format", "docx",
                       "--audience", "partners", "-o", str(target))
    assert code == 1 and not target.exists() and "bestaat niet" in err
    code, _, _ = run(capsys, "minutes", demo, "o2026-03-12", "--format", "docx",
                     "-o", str(target))
    assert code == 0 and target.read_bytes()[:2] == b"PK"
