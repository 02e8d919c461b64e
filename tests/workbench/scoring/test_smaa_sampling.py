from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from workbench.scoring import (
    DecisionMatrix,
    LinearValue,
    PiecewiseLinearValue,
    VerbalValue,
    smaa2,
)
from workbench.scoring.smaa_sampling import ValueSampler

VERBAL = VerbalValue((("slecht", 0.0), ("matig", 0.5), ("goed", 1.0)))


def _mixed() -> DecisionMatrix:
    nan = np.nan
    return DecisionMatrix(
        ("a", "b", "c", "d"),
        ("lin", "cost", "pw", "verbal"),
        [[10, 100, 1, 0], [50, 300, 4, 1], [-20, 50, nan, 0], [70, 0, 2, 2]],
        [[20, 150, 2, 1], [60, 400, 5, 1], [30, 80, nan, 1], [80, 10, 3, 2]],
        [[40, 250, 3, 2], [90, 900, 6, 2], [120, 90, nan, 2], [95, 20, 9, 2]],
        (
            LinearValue(0, 100),
            LinearValue.lower_is_better(0, 500),
            PiecewiseLinearValue(((0, 0.0), (5, 0.8), (10, 1.0))),
            VERBAL,
        ),
    )


@pytest.mark.parametrize("distribution", ["triangular", "pert"])
def test_every_draw_lies_between_the_values_of_low_and_high(distribution: str) -> None:
    matrix = _mixed()
    out = np.empty((4000, 4, 4), dtype=np.float32)
    draws = ValueSampler(matrix, distribution).draw(np.random.SFC64(0), 4000, out)  # type: ignore[arg-type]
    lo = np.fmin(matrix.values("low"), matrix.values("high"))
    hi = np.fmax(matrix.values("low"), matrix.values("high"))
    known = ~matrix.missing
    assert np.all(draws[:, known] >= lo[known] - 1e-6)
    assert np.all(draws[:, known] <= hi[known] + 1e-6)
    assert np.all((draws >= 0) & (draws <= 1))
    # The clipped linear cell (c: -20..120 on a 0..100 scale) reaches both ends.
    assert draws[:, 2, 0].min() == 0.0 and draws[:, 2, 0].max() == 1.0


@pytest.mark.parametrize("distribution", ["triangular", "pert"])
def test_a_row_subset_reproduces_the_full_draws_for_those_rows(distribution: str) -> None:
    matrix = _mixed()
    rows = np.array([1, 3])
    full = ValueSampler(matrix, distribution).draw(  # type: ignore[arg-type]
        np.random.SFC64(9), 50, np.empty((50, 4, 4), dtype=np.float32)
    )
    part = ValueSampler(matrix, distribution, rows=rows).draw(  # type: ignore[arg-type]
        np.random.SFC64(9), 50, np.empty((50, 2, 4), dtype=np.float32)
    )
    assert np.array_equal(full[:, rows], part)


def test_smaa_on_mixed_value_functions_and_gaps_is_well_formed() -> None:
    result = smaa2(_mixed(), draws=2000, seed=1, distribution="pert")
    assert result.complete.tolist() == [True, True, False, True]
    assert result.rank_acceptability.sum(axis=0) == pytest.approx(np.ones(4))
    assert result.distribution == "pert"


def test_importing_the_scoring_engine_does_not_import_scipy_or_qt() -> None:
    code = (
        "import sys, workbench.scoring; "
        "bad = [m for m in ('scipy', 'PySide6', 'shiboken6', 'pyqtgraph') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
