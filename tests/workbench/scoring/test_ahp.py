from __future__ import annotations

import pytest

from workbench.scoring import SAATY_RI, ScoringError, ahp, ahp_weights

CRITERIA = ["c1", "c2", "c3", "c4", "c5", "c6"]
WANG_CHIN_2011 = [
    [1, 4, 3, 1, 3, 4],
    [1 / 4, 1, 7, 3, 1 / 5, 1],
    [1 / 3, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 6],
    [1, 1 / 3, 5, 1, 1, 1 / 3],
    [1 / 3, 5, 5, 1, 1, 3],
    [1 / 4, 1, 6, 3, 1 / 3, 1],
]


def test_ahp_wang_chin_2011_weights_and_cr() -> None:
    result = ahp(CRITERIA, WANG_CHIN_2011)
    assert result.derivation == "eigenvector"
    assert result.weights == pytest.approx(
        [0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391], abs=5e-5
    )
    assert result.lambda_max == pytest.approx(7.4199, abs=5e-5)
    assert result.consistency_index == pytest.approx(0.2840, abs=5e-5)
    assert result.random_index == 1.24
    assert result.consistency_ratio == pytest.approx(0.229, abs=5e-4)
    assert not result.consistent


def test_ahp_wang_chin_2011_geometric_mean_is_named_and_differs() -> None:
    result = ahp(CRITERIA, WANG_CHIN_2011, derivation="geometric-mean")
    assert result.derivation == "geometric-mean"
    assert result.weights == pytest.approx(
        [0.3160, 0.1391, 0.0360, 0.1251, 0.2360, 0.1477], abs=5e-5
    )
    w = ahp_weights(CRITERIA, WANG_CHIN_2011, derivation="geometric-mean")
    assert w.method == "ahp-geometric-mean" and w.ahp is not None


def test_ahp_wang_chin_2011_reports_the_most_inconsistent_judgements() -> None:
    result = ahp(CRITERIA, WANG_CHIN_2011)
    worst = result.worst_judgements(3)
    assert len(worst) == 3
    deviations = [j.deviation for j in result.judgements]
    assert deviations == sorted(deviations, reverse=True)
    # Each reported deviation is |ln(a_ij / (w_i / w_j))| of that very judgement.
    for judgement in worst:
        i, j = CRITERIA.index(judgement.row), CRITERIA.index(judgement.col)
        implied = result.weights[i] / result.weights[j]
        assert judgement.given == pytest.approx(WANG_CHIN_2011[i][j])
        assert judgement.implied == pytest.approx(implied)


def test_a_consistent_matrix_has_cr_zero() -> None:
    w = [0.5, 0.3, 0.2]
    matrix = [[w[i] / w[j] for j in range(3)] for i in range(3)]
    result = ahp(["a", "b", "c"], matrix)
    assert result.weights == pytest.approx(w)
    assert result.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert result.consistent


def test_saaty_random_index_as_in_the_reference() -> None:
    assert [SAATY_RI[n] for n in range(3, 11)] == [
        0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
    ]


@pytest.mark.parametrize(
    ("matrix", "key"),
    [
        ([[1, 3], [3, 1]], "ahp_not_reciprocal"),
        ([[1, -2], [-0.5, 1]], "ahp_not_positive"),
        ([[1, 2, 3], [0.5, 1, 1]], "ahp_not_square"),
    ],
)
def test_ahp_refuses_bad_matrices(matrix: list[list[float]], key: str) -> None:
    with pytest.raises(ScoringError) as caught:
        ahp(["a", "b"], matrix)
    assert caught.value.key == key
