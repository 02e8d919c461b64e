from __future__ import annotations

import numpy as np
import pytest

from workbench.scoring import DecisionMatrix, LinearValue, cost_effectiveness, pareto_efficient
from workbench.scoring.costeffect import ratio_range


def test_ratio_and_range_use_cost_low_over_health_high() -> None:
    ratio, low, high = ratio_range(([100.0], [200.0], [300.0]), ([10.0], [20.0], [40.0]))
    assert ratio.tolist() == [10.0]
    assert low.tolist() == [100.0 / 40.0]
    assert high.tolist() == [300.0 / 10.0]


def test_no_health_gives_no_ratio() -> None:
    ratio, low, high = ratio_range(([1.0, 1.0], [2.0, 2.0], [3.0, 3.0]),
                                   ([-2.0, -1.0], [0.0, 1.0], [-1.0, 2.0]))
    assert np.isnan(ratio[0]) and np.isnan(low[0]) and np.isnan(high[0])
    # health_low <= 0 < health_high: the worst case is unbounded.
    assert ratio[1] == 2.0 and low[1] == 0.5 and high[1] == np.inf


def test_pareto_efficient_on_health_max_cost_min() -> None:
    health = [5, 4, 6, 3, 6, np.nan]
    cost = [10, 5, 12, 8, 12, 1]
    # 3 is dominated by 1 (more health, cheaper); 5 is missing.
    assert pareto_efficient(health, cost).tolist() == [True, True, True, False, True, False]


def test_cost_effectiveness_from_matrix() -> None:
    m = DecisionMatrix(("a", "b"), ("health", "cost"),
                       [[1.0, 100.0], [2.0, 50.0]], [[2.0, 200.0], [2.0, 60.0]],
                       [[4.0, 300.0], [3.0, 90.0]],
                       (LinearValue(0, 5), LinearValue.lower_is_better(0, 400)))
    ce = cost_effectiveness(m, "cost", "health")
    assert ce.ratio.tolist() == pytest.approx([100.0, 30.0])
    assert ce.efficient_codes == ("b",)
