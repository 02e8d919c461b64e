"""The value-for-money chart of the position paper: health gain against cost.

Draws :class:`~workbench.reports.series.ValueForMoney` with reportlab
graphics: one bubble per measure at its best estimates, low–high whiskers
in both directions, bubble size for feasibility, colour for negotiation
status, the Pareto frontier as a dashed line, and a legend. The cost axis
is logarithmic when the series says so (costs spanning two orders of
magnitude), as the GUI's is. Code labels that would overlap an earlier
label are left out; the best-ranked and frontier measures are labelled first.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, String
from reportlab.lib import colors

from workbench.i18n import Language
from workbench.reports.pdf_charts import AXIS, GRID, axis_x, drawing, legend, nice_ticks
from workbench.reports.pdf_fonts import BOLD, REGULAR
from workbench.reports.pdf_text import amount, lbl, num, t
from workbench.reports.series import FRONTIER_COLOUR, STATUS_COLOURS, ValueForMoney, ValuePoint

Box = tuple[float, float, float, float]
HEIGHT = 400.0


def log_ticks(lo: float, hi: float) -> list[float]:
    """Powers of ten covering lo..hi (both > 0), with 2 and 5 between when few."""
    first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    decades = [10.0**e for e in range(first, last + 1)]
    if len(decades) > 4:
        return decades
    return [v for d in decades[:-1] for v in (d, 2 * d, 5 * d)] + [decades[-1]]


def _overlaps(box: Box, placed: list[Box]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in placed)


def _scale(
    lo: float, hi: float, a: float, b: float, log: bool
) -> tuple[list[float], Callable[[float], float]]:
    if log:
        ticks = log_ticks(lo, hi)
        l0, l1 = math.log10(ticks[0]), math.log10(ticks[-1])
        return ticks, lambda v: a + (math.log10(max(v, ticks[0])) - l0) / (l1 - l0) * (b - a)
    ticks = nice_ticks(min(0.0, lo), hi * 1.06)
    return ticks, lambda v: a + (v - ticks[0]) / (ticks[-1] - ticks[0]) * (b - a)


def value_for_money_chart(s: ValueForMoney, lang: Language, width: float) -> Drawing | None:
    """Cost (x) against health (y); None when no measure has both."""
    pts = s.plotted
    if not pts or s.cost is None or s.health is None:
        return None
    cost_unit, health_unit = s.cost.unit, s.health.unit
    d = drawing(width, HEIGHT)
    statuses = [st for st in STATUS_COLOURS if any(p.status == st for p in pts)]
    items = [(STATUS_COLOURS[st], lbl("status", st, lang)) for st in statuses]
    items.append((FRONTIER_COLOUR, t("chart.frontier", lang)))
    used = legend(d, items, 62, HEIGHT - 10, width - 70)
    left, bottom, right, top = 62.0, 40.0, width - 14, HEIGHT - 18 - used
    costs = [v for p in pts if p.cost is not None for v in (p.cost.low, p.cost.high)]
    healths = [v for p in pts if p.health is not None for v in (p.health.low, p.health.high)]
    xt, to_x = _scale(min(costs), max(costs), left, right, s.log_cost)
    yt, to_y = _scale(min(healths), max(healths), bottom, top, False)
    axis_x(d, xt, to_x, bottom, top, lambda v: amount(v, cost_unit, lang))
    for v in yt:
        y = to_y(v)
        d.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.5))
        d.add(
            String(
                left - 4,
                y - 2,
                num(v, lang),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=AXIS,
                textAnchor="end",
            )
        )
    d.add(Line(left, bottom, left, top, strokeColor=AXIS, strokeWidth=0.7))
    x_label = t("chart.cost_axis", lang, unit=cost_unit or "–")
    if s.log_cost:
        x_label += f" – {t('chart.log', lang)}"
    d.add(
        String(
            (left + right) / 2,
            8,
            x_label,
            fontName=BOLD,
            fontSize=7.5,
            fillColor=AXIS,
            textAnchor="middle",
        )
    )
    y_label = Group(
        String(
            0,
            0,
            t("chart.health_axis", lang, unit=health_unit or "–"),
            fontName=BOLD,
            fontSize=7.5,
            fillColor=AXIS,
            textAnchor="middle",
        )
    )
    y_label.transform = (0, 1, -1, 0, 12, (bottom + top) / 2)
    d.add(y_label)
    if len(s.frontier) > 1:
        flat = [c for cx, cy in s.frontier for c in (to_x(cx), to_y(cy))]
        d.add(
            PolyLine(
                flat,
                strokeColor=colors.HexColor(FRONTIER_COLOUR),
                strokeWidth=1.2,
                strokeDashArray=[4, 2],
            )
        )
    # Big bubbles first so small ones stay visible on top of them.
    for p in sorted(pts, key=lambda q: -(q.feasibility or 0.0)):
        _bubble(d, p, to_x, to_y)
    placed: list[Box] = []
    for p in sorted(pts, key=lambda q: (not q.on_frontier, q.rank)):
        assert p.cost is not None and p.health is not None
        x, y = to_x(p.cost.best), to_y(p.health.best)
        r = _radius(p)
        box = (x + r + 1, y - 1, x + r + 1 + 3.6 * len(p.code), y + 6)
        if box[2] > right or _overlaps(box, placed):
            continue
        placed.append(box)
        d.add(
            String(
                x + r + 1.5,
                y + 0.5,
                p.code,
                fontName=REGULAR,
                fontSize=6,
                fillColor=colors.HexColor("#222222"),
            )
        )
    return d


def _radius(p: ValuePoint) -> float:
    return 2.5 + 4.5 * (p.feasibility if p.feasibility is not None else 0.3)


def _bubble(
    d: Drawing, p: ValuePoint, to_x: Callable[[float], float], to_y: Callable[[float], float]
) -> None:
    assert p.cost is not None and p.health is not None
    c = colors.HexColor(STATUS_COLOURS.get(p.status, "#9AA5B1"))
    x, y = to_x(p.cost.best), to_y(p.health.best)
    whisker = colors.Color(c.red, c.green, c.blue, alpha=0.55)
    d.add(Line(to_x(p.cost.low), y, to_x(p.cost.high), y, strokeColor=whisker, strokeWidth=0.8))
    d.add(Line(x, to_y(p.health.low), x, to_y(p.health.high), strokeColor=whisker, strokeWidth=0.8))
    frontier = colors.HexColor(FRONTIER_COLOUR)
    d.add(
        Circle(
            x,
            y,
            _radius(p),
            fillColor=colors.Color(c.red, c.green, c.blue, alpha=0.8),
            strokeColor=frontier if p.on_frontier else colors.white,
            strokeWidth=0.9 if p.on_frontier else 0.4,
        )
    )
