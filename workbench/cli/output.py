"""Printing results: stable JSON, aligned text tables and numbers in the reader's notation."""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from typing import Any

_INT64 = range(-(2**63), 2**64)


def _wide_ints(data: Any) -> Any:
    """Integers past 64 bits (a recorded SMAA seed) written as their digits."""
    import orjson

    if isinstance(data, int) and not isinstance(data, bool) and data not in _INT64:
        return orjson.Fragment(str(data).encode())
    if isinstance(data, dict):
        return {k: _wide_ints(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_wide_ints(v) for v in data]
    return data


def json_bytes(data: Any) -> bytes:
    """The stable ``--json`` text: two-space indent, UTF-8, null for what is not a number.

    NaN and infinity become null (JSON has neither); numpy arrays are written
    as they are, without a Python float per element (a 13 MB SMAA result).
    """
    import orjson  # not imported for text output (~10 ms)

    options = orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS
    try:
        return orjson.dumps(data, option=options)
    except TypeError:
        # Only the rare wide integer takes the walk; anything else unserialisable fails again.
        return orjson.dumps(_wide_ints(data), option=options)


def emit_json(data: Any) -> None:
    sys.stdout.write(json_bytes(data).decode("utf-8") + "\n")


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
