"""The position paper's bar charts, and the drawing helpers all its charts share.

Turns series of :mod:`workbench.reports.series` into reportlab ``Drawing``
flowables (the same numbers the GUI plots with pyqtgraph): ranking
contributions as stacked horizontal bars (an incomplete measure's bar stops at
its low end, a light band shows its range), and cumulative health to each
horizon as grouped bars with low–high whiskers. Long series are cut into
several drawings so each fits a page. Also owns the shared pieces (a drawing
in the embedded font, tick values, legends, an x axis); the value-for-money
chart lives in :mod:`workbench.reports.pdf_chart_value`. Text in drawings is
plain (no markup), so user text needs no escaping here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from workbench.i18n import Language
from workbench.i18n.numbers import num_sig
from workbench.reports.pdf_fonts import REGULAR
from workbench.reports.pdf_text import num, t
from workbench.reports.series import (
    HORIZON_COLOURS,
    CumulativeHealth,
    HealthBar,
    RankingContributions,
    criterion_colour,
)

AXIS = colors.HexColor("#5A6472")
GRID = colors.HexColor("#E3E8EF")
ROWS_PER_CHART = 30
INTERVAL_FILL = "#EEF1F5"  # the light band of an incomplete measure's range


def drawing(width: float, height: float) -> Drawing:
    # The renderer starts each drawing in Helvetica unless told otherwise, and the
    # file would then name a font it does not embed.
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=7)


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values covering lo..hi (lo < hi)."""
    if not hi > lo:
        hi = lo + 1.0
    raw = (hi - lo) / target
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v < hi + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def legend(d: Drawing, items: Sequence[tuple[str, str]], x: float, y: float, width: float) -> float:
    """Swatches with labels, wrapped to `width`; returns the height used."""
    cx, cy, used = x, y, 11.0
    for colour, text in items:
        w = 14 + len(text) * 3.9 + 12
        if cx + w > x + width and cx > x:
            cx, cy, used = x, cy - 11, used + 11
        d.add(Rect(cx, cy - 1, 8, 8, fillColor=colors.HexColor(colour), strokeColor=None))
        d.add(String(cx + 11, cy, text, fontName=REGULAR, fontSize=7, fillColor=AXIS))
        cx += w
    return used


def axis_x(
    d: Drawing,
    ticks: Sequence[float],
    to_x: Callable[[float], float],
    y0: float,
    y1: float,
    fmt: Callable[[float], str],
) -> None:
    for v in ticks:
        x = to_x(v)
        d.add(Line(x, y0, x, y1, strokeColor=GRID, strokeWidth=0.5))
        d.add(
            String(
                x,
                y0 - 10,
                fmt(v),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=AXIS,
                textAnchor="middle",
            )
        )
    d.add(Line(to_x(ticks[0]), y0, to_x(ticks[-1]), y0, strokeColor=AXIS, strokeWidth=0.7))


def _chunks(n: int, size: int = ROWS_PER_CHART) -> list[range]:
    return [range(i, min(n, i + size)) for i in range(0, n, size)] or [range(0)]


def contribution_charts(
    s: RankingContributions,
    lang: Language,
    width: float,
    intervals: Mapping[str, tuple[float, float]] | None = None,
) -> list[Drawing]:
    """Stacked horizontal bars, best first, ROWS_PER_CHART measures per drawing.

    An incompletely assessed measure's parts add up to its low end only; a
    light outlined band from the low to the high end (`intervals`: code ->
    (low, high)) shows its range, under the group label "onvolledig
    beoordeeld" after every complete measure. Nothing solid passes its low end.
    """
    intervals = intervals or {}
    items = [(criterion_colour(i), c.name) for i, c in enumerate(s.criteria)]
    if any(not b.complete for b in s.bars):
        items.append((INTERVAL_FILL, t("chart.interval", lang)))
    ends = [b.score for b in s.bars if b.score is not None]
    ends += [intervals.get(b.code, (0.0, 0.0))[1] for b in s.bars if not b.complete]
    xt = nice_ticks(0.0, max([*ends, 0.1]), 5)
    first_open = next((i for i, b in enumerate(s.bars) if not b.complete), None)
    out = []
    for rows in _chunks(len(s.bars)):
        row_h = 12.0
        slots = len(rows) + (1 if first_open in rows else 0)
        probe = drawing(width, 10)
        used = legend(probe, items, 0, 0, width - 70)
        height = 30 + used + row_h * slots + 8
        d = drawing(width, height)
        legend(d, items, 60, height - 10, width - 70)
        left, right, bottom = 60.0, width - 56, 22.0
        top = bottom + row_h * slots

        def to_x(v: float, left: float = left, right: float = right) -> float:
            return left + v / xt[-1] * (right - left)

        axis_x(d, xt, to_x, bottom, top, lambda v: num(v, lang, 2))
        k = 0
        for i in rows:
            bar = s.bars[i]
            if i == first_open:
                d.add(
                    String(
                        4,
                        top - (k + 1) * row_h + 4,
                        t("group.incomplete", lang),
                        fontName=REGULAR,
                        fontSize=7,
                        fillColor=AXIS,
                    )
                )
                k += 1
            y = top - (k + 1) * row_h + 2.5
            k += 1
            d.add(
                String(
                    left - 4,
                    y + 1.5,
                    f"{bar.rank}. {bar.code}",
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=AXIS,
                    textAnchor="end",
                )
            )
            x = 0.0
            for j, part in enumerate(bar.parts):
                if part is None or part <= 0:
                    continue
                d.add(
                    Rect(
                        to_x(x),
                        y,
                        to_x(x + part) - to_x(x),
                        row_h - 4,
                        fillColor=colors.HexColor(criterion_colour(j)),
                        strokeColor=None,
                    )
                )
                x += part
            if bar.complete:
                text = "–" if bar.score is None else num(bar.score, lang, 3)
            else:
                low, high = intervals.get(bar.code, (x, x))
                # the light band starts where the solid parts end (the low end)
                d.add(
                    Rect(
                        to_x(low),
                        y + 2,
                        max(to_x(high) - to_x(low), 0.3),
                        row_h - 8,
                        fillColor=colors.HexColor(INTERVAL_FILL),
                        strokeColor=AXIS,
                        strokeWidth=0.3,
                    )
                )
                x = high
                text = f"{num(low, lang, 3)}–{num(high, lang, 3)}"
            d.add(
                String(to_x(x) + 3, y + 1.5, text, fontName=REGULAR, fontSize=6.5, fillColor=AXIS)
            )
        out.append(d)
    return out


