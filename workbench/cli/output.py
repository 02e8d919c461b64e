"""Printing results: stable JSON, aligned text tables and numbers in the reader's notation."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from typing import Any


def _finite(data: Any) -> Any:
    """JSON has no NaN or infinity: a number that is not there is null."""
    if isinstance(data, float) and not math.isfinite(data):
        return None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_finite(v) for v in data]
    return data


def emit_json(data: Any) -> None:
    text = json.dumps(_finite(data), ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write(text + "\n")


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    sys.stdout.write(line.rstrip() + "\n")
    for row in cells:
        sys.stdout.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        sys.stdout.write("\n")


def number(x: float | None, digits: int = 2, language: str = "nl") -> str:
    """A number for a text table: Dutch separators (1.234,5) in nl; '–' when there is none."""
    if x is None or not math.isfinite(x):
        return "–"
    text = f"{x:,.{digits}f}"
    if language == "en":
        return text
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def span(low: float | None, high: float | None, digits: int = 2, language: str = "nl") -> str:
    """An interval 'low–high' ('–' when either end is missing)."""
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return "–"
    return f"{number(low, digits, language)}–{number(high, digits, language)}"


def estimate(
    low: float | None, best: float | None, high: float | None, digits: int = 2, language: str = "nl"
) -> str:
    """A low/best/high triple as 'best (low–high)'."""
    if best is None:
        return "–"
    return f"{number(best, digits, language)} ({span(low, high, digits, language)})"
