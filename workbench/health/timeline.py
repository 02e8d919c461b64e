"""Health effects over time: years counted to a horizon, delay cost, present value.

Conventions (section 7 of the reference): a measure counts from its effective
year (its start year) and that year counts in full; the horizon year is
inclusive and counts in full too; there are no partial years, no ramp-up and
no lag between exposure and effect. So a measure starting in 2029 counts 2
years to a 2030 horizon, one starting in 2026 counts 5, and one starting
after the horizon counts 0. The health cost of one year's delay is one year
of the measure's annual effect.
"""

from __future__ import annotations

from .ranges import Range, total


def years_counted(effective_year: int, horizon_year: int) -> int:
    """Whole years from ``effective_year`` to ``horizon_year``, both inclusive."""
    return max(0, horizon_year - effective_year + 1)


def cumulative_to_horizon(annual: Range, effective_year: int, horizon_year: int) -> Range:
    """Annual effect times the years counted (undiscounted)."""
    return annual.scaled(float(years_counted(effective_year, horizon_year)))


def delay_cost(annual: Range, years: int = 1) -> Range:
    """What ``years`` of delay cost: that many years of the annual effect.

    Whether the lost years fall before a given horizon is
    :func:`cumulative_to_horizon`'s question; this is the reference's figure.
    """
    return annual.scaled(float(years))


def present_value(
    annual: Range, effective_year: int, horizon_year: int, base_year: int, rate: float
) -> Range:
    """Discounted sum of the annual effect over the counted years.

    Year ``y`` is weighted ``1 / (1 + rate) ** (y - base_year)`` (Dutch social
    cost-benefit practice, 2.25 % by default); years before ``base_year`` are
    compounded up by the same formula.
    """
    years = range(effective_year, horizon_year + 1)
    return total(annual.scaled((1.0 + rate) ** -(year - base_year)) for year in years)
