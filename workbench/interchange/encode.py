"""Fast indented JSON text, identical to ``json.dumps(value, indent=2, ensure_ascii=False)``.

The standard library falls back to its pure-Python encoder whenever an
indent is asked for, which takes seconds for a project of 10,000 measures.
orjson writes the same layout in C (a test checks the output against
``json.dumps``) with one difference we undo: numbers between 1e-9 and 1e-4
come out as decimals (``0.00001``) or with a one-digit exponent (``1e-7``)
where Python writes ``1e-05`` and ``1e-07``. orjson
writes infinity and NaN as ``null``; the values given here must be finite
(:func:`to_text` refuses them when it can see them, and the dump checks
every number it reads). Integers beyond 64 bits take the pure-Python path.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import orjson

_encode_str = json.encoder.encode_basestring  # the C version when available
_float_repr = float.__repr__

# A line holding a number orjson wrote as a small decimal, after a key or as
# a list item (a string holds no raw newline, so a line of text cannot match).
_SMALL = re.compile(r'( *(?:"(?:[^"\\\n]|\\.)*": )?)(-?(?:0\.0000\d*|\d(?:\.\d+)?e-\d))(,?)')


def _python_numbers(text: str) -> str:
    """`text` with the small numbers written as Python writes them (1e-05, 1e-07)."""
    fixed: dict[int, tuple[int, str]] = {}  # line start -> (line end, new line)
    for needle in ("0.0000", "e-"):  # C-speed search; only the lines found are matched
        i = text.find(needle)
        while i != -1:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end == -1 else end
            m = _SMALL.fullmatch(text, start, end)
            if m is not None:
                number = _float_repr(float(m.group(2)))
                fixed[start] = (end, f"{m.group(1)}{number}{m.group(3)}")
            i = text.find(needle, end)
    if not fixed:
        return text
    pieces, last = [], 0
    for start in sorted(fixed):
        end, line = fixed[start]
        pieces += [text[last:start], line]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def to_text(value: Any) -> str:
    """`value` as JSON text indented by two spaces, non-ASCII characters kept."""
    if type(value) is float and not math.isfinite(value):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    try:
        text = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except (orjson.JSONEncodeError, TypeError):
        return _slow_text(value)
    return _python_numbers(text)


def _scalar(value: Any) -> str | None:
    """The JSON text of a plain scalar, or None for containers and subclasses."""
    t = type(value)
    if t is str:
        return _encode_str(value)
    if t is float:
        if not math.isfinite(value):
            raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
        return _float_repr(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if t is int:
        return int.__repr__(value)
    return None


def _write(value: Any, out: list[str], pad: str) -> None:
    text = _scalar(value)
    if text is not None:
        out.append(text)
        return
    t = type(value)
    if t is dict:
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        sep = "{\n" + inner
        for key, item in value.items():
            name = _encode_str(key if type(key) is str else _key(key))
            text = _scalar(item)
            if text is not None:
                out.append(f"{sep}{name}: {text}")
            else:
                out.append(f"{sep}{name}: ")
                _write(item, out, inner)
            sep = ",\n" + inner
        out.append("\n" + pad + "}")
    elif t is list or t is tuple:
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        sep = "[\n" + inner
        for item in value:
            text = _scalar(item)
            if text is not None:
                out.append(sep + text)
            else:
                out.append(sep)
                _write(item, out, inner)
            sep = ",\n" + inner
        out.append("\n" + pad + "]")
    else:  # subclasses (StrEnum members, JSON objects from the reader): the slow, exact way
        text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
        out.append(text.replace("\n", "\n" + pad))


def _key(key: Any) -> str:
    return str(json.dumps(key)).strip('"')


def _slow_text(value: Any) -> str:
    """The pure-Python writer, for what orjson refuses (integers beyond 64 bits)."""
    out: list[str] = []
    _write(value, out, "")
    return "".join(out)
