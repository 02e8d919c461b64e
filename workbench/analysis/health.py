"""The health calculator on a project: inputs from the project file, results per measure.

Also supplies the computed health criterion: for a criterion of kind health
marked `computed`, each measure's assessment is the calculator's DALYs per
year (low/best/high) wherever the measure has exposure or emission inputs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from workbench.analysis.data import Source
from workbench.health import (
    DEFAULT_HORIZON_YEAR,
    EmissionChange,
    ExposureChange,
    MeasureHealth,
    MeasureInput,
    ParameterOverride,
    ParameterSet,
    PopulationGroup,
    assess_measures,
    default_parameters,
)
from workbench.i18n import Language


@dataclass(frozen=True)
class HealthInputs:
    populations: tuple[PopulationGroup, ...]
    measures: tuple[MeasureInput, ...]  # only measures with exposure or emission inputs
    parameters: ParameterSet
    measure_ids: dict[str, str]  # code -> id


def parameter_set(source: Source, language: Language = "nl") -> ParameterSet:
    """The reference defaults with this project's overrides applied."""
    # A source this audience may not read is None in its data: the override still
    # counts (its value is structural), its source is named as not shared.
    hidden = "bron niet gedeeld" if language == "nl" else "source not shared"
    overrides = [
        ParameterOverride(
            r["key"],
            r["value"],
            hidden if r["source"] is None else r["source"],
            r["low"],
            r["high"],
        )
        for r in source.rows("health_parameter")
    ]
    return default_parameters().with_overrides(overrides, language=language)


def _by_sort(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r.get("sort_key") or 0))


def load_inputs(source: Source, language: Language = "nl") -> HealthInputs:
    pops = _by_sort(source.rows("population"))
    pop_key = {p["id"]: p["key"] for p in pops}
    measures = sorted(source.rows("measure"), key=lambda m: (m["sort_key"] or 0, m["code"]))
    code_of = {m["id"]: m["code"] for m in measures}
    exposures: dict[str, list[ExposureChange]] = {}
    for r in _by_sort(source.rows("exposure_change")):
        if r["measure_id"] not in code_of:
            continue
        exposures.setdefault(r["measure_id"], []).append(
            ExposureChange(
                measure=code_of[r["measure_id"]],
                population=pop_key[r["population_id"]],
                agent=str(getattr(r["agent"], "value", r["agent"])),
                low=r["low"],
                best=r["best"],
                high=r["high"],
                baseline=r["baseline"],
                tonal=bool(r["tonal"]),
            )
        )
    emissions: dict[str, list[EmissionChange]] = {}
    for r in _by_sort(source.rows("emission_change")):
        if r["measure_id"] not in code_of:
            continue
        emissions.setdefault(r["measure_id"], []).append(
            EmissionChange(
                measure=code_of[r["measure_id"]],
                substance=str(getattr(r["substance"], "value", r["substance"])),
                low=r["low"],
                best=r["best"],
                high=r["high"],
            )
        )
    groups = tuple(
        PopulationGroup(
            p["key"],
            p["name"],
            float(p["size"]),
            p["baseline_mortality"],
            p["chronic_bronchitis_incidence"],
        )
        for p in pops
    )
    inputs = tuple(
        MeasureInput(
            code=m["code"],
            start_year=m["start_year"],
            exposures=tuple(exposures.get(m["id"], ())),
            emissions=tuple(emissions.get(m["id"], ())),
        )
        for m in measures
        if m["id"] in exposures or m["id"] in emissions
    )
    return HealthInputs(
        groups, inputs, parameter_set(source, language), {m["code"]: m["id"] for m in measures}
    )


def project_health(
    svc: Source,
    *,
    measure_code: str | None = None,
    horizon_year: int = DEFAULT_HORIZON_YEAR,
    language: Language = "nl",
) -> tuple[MeasureHealth, ...]:
    """Health results for every measure with inputs (or one measure)."""
    inputs = load_inputs(svc, language)
    measures = inputs.measures
    if measure_code is not None:
        measures = tuple(m for m in measures if m.code == measure_code)
    return assess_measures(
        measures,
        inputs.populations,
        inputs.parameters,
        horizon_year=horizon_year,
        language=language,
    )


@dataclass(frozen=True)
class ComputedHealth:
    """DALYs per year per measure id, and a message per measure whose inputs are refused."""

    dalys: dict[str, tuple[float, float, float]]
    errors: dict[str, str]


def computed_dalys(
    svc: Source, language: Language = "nl", ids: Collection[str] | None = None
) -> ComputedHealth:
    """The computed health criterion's values; a bad measure is reported, not fatal.

    Only measures with exposure changes get a computed DALY figure.
    """
    from workbench.health import HealthInputError

    inputs = load_inputs(svc, language)
    dalys: dict[str, tuple[float, float, float]] = {}
    errors: dict[str, str] = {}
    wanted = None if ids is None else set(ids)
    for measure in inputs.measures:
        mid = inputs.measure_ids[measure.code]
        if wanted is not None and mid not in wanted:
            continue
        if not measure.exposures:
            # Emission changes alone give euros (emission-price route), not DALYs:
            # such a measure keeps its typed-in health estimate.
            continue
        try:
            (result,) = assess_measures(
                (measure,), inputs.populations, inputs.parameters, language=language
            )
        except HealthInputError as exc:
            errors[mid] = str(exc)
            continue
        r = result.dalys_per_year
        dalys[mid] = (r.low, r.best, r.high)
    return ComputedHealth(dalys, errors)
