from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.scoring import (
    DecisionMatrix,
    FixedWeights,
    LinearValue,
    OrdinalWeights,
    UniformWeights,
    direct_weights,
    rank_order_centroid,
    smaa2,
)
from workbench.scoring.smaa_sampling import ValueSampler, sample_weights


def _uncertain(n: int, m: int, seed: int) -> DecisionMatrix:
    rng = np.random.default_rng(seed)
    best = rng.uniform(20, 80, (n, m))
    low = best - rng.uniform(0, 20, (n, m))
    high = best + rng.uniform(0, 20, (n, m))
    functions = [LinearValue(0, 100) if j % 2 else LinearValue.lower_is_better(0, 100)
                 for j in range(m)]
    return DecisionMatrix(tuple(f"M{i}" for i in range(n)), tuple(f"c{j}" for j in range(m)),
                          low, best, high, functions)


@settings(max_examples=15, deadline=None)
@given(n=st.integers(2, 12), m=st.integers(1, 5), seed=st.integers(0, 10_000),
       ordinal=st.booleans())
def test_rank_acceptability_rows_and_columns_sum_to_one(
    n: int, m: int, seed: int, ordinal: bool
) -> None:
    matrix = _uncertain(n, m, seed)
    model = OrdinalWeights(matrix.criteria) if ordinal else UniformWeights()
    result = smaa2(matrix, model, draws=700, seed=seed)
    b = result.rank_acceptability
    assert b.shape == (n, n)
    assert b.sum(axis=1) == pytest.approx(np.ones(n))
    assert b.sum(axis=0) == pytest.approx(np.ones(n))
    assert result.top_k_probability(n) == pytest.approx(np.ones(n))


def test_fixed_seed_gives_identical_output_and_is_recorded() -> None:
    matrix = _uncertain(30, 4, 1)
    first = smaa2(matrix, draws=1200, seed=42)
    second = smaa2(matrix, draws=1200, seed=42, workers=1)
    assert first.seed == 42
    for name in ("rank_acceptability", "central_weights", "confidence", "pairwise_winning"):
        assert np.array_equal(getattr(first, name), getattr(second, name), equal_nan=True)
    other = smaa2(matrix, draws=1200, seed=43)
    assert not np.array_equal(first.rank_acceptability, other.rank_acceptability)


def test_unseeded_run_records_a_seed_that_reproduces_it() -> None:
    matrix = _uncertain(10, 3, 2)
    run = smaa2(matrix, draws=600)
    again = smaa2(matrix, draws=600, seed=run.seed)
    assert np.array_equal(run.rank_acceptability, again.rank_acceptability)


def test_uniform_simplex_weights_are_not_biased_to_the_centre() -> None:
    w = sample_weights(UniformWeights(), ["a", "b", "c"], 200_000, np.random.default_rng(0))
    assert w.sum(axis=1) == pytest.approx(np.ones(len(w)))
    # Dirichlet(1, 1, 1): P(w1 > 1/2) = (1/2)^2 and E[w1^2] = 2 / (3 * 4).
    # Normalising independent uniforms gives about 0.18 and 0.152 instead.
    assert np.mean(w[:, 0] > 0.5) == pytest.approx(0.25, abs=0.005)
    assert np.mean(w[:, 0] ** 2) == pytest.approx(1 / 6, abs=0.002)


def test_ordinal_weights_respect_the_order_and_centre_on_roc() -> None:
    w = sample_weights(OrdinalWeights(("b", "c", "a")), ["a", "b", "c"], 200_000,
                       np.random.default_rng(0))
    assert np.all(w[:, 1] >= w[:, 2]) and np.all(w[:, 2] >= w[:, 0])
    # The centroid of the ordered simplex is the rank-order centroid (reference table).
    assert w.mean(axis=0)[[1, 2, 0]] == pytest.approx(rank_order_centroid(3), abs=0.003)


def test_triangular_and_pert_draws_have_their_textbook_means() -> None:
    matrix = DecisionMatrix(("a",), ("x",), [[10.0]], [[20.0]], [[60.0]], (LinearValue(0, 100),))
    out = np.empty((50_000, 1, 1), dtype=np.float32)
    tri = ValueSampler(matrix, "triangular").draw(np.random.SFC64(1), 50_000, out).copy()
    assert tri.mean() == pytest.approx((0.1 + 0.2 + 0.6) / 3, abs=0.003)
    assert tri.min() >= 0.1 and tri.max() <= 0.6
    pert = ValueSampler(matrix, "pert").draw(np.random.SFC64(1), 50_000, out)
    assert pert.mean() == pytest.approx((0.1 + 4 * 0.2 + 0.6) / 6, abs=0.003)


