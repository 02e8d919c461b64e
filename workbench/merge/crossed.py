"""The base of a criss-cross merge: two merged states combined, unknown where they differ.

When each copy merged a state of the other and neither merged state
includes the other's merge, there are two candidate ancestors and neither
is right for every field (taking one of them could let an older value
overwrite a newer one in silence). The rule: the base holds a value only
where both candidates agree; where they differ, or a row exists in one
only, the base value is :data:`UNKNOWN`, which equals nothing, so the
three-way comparison takes a side only when ours and theirs agree and
otherwise reports a conflict. Conflicts show such a base as "none".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbench.merge.conflicts import Conflict
from workbench.merge.rows import Row, Rows


class _Unknown:
    """A base value no side has: unequal to everything, itself included."""

    def __eq__(self, other: object) -> bool:
        return False

    def __ne__(self, other: object) -> bool:
        return True

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


def _row(a: Row | None, b: Row | None) -> Row:
    if a is not None and b is not None:
        return {k: (v if b.get(k) == v else UNKNOWN) for k, v in a.items()} | {
            k: UNKNOWN for k in b.keys() - a.keys()
        }
    only = a if a is not None else b
    assert only is not None
    return {k: (v if k == "id" else UNKNOWN) for k, v in only.items()}


def combine(a: Rows, b: Rows) -> Rows:
    out: Rows = {}
    for entity in a.keys() | b.keys():
        ta, tb = a.get(entity, {}), b.get(entity, {})
        out[entity] = {
            rid: (ta[rid] if ta.get(rid) == tb.get(rid) else _row(ta.get(rid), tb.get(rid)))
            for rid in ta.keys() | tb.keys()
        }
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, _Unknown):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def known(c: Conflict) -> Conflict:
    """The conflict with every unknown base value shown as none (it is stored as JSON)."""
    return replace(c, base=_plain(c.base))
