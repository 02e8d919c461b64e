from __future__ import annotations

import math

import pytest

from workbench.scoring import ScoringError, rank_promethee2

from ._builders import benefit_matrix


def test_promethee2_usual_zhao_2013_net_flows() -> None:
    m = benefit_matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3]])
    r = rank_promethee2(m, [0.5, 0.3, 0.2])
    assert r.scores.tolist() == pytest.approx([0.1, -0.3, 0.2])
    assert r.ranks.tolist() == [2, 3, 1]
    assert r.options["preference"] == "usual"
    # Contributions (weighted single-criterion net flows) add up to the net flow.
    assert r.contributions.sum(axis=1).tolist() == pytest.approx([0.1, -0.3, 0.2])
    assert (r.steps["phi_plus"] - r.steps["phi_minus"]).tolist() == pytest.approx(
        [0.1, -0.3, 0.2]
    )


def test_promethee2_linear_with_wide_thresholds_is_indifferent() -> None:
    m = benefit_matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3]])
    thresholds = {"C1": (5.0, 6.0), "C2": (5.0, 6.0), "C3": (5.0, 6.0)}
    r = rank_promethee2(m, [0.5, 0.3, 0.2], preference="linear", thresholds=thresholds)
    assert r.scores.tolist() == pytest.approx([0.0, 0.0, 0.0])


def test_promethee2_linear_interpolates_between_q_and_p() -> None:
    m = benefit_matrix([[4], [2]])
    r = rank_promethee2(m, [1.0], preference="linear", thresholds={"C1": (1.0, 3.0)})
    # d = 2 lies halfway between q = 1 and p = 3: P = 0.5, net flows +-0.5.
    assert r.scores.tolist() == pytest.approx([0.5, -0.5])


def test_promethee2_refuses_q_above_p() -> None:
    with pytest.raises(ScoringError):
        rank_promethee2(benefit_matrix([[1], [2]]), [1.0], preference="linear",
                        thresholds={"C1": (3.0, 1.0)})


def test_promethee2_states_no_interval_for_an_incomplete_alternative() -> None:
    m = benefit_matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3], [9, float("nan"), 9]])
    r = rank_promethee2(m, [0.5, 0.3, 0.2])
    # The three complete ones keep the published flows (Zhao 2013).
    assert r.score_low[:3].tolist() == r.score_high[:3].tolist() == pytest.approx([0.1, -0.3, 0.2])
    assert math.isnan(r.score_low[3]) and math.isnan(r.score_high[3])
    assert r.incomplete_codes() == ("A4",) and r.ranks[3] == 4
