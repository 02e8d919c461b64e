"""The value-for-money page (issue 12): a sortable table with health per euro, labelled
bubbles, amounts the Dutch way with the exact figure on hover, and the steps along the
efficient line saying when a step buys nothing certain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.charts.value import ValueChart
from ui.i18n import Language
from workbench.analysis.packages import Triple
from workbench.reports.series import ValueForMoney, ValuePoint


def _page(window):  # type: ignore[no-untyped-def]
    assert window.show_view("value")
    QApplication.processEvents()
    return window.view_pages["value"].value


def _column(chart: ValueChart, header: str) -> int:
    t = chart.table
    return next(c for c in range(t.columnCount()) if t.horizontalHeaderItem(c).text() == header)


def test_clicking_a_header_sorts_by_the_figures(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _page(window)
    col = _column(chart, "Kosten")
    header = chart.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _centre(header, col))  # fmt: skip
    codes = [chart.table.item(r, 0).text() for r in range(chart.table.rowCount())]
    texts = [chart.table.item(r, col).text() for r in range(chart.table.rowCount())]
    # by the euros behind "€ 8 mln" etc., not alphabetically; blanks last
    first = [t for t in texts if t != "—"]
    assert first and all(t.startswith("€ ") for t in first)
    keys = [chart.table.item(r, col).data(Qt.ItemDataRole.UserRole + 7) for r in range(len(codes))]
    numbers = [k for k in keys if k is not None]
    assert numbers == sorted(numbers) or numbers == sorted(numbers, reverse=True)
    assert keys[len(numbers) :] == [None] * (len(keys) - len(numbers))


def _centre(header, col):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(col) + header.sectionSize(col) // 2, 5)


def test_the_table_answers_most_health_per_euro_first(window) -> None:  # type: ignore[no-untyped-def]
    chart = _page(window)
    col = _column(chart, "DALY/jaar per mln €")
    keys = [chart.table.item(r, col).data(Qt.ItemDataRole.UserRole + 7)
            for r in range(chart.table.rowCount())]  # fmt: skip
    numbers = [k for k in keys if k is not None]
    assert numbers == sorted(numbers, reverse=True) and numbers
    assert _column(chart, "Euro per DALY") > 0
    assert _column(chart, "Tegen (! rode lijn)") > 0


def point(code: str, cost: tuple[float, float, float], health: tuple[float, float, float],
          frontier: bool) -> ValuePoint:  # fmt: skip
    return ValuePoint(code, f"titel {code}", "proposed", "dust", 1, Triple(*cost),
                      Triple(*health), 0.5, frontier)  # fmt: skip


VFM = ValueForMoney(None, None, (
    point("M01", (150e6, 250e6, 400e6), (11.4, 25.0, 44.8), True),
    point("M20", (4e9, 5e9, 6.5e9), (11.5, 25.0025, 44.3), True),
    point("M09", (4e6, 8e6, 15e6), (0.3, 0.8, 1.5), False),
), ((250e6, 25.0), (5e9, 25.0025)))  # fmt: skip


def test_labels_amounts_and_the_step_that_buys_nothing_certain(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ValueChart(Language("nl"))
    qtbot.addWidget(chart)
    chart.set_series(VFM, {"M01": "a", "M20": "b", "M09": "c"})
    assert sorted(chart.labelled_codes()) == ["M01", "M09", "M20"]
    col = _column(chart, "Kosten")
    row = next(r for r in range(chart.table.rowCount()) if chart.table.item(r, 0).text() == "M20")
    cell = chart.table.item(row, col)
    assert cell.text().startswith("€ 5 mld")
    assert "€ 5.000.000.000" in cell.toolTip()  # the exact figure on hover
    steps = [chart.steps.item(i).text() for i in range(chart.steps.count())]
    assert steps[1].startswith("M01 → M20: +€ 4,8 mld voor +0,0025")
    assert "binnen de onzekerheid van M01" in steps[1]
    assert "onzekerheid" not in steps[0]
    ticks = chart.plot.getAxis("left").tickStrings([0.25, 0.5], 1.0, 0.25)
    assert ticks == ["0,25", "0,50"]  # Dutch decimals on the axes


def test_a_what_if_budget_draws_a_line_and_marks_what_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: the budget typed in € mln the Dutch way; the line at that cost (the
    axis is logarithmic here: M01 at € 250 mln, M20 at € 5 mld) and the marked rows
    are the core's within_budget."""
    import math

    from workbench.reports.value_table import within_budget

    chart = ValueChart(Language("nl"))
    qtbot.addWidget(chart)
    chart.set_series(VFM, {"M01": "a", "M20": "b", "M09": "c"})
    assert not chart.budget_line.isVisible() and chart.marked_codes() == []
    assert chart.budget.text() == "geen"  # no budget yet: no line, nothing marked
    edit = chart.budget.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "1.500")  # € 1.500 mln, Dutch thousands separator
    chart.budget.interpretText()
    assert chart.budget_euros() == 1_500_000_000
    assert chart.budget_line.isVisible()
    assert VFM.log_cost
    assert chart.budget_line.value() == math.log10(1.5e9)
    assert chart.budget_line.label.toPlainText() == "Budget € 1,5 mld"
    core = within_budget(VFM, 1.5e9)
    assert core.within == ("M01",)  # M20 needs € 5 mld along the line
    assert chart.marked_codes() == list(core.within)
    col = _column(chart, "Binnen budget")
    row = next(r for r in range(chart.table.rowCount()) if chart.table.item(r, 0).text() == "M01")
    assert chart.table.item(row, col).text() == "ja, meeste gezondheid"
    assert "€ 250.000.000" in chart.table.item(row, col).toolTip()
    chart.budget.setValue(6_000)  # € 6 mld: both steps
    assert chart.marked_codes() == sorted(within_budget(VFM, 6e9).within) == ["M01", "M20"]
    chart.set_series(VFM, {"M01": "a", "M20": "b", "M09": "c"})  # a refresh keeps the budget
    assert chart.budget_line.isVisible() and sorted(chart.marked_codes()) == ["M01", "M20"]
    chart.budget.setValue(0)
    assert not chart.budget_line.isVisible() and chart.marked_codes() == []
