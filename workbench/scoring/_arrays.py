"""Small array helpers shared by the scoring kernels (private).

This module owns the conventions every kernel must agree on: the array type
aliases, how an input becomes a read-only float64 copy (so a result can
never be changed behind the back of the object that holds it), how scores
become ranks (competition ranking, 1 = best, ties share a rank), and how an
option string is checked against its allowed choices.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from workbench.scoring.errors import ScoringError

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

_T = TypeVar("_T", bound=str)


def frozen(values: npt.ArrayLike, dtype: type[Any] = np.float64) -> npt.NDArray[Any]:
    """A read-only copy of ``values``: results stay exactly what was computed."""
    array = np.array(values, dtype=dtype, copy=True)
    array.setflags(write=False)
    return array


def lock(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Make a freshly computed array read-only in place and return it."""
    array.setflags(write=False)
    return array


def competition_ranks(scores: FloatArray, complete: BoolArray | None = None) -> IntArray:
    """Ranks 1 = best: complete alternatives first, then by descending score.

    Equal scores share the lowest rank of their group ("1, 2, 2, 4") so a tie
    is visible instead of being broken by input order. NaN scores rank last.
    """
    n = scores.shape[0]
    keyed = np.where(np.isnan(scores), -np.inf, scores)
    if complete is None or complete.all():
        complete = np.ones(n, dtype=bool)
        order = np.argsort(-keyed, kind="stable")
    else:
        # lexsort sorts by the last key first: completeness, then score.
        order = np.lexsort((-keyed, ~complete))
    sorted_scores = keyed[order]
    sorted_complete = complete[order]
    new_group = np.ones(n, dtype=bool)
    new_group[1:] = (sorted_scores[1:] != sorted_scores[:-1]) | (
        sorted_complete[1:] != sorted_complete[:-1]
    )
    positions = np.where(new_group, np.arange(1, n + 1), 0)
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.maximum.accumulate(positions)
    return ranks


def check_choice(value: str, choices: Sequence[_T], option: str) -> _T:
    """Return ``value`` as one of ``choices`` or refuse it naming the option."""
    for choice in choices:
        if value == choice:
            return choice
    raise ScoringError(
        "unknown_option", value=value, option=option, choices=", ".join(choices)
    )


def check_positive_int(value: int, name: str) -> int:
    """Refuse a count that is not a positive integer."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
        raise ScoringError("positive_int", name=name, value=value)
    return int(value)
