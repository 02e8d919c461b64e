from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workbench.scoring import (
    DecisionMatrix,
    FixedWeights,
    LinearValue,
    OrdinalWeights,
    PiecewiseLinearValue,
    UniformWeights,
    direct_weights,
    rank_additive,
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


@pytest.mark.parametrize("distribution", ["triangular", "pert"])
def test_a_missing_assessment_is_value_0_the_low_end_in_every_draw(distribution: str) -> None:
    # Value 0 whatever the value function (a lower-is-better scale maps raw 0
    # to value 1, a piecewise one is interpolated): the low end of the
    # additive interval, read only together with the incomplete-group rule.
    nan = np.nan
    functions = (LinearValue(0, 100), LinearValue.lower_is_better(0, 100),
                 PiecewiseLinearValue(((-10, 1.0), (10, 0.0))))
    low, best, high = [[nan, nan, nan], [1.0, 1.0, 1.0]], [[nan] * 3, [2.0] * 3], \
        [[nan] * 3, [3.0] * 3]
    matrix = DecisionMatrix(("gap", "full"), ("a", "b", "c"), low, best, high, functions)
    out = np.empty((2000, 2, 3), dtype=np.float32)
    draws = ValueSampler(matrix, distribution).draw(np.random.SFC64(3), 2000, out)  # type: ignore[arg-type]
    assert np.all(draws[:, 0] == 0.0)
    assert np.all(draws[:, 1] > 0.0)


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


def test_issue_9_measure_first_in_every_draw_has_confidence_1_with_incomplete_present() -> None:
    # Issue 9: "top" ranks first in every one of 3,000 draws, yet its
    # confidence factor was ~0 because the confidence pass let the incomplete
    # measures (gap on x, excellent on y) compete with their gap drawn freely.
    nan = np.nan
    low = [[55.0, 55.0], [10.0, 10.0], [nan, 100.0], [nan, 98.0], [nan, 96.0]]
    best = [[60.0, 60.0], [20.0, 20.0], [nan, 100.0], [nan, 99.0], [nan, 97.0]]
    high = [[65.0, 65.0], [30.0, 30.0], [nan, 100.0], [nan, 100.0], [nan, 98.0]]
    matrix = DecisionMatrix(("top", "b", "i1", "i2", "i3"), ("x", "y"), low, best, high,
                            (LinearValue(0, 100),) * 2)
    for model in (UniformWeights(), OrdinalWeights(("y", "x"))):
        result = smaa2(matrix, model, draws=3000, seed=9)
        assert result.rank_acceptability[0, 0] == 1.0
        assert result.confidence[0] == 1.0
        assert np.isnan(result.confidence[1:]).all()
        assert np.isnan(result.central_weights[2:]).all()
        assert result.complete.tolist() == [True, True, False, False, False]
        # Incomplete after complete in every draw, among themselves by low end.
        assert result.rank_acceptability[2:, 2:] == pytest.approx(np.eye(3))


def test_with_only_incomplete_measures_first_place_goes_by_the_low_end() -> None:
    # Both lack x; "a" has the higher low end in every draw, so it is first in
    # every draw and at its central weights: confidence 1 (rule as in ranking).
    nan = np.nan
    low, best, high = [[nan, 60.0], [nan, 10.0]], [[nan, 70.0], [nan, 20.0]], \
        [[nan, 80.0], [nan, 30.0]]
    matrix = DecisionMatrix(("a", "b"), ("x", "y"), low, best, high, (LinearValue(0, 100),) * 2)
    result = smaa2(matrix, draws=2000, seed=4)
    assert result.rank_acceptability.tolist() == [[1.0, 0.0], [0.0, 1.0]]
    assert result.confidence[0] == 1.0
    assert result.pairwise_winning[0, 1] == 1.0


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), zero=st.booleans())
def test_point_estimates_and_fixed_weights_reproduce_the_additive_ranks(
    seed: int, zero: bool
) -> None:
    # Without uncertainty every draw is the additive ranking: rank
    # acceptability is one-hot at rank_additive's rank, incomplete group included
    # (also a gap on a zero-weight criterion, which leaves a measure complete).
    rng = np.random.default_rng(seed)
    raw = rng.uniform(0, 100, (7, 3))
    raw[rng.random((7, 3)) < 0.25] = np.nan
    weights = rng.uniform(0.1, 1.0, 3)
    if zero:
        weights[0] = 0.0
    matrix = DecisionMatrix.from_best([f"M{i}" for i in range(7)], ["a", "b", "c"], raw,
                                      [LinearValue(0, 100)] * 3)
    additive = rank_additive(matrix, weights)
    key = additive.score_low
    assume(np.min(np.abs(key[:, None] - key[None, :]) + np.eye(7)) > 1e-4)  # no ties
    result = smaa2(matrix, FixedWeights(direct_weights(matrix.criteria, weights)),
                   draws=50, seed=seed)
    expected = np.zeros((7, 7))
    expected[np.arange(7), additive.ranks - 1] = 1.0
    assert np.array_equal(result.rank_acceptability, expected)
    assert np.array_equal(result.complete, additive.complete)
    first = int(np.argmin(additive.ranks))
    assert result.confidence[first] == 1.0
