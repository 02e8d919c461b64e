from __future__ import annotations

import numpy as np
import pytest

from workbench.scoring import DecisionMatrix, LinearValue, ScoringError


def _matrix() -> DecisionMatrix:
    nan = np.nan
    return DecisionMatrix(
        ("M1", "M2"),
        ("health", "cost"),
        [[1, 100], [nan, 50]],
        [[2, 150], [nan, 60]],
        [[3, 200], [nan, 90]],
        (LinearValue(0, 4), LinearValue.lower_is_better(0, 200)),
    )


def test_arrays_are_read_only_copies() -> None:
    source = np.array([[1.0]])
    m = DecisionMatrix.from_best(["a"], ["c"], source, [LinearValue(0, 2)])
    source[0, 0] = 99
    assert m.best[0, 0] == 1.0
    with pytest.raises(ValueError):
        m.best[0, 0] = 5
    with pytest.raises(ValueError):
        m.values()[0, 0] = 5


def test_missing_is_nan_and_flags_incomplete() -> None:
    m = _matrix()
    assert m.complete.tolist() == [True, False]
    assert np.isnan(m.values("best")[1, 0])
    assert m.values("best")[0].tolist() == [0.5, 0.25]


def test_with_alternatives_returns_a_new_matrix() -> None:
    m = _matrix()
    bigger = m.with_alternatives(["M3"], [[1, 1]], [[2, 2]], [[3, 3]])
    assert m.shape == (2, 2) and bigger.shape == (3, 2)
    assert bigger.alternatives[-1] == "M3"


@pytest.mark.parametrize(
    ("low", "best", "high", "key"),
    [
        ([[2.0]], [[1.0]], [[3.0]], "assessment_order"),
        ([[np.nan]], [[1.0]], [[3.0]], "assessment_partial"),
        ([[0.0]], [[np.inf]], [[np.inf]], "assessment_infinite"),
    ],
)
def test_refuses_bad_triples(low: list[list[float]], best: list[list[float]],
                             high: list[list[float]], key: str) -> None:
    with pytest.raises(ScoringError) as caught:
        DecisionMatrix(("a",), ("c",), low, best, high, (LinearValue(0, 1),))
    assert caught.value.key == key


def test_refuses_duplicate_codes_and_wrong_shapes() -> None:
    with pytest.raises(ScoringError):
        DecisionMatrix.from_best(["a", "a"], ["c"], [[1], [2]], [LinearValue(0, 1)])
    with pytest.raises(ScoringError):
        DecisionMatrix.from_best(["a"], ["c"], [[1, 2]], [LinearValue(0, 1)])


def test_select_reorders_and_refuses_unknown() -> None:
    m = _matrix().select(criteria=["cost", "health"])
    assert m.criteria == ("cost", "health")
    assert m.best[0].tolist() == [150, 2]
    with pytest.raises(ScoringError):
        _matrix().select(alternatives=["nope"])
