"""The health calculator's entry points: validate, compute, total, per measure.

:func:`assess_measure` and :func:`assess_measures` are the public face of the
package: they run the validating gate, apply each pathway in
:mod:`.outcomes`, sum over population groups and outcomes, value the DALYs
with the value of a life year, value emission changes with prices per kg,
and place the result in time (cumulative DALYs to a horizon, the cost of one
year's delay). Nothing here touches a database: callers pass frozen inputs
and get a frozen :class:`.results.MeasureHealth` back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .defaults import default_parameters
from .inputs import MeasureInput, Outcome, PopulationGroup
from .messages import Language
from .options import MethodOptions
from .outcomes import emission, outcome_of
from .parameters import ParameterKey, ParameterSet
from .ranges import Range, total
from .results import MeasureHealth, OutcomeResult
from .timeline import cumulative_to_horizon, delay_cost
from .validation import (
    CheckedEmission,
    CheckedExposure,
    validate_measure,
    validate_options,
    validate_populations,
)

DEFAULT_HORIZON_YEAR = 2030


def assess_measure(
    measure: MeasureInput,
    populations: Iterable[PopulationGroup],
    parameters: ParameterSet | None = None,
    *,
    options: MethodOptions | None = None,
    horizon_year: int = DEFAULT_HORIZON_YEAR,
    language: Language = "nl",
) -> MeasureHealth:
    """Health effect of one measure; raises HealthInputError on bad input.

    ``parameters`` defaults to the reference's set; ``language`` only affects
    error messages.
    """
    return assess_measures(
        (measure,),
        populations,
        parameters,
        options=options,
        horizon_year=horizon_year,
        language=language,
    )[0]


def assess_measures(
    measures: Iterable[MeasureInput],
    populations: Iterable[PopulationGroup],
    parameters: ParameterSet | None = None,
    *,
    options: MethodOptions | None = None,
    horizon_year: int = DEFAULT_HORIZON_YEAR,
    language: Language = "nl",
) -> tuple[MeasureHealth, ...]:
    """Health effect of each measure, in order; all input is checked first.

    Every measure is validated before any is computed, so a bad one anywhere
    yields its message and no partial result.
    """
    params = default_parameters() if parameters is None else parameters
    checked_options = validate_options(options or MethodOptions(), language)
    groups = validate_populations(populations, language)
    measure_list = list(measures)
    checked = [
        validate_measure(measure, groups, params, checked_options, language)
        for measure in measure_list
    ]
    return tuple(
        _assess(measure, exposures, emissions, params, checked_options, horizon_year)
        for measure, (exposures, emissions) in zip(measure_list, checked, strict=True)
    )


def _assess(
    measure: MeasureInput,
    exposures: Sequence[CheckedExposure],
    emissions: Sequence[CheckedEmission],
    params: ParameterSet,
    options: MethodOptions,
    horizon_year: int,
) -> MeasureHealth:
    by_outcome = tuple(outcome_of(item, params, options) for item in exposures)
    by_emission = tuple(emission(item, params) for item in emissions)
    deaths = total(r.cases_per_year for r in by_outcome if r.outcome is Outcome.MORTALITY)
    dalys = total(r.dalys_per_year for r in by_outcome)
    voly = params.range(ParameterKey.VOLY)
    value = dalys.times(voly)
    cumulative = (
        None
        if measure.start_year is None
        else cumulative_to_horizon(dalys, measure.start_year, horizon_year)
    )
    used: set[ParameterKey] = {key for r in by_outcome for key in r.parameters}
    if by_outcome:
        used.add(ParameterKey.VOLY)
    used.update(item.parameter for item in by_emission)
    return MeasureHealth(
        code=measure.code,
        effective_year=measure.start_year,
        horizon_year=horizon_year,
        deaths_avoided_per_year=deaths,
        years_of_life_lost_per_year=total(r.years_of_life_lost_per_year for r in by_outcome),
        dalys_per_year=dalys,
        value_eur_per_year=value,
        value_eur_per_year_emission_route=total(item.value_eur_per_year for item in by_emission),
        cumulative_dalys_to_horizon=cumulative,
        delay_cost_dalys=delay_cost(dalys),
        delay_cost_eur=delay_cost(value),
        by_outcome=by_outcome,
        by_emission=by_emission,
        # In the enum's order, so the JSON is stable from run to run.
        parameters=tuple(params[key] for key in ParameterKey if key in used),
        unweighted_outcomes=_unweighted(by_outcome),
    )


def _unweighted(results: Iterable[OutcomeResult]) -> tuple[Outcome, ...]:
    """Outcomes with cases that weigh nothing in the DALYs (weight 0)."""
    found: list[Outcome] = []
    for result in results:
        has_cases = result.cases_per_year != Range.zero()
        if has_cases and result.dalys_per_year == Range.zero() and result.outcome not in found:
            found.append(result.outcome)
    return tuple(found)
