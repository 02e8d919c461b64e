"""What meeting mode hides in a table row: whole internal rows, internal text fields.

A row (a read-model record or a plain dict) is hidden when one of its
row-level visibility keys says ``internal`` (or nothing, the safe default);
a text field is blanked when its own visibility key says so. Only keys the
row actually carries count: a criterion's description has no visibility and
is never confidential. The rule is the exports' allow-list for partners
(:func:`workbench.reports.audience.may_see`), so screen and export agree.
"""

from __future__ import annotations

from typing import Any

from workbench.reports.audience import may_see

# Keys whose internal value hides the whole row.
ROW_KEYS = ("visibility", "measure_visibility", "other_visibility")
# A text field -> the key of its own visibility.
FIELD_KEYS = {
    "description": "description_visibility",
    "notes": "notes_visibility",
    "wording": "wording_visibility",
    "comment": "comment_visibility",
    "decisions": "decisions_visibility",
    "rationale": "rationale_visibility",
}
_MISSING = object()


def _get(row: Any, key: str) -> Any:
    if isinstance(row, dict):
        return row.get(key, _MISSING)
    return getattr(row, key, _MISSING)


def shown(value: Any) -> bool:
    """May a shared screen show an item of this visibility (None: internal)?"""
    return may_see("partners", value)


def row_hidden(row: Any) -> bool:
    for key in ROW_KEYS:
        value = _get(row, key)
        if value is not _MISSING and not shown(value):
            return True
    return False


def field_hidden(row: Any, field: str) -> bool:
    key = FIELD_KEYS.get(field)
    if key is None:
        return False
    value = _get(row, key)
    return value is not _MISSING and not shown(value)
