from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from workbench.scoring import DecisionMatrix, LinearValue, rank_additive

from ._builders import benefit_matrix


def test_additive_value_is_weighted_sum_of_values_with_contributions() -> None:
    m = benefit_matrix([[5, 8, 4], [7, 6, 8]])
    r = rank_additive(m, [0.3, 0.4, 0.3])
    # v = x / 10 on the fixed scale 0..10: 0.3*0.5 + 0.4*0.8 + 0.3*0.4 = 0.59
    assert r.scores.tolist() == pytest.approx([0.59, 0.69])
    assert r.contributions[0].tolist() == pytest.approx([0.15, 0.32, 0.12])
    assert r.ranks.tolist() == [2, 1]
    assert r.method == "additive" and r.normalisation == "value-functions"
    assert not r.weights_normalised


def test_entered_weights_are_normalised_and_reported() -> None:
    r = rank_additive(benefit_matrix([[5, 8], [7, 6]]), [3, 1])
    assert r.weights.values.tolist() == [0.75, 0.25]
    assert r.weights_normalised
    assert r.to_dict()["weights_normalised"] is True


def test_incomplete_alternative_has_an_interval_not_a_score_and_ranks_after_complete() -> None:
    nan = np.nan
    best = np.array([[2.0, 2.0], [10.0, nan], [3.0, 3.0]])
    m = DecisionMatrix.from_best(["A", "B", "C"], ["h", "c"], best, [LinearValue(0, 10)] * 2)
    r = rank_additive(m, [0.5, 0.5])
    assert r.complete.tolist() == [True, False, True]
    # B: h at value 1.0 weighs 0.5; its gap on c is worth 0 .. 0.5. The old
    # re-normalised score (1.0, the best of all) is gone.
    assert np.isnan(r.scores[1])
    assert r.score_range_of("B") == pytest.approx((0.5, 1.0))
    assert r.score_range_of("A") == pytest.approx((0.2, 0.2))
    assert r.ranks.tolist() == [2, 3, 1]
    assert r.complete_codes() == ("C", "A") and r.incomplete_codes() == ("B",)
    assert np.isnan(r.contributions[1, 1]) and r.contributions[1, 0] == pytest.approx(0.5)
    ranking = r.to_dict()["ranking"]
    assert isinstance(ranking, list)
    assert ranking[-1] == {
        "code": "B", "rank": 3, "score": None, "score_range": [0.5, 1.0], "complete": False,
        "contributions": {"h": 0.5, "c": None},
    }
    assert ranking[0]["score_range"] == [pytest.approx(0.3), pytest.approx(0.3)]  # type: ignore[index]


def test_issue_9_monitoring_measure_without_health_no_longer_tops_the_ranking() -> None:
    # Issue 9: under the IJmond profile (docs/cli.md) a monitoring measure
    # with no health figure and top marks elsewhere scored 0.999 by
    # re-normalising over its assessed criteria, above the real rank 1 (0.558).
    criteria = ["health", "cost", "feasibility", "enforceability"]
    weights = [0.5, 0.15, 0.15, 0.2]
    values = [[0.416, 0.5, 0.5, 1.0], [np.nan, 1.0, 0.99, 1.0], [0.2, 0.4, 0.4, 0.4]]
    m = DecisionMatrix.from_best(["M01", "M13", "M05"], criteria, values,
                                 [LinearValue(0, 1)] * 4)
    r = rank_additive(m, weights)
    assert r.score_of("M01") == pytest.approx(0.558)
    assert np.isnan(r.score_of("M13"))
    # Gap at 0: 0.15 + 0.1485 + 0.2; at 1: plus health's 0.5.
    assert r.score_range_of("M13") == pytest.approx((0.4985, 0.9985))
    assert r.ranked_codes() == ("M01", "M05", "M13")


def test_a_gap_is_neither_zero_nor_renormalised_away() -> None:
    nan = np.nan
    m = DecisionMatrix.from_best(["A", "B"], ["h", "c"], [[8.0, nan], [8.0, 0.0]],
                                 [LinearValue(0, 10)] * 2)
    r = rank_additive(m, [0.5, 0.5])
    # Gap as zero would give A = B = 0.4 as a point score; re-normalised, 0.8.
    assert r.score_of("B") == pytest.approx(0.4)
    assert np.isnan(r.score_of("A"))
    assert r.score_range_of("A") == pytest.approx((0.4, 0.9))
    assert r.ranks.tolist() == [2, 1]


def test_a_gap_on_a_zero_weight_criterion_leaves_the_alternative_complete() -> None:
    m = DecisionMatrix.from_best(["A", "B"], ["h", "c"], [[8.0, np.nan], [6.0, 9.0]],
                                 [LinearValue(0, 10)] * 2)
    r = rank_additive(m, [1.0, 0.0])
    assert r.complete.tolist() == [True, True]
    assert r.scores.tolist() == pytest.approx([0.8, 0.6])
    assert r.score_low.tolist() == r.score_high.tolist() == r.scores.tolist()
    assert np.isnan(r.contributions[0, 1]) and r.ranks.tolist() == [1, 2]


