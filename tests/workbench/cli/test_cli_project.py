"""The `workbench` command end to end: project commands, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server_project import BACKENDS, project_on
from workbench.cli.main import main


@pytest.fixture(scope="module", params=BACKENDS)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The demo made by `new --demo`, as a file's path or (pushed) a server project's URL."""
    base = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(base / "data"))
        path = base / "demo.mwb"
        assert main(["new", str(path), "--demo"]) == 0
        with project_on(request.param, path) as target:
            yield target


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_json_reports_counts_schema_and_integrity(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "info", str(demo), "--json")
    assert code == 0
    info = json.loads(out)
    assert info["integrity"] == "ok"
    assert info["schema_version"] >= 2
    assert info["counts"]["measure"] >= 25 and info["counts"]["stakeholder"] >= 10
    assert info["title"]


def test_measures_json_marks_missing_estimates_as_null(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "measures", str(demo), "--json")
    assert code == 0
    rows = json.loads(out)
    assert {"code", "title", "theme", "status", "estimates"} <= set(rows[0])
    # Monitoring measures have no health figure: missing, never zero.
    missing = [r["code"] for r in rows if r["estimates"]["health"] is None]
    assert missing and all(r["estimates"]["health"] != 0 for r in rows)


def test_dump_load_dump_is_identical(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "een.json"
    assert main(["dump", str(demo), "-o", str(first)]) == 0
    copy = tmp_path / "kopie.mwb"
    assert main(["load", str(copy), "--from", str(first)]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "dump", str(copy))
    assert code == 0
    a, b = json.loads(first.read_text(encoding="utf-8")), json.loads(out)
    a.pop("exported_at", None)
    b.pop("exported_at", None)
    assert a == b


def test_bad_json_names_the_path_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "fout.json"
    bad.write_text(
        json.dumps(
            {
                "format": "maatwerk-workbench",
                "version": 1,
                "project": {"title": "x"},
                "measures": [{"code": "M1", "title": "a", "deadline_year": "binnenkort"}],
            }
        ),
        encoding="utf-8",
    )
    target = tmp_path / "nieuw.mwb"
    code, _out, err = run(capsys, "load", str(target), "--from", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "measures[0].deadline_year" in err
    assert not target.exists()


def test_a_file_that_is_not_a_project_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notitie.mwb"
    other.write_text("geen dossier\n" * 20)
    code, _, err = run(capsys, "info", str(other))
    assert code == 1 and err.count("\n") == 1 and "geen Maatwerk-dossier" in err


def test_english_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "info", str(tmp_path / "nope.mwb"))
    assert code == 1 and err.startswith("error: File not found")


@pytest.mark.parametrize("argv", [["frobnicate"], ["info"], ["load", "x.mwb"], []])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dossier.mwb"  # `new` makes a file: no server variant
    assert run(capsys, "new", str(path))[0] == 0
    before = path.read_bytes()
    code, _, err = run(capsys, "new", str(path))
    assert code == 1 and "bestaat al" in err
    assert path.read_bytes() == before


def test_python_dash_m_never_prints_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "MAATWERK_DATA_DIR": str(tmp_path)}
    (tmp_path / "kapot.mwb").write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    for argv in (
        ["info", str(tmp_path / "kapot.mwb")],
        ["rank", str(tmp_path / "nope.mwb")],
        ["load", str(tmp_path / "x.mwb"), "--from", str(tmp_path / "nope.json")],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "workbench", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_info_by_plain_sqlite3_equals_the_full_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `workbench info` reads the file in place with sqlite3 (workbench/store/peek.py);
    # the full open through a working copy and the ORM must report the same.
    from workbench.cli.info_cmd import quick_args
    from workbench.cli.project_cmds import cmd_info
    from workbench.interchange.demo import create_demo
    from workbench.model import ENTITIES

    demo = tmp_path / "demo.mwb"
    create_demo(demo)
    args = quick_args(["info", str(demo), "--json"])
    assert args is not None
    assert args.func(args) == 0
    quick = json.loads(capsys.readouterr().out)
    assert cmd_info(args) == 0
    full = json.loads(capsys.readouterr().out)
    assert quick == full
    # A new table that is no entity belongs in workbench.store.peek.NOT_ENTITIES.
    assert set(quick["counts"]) == set(ENTITIES)
    assert quick["counts"]["measure"] > 0 and quick["title"]


def test_info_quick_path_leaves_help_and_other_commands_to_the_full_parser() -> None:
    from workbench.cli.info_cmd import quick_args

    assert quick_args(["info", "-h"]) is None
    assert quick_args(["measures", "info"]) is None
    assert quick_args(["info", "a.mwb", "--bogus"]) is None
    args = quick_args(["--lang", "en", "info", "a.mwb"])
    assert args is not None and args.lang == "en" and not args.json
