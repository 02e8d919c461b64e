"""The formulas of the comparison workbook, mirroring the additive value engine.

Each builder returns the text of one formula; together they recompute in the
spreadsheet what :func:`workbench.scoring.additive.rank_additive` computes:
a value per criterion from the raw best estimate and the criterion's fixed
scale (linear clipped, piecewise linear through its points, or a verbal
level looked up in the scale table); the weighted sum over the assessed
criteria divided by the sum of all weights. A complete measure's score is
that sum. An incomplete one (no value on a criterion with weight) has no
point score but an interval: its missing criteria at value 0 (the low end,
the same sum) and at value 1 (the low end plus the weight it lacks). The
rank puts every complete measure before every incomplete one, each group
ordered by the low end, and equal keys share a rank. The package value
(:func:`benefit`) is the optimiser's: the additive value without the cost
criterion, weights re-scaled over the rest, nothing for a measure that
lacks a weighted figure (see :mod:`workbench.analysis.packages`). Only
functions Excel 2016 and LibreOffice 7.4 both compute are used: IF,
ISNUMBER, NOT, MIN, MAX, INDEX, MATCH, ROUND, RANK, SUM, SUMIF, SUMPRODUCT.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

# Scores are compared after rounding to this many decimals, so that the last-bit
# differences between the spreadsheet's and numpy's arithmetic cannot split a tie.
RANK_DECIMALS = 12


def num(x: float) -> str:
    """A number as formula text, exact, negative numbers in parentheses."""
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"not a finite number: {x}")
    text = str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x).upper()
    return f"({text})" if x < 0 else text


def linear_value(x: str, worst: float, best: float) -> str:
    """Clipped linear from worst (0) to best (1); empty when `x` holds no number."""
    return (
        f'=IF(ISNUMBER({x}),MAX(0,MIN(1,({x}-{num(worst)})/({num(best)}-{num(worst)}))),"")'
    )


def piecewise_value(x: str, points: Sequence[Sequence[Any]]) -> str:
    """Linear interpolation through `points` with the end values held outside.

    A nested IF walks the segments in order of x, which is exactly what
    ``numpy.interp`` does, needs no array formula, and stays readable for a
    handful of points (a scale has few; Excel allows 64 levels of nesting).
    """
    pts = [(float(p[0]), float(p[1])) for p in points]
    expr = num(pts[-1][1])
    for (x0, v0), (x1, v1) in reversed(list(itertools.pairwise(pts))):
        seg = f"{num(v0)}+({x}-{num(x0)})*({num(v1)}-{num(v0)})/({num(x1)}-{num(x0)})"
        expr = f"IF({x}<={num(x1)},{seg},{expr})"
    expr = f"IF({x}<={num(pts[0][0])},{num(pts[0][1])},{expr})"
    return f'=IF(ISNUMBER({x}),{expr},"")'


def level_value(x: str, labels: str, values: str) -> str:
    """The value of the verbal level named in `x`, looked up in the scale table.

    An empty cell is a missing assessment; an unknown label shows #N/A (and
    so does the score), rather than silently counting as missing.
    """
    return f'=IF({x}="","",INDEX({values},MATCH({x},{labels},0)))'


def value_formula(scale: dict[str, Any], x: str, table: tuple[str, str] | None) -> str:
    """The value formula for a criterion's scale; `table` = (labels, values) for levels."""
    kind = scale["type"]
    if kind == "linear":
        return linear_value(x, float(scale["worst"]), float(scale["best"]))
    if kind == "piecewise":
        return piecewise_value(x, scale["points"])
    if table is None:
        raise ValueError("a levels scale needs its table")
    return level_value(x, *table)


def weighted_sum(values: Sequence[str], weights: Sequence[str]) -> str:
    """Sum of weight x value over the criteria that hold a value."""
    return "=" + "+".join(
        f"IF(ISNUMBER({v}),{v}*{w},0)" for v, w in zip(values, weights, strict=True)
    )


def coverage(values: Sequence[str], weights: Sequence[str]) -> str:
    """The weight of the criteria that hold a value."""
    return "=" + "+".join(
        f"IF(ISNUMBER({v}),{w},0)" for v, w in zip(values, weights, strict=True)
    )


def missing(values: Sequence[str], weights: Sequence[str]) -> str:
    """How many criteria with a positive weight lack a value (0: complete)."""
    return "=" + "+".join(
        f"IF(ISNUMBER({v}),0,IF({w}>0,1,0))" for v, w in zip(values, weights, strict=True)
    )


def total(weights: Sequence[str]) -> str:
    """The sum of all weights, as a parenthesised expression (no leading '=')."""
    return "(" + "+".join(weights) + ")"


def score(wsum: str, missing_cell: str, weight_total: str) -> str:
    """The point score of a complete measure; empty for an incomplete one."""
    return f'=IF(AND({missing_cell}=0,{weight_total}>0),{wsum}/{weight_total},"")'


def score_low(wsum: str, weight_total: str) -> str:
    """The low end: missing criteria at value 0 (the score itself when complete)."""
    return f'=IF({weight_total}>0,{wsum}/{weight_total},"")'


def score_high(wsum: str, cover: str, weight_total: str) -> str:
    """The high end: missing criteria at value 1 (the score itself when complete)."""
    return f'=IF({weight_total}>0,({wsum}+{weight_total}-{cover})/{weight_total},"")'


def rank_key(low_cell: str, missing_cell: str) -> str:
    """A number that sorts complete measures (3..4) above incomplete ones (-1..1) by low end."""
    return (
        f"=IF(ISNUMBER({low_cell}),ROUND({low_cell},{RANK_DECIMALS}),-1)"
        f"+IF({missing_cell}=0,3,0)"
    )


def group(missing_cell: str, complete: str, incomplete: str) -> str:
    """The measure's group label: complete, or incompletely assessed."""
    return f'=IF({missing_cell}=0,"{complete}","{incomplete}")'


def benefit(values: Sequence[str], weights: Sequence[str]) -> str:
    """The optimiser's value of one measure over the criteria given (cost left out).

    Weights re-scaled over those criteria; empty when the measure lacks a
    value on one of them with a positive weight, or when they carry no weight.
    """
    lacking = "+".join(
        f"IF(ISNUMBER({v}),0,IF({w}>0,1,0))" for v, w in zip(values, weights, strict=True)
    )
    wsum = "+".join(f"IF(ISNUMBER({v}),{v}*{w},0)" for v, w in zip(values, weights, strict=True))
    tot = total(weights)
    return f'=IF(OR({tot}<=0,{lacking}>0),"",({wsum})/{tot})'


def rank(key_cell: str, key_range: str) -> str:
    """Competition rank (1, 2, 2, 4) on the rank key, best first."""
    return f"=RANK({key_cell},{key_range},0)"
