"""Every GUI editor catches a stale write: score cells, detail tables, weights (issue 16).

Otto changes a row through his own connection after Anna's window read it
(her live updates are switched off, so she has not seen his value); then
Anna edits the same row in the window. The stale dialog shows Otto's value
and name next to hers; "keep mine" writes hers over his as one undo step
(his stays in the history), "take theirs" leaves his and shows it. The
conftest's guard fails any test in which an edit went without its version;
its ``answer`` fixture makes the dialog's choice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.server_project import PgProject
from ui.main_window import MainWindow
from workbench.analysis.views import profile_weights
from workbench.services import ProjectService

pytestmark = pytest.mark.postgres


@pytest.fixture
def ids(otto: ProjectService) -> dict[str, str]:
    """A measure with a health figure, a weight profile and a draft term, by Otto."""
    made: dict[str, str] = {}

    def create(key: str, entity: str, values: dict[str, Any]) -> None:
        made[key] = otto.create(entity, values).created[0]

    create("health", "criterion", {"key": "health", "name": "Gezondheidswinst", "kind": "health",
                                   "unit": "DALY/jaar",
                                   "scale": {"type": "linear", "worst": 0, "best": 60}})
    create("cost", "criterion", {"key": "cost", "name": "Kosten", "kind": "cost",
                                 "unit": "mln €", "direction": "lower_is_better",
                                 "scale": {"type": "linear", "worst": 500, "best": 0}})
    create("M01", "measure", {"code": "M01", "title": "Kooksfabriek 2 eerder sluiten"})
    create("a_health", "assessment", {"measure_id": made["M01"], "criterion_id": made["health"],
                                      "low": 12.0, "best": 20.0, "high": 31.0})
    create("a_cost", "assessment", {"measure_id": made["M01"], "criterion_id": made["cost"],
                                    "low": 100.0, "best": 120.0, "high": 150.0})
    create("ours", "weight_profile", {"key": "ijmond", "name": "Team IJmond"})
    create("w_health", "weight", {"profile_id": made["ours"], "criterion_id": made["health"],
                                  "weight": 0.6})
    create("w_cost", "weight", {"profile_id": made["ours"], "criterion_id": made["cost"],
                                "weight": 0.4})
    create("c1", "draft", {"key": "c1", "name": "Concept 1", "date": dt.date(2026, 2, 1)})
    create("term", "draft_term", {"draft_id": made["c1"], "measure_id": made["M01"],
                                  "clause": "3.1", "deadline_year": 2030})
    return made


@pytest.fixture
def anna(make_window: Callable[..., MainWindow], pg: PgProject,
         ids: dict[str, str]) -> Iterator[MainWindow]:
    window = make_window()
    assert window.server.open_target(pg.url("anna"))
    assert window.server.live is not None
    window.server.live.close()  # Anna does not see Otto's next edit before her own
    yield window
    window.server.close()
    window.controller.close()  # before the schema is dropped


def steps(window: MainWindow) -> int:
    return window.controller.stack.count()


# -- the score table ----------------------------------------------------------------------
def matrix_cell(window: MainWindow, criterion: str) -> Any:
    assert window.show_view("matrix")
    model = window.view_pages["matrix"].model
    return model.index(model.row_of("M01"), model.criterion_column(criterion))


def test_a_score_cell_over_a_newer_figure_asks_and_keeps_mine_as_one_step(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    cell = matrix_cell(anna, "health")
    otto.update("assessment", ids["a_health"], {"best": 25.0})
    seen = answer(True)
    before = steps(anna)
    assert not cell.model().setData(cell, 40.0)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0] and "25" in seen[0] and "40" in seen[0]
    stored = otto.get("assessment", ids["a_health"])
    assert (stored["low"], stored["best"], stored["high"]) == (12.0, 40.0, 40.0)
    assert steps(anna) == before + 1
    qtbot.waitUntil(lambda: matrix_cell(anna, "health").data() == "40,0", timeout=1000)
    anna.controller.stack.undo()  # back to Otto's figure, not to the one Anna first saw
    assert otto.get("assessment", ids["a_health"])["best"] == 25.0


def test_a_score_cell_can_take_theirs(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    cell = matrix_cell(anna, "health")
    otto.update("assessment", ids["a_health"], {"best": 25.0})
    seen = answer(False)
    before = steps(anna)
    assert not cell.model().setData(cell, 40.0)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert otto.get("assessment", ids["a_health"])["best"] == 25.0
    qtbot.waitUntil(lambda: matrix_cell(anna, "health").data() == "25,0", timeout=1000)
    assert steps(anna) == before


# -- the detail panel's tables ---------------------------------------------------------------
def detail_table(window: MainWindow, ids: dict[str, str], tab: int) -> Any:
    window.register.select(ids["M01"])
    panel = window.detail
    panel.tabs.setCurrentIndex(tab)  # hidden tabs read nothing until shown
    return panel.terms.model if tab == 2 else panel.assessments.model


def test_an_assessment_in_the_detail_panel_keeps_mine_over_theirs(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    model = detail_table(anna, ids, 3)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Kosten")
    otto.update("assessment", ids["a_cost"], {"high": 180.0})
    seen = answer(True)
    before = steps(anna)
    assert not model.setData(model.index(row, model.column_of("high")), 200.0)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0] and "180" in seen[0] and "200" in seen[0]
    assert otto.get("assessment", ids["a_cost"])["high"] == 200.0
    assert steps(anna) == before + 1


def test_a_draft_term_takes_theirs_and_shows_it(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    model = detail_table(anna, ids, 2)
    index = model.index(0, model.column_of("deadline_year"))
    assert index.data() == "2030"
    otto.update("draft_term", ids["term"], {"deadline_year": 2028})
    seen = answer(False)
    assert not model.setData(index, 2029)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert otto.get("draft_term", ids["term"])["deadline_year"] == 2028
    qtbot.waitUntil(
        lambda: model.index(0, model.column_of("deadline_year")).data() == "2028", timeout=1000)


# -- weights --------------------------------------------------------------------------------
def test_the_weights_table_keeps_mine_over_theirs(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    assert anna.show_view("profiles")
    anna.profiles.master.select(ids["ours"])
    weights = anna.profiles.detail.model
    row = next(r for r in range(weights.rowCount()) if weights.index(r, 0).data() == "Kosten")
    otto.update("weight", ids["w_cost"], {"weight": 0.5})
    seen = answer(True)
    assert not weights.setData(weights.index(row, 1), 0.3)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0] and "0.5" in seen[0]
    assert otto.get("weight", ids["w_cost"])["weight"] == 0.3


def weights_page(window: MainWindow) -> Any:
    assert window.show_view("weights")
    page = window.view_pages["weights"]
    assert page.select_profile("ijmond")
    return page


def test_a_released_slider_over_a_newer_weight_can_take_theirs(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    page = weights_page(anna)
    otto.update("weight", ids["w_cost"], {"weight": 0.1})
    seen = answer(False)
    before = steps(anna)
    slider = page.sliders.sliders["cost"]
    slider.setSliderDown(True)
    slider.setValue(900)
    slider.setSliderDown(False)  # release: the commit
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0]
    assert profile_weights(otto, ids["ours"])["cost"][1] == pytest.approx(0.1)
    qtbot.waitUntil(lambda: page.sliders.raw()["cost"] == pytest.approx(0.1), timeout=1000)
    assert steps(anna) == before


def test_a_released_slider_keeps_mine_as_one_step(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    page = weights_page(anna)
    otto.update("weight", ids["w_cost"], {"weight": 0.1})
    seen = answer(True)
    before = steps(anna)
    slider = page.sliders.sliders["cost"]
    slider.setSliderDown(True)
    slider.setValue(900)
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert profile_weights(otto, ids["ours"])["cost"][1] == pytest.approx(0.9)
    assert steps(anna) == before + 1
    # her next drag starts from the version her own write left: no second question
    slider.setSliderDown(True)
    slider.setValue(700)
    slider.setSliderDown(False)
    assert profile_weights(otto, ids["ours"])["cost"][1] == pytest.approx(0.7)
    assert len(seen) == 1


def test_a_swing_elicitation_over_a_renamed_profile_keeps_mine_as_one_step(
    qtbot: Any, anna: MainWindow, otto: ProjectService, ids: dict[str, str],
    answer: Callable[[bool], list[str]],
) -> None:
    page = weights_page(anna)
    dialog = page.open_elicitation("swing")
    otto.update("weight_profile", ids["ours"], {"method": "roc"})
    seen = answer(True)
    before = steps(anna)
    dialog.set_points({"health": 100, "cost": 100})
    dialog.accept()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "otto" in seen[0] and "roc" in seen[0] and "swing" in seen[0]
    assert otto.get("weight_profile", ids["ours"])["method"] == "swing"
    w = profile_weights(otto, ids["ours"])
    assert w["health"][1] == pytest.approx(0.5) and w["cost"][1] == pytest.approx(0.5)
    assert steps(anna) == before + 1  # the weights and the method: one step
    anna.controller.stack.undo()
    w = profile_weights(otto, ids["ours"])
    assert w["health"][1] == pytest.approx(0.6) and w["cost"][1] == pytest.approx(0.4)
    assert otto.get("weight_profile", ids["ours"])["method"] == "roc"  # Otto's, again
