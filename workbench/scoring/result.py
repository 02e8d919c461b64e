"""The one result type every ranking method returns.

This module owns :class:`RankingResult`: the method, the normalisation, the
weights used and whether they were normalised, per alternative the score,
its interval (``score_low`` .. ``score_high``), rank and completeness, the
per-criterion contributions that add up to the score (or, for an
incomplete alternative, to the low end of its interval), and the method's
intermediate steps by name -- so every number on a screen or in an export
can be explained from the result alone. It also owns the stable JSON shape
of a ranking (``to_dict``), which the ``workbench rank --json`` command
prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from workbench.scoring._arrays import BoolArray, FloatArray, IntArray
from workbench.scoring.weights import Weights

Method = Literal["additive", "topsis", "promethee2"]
JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


def _number(value: float) -> float | None:
    """NaN (not computable, e.g. a missing assessment) becomes JSON null."""
    return None if np.isnan(value) else float(value)


@dataclass(frozen=True, eq=False)
class RankingResult:
    """Scores, ranks and their explanation for one method on one matrix.

    Arrays are read-only and indexed like ``alternatives`` (rows) and
    ``criteria`` (columns).

    An alternative is *incomplete* (``complete`` False) when it lacks an
    assessment on a criterion with positive weight. It has no point score:
    ``scores`` is NaN for it. Its score is the interval ``score_low`` ..
    ``score_high``; for the additive model that is its value with the
    missing criteria at value 0 and at value 1. TOPSIS and PROMETHEE II
    score relative to the alternatives present, so no honest interval
    exists there and both bounds are NaN. For a complete alternative
    ``score_low == score_high == scores``.

    ``ranks`` are 1 = best with ties sharing a rank (competition ranking):
    complete alternatives first by score, then the incomplete ones -- the
    group "onvolledig beoordeeld" -- by the low end of their interval,
    ranks continuing after the complete ones.

    The sum of a row of ``contributions`` (ignoring NaN) is the score, or
    ``score_low`` for an incomplete row: weighted values for the additive
    model (NaN on missing criteria), weighted single-criterion net flows for
    PROMETHEE II, and the weighted normalised matrix for TOPSIS (whose
    closeness is not a sum; its distances are in ``steps``).
    """

    method: Method
    normalisation: str
    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    weights: Weights
    scores: FloatArray
    score_low: FloatArray
    score_high: FloatArray
    ranks: IntArray
    complete: BoolArray
    contributions: FloatArray
    steps: Mapping[str, FloatArray] = field(default_factory=dict)
    options: Mapping[str, str | float] = field(default_factory=dict)

    @property
    def weights_normalised(self) -> bool:
        """Whether the user's weights were rescaled to sum to 1."""
        return self.weights.normalised

    @property
    def order(self) -> IntArray:
        """Alternative indices from rank 1 down (stable among ties)."""
        order: IntArray = np.argsort(self.ranks, kind="stable")
        return order

    def ranked_codes(self) -> tuple[str, ...]:
        """Alternative codes from best to worst."""
        return tuple(self.alternatives[i] for i in self.order)

    def score_of(self, code: str) -> float:
        """The point score of ``code``; NaN when it is incomplete."""
        return float(self.scores[self.alternatives.index(code)])

    def score_range_of(self, code: str) -> tuple[float, float]:
        """(low, high) of ``code``'s score; equal for a complete alternative."""
        i = self.alternatives.index(code)
        return float(self.score_low[i]), float(self.score_high[i])

    def complete_codes(self) -> tuple[str, ...]:
        """The complete alternatives from best to worst."""
        return tuple(self.alternatives[i] for i in self.order if self.complete[i])

    def incomplete_codes(self) -> tuple[str, ...]:
        """The group "onvolledig beoordeeld", in rank order (by low end, descending)."""
        return tuple(self.alternatives[i] for i in self.order if not self.complete[i])

    def to_dict(self) -> dict[str, JsonValue]:
        """The documented JSON shape: method, normalisation, weights, ranking."""
        ranking: list[JsonValue] = []
        for i in self.order:
            contributions: dict[str, JsonValue] = {
                key: _number(float(self.contributions[i, j]))
                for j, key in enumerate(self.criteria)
            }
            ranking.append(
                {
                    "code": self.alternatives[i],
                    "rank": int(self.ranks[i]),
                    "score": _number(float(self.scores[i])),
                    "score_range": [
                        _number(float(self.score_low[i])),
                        _number(float(self.score_high[i])),
                    ],
                    "complete": bool(self.complete[i]),
                    "contributions": contributions,
                }
            )
        weights: dict[str, JsonValue] = dict(self.weights.as_dict())
        options: dict[str, JsonValue] = dict(self.options)
        return {
            "method": self.method,
            "normalisation": self.normalisation,
            "weights": weights,
            "weights_method": self.weights.method,
            "weights_normalised": self.weights_normalised,
            "options": options,
            "ranking": ranking,
        }
