from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
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


def test_incomplete_alternative_is_flagged_and_ranked_after_complete_ones() -> None:
    nan = np.nan
    best = np.array([[2.0, 2.0], [10.0, nan], [3.0, 3.0]])
    m = DecisionMatrix.from_best(["A", "B", "C"], ["h", "c"], best, [LinearValue(0, 10)] * 2)
    r = rank_additive(m, [0.5, 0.5])
    assert r.complete.tolist() == [True, False, True]
    # B's available-criteria score (1.0) is the highest, yet it ranks last.
    assert r.scores[1] == pytest.approx(1.0)
    assert r.ranks.tolist() == [2, 3, 1]
    assert np.isnan(r.contributions[1, 1])
    ranking = r.to_dict()["ranking"]
    assert isinstance(ranking, list)
    assert ranking[-1] == {
        "code": "B", "rank": 3, "score": 1.0, "complete": False,
        "contributions": {"h": 1.0, "c": None},
    }


def test_a_gap_is_not_zero() -> None:
    nan = np.nan
    m = DecisionMatrix.from_best(["A", "B"], ["h", "c"], [[8.0, nan], [8.0, 0.0]],
                                 [LinearValue(0, 10)] * 2)
    r = rank_additive(m, [0.5, 0.5])
    # If the gap were zero, A would equal B (0.4).
    assert r.scores[0] != pytest.approx(r.scores[1])


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
