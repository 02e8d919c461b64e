from __future__ import annotations

import numpy as np
import pytest

from workbench.scoring import DecisionMatrix, LinearValue, ScoringError, rank_topsis

from ._builders import benefit_matrix


def test_topsis_tzeng_huang_2011_closeness() -> None:
    m = benefit_matrix([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]])
    r = rank_topsis(m, [0.3, 0.4, 0.3])
    assert r.scores.tolist() == pytest.approx([0.5037, 0.6581, 0.7482, 0.3340], abs=5e-5)
    assert r.ranks.tolist() == [3, 2, 1, 4]
    assert r.method == "topsis" and r.normalisation == "vector"
    assert set(r.steps) >= {"normalised", "weighted", "ideal", "anti_ideal", "d_plus", "d_minus"}


def _opricovic_tzeng() -> DecisionMatrix:
    # risk is a cost, altitude a benefit (the fixed scales do not enter TOPSIS).
    return DecisionMatrix.from_best(
        ["A1", "A2", "A3"],
        ["risk", "altitude"],
        [[1, 3000], [2, 3750], [5, 4500]],
        [LinearValue.lower_is_better(0, 10), LinearValue.higher_is_better(0, 5000)],
    )


def test_normalisation_dependence_opricovic_tzeng_2004() -> None:
    m = _opricovic_tzeng()
    minmax = rank_topsis(m, [0.5, 0.5], normalisation="minmax")
    vector = rank_topsis(m, [0.5, 0.5], normalisation="vector")
    assert minmax.scores.tolist() == pytest.approx([0.500, 0.617, 0.500], abs=5e-4)
    assert vector.scores.tolist() == pytest.approx([0.762, 0.722, 0.238], abs=5e-4)
    assert minmax.normalisation == "minmax" and vector.normalisation == "vector"
    # The winner differs between the variants.
    assert minmax.ranked_codes()[0] == "A2"
    assert vector.ranked_codes()[0] == "A1"


def test_topsis_leaves_incomplete_alternatives_out_and_last() -> None:
    best = [[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6], [9, np.nan, 9]]
    m = benefit_matrix(best)
    r = rank_topsis(m, [0.3, 0.4, 0.3])
    # The four complete ones still reproduce the published closeness.
    assert r.scores[:4].tolist() == pytest.approx([0.5037, 0.6581, 0.7482, 0.3340], abs=5e-5)
    assert np.isnan(r.scores[4]) and r.ranks[4] == 5 and not r.complete[4]


def test_topsis_refuses_unknown_normalisation() -> None:
    with pytest.raises(ScoringError):
        rank_topsis(benefit_matrix([[1, 2], [2, 1]]), [1, 1], normalisation="sum")


def test_topsis_states_no_interval_for_an_incomplete_alternative() -> None:
    m = benefit_matrix([[5, 8, 4], [7, 6, 8], [9, np.nan, 9]])
    r = rank_topsis(m, [0.3, 0.4, 0.3])
    assert np.isnan(r.score_low[2]) and np.isnan(r.score_high[2])
    assert np.array_equal(r.score_low[:2], r.scores[:2])
    assert np.array_equal(r.score_high[:2], r.scores[:2])
    entry = r.to_dict()["ranking"][-1]  # type: ignore[index]
    assert entry["score"] is None and entry["score_range"] == [None, None]  # type: ignore[index]
