"""The command line speaks the user's language (issue 12).

Amounts, words, argparse texts and the valid choices named."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server_project import BACKENDS, project_on
from workbench.cli.main import main

DEMO_JSON = Path(__file__).parents[3] / "workbench" / "resources" / "demo" / "demo.json"
DEMO = json.loads(DEMO_JSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=BACKENDS)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The demo made by `new --demo`, as a file's path or (pushed) a server project's URL."""
    base = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(base / "data"))
        mp.delenv("WORKBENCH_LANG", raising=False)
        path = base / "demo.mwb"
        assert main(["new", str(path), "--demo"]) == 0
        with project_on(request.param, path) as target:
            yield target


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> tuple[str, str]:
    capsys.readouterr()
    assert main(list(argv)) == code
    out = capsys.readouterr()
    return out.out, out.err


@pytest.mark.parametrize("typed", ["300 mln", "€ 300 mln", "0,3 mld", "300.000.000"])
def test_a_dutch_amount_is_the_same_budget(
    demo: str, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    # without red lines: in the demo they leave no package at all
    args = ("--json", "--ignore-red-lines")
    plain = json.loads(run(capsys, "portfolio", str(demo), "--budget", "300000000", *args)[0])
    dutch = json.loads(run(capsys, "portfolio", str(demo), "--budget", typed, *args)[0])
    assert dutch["budget"] == 300_000_000 and dutch == plain


def test_an_english_amount_with_lang_en(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = json.loads(
        run(capsys, "--lang", "en", "portfolio", str(demo), "--budget", "1.5bn", "--json")[0]
    )
    assert out["budget"] == 1_500_000_000


def test_not_an_amount_is_one_dutch_line(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, err = run(capsys, "portfolio", str(demo), "--budget", "300 mlx", code=1)
    assert err.count("\n") == 1 and "--budget" in err and "geen bedrag" in err


def test_portfolio_text_is_dutch_with_compact_amounts(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(capsys, "portfolio", str(demo), "--budget", "300 mln", "--ignore-red-lines")
    assert "binnen € 300 mln" in out
    assert re.search(r"kosten € \d+ mln", out)
    assert "DALY/jaar" in out and "IJmond-gemeenten" in out
    assert "value =" not in out and "e+0" not in out


def test_infeasible_portfolio_in_dutch(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    # the new steel route alone costs more than € 300 mln
    out, _ = run(capsys, "portfolio", str(demo), "--budget", "300 mln", "--must", "M20",
                 "--ignore-red-lines")
    assert "infeasible" not in out and "e+0" not in out
    assert "Geen pakket mogelijk binnen € 300 mln" in out
    assert "budget € 300 mln" in out and "M20" in out


def test_frontier_accepts_amounts(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run(capsys, "frontier", str(demo), "--from", "0", "--to", "1 mld", "--steps", "3")
    assert "€ 500 mln" in out and "€ 1 mld" in out


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]+", text))


def test_parties_text_has_names_and_dutch_words(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(capsys, "parties", str(demo))
    assert not {"blocked", "consensus", "contested"} & _words(out)
    assert {"geblokkeerd", "overeenstemming", "omstreden"} <= _words(out)
    names = {s["key"]: s["name"] for s in DEMO["stakeholders"]}
    assert names["tata"] in out and names["velsen"] in out
    keys = {k for k, n in names.items() if k.lower() not in n.lower().split()}
    assert not keys & _words(out), "party keys in the text output"
    packages = {p["key"]: p["name"] for p in DEMO["packages"]}
    assert all(f"Pakket {name}:" in out for name in packages.values())


def test_parties_text_in_english(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run(capsys, "--lang", "en", "parties", str(demo))
    assert "blocked" in out and "geblokkeerd" not in out and "Package" in out


@pytest.mark.parametrize("command", ["rank", "packages", "portfolio"])
def test_unknown_profile_lists_the_valid_ones(
    demo: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    extra = ["--budget", "1 mld"] if command == "portfolio" else []
    _, err = run(capsys, command, str(demo), "--profile", "shell", *extra, code=1)
    assert err.count("\n") == 1 and "shell" in err
    assert all(p["key"] in err for p in DEMO["weight_profiles"]), err


def test_argparse_speaks_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["rank"])
    err = capsys.readouterr().err
    assert "ontbreken" in err and "required" not in err
    with pytest.raises(SystemExit):
        main(["portfolio", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "gebruik:" in out and "opties:" in out and "300 mln" in out
    assert "usage" not in out and "show this help" not in out


def test_argparse_in_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "rank"])
    assert "required" in capsys.readouterr().err
