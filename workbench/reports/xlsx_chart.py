"""The Grafiek sheet: the ranking and value for money as live openpyxl charts.

Both charts read their data from the Vergelijking sheet (codes, scores, the
best cost estimate), so they redraw when a partner changes a weight. The
ranking chart shows the first rows of the table, which are the best-ranked
measures at export time. Imported only from inside
:func:`workbench.reports.xlsx.to_xlsx`.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.worksheet.worksheet import Worksheet

from workbench.reports.audience import marking
from workbench.reports.model import Report
from workbench.reports.xlsx_compare import CompareLayout
from workbench.reports.xlsx_layout import HEADER_ROW, estimate_key
from workbench.reports.xlsx_style import Writer, heading, page_setup

TOP = 20


def write_charts(
    w: Writer, ws: Worksheet, compare: Worksheet, report: Report, layout: CompareLayout
) -> None:
    p = report.provenance
    heading(w, ws, marking(p.audience, p.language), w.t("title"), p.project_title)
    n = min(TOP, layout.last_row - layout.first_row + 1)
    bar = BarChart()
    bar.type = "bar"
    bar.style = 10
    bar.title = w.t("chart_rank", n=n)
    bar.y_axis.title = w.t("score")
    bar.y_axis.scaling.min = 0
    bar.y_axis.scaling.max = 1
    bar.x_axis.scaling.orientation = "maxMin"  # the best measure on top
    bar.x_axis.delete = False
    bar.y_axis.delete = False
    bar.legend = None
    bar.gapWidth = 40
    bar.y_axis.number_format = "0.0"
    bar.y_axis.majorUnit = 0.2
    score_col = layout.col_of["score"]
    data = Reference(compare, min_col=score_col, min_row=HEADER_ROW,
                     max_row=layout.first_row + n - 1)
    cats = Reference(compare, min_col=1, min_row=layout.first_row,
                     max_row=layout.first_row + n - 1)
    bar.add_data(data, titles_from_data=True)
    bar.set_categories(cats)
    bar.height = max(7.5, 0.55 * n + 2)
    bar.width = 18
    ws.add_chart(bar, "A5")

    cost = next((c for c in report.criteria if c.kind == "cost" and c.scale["type"] != "levels"),
                None)
    if cost is not None:
        scatter = ScatterChart()
        scatter.title = w.t("chart_vfm")
        scatter.style = 13
        scatter.x_axis.title = f"{cost.name} ({w.t('best')})"
        scatter.y_axis.title = w.t("score")
        scatter.x_axis.delete = False
        scatter.y_axis.delete = False
        scatter.legend = None
        xs = Reference(compare, min_col=layout.col_of[estimate_key(cost.key, "best")],
                       min_row=layout.first_row, max_row=layout.last_row)
        ys = Reference(compare, min_col=score_col, min_row=layout.first_row,
                       max_row=layout.last_row)
        series = Series(ys, xs, title=w.t("score"))
        series.marker.symbol = "circle"
        series.marker.size = 7
        series.marker.graphicalProperties.solidFill = "1F4E78"
        series.marker.graphicalProperties.line.solidFill = "1F4E78"
        series.graphicalProperties.line.noFill = True
        scatter.scatterStyle = "marker"
        scatter.y_axis.scaling.min = 0
        scatter.y_axis.scaling.max = 1
        scatter.y_axis.number_format = "0.0"
        scatter.x_axis.number_format = '#,##0'
        scatter.y_axis.majorUnit = 0.2
        scatter.series.append(series)
        scatter.height = 9
        scatter.width = 18
        ws.add_chart(scatter, "L5")
    page_setup(ws, marking(p.audience, p.language), p.language)
