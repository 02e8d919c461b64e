"""Health calculator: exposure and emission changes to cases, DALYs and euros.

The method is that of WHO AirQ+, US EPA BenMAP-CE and BEST-COST ``healthiar``
as set out in ``shared/reference/health-method.md``: log-linear
concentration-response functions for PM2.5, NO2 and PM10, the WHO unit risk
for benzo[a]pyrene, the WHO 2018 noise exposure-response curves, DALYs by
years of life lost and disability weights, euros by the value of a life year
or by damage prices per kg emitted. Inputs are frozen dataclasses, every
coefficient is a sourced :class:`Parameter`, every result a low/best/high
:class:`Range`. Pure Python and numpy; no database, no Qt.

Conventions, each documented where it is implemented: changes are *after
minus before*, so a reduction is negative and gives positive avoided cases
and euros (:mod:`.inputs`); a range's ends are the extremes over the corners
of the input box, coefficient interval x change range, and totals add lows
and highs (:mod:`.ranges`); cumulative figures count whole years from the
effective year to the horizon year, both inclusive (:mod:`.timeline`).
Entry points: :func:`assess_measure` / :func:`assess_measures`, the
parameters from :func:`default_parameters` and
:meth:`ParameterSet.with_overrides`, and ``MeasureHealth.to_dict()``.
"""

from __future__ import annotations

from .calculator import DEFAULT_HORIZON_YEAR, assess_measure, assess_measures
from .defaults import default_parameters
from .inputs import (
    OUTCOME_OF_AGENT,
    Agent,
    EmissionChange,
    ExposureChange,
    MeasureInput,
    Outcome,
    PopulationGroup,
    Substance,
    group_by_measure,
)
from .messages import HealthInputError, Language
from .options import MethodOptions
from .outcomes import life_table_crosscheck
from .parameters import (
    Parameter,
    ParameterKey,
    ParameterKind,
    ParameterOverride,
    ParameterSet,
)
from .ranges import Range
from .results import EmissionResult, MeasureHealth, OutcomeResult
from .timeline import cumulative_to_horizon, delay_cost, present_value, years_counted

__all__ = [
    "DEFAULT_HORIZON_YEAR",
    "OUTCOME_OF_AGENT",
    "Agent",
    "EmissionChange",
    "EmissionResult",
    "ExposureChange",
    "HealthInputError",
    "Language",
    "MeasureHealth",
    "MeasureInput",
    "MethodOptions",
    "Outcome",
    "OutcomeResult",
    "Parameter",
    "ParameterKey",
    "ParameterKind",
    "ParameterOverride",
    "ParameterSet",
    "PopulationGroup",
    "Range",
    "Substance",
    "assess_measure",
    "assess_measures",
    "cumulative_to_horizon",
    "default_parameters",
    "delay_cost",
    "group_by_measure",
    "life_table_crosscheck",
    "present_value",
    "years_counted",
]
