"""Printing results: stable JSON or aligned text tables."""

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
