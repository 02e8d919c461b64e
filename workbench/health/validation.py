"""The validating gate in front of the kernels: refuse bad input, never repair it.

Population groups, a measure's exposure and emission changes and the method
options are checked here, in a fixed order, and the first problem raises a
:class:`.messages.HealthInputError` with one message naming the measure (or
group) and the field. What passes comes back with its strings turned into the
:class:`.inputs.Agent` and :class:`.inputs.Substance` enums, so the
calculation never sees an unchecked value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .inputs import Agent, EmissionChange, ExposureChange, MeasureInput, PopulationGroup, Substance
from .messages import HealthInputError, Language, refuse
from .options import CUTOFF_OF_RR, NO2_MORTALITY_CHOICES, PM25_MORTALITY_CHOICES, MethodOptions
from .parameters import ParameterKey, ParameterOverride, ParameterSet


@dataclass(frozen=True, slots=True)
class CheckedExposure:
    index: int  # 1-based position within the measure, as users count
    change: ExposureChange
    agent: Agent
    group: PopulationGroup


@dataclass(frozen=True, slots=True)
class CheckedEmission:
    index: int
    change: EmissionChange
    substance: Substance


def _population_error(
    key: str, group: str, field: str, language: Language, **fields: object
) -> HealthInputError:
    return refuse(
        key,
        where="population",
        subject=group,
        field=field,
        language=language,
        where_fields={"population": group},
        **fields,
    )


def validate_populations(
    populations: Iterable[PopulationGroup], language: Language = "nl"
) -> dict[str, PopulationGroup]:
    """Check every group and return them by key."""
    groups: dict[str, PopulationGroup] = {}
    for group in populations:
        label = group.key or group.name
        if not group.key.strip():
            raise _population_error("empty_key", label, "key", language)
        if group.key in groups:
            raise _population_error("duplicate_population", group.key, "key", language)
        if not math.isfinite(group.size):
            raise _population_error("not_finite", group.key, "size", language, value=group.size)
        if group.size <= 0:
            raise _population_error(
                "size_not_positive", group.key, "size", language, value=group.size
            )
        rates = {
            "baseline_mortality": group.baseline_mortality,
            "chronic_bronchitis_incidence": group.chronic_bronchitis_incidence,
        }
        for field, rate in rates.items():
            # NaN fails the interval test too, so one check covers both.
            if rate is not None and not 0 <= rate <= 1:
                raise _population_error("rate_out_of_range", group.key, field, language, value=rate)
        groups[group.key] = group
    return groups


def _check_triple(low: float, best: float, high: float, raise_error: _Raiser) -> None:
    for field, number in (("low", low), ("best", best), ("high", high)):
        if not math.isfinite(number):
            raise raise_error("not_finite", field, value=number)
    if not low <= best <= high:
        raise raise_error("range_order", "low/best/high", low=low, best=best, high=high)


class _Raiser:
    """Builds errors for one exposure or emission, with its context filled in."""

    def __init__(self, where: str, subject: str, language: Language, **where_fields: object):
        self.where = where
        self.subject = subject
        self.language = language
        self.where_fields = where_fields

    def __call__(self, key: str, field: str, **fields: object) -> HealthInputError:
        return refuse(
            key,
            where=self.where,
            subject=self.subject,
            field=field,
            language=self.language,
            where_fields=self.where_fields,
            **fields,
        )


def validate_options(options: MethodOptions, language: Language = "nl") -> MethodOptions:
    """Refuse a relative-risk choice that is not an option for its pathway.

    Returns the options with plain strings (as read from a project file)
    turned into :class:`ParameterKey` members.
    """
    pairs = (
        ("pm25_mortality_rr", str(options.pm25_mortality_rr), PM25_MORTALITY_CHOICES),
        ("no2_mortality_rr", str(options.no2_mortality_rr), NO2_MORTALITY_CHOICES),
    )
    for field, chosen, choices in pairs:
        if chosen not in choices:
            raise refuse(
                "option_invalid",
                where="option",
                subject=field,
                field=field,
                language=language,
                where_fields={"option": field},
                value=chosen,
                choices=", ".join(choices),
            )
    return MethodOptions(
        pm25_mortality_rr=ParameterKey(pairs[0][1]), no2_mortality_rr=ParameterKey(pairs[1][1])
    )


def validate_measure(
    measure: MeasureInput,
    groups: Mapping[str, PopulationGroup],
    parameters: ParameterSet,
    options: MethodOptions,
    language: Language = "nl",
) -> tuple[tuple[CheckedExposure, ...], tuple[CheckedEmission, ...]]:
    """Check one measure's changes against the known groups and the options.

    ``options`` must already have passed :func:`validate_options`.
    """
    code = measure.code
    exposures: list[CheckedExposure] = []
    seen_exposures: dict[tuple[str, Agent], int] = {}
    for index, change in enumerate(measure.exposures, start=1):
        raiser = _Raiser("exposure", code, language, measure=code, index=index, agent=change.agent)
        if change.measure != code:
            raise raiser("measure_mismatch", "measure", other=change.measure, measure=code)
        try:
            agent = Agent(change.agent)
        except ValueError:
            raise raiser(
                "unknown_agent", "agent", value=change.agent, choices=", ".join(Agent)
            ) from None
        if change.population not in groups:
            raise raiser(
                "unknown_population",
                "population",
                value=change.population,
                choices=", ".join(groups) or "-",
            )
        _check_triple(change.low, change.best, change.high, raiser)
        if change.baseline is not None and not math.isfinite(change.baseline):
            raise raiser("not_finite", "baseline", value=change.baseline)
        if agent.is_noise and change.baseline is None:
            raise raiser("noise_baseline_missing", "baseline")
        if change.tonal and not agent.is_noise:
            raise raiser("tonal_not_noise", "tonal")
        rr_key = _mortality_rr(agent, options)
        if rr_key is not None and rr_key in CUTOFF_OF_RR and change.baseline is None:
            raise raiser(
                "cutoff_baseline_missing",
                "baseline",
                parameter=rr_key,
                cutoff=f"{parameters.value(CUTOFF_OF_RR[rr_key]):g}",
            )
        group = groups[change.population]
        if agent is Agent.PM10 and group.chronic_bronchitis_incidence is None:
            raise raiser(
                "rate_missing", "chronic_bronchitis_incidence", outcome="chronic_bronchitis"
            )
        slot = (change.population, agent)
        if slot in seen_exposures:
            raise raiser(
                "duplicate_exposure",
                "population",
                population=change.population,
                agent=agent.value,
                first=seen_exposures[slot],
            )
        seen_exposures[slot] = index
        exposures.append(CheckedExposure(index, change, agent, group))

    agents = {item.agent for item in exposures}
    if (
        Agent.PM25 in agents
        and Agent.NO2 in agents
        and options.no2_mortality_rr != ParameterKey.RR_NO2_MORTALITY_ADJUSTED
    ):
        raise refuse(
            "no2_full_strength_with_pm25",
            where="measure",
            subject=code,
            field="no2_mortality_rr",
            language=language,
            where_fields={"measure": code},
            adjusted=ParameterKey.RR_NO2_MORTALITY_ADJUSTED,
            chosen=options.no2_mortality_rr,
        )

    emissions: list[CheckedEmission] = []
    seen_substances: dict[Substance, int] = {}
    for index, emission in enumerate(measure.emissions, start=1):
        raiser = _Raiser(
            "emission", code, language, measure=code, index=index, substance=emission.substance
        )
        if emission.measure != code:
            raise raiser("measure_mismatch", "measure", other=emission.measure, measure=code)
        try:
            substance = Substance(emission.substance)
        except ValueError:
            raise raiser(
                "unknown_substance",
                "substance",
                value=emission.substance,
                choices=", ".join(Substance),
            ) from None
        _check_triple(emission.low, emission.best, emission.high, raiser)
        if substance in seen_substances:
            raise raiser(
                "duplicate_emission",
                "substance",
                substance=substance.value,
                first=seen_substances[substance],
            )
        seen_substances[substance] = index
        emissions.append(CheckedEmission(index, emission, substance))
    if Substance.PM25 in seen_substances and Substance.PM10 in seen_substances:
        raise refuse(
            "dust_double_counted",
            where="measure",
            subject=code,
            field="substance",
            language=language,
            where_fields={"measure": code},
        )
    return tuple(exposures), tuple(emissions)


def _mortality_rr(agent: Agent, options: MethodOptions) -> ParameterKey | None:
    if agent is Agent.PM25:
        return options.pm25_mortality_rr
    if agent is Agent.NO2:
        return options.no2_mortality_rr
    return None


def check_override(override: ParameterOverride, language: Language = "nl") -> None:
    """Refuse a project's parameter override exactly as the calculator would.

    The same :meth:`ParameterSet.with_overrides` the calculator applies to a
    project runs on the defaults with this one override, so what the services
    and ``load`` accept is what the calculator can use (unknown key, interval
    out of order, a relative risk below 1, a missing source are refused).
    """
    from .defaults import default_parameters

    default_parameters().with_overrides([override], language=language)
