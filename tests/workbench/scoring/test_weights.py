from __future__ import annotations

import numpy as np
import pytest

from workbench.scoring import (
    ScoringError,
    as_weights,
    direct_weights,
    rank_order_centroid,
    roc_weights,
    swing_weights,
)


def test_roc_weights_n3_n4_n5() -> None:
    # Reference: mcda-cases.md, rank-order centroid table.
    assert rank_order_centroid(3) == pytest.approx([0.6111, 0.2778, 0.1111], abs=5e-5)
    assert rank_order_centroid(4) == pytest.approx([0.5208, 0.2708, 0.1458, 0.0625], abs=5e-5)
    assert rank_order_centroid(5) == pytest.approx(
        [0.4567, 0.2567, 0.1567, 0.0900, 0.0400], abs=5e-5
    )
    w = roc_weights(["health", "cost", "feasibility"])
    assert w.method == "rank-order-centroid" and not w.normalised
    assert w.as_dict()["health"] == pytest.approx(0.6111, abs=5e-5)


def test_direct_weights_are_normalised_and_say_so() -> None:
    w = direct_weights(["a", "b", "c"], [2, 1, 1])
    assert w.values.tolist() == [0.5, 0.25, 0.25]
    assert w.normalised is True
    assert w.raw.tolist() == [2, 1, 1]


def test_direct_weights_summing_to_one_in_decimals_are_not_reported_as_normalised() -> None:
    w = direct_weights(["a", "b", "c"], [0.3, 0.4, 0.3])
    assert w.normalised is False


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ([0.5, -0.2], "weight_negative"),
        ([0.0, 0.0], "weights_all_zero"),
        ([np.nan, 1.0], "weight_not_finite"),
        ([1.0], "weights_size"),
    ],
)
def test_direct_weights_refuse_bad_input(raw: list[float], key: str) -> None:
    with pytest.raises(ScoringError) as caught:
        direct_weights(["health", "cost"], raw)
    assert caught.value.key == key


def test_swing_weights_from_points() -> None:
    w = swing_weights(["health", "cost", "feasibility"], [100, 60, 40])
    assert w.values.tolist() == [0.5, 0.3, 0.2]
    assert w.method == "swing" and w.normalised
    with pytest.raises(ScoringError):
        swing_weights(["a", "b"], [80, 60])  # no swing of 100
    with pytest.raises(ScoringError):
        swing_weights(["a", "b"], [100, 120])


def test_weights_are_aligned_to_matrix_order_and_refuse_other_criteria() -> None:
    w = direct_weights(["a", "b"], [0.75, 0.25])
    assert as_weights(["b", "a"], w).values.tolist() == [0.25, 0.75]
    with pytest.raises(ScoringError):
        as_weights(["a", "c"], w)


def test_restricted_weights_renormalise() -> None:
    w = direct_weights(["health", "cost", "feasibility"], [0.5, 0.3, 0.2])
    r = w.restricted_to(["health", "feasibility"])
    assert r.values == pytest.approx([0.5 / 0.7, 0.2 / 0.7])
    assert r.normalised
