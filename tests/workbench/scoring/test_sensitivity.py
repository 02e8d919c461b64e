from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from workbench.scoring import DecisionMatrix, LinearValue, rank_additive, sensitivity

from ._builders import benefit_matrix


def _rescaled(weights: np.ndarray, j: int, t: float) -> np.ndarray:
    out = weights * (1 - t) / (1 - weights[j])
    out[j] = t
    return out


def _leader_and_top(values: np.ndarray, weights: np.ndarray, k: int) -> tuple[int, frozenset[int]]:
    scores = values @ weights
    order = np.argsort(-scores, kind="stable")
    return int(order[0]), frozenset(order[:k].tolist())


def test_first_place_interval_by_hand() -> None:
    # Two criteria, A = (1, 0), B = (0, 1) on values; w = (0.7, 0.3). A leads
    # while t = w_x >= 0.5: the interval for x is [0.5, 1], for y [0, 0.5].
    m = DecisionMatrix.from_best(["A", "B"], ["x", "y"], [[10, 0], [0, 10]],
                                 [LinearValue(0, 10)] * 2)
    s = sensitivity(m, [0.7, 0.3], top_k=1)
    assert s.leader == "A"
    x, y = s.first_place
    assert x.lower == pytest.approx(0.5) and x.lower_rival == "B"
    assert x.upper == 1.0 and x.upper_rival is None
    assert y.lower == 0.0 and y.upper == pytest.approx(0.5) and y.upper_rival == "B"
    assert s.swaps("x") == [("A", "B", pytest.approx(0.5))]
    data = s.to_dict()
    assert data["leader"] == "A" and data["top_set"] == ["A"]
    assert data["swaps"] == {"x": [{"higher": "A", "lower": "B", "weight": pytest.approx(0.5)}],
                             "y": [{"higher": "A", "lower": "B", "weight": pytest.approx(0.5)}]}


@settings(max_examples=60, deadline=None)
@given(
    values=arrays(np.float64, (6, 3), elements=st.floats(0, 10, allow_subnormal=False)),
    raw=arrays(np.float64, 3, elements=st.floats(0.05, 1)),
    k=st.integers(1, 4),
)
def test_intervals_are_exact_crossing_points(values: np.ndarray, raw: np.ndarray, k: int) -> None:
    m = benefit_matrix(values)
    weights = raw / raw.sum()
    s = sensitivity(m, weights, top_k=k)
    v = m.values("best")
    scores = v @ weights
    gaps = np.abs(scores[:, None] - scores[None, :])[~np.eye(6, dtype=bool)]
    assume(gaps.min() > 1e-6)  # no ties at the profile's weights
    leader, top = _leader_and_top(v, weights, k)
    eps = 1e-7
    for j, (first, topk) in enumerate(zip(s.first_place, s.top_k_set, strict=True)):
        for interval, check in ((first, lambda lt: lt[0] == leader),
                                (topk, lambda lt: lt[1] == top)):
            inside = np.linspace(interval.lower + eps, interval.upper - eps, 7)
            for t in inside:
                assert check(_leader_and_top(v, _rescaled(weights, j, t), k))
            # Just beyond a bound set by a rival, the result has changed.
            below, above = interval.lower - 1e-5, interval.upper + 1e-5
            if interval.lower_rival is not None and below > 0:
                assert not check(_leader_and_top(v, _rescaled(weights, j, below), k))
            if interval.upper_rival is not None and above < 1:
                assert not check(_leader_and_top(v, _rescaled(weights, j, above), k))


def test_swap_weights_are_where_adjacent_scores_are_equal() -> None:
    m = benefit_matrix([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]])
    weights = np.array([0.3, 0.4, 0.3])
    s = sensitivity(m, weights, top_k=2)
    v = m.values("best")
    index = {code: i for i, code in enumerate(m.alternatives)}
    crossings = 0
    for j, key in enumerate(m.criteria):
        for upper, lower, t in s.swaps(key):
            if t is None:
                continue
            crossings += 1
            w = _rescaled(weights, j, t)
            assert v[index[upper]] @ w == pytest.approx(v[index[lower]] @ w)
    assert crossings > 0
    assert s.ranked == rank_additive(m, weights).ranked_codes()


def test_tornado_moves_value_between_low_and_high() -> None:
    m = DecisionMatrix(("a",), ("x", "y"), [[10.0, 0.0]], [[20.0, 50.0]], [[40.0, 100.0]],
                       (LinearValue(0, 100), LinearValue.lower_is_better(0, 100)))
    s = sensitivity(m, [0.5, 0.5])
    tornado = s.tornado
    base = 0.5 * 0.2 + 0.5 * 0.5
    assert tornado.base[0] == pytest.approx(base)
    assert tornado.at_low[0].tolist() == pytest.approx([base - 0.05, base + 0.25])
    assert tornado.at_high[0].tolist() == pytest.approx([base + 0.1, base - 0.25])
    assert tornado.span[0].tolist() == pytest.approx([0.15, 0.5])


def test_incomplete_alternatives_are_excluded_and_listed() -> None:
    m = benefit_matrix([[5, 5], [9, np.nan], [4, 4]])
    s = sensitivity(m, [0.5, 0.5], top_k=1)
    assert s.excluded_incomplete == ("A2",)
    assert s.leader == "A1"


def test_gap_on_a_zero_weight_criterion_takes_part_until_that_weight_rises() -> None:
    # A2 lacks C2 (y), whose weight is 0: it is complete, leads the ranking as in
    # rank_additive, and drops into the incomplete group as soon as w_y > 0.
    m = benefit_matrix([[5, 5], [9, np.nan], [4, 4]])
    s = sensitivity(m, [1.0, 0.0], top_k=2)
    assert s.excluded_incomplete == ()
    assert s.leader == "A2"
    assert s.ranked == rank_additive(m, [1.0, 0.0]).complete_codes() == ("A2", "A1", "A3")
    x, y = s.first_place
    assert (y.lower, y.upper, y.upper_rival) == (0.0, 0.0, "A1")
    # Lowering w_x from 1 gives y weight, so A2 drops out at once there too.
    assert (x.lower, x.upper, x.lower_rival) == (1.0, 1.0, "A1")
    assert s.top_k_set[1].upper == 0.0 and s.top_k_set[1].upper_rival == "A3"
    # On y, A2 is passed at once; A1 and A3 never swap (A1 is better on y too).
    assert s.swaps("C2") == [("A2", "A1", 0.0), ("A1", "A3", None)]
    tornado = s.to_dict()["tornado"]
    assert isinstance(tornado, dict)
    assert tornado["A2"]["criteria"]["C2"]["at_low"] is None  # type: ignore[index,call-overload]


def test_leader_is_the_first_complete_measure_of_the_additive_ranking() -> None:
    # The incomplete A2 has the highest low end; it still never leads.
    m = benefit_matrix([[5, 5], [10, np.nan], [4, 4]])
    s = sensitivity(m, [0.5, 0.5], top_k=1)
    assert s.leader == rank_additive(m, [0.5, 0.5]).complete_codes()[0] == "A1"
    assert s.tornado.to_dict().keys() == {"A1", "A3"}
