"""The Packages page on the demo project: core totals, the optimiser equals the CLI, undo."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ui.packages.optimiser import checked, checked_all, set_checked
from workbench.analysis.negotiation import (
    OptimiserSettings,
    compare_packages,
    frontier_steps,
    optimiser_problem,
)
from workbench.cli.main import main as cli_main
from workbench.i18n.numbers import money
from workbench.interchange.demo import create_demo
from workbench.scoring import optimise


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mwb"
    create_demo(path)
    return path


@pytest.fixture
def page(make_window, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.mwb"
    shutil.copy(demo_file, path)
    window = make_window(path)
    assert window.show_view("packages")
    return window.view_pages["packages"]


def test_comparison_totals_equal_the_cores(page) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    table = page.compare
    assert 2 <= table.columnCount() <= 4
    core = compare_packages(svc, page.chosen)
    lang = page.lang
    for j, t in enumerate(core):
        assert t.cost is not None and t.dalys is not None
        assert table.horizontalHeaderItem(j).text() == t.name
        # compact, the exact amount on hover (issue 12)
        assert table.item(0, j).text() == money(t.cost.best, lang.code)
        assert lang.number(round(t.cost.best)) in table.item(0, j).toolTip()
        assert table.item(1, j).text() == lang.number(t.dalys.best, 1)
    # The totals are sums of the best estimates of the members.
    m = {r["id"]: r["code"] for r in svc.rows("measure")}
    cost_id = next(c["id"] for c in svc.rows("criterion") if str(c["kind"]) == "cost")
    best = {m[a["measure_id"]]: a["best"] for a in svc.rows("assessment", criterion_id=cost_id)}
    assert core[0].cost is not None
    assert core[0].cost.best == pytest.approx(sum(best.get(c, 0.0) for c in core[0].codes))


def test_choosing_packages_to_compare(page) -> None:  # type: ignore[no-untyped-def]
    first = page.chosen[0]
    page.boxes[first].setChecked(False)
    assert first not in page.chosen
    assert page.compare.columnCount() == len(page.chosen)


def _cli(demo: Path, capsys, *args: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    capsys.readouterr()
    assert cli_main(["portfolio", str(demo), "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_optimiser_proposal_equals_workbench_portfolio(page, capsys) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_optimiser()
    dialog.budget.setValue(1_500_000_000)
    dialog.profile.setCurrentIndex(dialog.profile.findData("ijmond"))
    set_checked(dialog.must, {"M02"})
    set_checked(dialog.exclude, {"M20"})
    set_checked(dialog.respect, {"tata"})
    result = dialog.propose()
    assert result is not None and result.status == "optimal"
    path = page.editor.svc.doc.path
    data = _cli(
        path,
        capsys,
        "--budget",
        "1500000000",
        "--profile",
        "ijmond",
        "--must",
        "M02",
        "--exclude",
        "M20",
        "--respect-red-lines",
        "tata",
    )
    assert list(result.selected) == data["selected"]
    core = optimise(
        optimiser_problem(
            page.editor.svc,
            OptimiserSettings(profile="ijmond", must=("M02",), exclude=("M20",), respect=("tata",)),
        ),
        1_500_000_000,
    )
    assert result.selected == core.selected
    assert dialog.outcome.count() == len(result.selected)
    dialog.close()


def test_infeasible_settings_list_the_conflicts(page) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_optimiser()
    dialog.budget.setValue(1_000)
    set_checked(dialog.must, {"M20"})
    set_checked(dialog.respect, set())  # the demo's red lines alone leave no package
    result = dialog.propose()
    assert result is not None and result.status == "infeasible"
    shown = [dialog.outcome.item(i).text() for i in range(dialog.outcome.count())]
    assert shown == [c.describe("nl") for c in result.conflicts]
    assert any("M20" in text for text in shown)
    assert not dialog.save_button.isEnabled()
    dialog.close()


def test_saving_the_proposal_creates_a_package_and_undo_removes_it(page) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    before = len(svc.rows("package"))
    dialog = page.open_optimiser()
    dialog.budget.setValue(800_000_000)
    set_checked(dialog.respect, set())
    result = dialog.propose()
    assert result is not None and result.status == "optimal"
    pid = dialog.save()
    assert pid is not None and len(svc.rows("package")) == before + 1
    members = svc.rows("package_member", package_id=pid)
    codes = {r["id"]: r["code"] for r in svc.rows("measure")}
    assert sorted(codes[m["measure_id"]] for m in members) == sorted(result.selected)
    assert pid in page.boxes  # offered for comparison at once
    page.editor.stack.undo()
    assert len(svc.rows("package")) == before
    assert not svc.rows("package_member", package_id=pid)
    dialog.close()


def test_frontier_runs_in_the_background_with_packages_plotted(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = page.frontier
    chart.steps.setValue(6)
    chart.objective.setCurrentIndex(chart.objective.findData("health"))
    with qtbot.waitSignal(chart.finished, timeout=20_000):
        page.tabs.setCurrentIndex(1)  # opening the tab draws the frontier
    problem = optimiser_problem(page.editor.svc, OptimiserSettings(objective="health"))
    stop = float(sum(problem.cost))
    core = list(frontier_steps(problem, 0.0, stop, 6))
    assert [p.result.selected for p in chart.points] == [p.result.selected for p in core]
    xs, _ys = chart.frontier_item.getData()
    assert len(xs) == sum(p.result.status == "optimal" for p in core)
    assert len(chart.labels) == len(page.visible_packages())


def test_frontier_has_a_table_view_and_saves_png_and_svg(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    chart = page.frontier
    chart.steps.setValue(4)
    with qtbot.waitSignal(chart.finished, timeout=20_000):
        page.tabs.setCurrentIndex(1)
    optimal = sum(p.result.status == "optimal" for p in chart.points)
    assert chart.frame.table.rowCount() == optimal + len(chart.labels)
    for suffix in ("png", "svg"):
        out = tmp_path / f"grens.{suffix}"
        chart.frame.save(out)
        assert out.stat().st_size > 1000


def test_frontier_can_be_cancelled(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = page.frontier
    chart.steps.setValue(200)
    with qtbot.waitSignal(chart.finished, timeout=60_000):
        page.compute_frontier()
        chart.cancel()
    assert not chart.running()
    assert chart.note.text() != ""
    assert chart.compute_button.isEnabled()


def test_meeting_mode_hides_internal_packages_measures_and_red_lines(page) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    internal_pkg = {str(r["id"]) for r in svc.rows("package") if str(r["visibility"]) == "internal"}
    internal = {str(m["code"]) for m in svc.rows("measure") if str(m["visibility"]) == "internal"}
    assert internal_pkg
    page.window().meeting.set_on(True)
    assert not internal_pkg & set(page.boxes)
    table = page.compare
    rows = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    assert page.compare.tr("Red lines crossed") not in rows
    assert not any(r.split()[0] in internal for r in rows if r[:1] == "M")
    page.window().meeting.set_on(False)
    assert internal_pkg & set(page.boxes)


def test_budget_is_typed_the_dutch_way(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_optimiser()
    edit = dialog.budget.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "2.500.000")
    dialog.budget.interpretText()
    assert dialog.budget.value() == 2_500_000
    # shown as the paper and the tables write amounts, typed the same way (issue 12)
    assert dialog.budget.text() == "€ 2,5 mln"
    edit.selectAll()
    qtbot.keyClicks(edit, "1,5 mld")
    dialog.budget.interpretText()
    assert dialog.budget.value() == 1_500_000_000
    assert dialog.budget.text() == "€ 1,5 mld"
    assert dialog.budget.toolTip() == "€ 1.500.000.000"
    dialog.close()


def test_optimiser_says_what_the_objective_is_and_saves_its_settings(page) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: "doelwaarde 22,48" had no unit nor the package's DALY total, the saved
    package did not say how it was made."""
    from workbench.analysis.packages import health_total

    dialog = page.open_optimiser()
    dialog.budget.setValue(800_000_000)
    set_checked(dialog.respect, set())
    result = dialog.propose()
    assert result is not None and result.status == "optimal"
    text = dialog.status.text()
    dalys = health_total(dialog.pm, result.selected)
    assert dalys is not None
    assert page.lang.number(dalys.best, 2) + " DALY/jaar" in text
    assert "scores 0-1" in text and "€ " in text and "mln" in text
    pid = dialog.save()
    row = page.editor.svc.get("package", pid)
    assert "€ 800 mln" in row["name"]
    assert "Instellingen: budget € 800 mln" in row["description"]
    assert "rode lijnen gerespecteerd van" in row["description"]
    dialog.close()


