"""`workbench rank | smaa | sensitivity | parties | portfolio | frontier` on the demo."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator

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


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def fail(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    return err


def test_rank_json_has_the_documented_shape(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "rank", str(demo), "--profile", "ijmond")
    assert {"method", "normalisation", "weights", "weights_normalised", "ranking"} <= set(out)
    first = out["ranking"][0]
    assert {"code", "rank", "score", "complete", "contributions"} <= set(first)
    assert sum(out["weights"].values()) == pytest.approx(1.0)
    scores = [r["score"] for r in out["ranking"] if r["complete"]]
    assert scores == sorted(scores, reverse=True)
    # contributions of a complete measure add up to its score
    assert sum(first["contributions"].values()) == pytest.approx(first["score"])


def test_incomplete_measures_rank_after_complete_ones(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ranking = run_json(capsys, "rank", str(demo))["ranking"]
    flags = [r["complete"] for r in ranking]
    assert False in flags and flags == sorted(flags, reverse=True)


@pytest.mark.parametrize("method", ["topsis", "promethee2"])
def test_cross_views_state_their_method(
    demo: str, capsys: pytest.CaptureFixture[str], method: str
) -> None:
    out = run_json(capsys, "rank", str(demo), "--method", method, "--normalisation", "minmax")
    assert out["method"] == method
    if method == "topsis":
        assert out["normalisation"] == "minmax"


def test_smaa_is_reproducible_and_records_its_seed(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a = run_json(capsys, "smaa", str(demo), "--draws", "2000", "--seed", "42", "--top", "3")
    b = run_json(capsys, "smaa", str(demo), "--draws", "2000", "--seed", "42", "--top", "3")
    assert a == b and a["seed"] == 42 and a["draws"] == 2000
    for row in a["rank_acceptability"].values():
        assert sum(row) == pytest.approx(1.0)
    c = run_json(capsys, "smaa", str(demo), "--weights", "random", "--draws", "500", "--seed", "1")
    assert set(c) >= {"central_weights", "confidence", "top_k_probability"}


def test_sensitivity_intervals_contain_the_current_weight(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(capsys, "sensitivity", str(demo), "--profile", "ijmond")
    text = json.dumps(out)
    assert "first_place" in text and "tornado" in text
    for item in out["first_place"]:
        assert item["lower"] <= item["weight"] <= item["upper"]


def test_parties_flags_and_red_line_violations(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(capsys, "parties", str(demo), "--top", "5")
    flags = {m["flag"] for m in out["measures"]}
    assert {"consensus", "blocked"} <= flags
    blocked = [m for m in out["measures"] if m["flag"] == "blocked"]
    assert all(m["refusing"] for m in blocked)
    assert set(out["rankings"]) == {"ijmond", "tata_est", "rijk_est"}
    assert out["kendall_tau"]["ijmond"]["ijmond"] == pytest.approx(1.0)


def test_portfolio_respects_budget_and_red_lines(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parties = run_json(capsys, "parties", str(demo))
    refused = {m["code"] for m in parties["measures"] if "tata" in m["refusing"]}
    insisted = {m["code"] for m in parties["measures"] if "tata" in m["insisting"]}
    out = run_json(
        capsys, "portfolio", str(demo), "--budget", "600000000", "--respect-red-lines", "tata"
    )
    assert out["status"] == "optimal"
    assert out["total_cost"] <= 600_000_000
    assert not refused & set(out["selected"]) and insisted <= set(out["selected"])


def test_portfolio_by_year_excludes_late_measures(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    measures = {m["code"]: m for m in run_json(capsys, "measures", str(demo))}
    out = run_json(capsys, "portfolio", str(demo), "--budget", "2000000000", "--by-year", "2027",
                   "--ignore-red-lines")
    assert out["status"] == "optimal"
    assert all((measures[c]["start_year"] or 9999) <= 2027 for c in out["selected"])


def test_infeasible_portfolio_names_the_conflict(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(capsys, "portfolio", str(demo), "--budget", "1000", "--must", "M01",
                   "--ignore-red-lines")
    assert out["status"] == "infeasible"
    text = json.dumps(out["conflicts"], ensure_ascii=False)
    assert "M01" in text and "budget" in text


def test_portfolio_respects_every_red_line_by_default(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12: red lines on by default. In the demo Velsen demands M01 while Tata
    Steel and FNV Metaal refuse it, so no package respects every red line."""
    parties = run_json(capsys, "parties", str(demo))
    holders = {p for m in parties["measures"] for p in (*m["insisting"], *m["refusing"])}
    out = run_json(capsys, "portfolio", str(demo), "--budget", "1 mld")
    assert out["status"] == "infeasible"
    assert set(out["red_lines_respected"]) == holders
    clash = out["red_line_clash"]
    assert clash["sentence"] == (
        "Geen pakket respecteert alle rode lijnen: Gemeente Velsen eist M01, "
        "maar Tata Steel Nederland en FNV Metaal weigeren M01."
    )
    assert clash["parties"] == ["velsen", "tata", "fnv"]
    capsys.readouterr()
    assert main(["portfolio", str(demo), "--budget", "1 mld"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0] == clash["sentence"]
    assert "--ignore-red-lines-of" in text


@pytest.mark.parametrize(
    "option", [["--ignore-red-lines-of", "velsen"], ["--ignore-red-lines"]]
)
def test_portfolio_ignores_red_lines_on_request(
    demo: str, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    out = run_json(capsys, "portfolio", str(demo), "--budget", "1 mld", *option)
    assert out["status"] == "optimal" and "red_line_clash" not in out
    assert "velsen" not in out["red_lines_respected"]
    if option == ["--ignore-red-lines"]:
        assert out["red_lines_respected"] == []
    else:  # Tata's and FNV's refusal of M01 still holds
        assert "tata" in out["red_lines_respected"] and "M01" not in out["selected"]


def test_frontier_never_decreases(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(
        capsys,
        "frontier",
        str(demo),
        "--from",
        "0",
        "--to",
        "1500000000",
        "--steps",
        "6",
        "--objective",
        "health",
    )
    values = [p["objective_value"] for p in out["points"]]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(values))


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["rank", "{p}", "--profile", "shell"], "weging shell bestaat niet"),
        (["portfolio", "{p}", "--budget", "-5"], "negatief"),
        (
            ["portfolio", "{p}", "--budget", "9", "--must", "M01", "--exclude", "M01"],
            "M01 staat zowel",
        ),
        (["portfolio", "{p}", "--budget", "9", "--must", "M99"], "maatregel M99 bestaat niet"),
        (
            ["portfolio", "{p}", "--budget", "9", "--respect-red-lines", "shell"],
            "partij shell bestaat niet",
        ),
        (
            ["portfolio", "{p}", "--budget", "9", "--ignore-red-lines-of", "shell"],
            "partij shell bestaat niet",
        ),
        (["sensitivity", "{p}", "--profile", "nope"], "nope"),
        (["smaa", "{p}", "--draws", "0"], "--draws"),
    ],
)
def test_bad_input_is_one_clear_line(
    demo: str, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    err = fail(capsys, *[a.replace("{p}", str(demo)) for a in argv])
    assert fragment in err


def test_json_output_is_strict_json_without_nan(demo: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["portfolio", str(demo), "--budget", "1", "--must", "M01", "--json"]) == 0
    text = capsys.readouterr().out
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text)["objective_value"] is None
