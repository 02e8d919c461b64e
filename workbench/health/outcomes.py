"""From one checked exposure or emission change to cases, years of life and DALYs.

Each function here applies one pathway of the reference to one validated
change: it picks the parameters, calls a kernel from :mod:`.kernels` through
:func:`.ranges.envelope` (so the range comes from the coefficient's interval
together with the change's low/best/high), and weighs cases into years of
life lost and DALYs. It records which parameters it used, so the result can
cite their sources.
"""

from __future__ import annotations

from .inputs import Agent, Outcome
from .kernels import (
    FloatArray,
    beta,
    counted_change,
    emission_value,
    log_linear_avoided,
    noise_people_avoided,
    unit_risk_lifetime_avoided,
)
from .options import CUTOFF_OF_RR, MethodOptions
from .parameters import ParameterKey, ParameterSet
from .ranges import Range, envelope
from .results import EmissionResult, OutcomeResult
from .validation import CheckedEmission, CheckedExposure

K = ParameterKey

PRICE_OF_SUBSTANCE = {
    "pm25": K.PRICE_PM25,
    "pm10": K.PRICE_PM10,
    "nox": K.PRICE_NOX,
    "so2": K.PRICE_SO2,
    "nh3": K.PRICE_NH3,
    "bap": K.PRICE_BAP,
    "lead": K.PRICE_LEAD,
    "co2": K.PRICE_CO2,
}


def _change(item: CheckedExposure) -> Range:
    return Range(item.change.low, item.change.best, item.change.high)


def mortality(
    item: CheckedExposure, parameters: ParameterSet, rr_key: ParameterKey
) -> OutcomeResult:
    """Deaths avoided per year by a PM2.5 or NO2 change (log-linear CRF)."""
    group = item.group
    increment = parameters.value(K.CRF_INCREMENT)
    used = [rr_key, K.CRF_INCREMENT]
    cutoff_key = CUTOFF_OF_RR.get(rr_key)
    if cutoff_key is not None and item.change.baseline is not None:
        used.append(cutoff_key)
        cutoff = parameters.value(cutoff_key)
        baseline = item.change.baseline

        def counted(delta: FloatArray) -> FloatArray:
            return counted_change(delta, baseline, cutoff)
    else:

        def counted(delta: FloatArray) -> FloatArray:
            return delta

    def deaths(rr: FloatArray, delta: FloatArray) -> FloatArray:
        return log_linear_avoided(
            group.size, group.baseline_mortality, beta(rr, increment), counted(delta)
        )

    cases = envelope(deaths, parameters.range(rr_key), _change(item))
    yll = cases.times(parameters.range(K.YLL_PER_DEATH))
    used.append(K.YLL_PER_DEATH)
    return OutcomeResult(
        population=group.key,
        agent=item.agent,
        outcome=Outcome.MORTALITY,
        cases_per_year=cases,
        years_of_life_lost_per_year=yll,
        dalys_per_year=yll,
        parameters=tuple(used),
    )


def chronic_bronchitis(item: CheckedExposure, parameters: ParameterSet) -> OutcomeResult:
    """New chronic bronchitis cases avoided per year by a PM10 change."""
    group = item.group
    # Validation guarantees the incidence is present for a PM10 change.
    incidence = group.chronic_bronchitis_incidence or 0.0
    increment = parameters.value(K.CRF_INCREMENT)

    def new_cases(rr: FloatArray, delta: FloatArray) -> FloatArray:
        return log_linear_avoided(group.size, incidence, beta(rr, increment), delta)

    cases = envelope(new_cases, parameters.range(K.RR_PM10_CHRONIC_BRONCHITIS), _change(item))
    return OutcomeResult(
        population=group.key,
        agent=item.agent,
        outcome=Outcome.CHRONIC_BRONCHITIS,
        cases_per_year=cases,
        years_of_life_lost_per_year=Range.zero(),
        dalys_per_year=cases.times(parameters.range(K.DALYS_PER_CHRONIC_BRONCHITIS_CASE)),
        parameters=(
            K.RR_PM10_CHRONIC_BRONCHITIS,
            K.CRF_INCREMENT,
            K.DALYS_PER_CHRONIC_BRONCHITIS_CASE,
        ),
    )