def health_charts(
    bars: Sequence[HealthBar],
    s: CumulativeHealth,
    lang: Language,
    width: float,
    *,
    rows_per_chart: int = 22,
    labels: bool = False,
) -> list[Drawing]:
    """Grouped bars per horizon with low–high whiskers, for the bars with a figure.

    Rows are named by key (measure code), or by label (package name, cut to
    24 characters) when `labels`; a horizon without a figure shows '–'.
    """
    bars = [b for b in bars if any(tr is not None for tr in b.by_horizon)]
    if not bars:
        return []
    known = [v for b in bars for tr in b.by_horizon if tr is not None for v in (tr.low, tr.high)]
    if not known:
        return []
    xt = nice_ticks(min(0.0, *known), max(known))
    items = [
        (HORIZON_COLOURS[i % len(HORIZON_COLOURS)], t("col.dalys_to", lang, year=h))
        for i, h in enumerate(s.horizons)
    ]
    out = []
    nh = len(s.horizons)
    for rows in _chunks(len(bars), rows_per_chart):
        bar_h = 5.0
        row_h = bar_h * nh + 5
        height = 30 + 11 + row_h * len(rows) + 8
        d = drawing(width, height)
        left, right, bottom = (110.0 if labels else 50.0), width - 40, 22.0
        legend(d, items, left, height - 10, width - left - 10)
        top = bottom + row_h * len(rows)

        def to_x(v: float, left: float = left, right: float = right) -> float:
            return left + (v - xt[0]) / (xt[-1] - xt[0]) * (right - left)

        axis_x(d, xt, to_x, bottom, top, lambda v: num(v, lang))
        for k, i in enumerate(rows):
            b = bars[i]
            y_row = top - (k + 1) * row_h
            name = (b.label if len(b.label) <= 24 else b.label[:23] + "…") if labels else b.key
            d.add(
                String(
                    left - 4,
                    y_row + row_h / 2 - 2,
                    name,
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=AXIS,
                    textAnchor="end",
                )
            )
            for j, tr in enumerate(b.by_horizon):
                y = y_row + 2.5 + (nh - 1 - j) * bar_h
                if tr is None:
                    d.add(
                        String(to_x(0.0) + 2, y, "–", fontName=REGULAR, fontSize=6, fillColor=AXIS)
                    )
                    continue
                colour = colors.HexColor(HORIZON_COLOURS[j % len(HORIZON_COLOURS)])
                x0, x1 = sorted((to_x(0.0), to_x(tr.best)))
                d.add(Rect(x0, y, max(x1 - x0, 0.3), bar_h - 1, fillColor=colour, strokeColor=None))
                mid = y + (bar_h - 1) / 2
                d.add(
                    Line(to_x(tr.low), mid, to_x(tr.high), mid, strokeColor=AXIS, strokeWidth=0.5)
                )
                if j == nh - 1:
                    d.add(
                        String(
                            max(to_x(tr.high), x1) + 3,
                            y,
                            num_sig(tr.best, lang),  # as the paper's estimates
                            fontName=REGULAR,
                            fontSize=6,
                            fillColor=AXIS,
                        )
                    )
        out.append(d)
    return out
