"""Pure numpy kernels: the health formulas of the reference, vectorised.

Each function here is one formula from ``health-method.md``, elementwise over
numpy arrays (so that :func:`.ranges.envelope` evaluates all corners of an
input box in one call), with no validation and no knowledge of measures or
parameters; :mod:`.outcomes` wraps them. Changes are signed (after minus
before): a fall in exposure gives a positive number of cases avoided, a rise
a negative one.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
ArrayLike = npt.ArrayLike


def _as_float(values: ArrayLike) -> FloatArray:
    return np.asarray(values, dtype=np.float64)


def beta(rr: ArrayLike, increment: ArrayLike) -> FloatArray:
    """Log-linear slope: ``ln(RR) / increment``."""
    return np.log(_as_float(rr)) / _as_float(increment)


def rr_at(
    rr: ArrayLike, increment: ArrayLike, exposure: ArrayLike, cutoff: ArrayLike = 0.0
) -> FloatArray:
    """Relative risk at ``exposure`` with a counterfactual cut-off (healthiar's rescaling).

    ``RR(C) = exp(beta * max(C - C_cf, 0))``; e.g. RR 1.08 per 10, exposure 20,
    cut-off 5 gives 1.08 ** 1.5.
    """
    above = np.maximum(_as_float(exposure) - _as_float(cutoff), 0.0)
    return np.exp(beta(rr, increment) * above)


def counted_change(delta: ArrayLike, baseline: ArrayLike, cutoff: ArrayLike) -> FloatArray:
    """The part of a change that lies above a cut-off.

    Only exposure above ``cutoff`` counts, so the effective change is
    ``max(C1 - cut, 0) - max(C0 - cut, 0)`` with C0 the baseline and C1 = C0 + delta.
    """
    before = _as_float(baseline)
    after = before + _as_float(delta)
    cut = _as_float(cutoff)
    return np.maximum(after - cut, 0.0) - np.maximum(before - cut, 0.0)


def log_linear_avoided(
    population: ArrayLike, rate: ArrayLike, slope: ArrayLike, delta: ArrayLike
) -> FloatArray:
    """Cases avoided per year under a log-linear CRF (AirQ+, BenMAP-CE).

    ``population * rate * (1 - exp(beta * dC))``: for a fall (dC < 0) this is
    the reference's ``1 - exp(-beta |dC|)``; for a rise it is minus the extra
    cases. ``rate`` is the observed rate at today's concentration. ``expm1``
    keeps the precision for the small changes typical of one measure.
    """
    return -_as_float(population) * _as_float(rate) * np.expm1(_as_float(slope) * _as_float(delta))


def noise_vertex(linear: float, quadratic: float) -> float:
    """Level where a quadratic response curve has its minimum (-inf if none).

    WHO's fitted quadratics turn upward below this level (45.6 dB Lden, 37.0 dB
    Lnight for the defaults), an artefact of the fit rather than a health
    effect, so levels are floored here: quieter than the minimum gains nothing.
    """
    if quadratic <= 0:
        return float("-inf")
    return -linear / (2.0 * quadratic)


def noise_percentage(
    level: ArrayLike, intercept: float, linear: float, quadratic: float
) -> FloatArray:
    """Percentage highly annoyed or highly sleep-disturbed at ``level`` dB.

    ``%(L) = a + b*L + c*L**2`` with L floored at the curve's minimum (see
    :func:`noise_vertex`) and the result clipped to [0, 100].
    """
    floored = np.maximum(_as_float(level), noise_vertex(linear, quadratic))
    percent = intercept + linear * floored + quadratic * floored**2
    return np.clip(percent, 0.0, 100.0)


def noise_people_avoided(
    population: ArrayLike,
    baseline: ArrayLike,
    delta: ArrayLike,
    intercept: float,
    linear: float,
    quadratic: float,
) -> FloatArray:
    """People no longer affected: ``population * (%before - %after) / 100``."""
    before = _as_float(baseline)
    after = before + _as_float(delta)
    change = noise_percentage(before, intercept, linear, quadratic) - noise_percentage(
        after, intercept, linear, quadratic
    )
    return _as_float(population) * change / 100.0


def unit_risk_lifetime_avoided(
    population: ArrayLike, delta: ArrayLike, unit_risk: ArrayLike
) -> FloatArray:
    """Excess lifetime cancer cases avoided: ``population * -dC * unit risk``."""
    return -_as_float(population) * _as_float(delta) * _as_float(unit_risk)


def emission_value(tonnes: ArrayLike, price_per_kg: ArrayLike) -> FloatArray:
    """Damage avoided in euros per year: ``-tonnes * 1000 kg/t * price``."""
    return -_as_float(tonnes) * 1000.0 * _as_float(price_per_kg)