def lung_cancer(item: CheckedExposure, parameters: ParameterSet) -> OutcomeResult:
    """Excess lung cancers avoided by a BaP change: lifetime, and per year."""
    size = item.group.size
    lifetime_years = parameters.range(K.LIFETIME_YEARS)
    unit_risk = parameters.range(K.BAP_UNIT_RISK)

    def lifetime(delta: FloatArray, risk: FloatArray) -> FloatArray:
        return unit_risk_lifetime_avoided(size, delta, risk)

    def per_year(delta: FloatArray, risk: FloatArray, years: FloatArray) -> FloatArray:
        return unit_risk_lifetime_avoided(size, delta, risk) / years

    cases = envelope(per_year, _change(item), unit_risk, lifetime_years)
    return OutcomeResult(
        population=item.group.key,
        agent=item.agent,
        outcome=Outcome.LUNG_CANCER,
        cases_per_year=cases,
        years_of_life_lost_per_year=Range.zero(),
        dalys_per_year=cases.times(parameters.range(K.DALYS_PER_LUNG_CANCER_CASE)),
        parameters=(K.BAP_UNIT_RISK, K.LIFETIME_YEARS, K.DALYS_PER_LUNG_CANCER_CASE),
        lifetime_cases=envelope(lifetime, _change(item), unit_risk),
    )


def noise(item: CheckedExposure, parameters: ParameterSet) -> OutcomeResult:
    """People no longer highly annoyed (Lden) or highly sleep-disturbed (Lnight)."""
    if item.agent is Agent.LDEN:
        outcome = Outcome.HIGHLY_ANNOYED
        keys = (K.NOISE_HA_INTERCEPT, K.NOISE_HA_LINEAR, K.NOISE_HA_QUADRATIC)
        weight = K.DW_HIGHLY_ANNOYED
    else:
        outcome = Outcome.HIGHLY_SLEEP_DISTURBED
        keys = (K.NOISE_HSD_INTERCEPT, K.NOISE_HSD_LINEAR, K.NOISE_HSD_QUADRATIC)
        weight = K.DW_HIGHLY_SLEEP_DISTURBED
    intercept, linear, quadratic = (parameters.value(key) for key in keys)
    used = [*keys, weight]
    # Validation guarantees a baseline for noise.
    baseline = item.change.baseline or 0.0
    if item.change.tonal:
        # The penalty shifts both levels, so it matters only through the
        # curvature of the response curve.
        baseline += parameters.value(K.NOISE_TONAL_PENALTY)
        used.append(K.NOISE_TONAL_PENALTY)
    size = item.group.size

    def people(delta: FloatArray) -> FloatArray:
        return noise_people_avoided(size, baseline, delta, intercept, linear, quadratic)

    cases = envelope(people, _change(item))
    return OutcomeResult(
        population=item.group.key,
        agent=item.agent,
        outcome=outcome,
        cases_per_year=cases,
        years_of_life_lost_per_year=Range.zero(),
        # Prevalence-based: each person-year highly affected weighs the
        # disability weight, so DALYs per year = people x weight.
        dalys_per_year=cases.times(parameters.range(weight)),
        parameters=tuple(used),
    )


def outcome_of(
    item: CheckedExposure, parameters: ParameterSet, options: MethodOptions
) -> OutcomeResult:
    """Dispatch one checked exposure change to its pathway."""
    if item.agent is Agent.PM25:
        return mortality(item, parameters, options.pm25_mortality_rr)
    if item.agent is Agent.NO2:
        return mortality(item, parameters, options.no2_mortality_rr)
    if item.agent is Agent.PM10:
        return chronic_bronchitis(item, parameters)
    if item.agent is Agent.BAP:
        return lung_cancer(item, parameters)
    return noise(item, parameters)


def emission(item: CheckedEmission, parameters: ParameterSet) -> EmissionResult:
    """Damage avoided per year by an emission change (emission-price route)."""
    key = PRICE_OF_SUBSTANCE[item.substance.value]
    tonnes = Range(item.change.low, item.change.best, item.change.high)
    value = envelope(emission_value, tonnes, parameters.range(key))
    return EmissionResult(item.substance, tonnes, value, key)


def life_table_crosscheck(population: float, delta_pm25: float, parameters: ParameterSet) -> float:
    """Years of life gained per year by a PM2.5 change, by CE Delft's life-table ratio.

    An independent check on ``deaths x years of life lost per death``: the two
    should agree in order of magnitude for a typical population.
    """
    return -population * delta_pm25 * parameters.value(K.YLL_PER_PERSON_PER_UG_PM25)
