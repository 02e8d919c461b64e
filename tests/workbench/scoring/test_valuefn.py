from __future__ import annotations

import numpy as np
import pytest

from workbench.scoring import LinearValue, PiecewiseLinearValue, ScoringError, VerbalValue


def test_linear_is_clipped_to_its_fixed_scale() -> None:
    v = LinearValue.higher_is_better(0, 200)
    assert v([-50, 0, 50, 200, 400]).tolist() == [0.0, 0.0, 0.25, 1.0, 1.0]
    assert v.direction == "higher"


def test_linear_lower_is_better_reverses_the_scale() -> None:
    v = LinearValue.lower_is_better(0, 1_000_000)
    assert v.worst == 1_000_000 and v.best == 0
    assert v([0, 250_000, 2_000_000]).tolist() == [1.0, 0.75, 0.0]
    assert v.direction == "lower"


def test_missing_stays_missing() -> None:
    assert np.isnan(LinearValue(0, 1)([np.nan]))[0]
    assert np.isnan(PiecewiseLinearValue(((0, 0), (1, 1)))([np.nan]))[0]


def test_piecewise_linear_interpolates_and_holds_end_values() -> None:
    v = PiecewiseLinearValue(((0, 0.0), (10, 0.8), (20, 1.0)))
    assert v([-5, 5, 10, 15, 30]) == pytest.approx([0.0, 0.4, 0.8, 0.9, 1.0])


@pytest.mark.parametrize(
    "points",
    [((0, 0),), ((0, 0), (0, 1)), ((0, 0), (1, 1), (2, 0.5)), ((0, 0.1), (1, 1))],
)
def test_piecewise_refuses_bad_points(points: tuple[tuple[float, float], ...]) -> None:
    with pytest.raises(ScoringError):
        PiecewiseLinearValue(points)


def test_verbal_levels_map_positions_to_values() -> None:
    v = VerbalValue((("laag", 0.0), ("middel", 0.6), ("hoog", 1.0)))
    positions = [v.position("laag"), v.position("middel"), v.position("hoog")]
    assert positions == [0.0, 1.0, 2.0]
    assert v(positions).tolist() == [0.0, 0.6, 1.0]
    assert v([1.5])[0] == pytest.approx(0.8)
    assert v.label(1.4) == "middel"
    with pytest.raises(ScoringError):
        v.position("onbekend")


def test_linear_refuses_an_empty_scale() -> None:
    with pytest.raises(ScoringError):
        LinearValue(5, 5)
