"""Property tests: monotonicity in the change and additivity over population groups.

Not from a published example but from the method itself (health-method.md,
sections 1-4): every pathway is monotone in the exposure change, so a larger
reduction never avoids fewer cases at any end of the range; and every
pathway is linear in population size, so splitting a group, or assessing
groups one at a time, gives the same totals.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.health import ExposureChange, MeasureHealth, assess_measure

from .builders import exposure, group, measure

AGENTS = ["pm25", "pm10", "no2", "bap", "lden", "lnight"]
changes = st.floats(min_value=-15.0, max_value=15.0, allow_nan=False)
shifts = st.floats(min_value=0.0, max_value=10.0, allow_nan=False)
noise_levels = st.floats(min_value=35.0, max_value=80.0, allow_nan=False)
sizes = st.floats(min_value=1.0, max_value=500_000.0, allow_nan=False)
rates = st.floats(min_value=0.0, max_value=0.05, allow_nan=False)


def triple(values: list[float]) -> tuple[float, float, float]:
    low, best, high = sorted(values)
    return low, best, high


def assess(
    agent: str, change: tuple[float, float, float], baseline: float, tonal: bool
) -> MeasureHealth:
    noisy = agent in ("lden", "lnight")
    item = exposure(agent, *change, baseline=baseline if noisy else None, tonal=tonal and noisy)
    return assess_measure(measure(item), [group(bronchitis=0.0039)])


@settings(max_examples=60, deadline=None)
@given(
    agent=st.sampled_from(AGENTS),
    values=st.lists(changes, min_size=3, max_size=3),
    shift=shifts,
    baseline=noise_levels,
    tonal=st.booleans(),
)
def test_a_larger_reduction_never_avoids_fewer_cases(
    agent: str, values: list[float], shift: float, baseline: float, tonal: bool
) -> None:
    change = triple(values)
    larger = (change[0] - shift, change[1] - shift, change[2] - shift)
    before = assess(agent, change, baseline, tonal).by_outcome[0]
    after = assess(agent, larger, baseline, tonal).by_outcome[0]
    tolerance = 1e-9 * (1 + abs(before.cases_per_year.best))
    for end in ("low", "best", "high"):
        assert getattr(after.cases_per_year, end) >= getattr(before.cases_per_year, end) - tolerance
        assert getattr(after.dalys_per_year, end) >= getattr(before.dalys_per_year, end) - tolerance


@settings(max_examples=60, deadline=None)
@given(
    agent=st.sampled_from(AGENTS),
    values=st.lists(changes, min_size=3, max_size=3),
    size=sizes,
    share=st.floats(min_value=0.01, max_value=0.99),
    rate=rates,
    baseline=noise_levels,
)
def test_splitting_a_group_leaves_totals_unchanged(
    agent: str, values: list[float], size: float, share: float, rate: float, baseline: float
) -> None:
    low, best, high = triple(values)
    base = baseline if agent in ("lden", "lnight") else None
    whole = assess_measure(
        measure(exposure(agent, low, best, high, population="all", baseline=base)),
        [group("all", size, rate, 0.0039)],
    )
    parts = assess_measure(
        measure(
            exposure(agent, low, best, high, population="a", baseline=base),
            exposure(agent, low, best, high, population="b", baseline=base),
        ),
        [group("a", size * share, rate, 0.0039), group("b", size * (1 - share), rate, 0.0039)],
    )
    for figure in ("deaths_avoided_per_year", "dalys_per_year", "value_eur_per_year"):
        assert getattr(parts, figure).as_tuple() == pytest.approx(
            getattr(whole, figure).as_tuple(), rel=1e-9, abs=1e-9
        )


@settings(max_examples=60, deadline=None)
@given(
    a=st.tuples(st.sampled_from(AGENTS), st.lists(changes, min_size=3, max_size=3), sizes),
    b=st.tuples(st.sampled_from(AGENTS), st.lists(changes, min_size=3, max_size=3), sizes),
    baseline=noise_levels,
)
def test_a_measure_over_two_groups_is_the_sum_of_each_group_alone(
    a: tuple[str, list[float], float], b: tuple[str, list[float], float], baseline: float
) -> None:
    def change(key: str, spec: tuple[str, list[float], float]) -> ExposureChange:
        agent, values, _ = spec
        base = baseline if agent in ("lden", "lnight") else None
        return exposure(agent, *triple(values), population=key, baseline=base)

    groups = [group("a", a[2], bronchitis=0.0039), group("b", b[2], bronchitis=0.0039)]
    together = assess_measure(measure(change("a", a), change("b", b)), groups)
    alone_a = assess_measure(measure(change("a", a)), groups)
    alone_b = assess_measure(measure(change("b", b)), groups)
    # Euros are DALYs x VOLY by corners, which adds up only when both groups'
    # DALYs share a sign, so additivity is checked on the counts behind them.
    for figure in ("deaths_avoided_per_year", "years_of_life_lost_per_year", "dalys_per_year"):
        summed = getattr(alone_a, figure) + getattr(alone_b, figure)
        assert getattr(together, figure).as_tuple() == pytest.approx(
            summed.as_tuple(), rel=1e-9, abs=1e-9
        )