def test_missing_assessment_is_drawn_over_the_whole_scale_not_as_zero() -> None:
    matrix = DecisionMatrix(("a",), ("x",), [[np.nan]], [[np.nan]], [[np.nan]],
                            (LinearValue(0, 100),))
    out = np.empty((40_000, 1, 1), dtype=np.float32)
    draws = ValueSampler(matrix, "triangular").draw(np.random.SFC64(3), 40_000, out)
    assert draws.mean() == pytest.approx(0.5, abs=0.01)
    assert np.mean(draws < 0.25) == pytest.approx(0.25, abs=0.01)


def test_dominating_alternative_is_always_first() -> None:
    low = [[60.0, 60.0], [10.0, 10.0], [20.0, 5.0]]
    high = [[90.0, 90.0], [50.0, 50.0], [55.0, 58.0]]
    best = [[70.0, 80.0], [30.0, 30.0], [40.0, 30.0]]
    matrix = DecisionMatrix(("top", "b", "c"), ("x", "y"), low, best, high,
                            (LinearValue(0, 100),) * 2)
    result = smaa2(matrix, draws=2000, seed=5)
    assert result.rank_acceptability[0, 0] == 1.0
    assert result.confidence[0] == 1.0
    assert np.isnan(result.central_weights[1]).all()


def test_central_weights_and_confidence_two_opposite_alternatives() -> None:
    # A is best on x, B on y, no value uncertainty. With uniform weights A wins
    # iff w_x > w_y (b = 1/2 each); its central weights are E[w | w_x > w_y] =
    # (3/4, 1/4), at which A always wins: confidence 1.
    matrix = DecisionMatrix.from_best(["A", "B"], ["x", "y"], [[100, 0], [0, 100]],
                                      [LinearValue(0, 100)] * 2)
    result = smaa2(matrix, draws=20_000, seed=11)
    assert result.rank_acceptability[:, 0] == pytest.approx([0.5, 0.5], abs=0.015)
    assert result.central_weights[0] == pytest.approx([0.75, 0.25], abs=0.01)
    assert result.confidence.tolist() == [1.0, 1.0]
    w = result.pairwise_winning
    assert w[0, 1] + w[1, 0] == pytest.approx(1.0)
    assert w[0, 1] == pytest.approx(result.rank_acceptability[0, 0])


def test_fixed_weights_confidence_equals_first_rank_acceptability() -> None:
    matrix = _uncertain(8, 3, 9)
    weights = direct_weights(matrix.criteria, [0.5, 0.3, 0.2])
    result = smaa2(matrix, FixedWeights(weights), draws=1500, seed=3)
    first = result.rank_acceptability[:, 0]
    ranked_first = first > 0
    assert result.confidence[ranked_first] == pytest.approx(first[ranked_first])
    assert result.central_weights[ranked_first] == pytest.approx(
        np.tile([0.5, 0.3, 0.2], (int(ranked_first.sum()), 1))
    )
    assert result.weight_model == "fixed"


def test_to_dict_has_the_documented_keys() -> None:
    result = smaa2(_uncertain(5, 2, 0), draws=500, seed=7)
    data = result.to_dict(top_k=2)
    assert {"seed", "draws", "rank_acceptability", "central_weights", "confidence",
            "top_k_probability"} <= set(data)
    assert data["seed"] == 7 and data["draws"] == 500
    acceptability = data["rank_acceptability"]
    assert isinstance(acceptability, dict) and len(acceptability["M0"]) == 5  # type: ignore[arg-type]


def test_incomplete_measure_ranks_after_complete_ones_as_in_the_additive_model() -> None:
    # "inc" lacks x; were its gap drawn over [0, 1] and ranked freely it would often
    # beat the weak complete measures. Rankings flag gaps, they never promote them.
    nan = np.nan
    low = [[nan, 90.0], [10.0, 10.0], [1.0, 1.0]]
    best = [[nan, 95.0], [20.0, 20.0], [2.0, 2.0]]
    high = [[nan, 99.0], [30.0, 30.0], [3.0, 3.0]]
    matrix = DecisionMatrix(("inc", "b", "c"), ("x", "y"), low, best, high,
                            (LinearValue(0, 100),) * 2)
    result = smaa2(matrix, draws=3000, seed=11)
    assert result.rank_acceptability[0, 2] == 1.0  # always last
    assert result.rank_acceptability[1, 0] == 1.0
