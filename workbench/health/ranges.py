"""Low/best/high triples and the one rule by which their ends combine.

Every estimate in the health calculator is a :class:`Range`. The rule for
combining uncertain inputs lives here and nowhere else: a result's best value
comes from the best value of every input; its low and high are the minimum and
maximum of the result over every *corner* of the input box (each input at its
low or its high end). The health formulas are monotone in each input
separately, so the corners bound the whole box: the range is an envelope
("everything at its least favourable end at once"), wider than a statistical
confidence interval, which is what a negotiation table should see. Sums over
outcomes and population groups add lows to lows and highs to highs, the same
envelope under the assumption that the inputs err together.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Range:
    """An estimate as a low <= best <= high triple."""

    low: float
    best: float
    high: float

    def __post_init__(self) -> None:
        # Ranges are built by this package from validated input; an unordered
        # one is a programming error, not bad user input.
        if not (self.low <= self.best <= self.high):
            raise ValueError(f"Range out of order: {self.low}, {self.best}, {self.high}")

    @classmethod
    def point(cls, value: float) -> Range:
        """A range without uncertainty."""
        return cls(value, value, value)

    @classmethod
    def zero(cls) -> Range:
        return cls(0.0, 0.0, 0.0)

    def __add__(self, other: Range) -> Range:
        return Range(self.low + other.low, self.best + other.best, self.high + other.high)

    def scaled(self, factor: float) -> Range:
        """Multiply by a constant; a negative factor swaps the ends."""
        ends = sorted((self.low * factor, self.high * factor))
        return Range(ends[0], self.best * factor, ends[1])

    def times(self, other: Range) -> Range:
        """Product of two uncertain quantities, by the corner rule."""
        return envelope(lambda a, b: a * b, self, other)

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.low, self.best, self.high)

    def to_dict(self) -> dict[str, float]:
        return {"low": self.low, "best": self.best, "high": self.high}


def total(ranges: Iterable[Range]) -> Range:
    """Sum of ranges: lows with lows, highs with highs (zero when empty)."""
    result = Range.zero()
    for item in ranges:
        result = result + item
    return result


def envelope(func: Callable[..., FloatArray | float], *inputs: Range) -> Range:
    """Evaluate ``func`` at the best point and at every corner of ``inputs``.

    ``func`` takes one numpy array per input and must be elementwise, so all
    2**n corners are evaluated in one vectorised call. The best value is
    ``func`` at the inputs' best values; low and high are the extremes over the
    corners (widened to include the best value, which guards against rounding
    when an input has no spread).
    """
    corners = np.array(
        list(itertools.product(*((r.low, r.high) for r in inputs))), dtype=np.float64
    )
    corner_values = np.asarray(func(*corners.T), dtype=np.float64)
    best = float(np.asarray(func(*(np.float64(r.best) for r in inputs)), dtype=np.float64))
    low = min(float(corner_values.min()), best)
    high = max(float(corner_values.max()), best)
    return Range(low, best, high)
