"""The chart pages: each chart's items match the core's series; SMAA runs and cancels.

The charts live on their task pages (value for money; uncertainty and
sensitivity; the score's build-up on the score table; health over time on
the packages page); the fixture shows each and reads them as one.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from workbench.analysis.matrix import profile, project_matrix
from workbench.reports.series import series_for_project
from workbench.scoring import sensitivity

CHART_PAGES = ("value", "ranking", "uncertainty", "health")


class AllCharts:
    """The chart pages read as one: an attribute comes from the first page that has it."""

    def __init__(self, pages: list[object]) -> None:
        self.pages = pages

    def __getattr__(self, name: str) -> object:
        for p in self.pages:
            found = getattr(p, name, None)
            if found is not None:
                return found
        raise AttributeError(name)


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    pages = []
    for key in CHART_PAGES:
        assert window.show_view(key)
        QApplication.processEvents()
        pages.append(window.view_pages[key])
        assert pages[-1].built
    assert window.show_view("charts")  # the old name shows value for money
    assert window.current_view() == "value"
    return AllCharts(pages)


def _series(page):  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    return series_for_project(
        svc,
        profile_key=page.profiles.current_key(),
        package_keys=[p["key"] for p in svc.rows("package")],
    )


def test_value_for_money_points_and_selection(page, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    vfm = _series(page).value_for_money
    plotted = [p for p in vfm.points if p.cost is not None and p.health is not None]
    assert len(page.value.scatter.points()) == len(plotted) == 3
    assert len(page.value.frontier.getData()[0]) == len(vfm.frontier)
    assert page.value.table.rowCount() == len(vfm.points)
    point = page.value.scatter.points()[0]
    with qtbot.waitSignal(page.measure_selected) as got:
        page.value._clicked(page.value.scatter, [point])
    assert got.args == [ids[point.data()]]


def test_ranking_segments_match_series(page) -> None:  # type: ignore[no-untyped-def]
    rc = _series(page).ranking
    expected = sum(
        1
        for b in rc.bars
        if (b.complete and b.score is not None) or (not b.complete and b.low is not None)
        for p in b.parts
        if p is not None and p > 0
    )
    incomplete = [b for b in rc.bars if not b.complete and b.low is not None]
    assert page.ranking.segment_count == expected > 0
    drawn = sum(len(item.opts["width"]) for item in page.ranking.items)
    # one dashed range box per incompletely assessed measure, never a longer solid bar
    assert drawn == expected + len(incomplete)
    for b in incomplete:
        solid = sum(p for p in b.parts if p is not None and p > 0)
        assert solid == pytest.approx(b.low)


def test_health_bars_match_series(page) -> None:  # type: ignore[no-untyped-def]
    ch = _series(page).cumulative_health
    expected = sum(1 for b in (*ch.measures, *ch.packages) for t in b.by_horizon if t is not None)
    assert page.health.bar_count == expected > 0


def test_sensitivity_matches_core(page) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    pm = project_matrix(svc)
    p = profile(svc, page.profiles.current_key(), pm.matrix.criteria)
    r = sensitivity(pm.matrix, p.weights, top_k=3)
    assert page.sensitivity.stability.count == len(r.first_place)
    assert page.sensitivity.tornado.count >= 1


def test_save_png_and_svg(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page.value.save(tmp_path / "v.png")
    page.ranking.save(tmp_path / "r.svg")
    assert (tmp_path / "v.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "r.svg").read_bytes()[:2000]


def test_table_toggle(page) -> None:  # type: ignore[no-untyped-def]
    page.ranking.toggle.setChecked(True)
    assert page.ranking.stack.currentWidget() is page.ranking.table
    assert page.ranking.table.rowCount() == len(_series(page).ranking.bars)


def test_smaa_runs_with_seed(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    smaa = page.smaa
    smaa.draws.setValue(500)
    worker = smaa.run(seed=11)
    assert worker is not None
    qtbot.waitUntil(lambda: smaa.worker is None, timeout=10000)
    assert smaa.result is not None and smaa.result.seed == 11
    n = len(smaa.result.alternatives)
    assert smaa.acceptability.shape == (n, n)
    assert smaa.topk.count == n
    assert "11" in smaa.status.text()


def test_smaa_cancel_stops_the_thread(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    smaa = page.smaa
    smaa.draws.setValue(5_000_000)  # far longer than the test runs
    worker = smaa.run(seed=3)
    assert worker is not None
    qtbot.waitUntil(lambda: smaa.progress.value() >= 1, timeout=10000)
    started = time.monotonic()
    smaa.cancel.click()
    assert worker.wait(3000)
    assert time.monotonic() - started < 3
    qtbot.waitUntil(lambda: smaa.worker is None, timeout=3000)
    assert smaa.result is None
    assert smaa.acceptability.shape == (0, 0) and smaa.topk.count == 0
    assert smaa.start.isEnabled()


def test_meeting_mode_hides_internal_profiles(page, sample) -> None:  # type: ignore[no-untyped-def]
    svc = page.editor.svc
    svc.create(
        "weight_profile",
        {"key": "rijk", "name": "Rijk (openbaar)", "visibility": "public"},
    )
    svc.create(
        "weight",
        {
            "profile_id": svc.id_for("weight_profile", "rijk"),
            "criterion_id": svc.id_for("criterion", "health"),
            "weight": 1.0,
        },
    )
    page.window().meeting.set_on(False)
    assert "Team IJmond" in [page.profiles.itemText(i) for i in range(page.profiles.count())]
    assert len(page.value.scatter.points()) == 3
    # The sample's measures are internal: the partners' charts show none of them, and
    # the charts drawn before meeting mode was switched on do not stay on screen.
    page.window().meeting.set_on(True)
    names = [page.profiles.itemText(i) for i in range(page.profiles.count())]
    assert names == ["Rijk (openbaar)"]
    assert len(page.value.scatter.points()) == 0
    assert page.ranking.segment_count == 0 and page.health.bar_count == 0
    page.window().meeting.set_on(False)
    for code in ("M01", "M02"):
        svc.update("measure", svc.id_for("measure", code) or "", {"visibility": "partners"})
    page.window().meeting.set_on(True)
    assert len(page.value.scatter.points()) == 2  # the charts draw for partners
    page.window().meeting.set_on(False)
