"""Result records: per outcome, per emission and per measure, with their JSON shape.

A :class:`MeasureHealth` carries every number behind a measure's health score
(totals, the breakdown per population group and outcome, the emission route,
the time figures and the parameters used with their sources), so each figure
can be explained. ``to_dict()`` gives the documented JSON shape of
``workbench health --json``; ``to_dict(extended=True)`` adds the figures that
shape has no key for.
"""

from __future__ import annotations

from dataclasses import dataclass

from .inputs import Agent, Outcome, Substance
from .parameters import Parameter, ParameterKey
from .ranges import Range

JsonDict = dict[str, object]


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    """One outcome in one population group from one exposure change.

    ``cases_per_year`` is deaths (mortality), new cases (chronic bronchitis),
    excess lung cancers per year (lifetime / lifetime years) or people no
    longer highly annoyed / sleep-disturbed; positive means avoided.
    ``lifetime_cases`` is set for lung cancer only.
    """

    population: str
    agent: Agent
    outcome: Outcome
    cases_per_year: Range
    years_of_life_lost_per_year: Range
    dalys_per_year: Range
    parameters: tuple[ParameterKey, ...]
    lifetime_cases: Range | None = None

    def to_dict(self, *, extended: bool = False) -> JsonDict:
        result: JsonDict = {
            "population": self.population,
            "agent": self.agent.value,
            "outcome": self.outcome.value,
            "cases_per_year": self.cases_per_year.to_dict(),
        }
        if extended:
            result["years_of_life_lost_per_year"] = self.years_of_life_lost_per_year.to_dict()
            result["dalys_per_year"] = self.dalys_per_year.to_dict()
            result["lifetime_cases"] = (
                None if self.lifetime_cases is None else self.lifetime_cases.to_dict()
            )
        return result


@dataclass(frozen=True, slots=True)
class EmissionResult:
    """The emission route for one substance: damage avoided in euros per year."""

    substance: Substance
    tonnes_per_year: Range
    value_eur_per_year: Range
    parameter: ParameterKey

    def to_dict(self) -> JsonDict:
        return {
            "substance": self.substance.value,
            "tonnes_per_year": self.tonnes_per_year.to_dict(),
            "value_eur_per_year": self.value_eur_per_year.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class MeasureHealth:
    """Everything the calculator says about one measure.

    Totals are sums over ``by_outcome``. ``value_eur_per_year`` is the
    value-of-a-life-year route (DALYs x VOLY); the emission-price route is
    ``value_eur_per_year_emission_route`` and is never added to it (the two
    routes estimate the same damage). ``cumulative_dalys_to_horizon`` is None
    when the effective year is unknown. ``unweighted_outcomes`` lists outcomes
    with cases but a DALY weight of 0, so a reader knows the DALYs leave them out.

    A measure with emission changes only has no computed DALY figure
    (:attr:`computes_dalys` is False): its DALY-based totals are zero ranges
    here, but :meth:`to_dict` gives them as null, never 0, so no face shows a
    0 that was never computed (its health figure is then the entered estimate,
    see :mod:`workbench.analysis.register`).
    """

    code: str
    effective_year: int | None
    horizon_year: int
    deaths_avoided_per_year: Range
    years_of_life_lost_per_year: Range
    dalys_per_year: Range
    value_eur_per_year: Range
    value_eur_per_year_emission_route: Range
    cumulative_dalys_to_horizon: Range | None
    delay_cost_dalys: Range
    delay_cost_eur: Range
    by_outcome: tuple[OutcomeResult, ...]
    by_emission: tuple[EmissionResult, ...]
    parameters: tuple[Parameter, ...]
    unweighted_outcomes: tuple[Outcome, ...] = ()

    @property
    def computes_dalys(self) -> bool:
        """Whether the calculator computed a DALY figure (the measure has exposure changes)."""
        return bool(self.by_outcome)

    def cases_per_year(self, outcome: Outcome) -> Range:
        """Total cases of one outcome over all groups and agents."""
        result = Range.zero()
        for item in self.by_outcome:
            if item.outcome is outcome:
                result = result + item.cases_per_year
        return result

    def to_dict(self, *, extended: bool = False) -> JsonDict:
        """The documented JSON shape; ``extended`` adds the remaining figures.

        The DALY-based figures are null when :attr:`computes_dalys` is False.
        """
        computed = self.computes_dalys

        def daly_based(r: Range | None) -> dict[str, float] | None:
            return None if r is None or not computed else r.to_dict()

        result: JsonDict = {
            "code": self.code,
            "deaths_avoided_per_year": daly_based(self.deaths_avoided_per_year),
            "dalys_per_year": daly_based(self.dalys_per_year),
            "value_eur_per_year": daly_based(self.value_eur_per_year),
            "cumulative_dalys_to_horizon": daly_based(self.cumulative_dalys_to_horizon),
            "by_outcome": [item.to_dict(extended=extended) for item in self.by_outcome],
            "parameters": [parameter.to_dict() for parameter in self.parameters],
        }
        if extended:
            result.update(
                {
                    "effective_year": self.effective_year,
                    "horizon_year": self.horizon_year,
                    "years_of_life_lost_per_year": daly_based(self.years_of_life_lost_per_year),
                    "value_eur_per_year_emission_route": (
                        self.value_eur_per_year_emission_route.to_dict()
                    ),
                    "delay_cost_dalys": daly_based(self.delay_cost_dalys),
                    "delay_cost_eur": daly_based(self.delay_cost_eur),
                    "by_emission": [item.to_dict() for item in self.by_emission],
                    "unweighted_outcomes": [outcome.value for outcome in self.unweighted_outcomes],
                }
            )
        return result
