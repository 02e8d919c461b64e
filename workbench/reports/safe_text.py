"""The formula-injection guard: user text never becomes a spreadsheet formula.

Every cell the workbook writers fill goes through :func:`put`. Text that a
spreadsheet program could read as a formula or a command -- it begins with
``=``, ``+``, ``-``, ``@``, a tab, CR or LF, or one of the full-width forms
＝ ＋ － ＠ that some programs fold to their ASCII twins -- is stored as a
plain text cell with the quote-prefix style, so Excel and LibreOffice show it
as typed and never evaluate it, also not after the user edits the cell.
Control characters that the xlsx format cannot hold are dropped rather than
failing the whole export. Formulas the writers build themselves are passed
with ``formula=True`` and are the only way a formula enters a workbook.
"""

from __future__ import annotations

import re
from typing import Any

TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

# XML 1.0 cannot hold these; openpyxl refuses them with an exception.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula."""
    return text.startswith(TRIGGERS)


def clean_text(text: str) -> str:
    """`text` without the control characters an xlsx file cannot store."""
    return _ILLEGAL.sub("", text)


def put(cell: Any, value: Any, *, formula: bool = False) -> Any:
    """Write `value` into an openpyxl `cell`: strings always as text, never a formula.

    Numbers, booleans, dates and None are written as they are. Returns the cell.
    """
    if formula:
        if not (isinstance(value, str) and value.startswith("=")):
            raise ValueError(f"not a formula: {value!r}")
        cell.value = value
        return cell
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        if needs_guard(text):
            # openpyxl infers a formula from a leading "="; force a text cell, and the
            # quote prefix keeps it text when a user edits the cell in Excel.
            cell.data_type = "s"
            cell.quotePrefix = True
        return cell
    cell.value = value
    return cell
