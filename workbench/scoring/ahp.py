"""AHP pairwise comparison: weights, consistency ratio and the judgements to revisit.

This module owns the analytic hierarchy process for one level of criteria:
it refuses a comparison matrix that is not square, not positive or not
reciprocal; derives weights by the principal eigenvector (Saaty, the
default) or by row geometric means (named as such in the result); computes
lambda_max, the consistency index and the consistency ratio with Saaty's
random index for n = 3..10; and ranks the judgements by how far each a_ij
is from the ratio w_i / w_j the derived weights imply, so a user told
"CR > 0.10" is also told which comparisons to look at first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray, check_choice, frozen
from workbench.scoring.errors import ScoringError
from workbench.scoring.weights import Weights, _normalise

AHPDerivation = Literal["eigenvector", "geometric-mean"]
DERIVATIONS: tuple[AHPDerivation, ...] = ("eigenvector", "geometric-mean")

# Saaty's random consistency index (as in the reference); n = 1, 2 are
# always consistent and get RI = 0 so that CR = 0.
SAATY_RI: Final[dict[int, float]] = {
    1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
}
CR_THRESHOLD: Final[float] = 0.10
# Relative tolerance for a_ji == 1 / a_ij: judgements typed as 0.333 for 1/3
# must pass, a swapped or mistyped judgement must not.
_RECIPROCAL_TOLERANCE: Final[float] = 0.01


@dataclass(frozen=True)
class Judgement:
    """One pairwise judgement compared with what the derived weights imply."""

    row: str
    col: str
    given: float
    implied: float
    # |ln(a_ij * w_j / w_i)|: 0 for a judgement in line with the weights,
    # symmetric in over- and under-statement.
    deviation: float


@dataclass(frozen=True, eq=False)
class AHPResult:
    """Everything the AHP derivation found, kept with the weights it produced."""

    criteria: tuple[str, ...]
    matrix: FloatArray
    derivation: AHPDerivation
    weights: FloatArray
    lambda_max: float
    consistency_index: float
    random_index: float
    consistency_ratio: float
    judgements: tuple[Judgement, ...]

    @property
    def consistent(self) -> bool:
        """CR <= 0.10 (Saaty's rule of thumb)."""
        return self.consistency_ratio <= CR_THRESHOLD

    def worst_judgements(self, k: int = 3) -> tuple[Judgement, ...]:
        """The ``k`` judgements that contribute most to the inconsistency."""
        return self.judgements[:k]


def validate_comparison_matrix(criteria: Sequence[str], matrix: npt.ArrayLike) -> FloatArray:
    """Refuse a matrix that is not n x n, not positive or not reciprocal."""
    n = len(criteria)
    a = np.asarray(matrix, dtype=np.float64)
    if a.shape != (n, n):
        raise ScoringError("ahp_not_square", n=n)
    if n > max(SAATY_RI):
        raise ScoringError("ahp_too_large", n=n)
    for i in range(n):
        for j in range(n):
            if not (np.isfinite(a[i, j]) and a[i, j] > 0):
                raise ScoringError(
                    "ahp_not_positive", row=criteria[i], col=criteria[j], value=float(a[i, j])
                )
    for i in range(n):
        for j in range(i, n):
            expected = 1.0 / a[i, j]
            if abs(a[j, i] - expected) > _RECIPROCAL_TOLERANCE * expected:
                raise ScoringError(
                    "ahp_not_reciprocal",
                    row=criteria[i],
                    col=criteria[j],
                    value=float(a[i, j]),
                    mirror=float(a[j, i]),
                    expected=float(expected),
                )
    return a


def _principal_eigenvector(a: FloatArray) -> FloatArray:
    eigenvalues, eigenvectors = np.linalg.eig(a)
    k = int(np.argmax(eigenvalues.real))
    # Perron-Frobenius: the principal eigenvector of a positive matrix has
    # one sign; abs() removes the arbitrary sign the solver returns.
    vector = np.abs(eigenvectors[:, k].real)
    weights: FloatArray = vector / vector.sum()
    return weights


def _geometric_mean(a: FloatArray) -> FloatArray:
    means = np.exp(np.log(a).mean(axis=1))
    weights: FloatArray = means / means.sum()
    return weights


def ahp(
    criteria: Sequence[str],
    matrix: npt.ArrayLike,
    derivation: str = "eigenvector",
) -> AHPResult:
    """Derive AHP weights and consistency from a reciprocal comparison matrix.

    ``matrix[i][j]`` says how much more important criterion i is than j
    (Saaty's 1..9 scale). lambda_max is the principal eigenvalue for both
    derivations (Saaty's CI is defined on it); the weights come from the
    principal eigenvector or, if ``derivation="geometric-mean"``, from the
    row geometric means.
    """
    chosen = check_choice(derivation, DERIVATIONS, "derivation")
    a = validate_comparison_matrix(criteria, matrix)
    n = a.shape[0]
    eigen = _principal_eigenvector(a)
    weights = eigen if chosen == "eigenvector" else _geometric_mean(a)
    lambda_max = float((a @ eigen / eigen).mean())
    ci = (lambda_max - n) / (n - 1) if n > 2 else 0.0
    ri = SAATY_RI[n]
    cr = ci / ri if ri > 0 else 0.0
    judgements = [
        Judgement(
            row=criteria[i],
            col=criteria[j],
            given=float(a[i, j]),
            implied=float(weights[i] / weights[j]),
            deviation=float(abs(np.log(a[i, j] * weights[j] / weights[i]))),
        )
        for i in range(n)
        for j in range(i + 1, n)
    ]
    judgements.sort(key=lambda judgement: judgement.deviation, reverse=True)
    return AHPResult(
        tuple(criteria), frozen(a), chosen, frozen(weights), lambda_max, ci, ri, cr,
        tuple(judgements),
    )


def ahp_weights(
    criteria: Sequence[str], matrix: npt.ArrayLike, derivation: str = "eigenvector"
) -> Weights:
    """AHP weights as a :class:`Weights` record carrying the full :class:`AHPResult`."""
    result = ahp(criteria, matrix, derivation)
    method: Literal["ahp-eigenvector", "ahp-geometric-mean"] = (
        "ahp-eigenvector" if result.derivation == "eigenvector" else "ahp-geometric-mean"
    )
    weights = _normalise(criteria, result.weights, method, result)
    # The derived vector is normalised by construction; nothing the user
    # entered was rescaled, so say so.
    return Weights(weights.criteria, weights.values, weights.raw, method, False, result)