def test_red_lines_count_by_default_and_a_clash_names_the_parties(page) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: red lines on by default; respecting every party's red lines leaves
    no package in the demo, and the dialog says why in one sentence (the core's) and
    offers to leave a named party's red lines out."""
    from workbench.analysis.red_lines import red_line_clash, red_line_parties

    dialog = page.open_optimiser()
    holders = [key for key, _name in red_line_parties(page.editor.analysis().data)]
    assert holders and checked_all(dialog.respect) == tuple(holders)
    assert checked(dialog.respect) == tuple(holders)  # all ticked
    dialog.budget.setValue(1_000_000_000)
    result = dialog.propose()
    assert result is not None and result.status == "infeasible"
    problem = optimiser_problem(page.editor.source, dialog.settings())
    clash = red_line_clash(page.editor.source, problem, result, "nl")
    assert clash is not None
    assert dialog.status.text() == clash.sentence
    assert "Gemeente Velsen eist M01" in clash.sentence
    assert "Tata Steel Nederland en FNV Metaal weigeren M01" in clash.sentence
    offered = [b.text() for b in dialog.untick_buttons]
    assert offered == [f"Rode lijnen van {n} weglaten" for n in dialog._party_names(clash.parties)]
    assert not dialog.save_button.isEnabled()
    assert dialog.outcome.count() == 0  # no second list with party keys ('velsen')
    velsen = next(b for b in dialog.untick_buttons if b.objectName() == "untick_velsen")
    velsen.click()
    assert "velsen" not in checked(dialog.respect) and "tata" in checked(dialog.respect)
    assert dialog.proposal is not None and dialog.proposal.status == "optimal"
    assert "M01" not in dialog.proposal.selected  # Tata's refusal still holds
    assert dialog.untick_buttons == [] and dialog.save_button.isEnabled()
    dialog.close()


def test_meeting_mode_counts_and_names_only_red_lines_the_partners_may_see(page) -> None:  # type: ignore[no-untyped-def]
    """The demo's red lines are internal positions, except Velsen's demand of M01 made
    shareable here: on a shared screen only that red line counts, and Tata Steel's and
    FNV's internal refusals of M01 are neither ticked, nor used, nor named."""
    svc = page.editor.svc
    velsen = svc.id_for("stakeholder", "velsen")
    m01 = svc.id_for("measure", "M01")
    position = next(
        p for p in svc.rows("position", stakeholder_id=velsen, measure_id=m01) if p["red_line"]
    )
    svc.update("position", position["id"], {"visibility": "partners"})
    page.window().meeting.set_on(True)
    try:
        dialog = page.open_optimiser()
        assert checked_all(dialog.respect) == ("velsen",)
        dialog.budget.setValue(1_000_000_000)
        result = dialog.propose()
        assert result is not None and result.status == "optimal"
        assert "M01" in result.selected  # Velsen's demand holds, nobody visible refuses
        shown = " ".join(
            [dialog.status.text(), dialog.settings_text()]
            + [dialog.respect.item(i).text() for i in range(dialog.respect.count())]
        )
        assert "Tata" not in shown and "FNV" not in shown
        dialog.close()
    finally:
        page.window().meeting.set_on(False)
