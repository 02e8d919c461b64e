"""Numbers the Dutch way on the register, score table, package comparison and health chart.

Issue 12: amounts as "€ 250 mln" with the exact figure on hover, one precision per
column, packages by name (not key) on "Gezondheid in de tijd", feasibility picked
as laag/middel/hoog. The expected figures come from the demo file, not the code.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.matrix.model import MatrixRole
from ui.models.columns import EditorKind, Role
from workbench.interchange.demo import create_demo

DEMO = json.loads(
    (Path(__file__).parents[3] / "workbench/resources/demo/demo.json").read_text("utf-8")
)


def _best(code: str, criterion: str) -> float:
    return next(
        float(a["best"])
        for a in DEMO["assessments"]
        if a["measure"] == code and a["criterion"] == criterion
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mwb"
    create_demo(path)
    return path


@pytest.fixture
def window(make_window, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.mwb"
    shutil.copy(demo_file, path)
    return make_window(path)


def _column(model, key: str) -> int:  # type: ignore[no-untyped-def]
    return [c.key for c in model.columns].index(key)


def test_register_amounts_compact_with_the_exact_figure_on_hover(window) -> None:  # type: ignore[no-untyped-def]
    model = window.register.model
    cost = _column(model, "criterion:cost")
    row = model.row_of(window.controller.svc.id_for("measure", "M01"))
    index = model.index(row, cost)
    assert _best("M01", "cost") == 250_000_000  # the demo's figure
    assert index.data() == "€ 250 mln"
    assert "€ 250.000.000" in index.data(Qt.ItemDataRole.ToolTipRole)
    header = model.headerData(cost, Qt.Orientation.Horizontal)
    assert "EUR" not in header


def _decimals(text: str) -> int:
    return len(text.partition(",")[2]) if "," in text else 0


def test_register_health_column_has_one_precision(window) -> None:  # type: ignore[no-untyped-def]
    model = window.register.model
    health = _column(model, "criterion:health")
    texts = [model.index(r, health).data() for r in range(model.rowCount())]
    shown = [t for t in texts if t and re.fullmatch(r"[0-9.]+(,[0-9]+)?", t)]
    assert len(shown) > 10
    assert {_decimals(t) for t in shown} == {1}, shown


def test_score_table_amounts_and_ranges(window) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("matrix")
    QApplication.processEvents()
    model = window.view_pages["matrix"].model
    col = model.criterion_column("cost")
    row = model.row_of("M01")
    index = model.index(row, col)
    assert index.data() == "€ 250 mln"
    assert not re.search(r"\d{3}\.\d{3}", index.data(MatrixRole.RANGE))  # no 150.000.000
    assert "€ 250.000.000" in model.tooltip(row, col)
    health = model.criterion_column("health")
    texts = [model.index(r, health).data() for r in range(model.rowCount())]
    assert {_decimals(t) for t in texts if t and t[0].isdigit()} == {1}


def test_package_comparison_in_billions_with_exact_tooltip(window) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("packages")
    page = window.view_pages["packages"]
    table = page.compare
    assert not table.verticalHeaderItem(0).text().endswith("(EUR)")
    for j in range(table.columnCount()):
        cell = table.item(0, j)
        assert re.fullmatch(r"€ \d+(,\d)? (mld|mln)", cell.text()), cell.text()
        assert re.search(r"€ \d{1,3}(\.\d{3})+", cell.toolTip())
    headers = [
        page.tables.master.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(page.tables.master.model.columnCount())
    ]
    assert "Sleutel" not in headers and "Naam" in headers


def test_health_over_time_names_packages(window) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("health")
    QApplication.processEvents()
    chart = window.view_pages["health"].health
    labels = [t.replace("\n", " ") for t in chart.tick_labels]
    for p in DEMO["packages"]:
        assert p["name"] in labels
        assert p["key"] not in labels


def test_feasibility_is_picked_as_a_level(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    svc = window.controller.svc
    window.register.select(svc.id_for("measure", "M01"))
    QApplication.processEvents()
    panel = window.detail.assessments
    window.detail.tabs.setCurrentWidget(panel)  # a hidden tab reads nothing
    QApplication.processEvents()
    model = panel.model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = rows.index("Haalbaarheid")
    best = _column(model, "best")
    index = model.index(row, best)
    assert index.data() == "middel"  # M01 feasibility in the demo: middel
    assert index.data(Role.EDITOR) == EditorKind.CHOICE.value
    assert [t for _v, t in index.data(Role.CHOICES)] == ["laag", "middel", "hoog"]
    assert model.setData(index, 1.0, Qt.ItemDataRole.EditRole)
    crit = svc.id_for("criterion", "feasibility")
    a = next(
        a
        for a in svc.rows("assessment", criterion_id=crit)
        if a["measure_id"] == svc.id_for("measure", "M01")
    )
    assert (a["low"], a["best"], a["high"]) == (1.0, 1.0, 1.0)
    window.controller.stack.undo()
    a = next(x for x in svc.rows("assessment", criterion_id=crit) if x["id"] == a["id"])
    assert a["best"] == 0.5
