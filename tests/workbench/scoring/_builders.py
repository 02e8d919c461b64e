"""Shared builders for the scoring tests (not a conftest: imported explicitly)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.scoring import DecisionMatrix, LinearValue


def benefit_matrix(
    rows: Sequence[Sequence[float]], scale: tuple[float, float] = (0.0, 10.0)
) -> DecisionMatrix:
    """Point estimates, all criteria higher-is-better on ``scale``."""
    best = np.asarray(rows, dtype=float)
    n, m = best.shape
    return DecisionMatrix.from_best(
        [f"A{i + 1}" for i in range(n)],
        [f"C{j + 1}" for j in range(m)],
        best,
        [LinearValue.higher_is_better(*scale)] * m,
    )
