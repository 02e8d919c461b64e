"""One figure, one definition: the GUI shows the numbers the CLI prints, per audience.

On the demo (31 measures, three packages, internal ones among them), with
meeting mode off (internal) and on (partners): the package comparison's
cost, DALYs and value cells, the weights page's ranking and the register's
rows equal `workbench packages --json` / `rank --json` / `measures --json`
for the same audience and profile. The CLI runs in-process on the same
saved file.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from workbench.cli.main import main as cli
from workbench.health import Range
from workbench.i18n.numbers import money
from workbench.interchange.demo import create_demo


def _cli_json(*argv: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli([*argv, "--json"]) == 0
    return json.loads(out.getvalue())


@pytest.fixture
def demo_window(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.mwb"
    create_demo(path)
    window = make_window(path)
    return window, path


@pytest.mark.parametrize("audience", ["internal", "partners"])
def test_package_figures_on_screen_equal_the_cli(demo_window, audience: str) -> None:  # type: ignore[no-untyped-def]
    window, path = demo_window
    window.meeting.set_on(audience == "partners")
    assert window.show_view("packages")
    QApplication.processEvents()
    page = window.view_pages["packages"]
    profile = "ijmond"
    cli_packages = {
        p["key"]: p
        for p in _cli_json("packages", str(path), "--audience", audience, "--profile", profile)
    }
    shown = {t.key: t for t in page.compare.totals}
    # the screen offers exactly the packages the audience may see
    assert shown and set(shown) == set(cli_packages)
    assert page.compare.columnCount() == len(shown)
    if audience == "partners":
        assert "compromise" not in shown  # the demo's internal landing zone
    lang = page.lang
    names = list(page._profile_names())
    value_row = 2 + names.index(profile)
    for j in range(page.compare.columnCount()):
        header = page.compare.horizontalHeaderItem(j).text()
        key = next(k for k, t in shown.items() if t.name == header)
        c = cli_packages[key]
        cost = page.compare.item(0, j)
        assert cost.text() == money(c["cost"]["best"], lang.code)  # "€ 5,8 mld" (issue 12)
        assert lang.number(round(c["cost"]["best"])) in cost.toolTip()  # the exact amount
        assert page.compare.item(1, j).text() == lang.number(c["dalys_per_year"]["best"], 1)
        assert page.compare.item(value_row, j).text() == lang.number(c["value"], 2)
        assert sorted(c["measures"]) == sorted(shown[key].codes)


@pytest.mark.parametrize("audience", ["internal", "partners"])
def test_ranking_and_register_on_screen_equal_the_cli(demo_window, audience: str) -> None:  # type: ignore[no-untyped-def]
    window, path = demo_window
    window.meeting.set_on(audience == "partners")
    assert window.show_view("weights")
    QApplication.processEvents()
    page = window.view_pages["weights"]
    assert page.select_profile("ijmond")
    QApplication.processEvents()
    ranking = _cli_json("rank", str(path), "--audience", audience, "--profile", "ijmond")
    entries = ranking["ranking"] if isinstance(ranking, dict) else ranking
    assert len(entries) == (31 if audience == "internal" else 29)  # M27, M31 are internal
    assert any(e["score"] is None for e in entries)  # M11, M13: no health figure
    assert page.displayed_order() == [e["code"] for e in entries]
    for row, e in enumerate(entries):
        text = str(page.ranking.index(row, 2).data())
        if e["score"] is None:  # incompletely assessed: the interval, not a point
            low, high = e["score_range"]
            assert page.lang.number(low, 3) in text and page.lang.number(high, 3) in text
        else:
            assert text == page.lang.number(e["score"], 3)
    measures = _cli_json("measures", str(path), "--audience", audience)
    assert sorted(m.code for m in window.register.model.rows()) == sorted(
        m["code"] for m in measures
    )
    health = {m["code"]: m["estimates"].get("health") for m in measures}
    for m in window.register.model.rows():
        e = m.estimates.get("health")
        cli_e = health[m.code]
        if e is None:
            assert cli_e is None
        else:
            assert cli_e is not None and math.isclose(e.best, cli_e["best"])
            assert cli_e["origin"] == ("computed" if e.computed else "entered")


def test_health_tab_shows_the_registers_figure_with_its_origin(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 9: M19 (emission changes only) showed 4 DALY/jaar in the register and 0 in
    its health tab. The tab now shows the register's entered estimate and says so."""
    window, path = demo_window
    measures = {m["code"]: m for m in _cli_json("measures", str(path))}
    m19 = measures["M19"]["estimates"]["health"]
    assert m19 is not None and m19["origin"] == "entered" and m19["best"] > 0
    health = {h["code"]: h for h in _cli_json("health", str(path))["measures"]}
    assert health["M19"]["dalys_per_year"] is None  # no computed DALY figure, not 0
    editor = window.controller.editor
    window.detail.tabs.setCurrentWidget(window.detail.health)  # computed when shown
    window.register.select(editor.svc.id_for("measure", "M19"))
    QApplication.processEvents()
    text = window.detail.health.summary.text()
    assert "ingevoerde schatting" in text
    entered = Range(m19["low"], m19["best"], m19["high"])
    assert window.detail.health._range(entered) in text  # the register's figure, not 0
    # a measure with exposure changes: computed, and the same number as the register
    m01 = measures["M01"]["estimates"]["health"]
    assert m01["origin"] == "computed"
    window.register.select(editor.svc.id_for("measure", "M01"))
    QApplication.processEvents()
    assert "berekend uit blootstelling" in window.detail.health.summary.text()


def test_score_table_marks_only_computed_figures_as_computed(demo_window) -> None:  # type: ignore[no-untyped-def]
    """The 'berekend' tag follows each figure's own origin, as in measures --json: M01 is
    computed (read-only here), M19 entered (editable), M11 has none (not 'berekend')."""
    from PySide6.QtCore import Qt

    from ui.matrix.model import MatrixRole

    window, path = demo_window
    origins = {m["code"]: (m["estimates"]["health"] or {}).get("origin")
               for m in _cli_json("measures", str(path))}
    assert (origins["M01"], origins["M19"], origins["M11"]) == ("computed", "entered", None)
    assert window.show_view("matrix")
    QApplication.processEvents()
    model = window.view_pages["matrix"].model
    col = model.criterion_column("health")
    rows = {m.code: i for i, m in enumerate(model.data_.pm.measures)}
    for code, computed in (("M01", True), ("M19", False), ("M11", False)):
        index = model.index(rows[code], col)
        assert bool(index.data(MatrixRole.COMPUTED)) is computed, code
        editable = bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
        assert editable is (not computed), code