def _by_hand(
    values: list[list[float]], weights: list[float]
) -> tuple[list[bool], list[float], list[float]]:
    """Completeness and interval per row with plain loops, from the rule's wording."""
    complete, low, high = [], [], []
    for row in values:
        lo = hi = 0.0
        ok = True
        for v, w in zip(row, weights, strict=True):
            if math.isnan(v):
                ok = ok and w == 0
                hi += w  # missing at value 1
            else:
                lo += w * v
                hi += w * v
        complete.append(ok)
        low.append(lo)
        high.append(hi)
    return complete, low, high


@st.composite
def _gappy_problem(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    n = draw(st.integers(1, 7))
    m = draw(st.integers(1, 4))
    cell = st.one_of(st.just(np.nan), st.sampled_from([0.0, 2.5, 5.0, 10.0]),
                     st.floats(0, 10, allow_subnormal=False))
    raw = draw(arrays(np.float64, (n, m), elements=cell))
    weights = draw(arrays(np.float64, m, elements=st.one_of(st.just(0.0), st.floats(0.01, 1))))
    assume(weights.sum() > 0)
    return raw, weights


@settings(max_examples=200, deadline=None)
@given(problem=_gappy_problem())
def test_intervals_ranks_and_contributions_match_an_independent_computation(
    problem: tuple[np.ndarray, np.ndarray],
) -> None:
    raw, raw_weights = problem
    n, m = raw.shape
    matrix = DecisionMatrix.from_best([f"M{i}" for i in range(n)], [f"c{j}" for j in range(m)],
                                      raw, [LinearValue(0, 10)] * m)
    r = rank_additive(matrix, raw_weights)
    weights = (raw_weights / raw_weights.sum()).tolist()
    values = (raw / 10).tolist()
    complete, low, high = _by_hand(values, weights)
    assert r.complete.tolist() == complete
    assert r.score_low.tolist() == pytest.approx(low, abs=1e-12)
    assert r.score_high.tolist() == pytest.approx(high, abs=1e-12)
    for i in range(n):
        if complete[i]:
            assert r.scores[i] == r.score_low[i] == r.score_high[i]
        else:
            assert math.isnan(r.scores[i])
        # Contributions: w_j * v_j where assessed, NaN where missing, summing to the low end.
        for j in range(m):
            if math.isnan(values[i][j]):
                assert math.isnan(r.contributions[i, j])
            else:
                assert r.contributions[i, j] == pytest.approx(weights[j] * values[i][j])
        assert float(np.nansum(r.contributions[i])) == pytest.approx(r.score_low[i], abs=1e-12)
    # Ranks: complete ones by score (competition ranks), then the incomplete
    # group by its low end, ranks continuing after the complete ones.
    n_complete = sum(complete)
    key = r.score_low.tolist()
    for i in range(n):
        peers = [k for k in range(n) if complete[k] == complete[i]]
        better = sum(1 for k in peers if key[k] > key[i])
        assert r.ranks[i] == (0 if complete[i] else n_complete) + better + 1
    assert all(complete[i] for i in r.order[:n_complete])
    entries = r.to_dict()["ranking"]
    assert isinstance(entries, list)
    for entry in entries:
        assert isinstance(entry, dict)
        i = r.alternatives.index(str(entry["code"]))
        assert entry["score_range"] == [pytest.approx(low[i]), pytest.approx(high[i])]
        assert (entry["score"] is None) == (not complete[i])


def test_ties_share_a_rank() -> None:
    r = rank_additive(benefit_matrix([[5, 5], [5, 5], [1, 1]]), [0.5, 0.5])
    assert r.ranks.tolist() == [1, 1, 3]


@settings(max_examples=60, deadline=None)
@given(
    existing=arrays(np.float64, (4, 3), elements=st.floats(-50, 150)),
    added=arrays(np.float64, (1, 3), elements=st.floats(-50, 150)),
    raw_weights=arrays(np.float64, 3, elements=st.floats(0.01, 10)),
)
def test_adding_an_alternative_never_changes_another_alternatives_value(
    existing: np.ndarray, added: np.ndarray, raw_weights: np.ndarray
) -> None:
    functions = (LinearValue(0, 100), LinearValue.lower_is_better(0, 100), LinearValue(20, 80))
    before = DecisionMatrix.from_best([f"M{i}" for i in range(4)], ["a", "b", "c"], existing,
                                      functions)
    after = before.with_alternatives(["NEW"], added, added, added)
    scores_before = rank_additive(before, raw_weights).scores
    scores_after = rank_additive(after, raw_weights).scores
    assert scores_after[:4].tolist() == scores_before.tolist()
