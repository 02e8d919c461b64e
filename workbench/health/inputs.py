"""The calculator's input records: population groups, exposure and emission changes.

These frozen dataclasses are the whole interface between project data and the
health kernels; they know nothing of a database or of JSON. Fields that come
from users (agent, substance) are plain strings so that a wrong value can be
represented and then refused with a clear message by :mod:`.validation`; the
enums below are the accepted vocabulary. Sign convention throughout: a change
is *after minus before*, so a measure that lowers exposure or emissions has a
negative change and yields positive avoided cases and euros.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Agent(StrEnum):
    """What a population is exposed to, with its unit."""

    PM25 = "pm25"  # ug/m3, annual mean
    PM10 = "pm10"  # ug/m3, annual mean
    NO2 = "no2"  # ug/m3, annual mean
    BAP = "bap"  # ng/m3 benzo[a]pyrene, annual mean
    LDEN = "lden"  # dB(A), day-evening-night level
    LNIGHT = "lnight"  # dB(A), night level

    @property
    def unit(self) -> str:
        return AGENT_UNITS[self]

    @property
    def is_noise(self) -> bool:
        return self in (Agent.LDEN, Agent.LNIGHT)


AGENT_UNITS: Mapping[Agent, str] = {
    Agent.PM25: "µg/m³",
    Agent.PM10: "µg/m³",
    Agent.NO2: "µg/m³",
    Agent.BAP: "ng/m³",
    Agent.LDEN: "dB",
    Agent.LNIGHT: "dB",
}


class Outcome(StrEnum):
    """Health outcomes; the values are the stable names used in JSON."""

    MORTALITY = "mortality"
    CHRONIC_BRONCHITIS = "chronic_bronchitis"
    LUNG_CANCER = "lung_cancer"
    HIGHLY_ANNOYED = "highly_annoyed"
    HIGHLY_SLEEP_DISTURBED = "highly_sleep_disturbed"


# Which outcome each agent drives. PM2.5 and NO2 both drive mortality, which
# is why NO2 uses an overlap-adjusted relative risk by default.
OUTCOME_OF_AGENT: Mapping[Agent, Outcome] = {
    Agent.PM25: Outcome.MORTALITY,
    Agent.NO2: Outcome.MORTALITY,
    Agent.PM10: Outcome.CHRONIC_BRONCHITIS,
    Agent.BAP: Outcome.LUNG_CANCER,
    Agent.LDEN: Outcome.HIGHLY_ANNOYED,
    Agent.LNIGHT: Outcome.HIGHLY_SLEEP_DISTURBED,
}


class Substance(StrEnum):
    """Emitted substances with a damage price per kg (emission route)."""

    PM25 = "pm25"
    PM10 = "pm10"
    NOX = "nox"
    SO2 = "so2"
    NH3 = "nh3"
    BAP = "bap"
    LEAD = "lead"
    CO2 = "co2"


@dataclass(frozen=True, slots=True)
class PopulationGroup:
    """An exposed group, e.g. the residents of Wijk aan Zee.

    Rates are per person of the group per year. ``chronic_bronchitis_incidence``
    (new cases per person-year) is needed only when a measure changes PM10
    for this group; if only adults are at risk, give the adult rate times the
    adult share.
    """

    key: str
    name: str
    size: float
    baseline_mortality: float
    chronic_bronchitis_incidence: float | None = None


@dataclass(frozen=True, slots=True)
class ExposureChange:
    """A measure's effect on one group's exposure to one agent.

    ``low <= best <= high`` are the change in the agent's unit (negative:
    exposure goes down). ``baseline`` is the level before the measure: required
    for noise (the response curves are not linear) and for a relative risk
    with a cut-off; otherwise optional. ``tonal`` marks tonal or impulsive
    noise, which gets the reference's +5 dB penalty on both levels.
    """

    measure: str
    population: str
    agent: str
    low: float
    best: float
    high: float
    baseline: float | None = None
    tonal: bool = False


@dataclass(frozen=True, slots=True)
class EmissionChange:
    """A measure's effect on yearly emissions of one substance, in tonnes/year.

    Negative means less is emitted; its value is the damage avoided.
    """

    measure: str
    substance: str
    low: float
    best: float
    high: float


@dataclass(frozen=True, slots=True)
class MeasureInput:
    """Everything the calculator needs about one measure.

    ``start_year`` is the effective year from which the measure counts in
    cumulative figures; ``None`` when not known (cumulative figures are then
    missing, not zero).
    """

    code: str
    start_year: int | None = None
    exposures: tuple[ExposureChange, ...] = ()
    emissions: tuple[EmissionChange, ...] = ()


def group_by_measure(
    exposures: Iterable[ExposureChange],
    emissions: Iterable[EmissionChange] = (),
    start_years: Mapping[str, int | None] | None = None,
) -> tuple[MeasureInput, ...]:
    """Bundle flat change lists (as in the JSON interchange) per measure code.

    Measures are returned in order of first appearance: ``start_years`` first,
    then exposures, then emissions, so that output order is predictable.
    """
    exposure_list = list(exposures)
    emission_list = list(emissions)
    years = dict(start_years or {})
    codes = list(years)
    for code in [*(e.measure for e in exposure_list), *(e.measure for e in emission_list)]:
        if code not in codes:
            codes.append(code)
    return tuple(
        MeasureInput(
            code=code,
            start_year=years.get(code),
            exposures=tuple(e for e in exposure_list if e.measure == code),
            emissions=tuple(e for e in emission_list if e.measure == code),
        )
        for code in codes
    )
