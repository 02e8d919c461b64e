"""Random draws for SMAA: criterion values from low/best/high, and weights.

This module owns how uncertainty becomes samples. Values: each assessment
triple is drawn from a triangular (default) or PERT distribution and mapped
through the criterion's value function. A missing assessment is the low
end of the additive interval, value 0, in every draw; that is only ever
read together with the incomplete-measure rule, which
:func:`~workbench.scoring.smaa.smaa2` applies in every draw as the additive
ranking does: incomplete measures after all complete ones, ordered among
themselves by that low end. (The stream is consumed for missing cells as
for any other, so the draws of the other cells do not depend on the gaps.)
Weights: a fixed vector, uniform on the simplex, or uniform on the part of
the simplex that respects an order of criteria.

Speed matters here (10,000 draws x 1,000 measures x 12 criteria in well
under a second on two cores), so the triangular path is specialised:

* Linear value functions are affine before clipping, and an affine image of
  a triangular variable is triangular, so the draw happens directly in value
  space; piecewise and verbal criteria are drawn on their raw scale and
  interpolated.
* A triangular variate with mode fraction c is (1 - c) min(U1, U2) +
  c max(U1, U2) (Stein & Keblis 2009), i.e. low + (best - low)(U1 + U2) +
  (high + low - 2 best) min(U1, U2): no square root, no branch.
* U1 and U2 are 16-bit uniforms cut from raw 64-bit generator output
  (resolution 1/65536 of the assessment's range, far below the +/-0.01
  Monte-Carlo error of an acceptability at 10,000 draws) and the arithmetic
  is float32 (values live in [0, 1]; float32 resolves 6e-8 there). Generating
  float64 uniforms was the single largest cost before this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray, IntArray
from workbench.scoring.errors import ScoringError
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.valuefn import LinearValue
from workbench.scoring.weights import Weights, as_weights

Distribution = Literal["triangular", "pert"]
DISTRIBUTIONS: tuple[Distribution, ...] = ("triangular", "pert")
F32Array = npt.NDArray[np.float32]

_U16 = 65536.0


# --- weight models ------------------------------------------------------------


@dataclass(frozen=True)
class FixedWeights:
    """Every draw uses the same weights (a profile's weights)."""

    weights: Weights


@dataclass(frozen=True)
class UniformWeights:
    """No preference information: weights uniform on the simplex."""


@dataclass(frozen=True)
class OrdinalWeights:
    """Uniform on the simplex subject to w[order[0]] >= w[order[1]] >= ...

    ``order`` may name all criteria or a subset (a chain); criteria not named
    are unconstrained.
    """

    order: tuple[str, ...]


WeightModel = FixedWeights | UniformWeights | OrdinalWeights


def weight_model_name(model: WeightModel) -> Literal["fixed", "uniform", "ordinal"]:
    if isinstance(model, FixedWeights):
        return "fixed"
    return "uniform" if isinstance(model, UniformWeights) else "ordinal"


def sample_weights(
    model: WeightModel, criteria: Sequence[str], draws: int, rng: np.random.Generator
) -> FloatArray:
    """(draws, m) weight vectors for ``model``; each row sums to 1.

    Uniform on the simplex: sort m - 1 uniforms, add 0 and 1, take the
    differences (drawing each weight uniformly and normalising would be
    biased toward equal weights). Ordinal: the chain's components of a
    uniform draw are sorted into the stated order; sorting is a
    measure-preserving k!-to-1 map of the symmetric uniform density, so the
    result is uniform on the constrained region.
    """
    m = len(criteria)
    if isinstance(model, FixedWeights):
        fixed = as_weights(criteria, model.weights).values
        return np.broadcast_to(fixed, (draws, m)).copy()
    cuts = rng.random((draws, m - 1))
    cuts.sort(axis=1)
    edges = np.concatenate([np.zeros((draws, 1)), cuts, np.ones((draws, 1))], axis=1)
    weights: FloatArray = np.diff(edges, axis=1)
    if isinstance(model, OrdinalWeights):
        chain = []
        for key in model.order:
            if key not in criteria or criteria.index(key) in chain:
                raise ScoringError("ordinal_unknown", criterion=key)
            chain.append(criteria.index(key))
        if len(chain) > 1:
            ordered = -np.sort(-weights[:, chain], axis=1)
            weights[:, chain] = ordered
    return weights


# --- value draws ----------------------------------------------------------------


class ValueSampler:
    """Draws (c, n, m) float32 value arrays for one decision matrix.

    Built once per analysis; :meth:`draw` is called per chunk with the
    chunk's bit generator, and consumes the stream identically every time,
    which is what lets the confidence-factor pass re-create the very same
    draws instead of storing them.
    """

    def __init__(
        self,
        matrix: DecisionMatrix,
        distribution: Distribution,
        rows: IntArray | None = None,
    ) -> None:
        """``rows`` restricts the output to those alternatives while consuming
        the random stream exactly as for the full matrix (so a subset pass
        reproduces the full pass's values for those rows)."""
        self.distribution = distribution
        self.full_n = matrix.shape[0]
        self.rows = rows
        # Beta draws consume a parameter-dependent amount of the stream, so a
        # PERT subset draws the full matrix and keeps its rows.
        self._full: ValueSampler | None = (
            ValueSampler(matrix, distribution) if rows is not None and distribution == "pert"
            else None
        )
        if rows is not None:
            matrix = matrix.select(alternatives=[matrix.alternatives[i] for i in rows])
        self.shape = matrix.shape
        n, m = self.shape
        missing = matrix.missing
        low, best, high = (
            np.where(missing, 0.0, a) for a in (matrix.low, matrix.best, matrix.high)
        )
        self.linear = np.array([isinstance(f, LinearValue) for f in matrix.value_functions])
        for j, function in enumerate(matrix.value_functions):
            if isinstance(function, LinearValue):
                slope, intercept = function.affine
                low[:, j], best[:, j], high[:, j] = (
                    np.where(missing[:, j], 0.0, a[:, j] * slope + intercept)
                    for a in (low, best, high)
                )
        # Clip only when some triple reaches outside the value scale [0, 1].
        linear_cells = np.broadcast_to(self.linear, (n, m))
        outside = linear_cells & ((np.minimum(low, high) < 0) | (np.maximum(low, high) > 1))
        self.needs_clip = bool(outside.any())
        self.nonlinear = [
            (j, matrix.value_functions[j]) for j in range(m) if not self.linear[j]
        ]
        # A gap in a linear column is a constant 0 already (low = best =
        # high = 0 in value space); other columns map the raw draw through
        # their function and are reset to 0 afterwards.
        self.missing_index = np.nonzero(missing & ~self.linear[None, :])
        self.has_missing = bool(self.missing_index[0].size)
        self.low, self.best, self.high = low, best, high
        # Bounds of each cell's value, for pruning in the confidence pass.
        values_lo = np.minimum(matrix.values("low"), matrix.values("high"))
        values_hi = np.maximum(matrix.values("low"), matrix.values("high"))
        self.value_bounds = (np.where(missing, 0.0, values_lo), np.where(missing, 0.0, values_hi))
        if distribution == "triangular":
            # low + (best - low) max(U1, U2) + (high - best) min(U1, U2) is the
            # Stein & Keblis variate written with max and min.
            a = (best - low) / _U16
            b = (high - best) / _U16
            # Offsets centre the 16-bit grid: U = (k + 0.5) / 65536.
            self.base = (low + 0.5 * (a + b)).astype(np.float32)
            self.a = a.astype(np.float32)
            self.b = b.astype(np.float32)
        else:
            span = high - low
            # In value space a decreasing criterion has high < low; the mode
            # fraction (best - low) / span is still in [0, 1].
            spread = span != 0
            safe = np.where(spread, span, 1.0)
            self.alpha = np.where(spread, 1.0 + 4.0 * (best - low) / safe, 1.0)
            self.beta = np.where(spread, 1.0 + 4.0 * (high - best) / safe, 1.0)
            self.span = span
        # Without clipping, interpolation or gaps outside linear columns, a
        # draw is affine in the uniforms and the constant part can be added
        # after weighting.
        self.separable = (
            distribution == "triangular"
            and not self.nonlinear
            and not self.needs_clip
            and not self.has_missing
        )

    def draw(
        self,
        bitgen: np.random.BitGenerator,
        count: int,
        out: F32Array,
        scratch: F32Array | None = None,
        add_base: bool = True,
    ) -> F32Array:
        """Fill ``out[:count]`` (shape (count, n, m)) with value draws and return it.

        With ``add_base=False`` (only allowed when :attr:`separable`) the
        per-cell constant :attr:`base` is left out; the caller adds
        ``base @ w`` to the weighted scores instead, saving a full pass.
        """
        n, m = self.shape
        v = out[:count]
        if self.distribution == "triangular":
            cells = count * self.full_n * m
            raw = bitgen.random_raw((2 * cells + 3) // 4)
            u = raw.view(np.uint16)[: 2 * cells].reshape(2, count, self.full_n, m)
            if self.rows is not None:
                u = u[:, :, self.rows, :]
            np.multiply(np.maximum(u[0], u[1]), self.a, out=v, dtype=np.float32)
            tmp = np.empty_like(v) if scratch is None else scratch[:count]
            np.multiply(np.minimum(u[0], u[1]), self.b, out=tmp, dtype=np.float32)
            v += tmp
            if add_base or not self.separable:
                v += self.base
        elif self._full is not None and self.rows is not None:
            full = np.empty((count, self.full_n, m), dtype=np.float32)
            v[...] = self._full.draw(bitgen, count, full)[:, self.rows]
            return v
        else:
            # Missing cells have alpha = beta = 1 and span 0 here: low + 0.
            sample = np.random.Generator(bitgen).beta(self.alpha, self.beta, size=(count, n, m))
            v[...] = self.low + self.span * sample
        for j, function in self.nonlinear:
            v[:, :, j] = function(v[:, :, j])
        if self.needs_clip:
            np.clip(v, 0.0, 1.0, out=v)
        if self.has_missing:
            rows, cols = self.missing_index
            v[:, rows, cols] = 0.0
        return v
