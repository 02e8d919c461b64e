"""Sourced, editable coefficients: the Parameter record and the ParameterSet.

Every number the calculator uses is a :class:`Parameter` with a stable key (it
goes into JSON and a database), a value, an optional low/high interval, a
unit, a source and a Dutch description. A :class:`ParameterSet` is immutable;
overriding a value returns a new set after validating it (a relative risk
below 1, a weight outside [0, 1] or an override without a source are refused),
so the project can store and audit overrides and the defaults are never
touched. The default values themselves are in :mod:`.defaults`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from .messages import HealthInputError, Language, refuse
from .ranges import Range


class ParameterKey(StrEnum):
    """Stable parameter keys; the string values are the storage keys."""

    RR_PM25_MORTALITY = "rr_pm25_mortality"
    RR_PM25_MORTALITY_HRAPIE = "rr_pm25_mortality_hrapie"
    RR_NO2_MORTALITY = "rr_no2_mortality"
    RR_NO2_MORTALITY_ADJUSTED = "rr_no2_mortality_adjusted"
    RR_NO2_MORTALITY_HRAPIE = "rr_no2_mortality_hrapie"
    CUTOFF_NO2_HRAPIE = "cutoff_no2_hrapie"
    RR_PM10_CHRONIC_BRONCHITIS = "rr_pm10_chronic_bronchitis"
    RR_PM10_BRONCHITIS_CHILDREN = "rr_pm10_bronchitis_children"
    CRF_INCREMENT = "crf_increment"
    BAP_UNIT_RISK = "bap_unit_risk"
    LIFETIME_YEARS = "lifetime_years"
    NOISE_HA_INTERCEPT = "noise_ha_intercept"
    NOISE_HA_LINEAR = "noise_ha_linear"
    NOISE_HA_QUADRATIC = "noise_ha_quadratic"
    NOISE_HSD_INTERCEPT = "noise_hsd_intercept"
    NOISE_HSD_LINEAR = "noise_hsd_linear"
    NOISE_HSD_QUADRATIC = "noise_hsd_quadratic"
    NOISE_TONAL_PENALTY = "noise_tonal_penalty"
    NOISE_GUIDELINE_LDEN = "noise_guideline_lden"
    NOISE_GUIDELINE_LNIGHT = "noise_guideline_lnight"
    DW_HIGHLY_ANNOYED = "dw_highly_annoyed"
    DW_HIGHLY_SLEEP_DISTURBED = "dw_highly_sleep_disturbed"
    DALYS_PER_CHRONIC_BRONCHITIS_CASE = "dalys_per_chronic_bronchitis_case"
    DALYS_PER_LUNG_CANCER_CASE = "dalys_per_lung_cancer_case"
    YLL_PER_DEATH = "yll_per_death"
    YLL_PER_PERSON_PER_UG_PM25 = "yll_per_person_per_ug_pm25"
    VOLY = "voly"
    PRICE_PM25 = "price_pm25"
    PRICE_PM10 = "price_pm10"
    PRICE_NOX = "price_nox"
    PRICE_SO2 = "price_so2"
    PRICE_NH3 = "price_nh3"
    PRICE_BAP = "price_bap"
    PRICE_LEAD = "price_lead"
    PRICE_CO2 = "price_co2"
    PRICE_HOSPITAL_RESPIRATORY = "price_hospital_respiratory"
    PRICE_HOSPITAL_CARDIOVASCULAR = "price_hospital_cardiovascular"
    PRICE_WORK_LOSS_DAY = "price_work_loss_day"
    PRICE_RESTRICTED_ACTIVITY_DAY = "price_restricted_activity_day"
    DISCOUNT_RATE = "discount_rate"


class ParameterKind(StrEnum):
    """What a parameter is, which decides how it is validated."""

    RELATIVE_RISK = "relative_risk"  # value >= 1; interval bounds > 0
    FRACTION = "fraction"  # in [0, 1]: weights, discount rate
    POSITIVE = "positive"  # > 0: increments, lifetimes, unit risk
    NON_NEGATIVE = "non_negative"  # >= 0: prices, cut-offs, DALYs per case
    COEFFICIENT = "coefficient"  # any finite number: curve coefficients


@dataclass(frozen=True, slots=True)
class Parameter:
    """One sourced coefficient. ``low``/``high`` are both set or both None."""

    key: ParameterKey
    value: float
    unit: str
    source: str
    description: str
    kind: ParameterKind
    low: float | None = None
    high: float | None = None

    @property
    def range(self) -> Range:
        """The value with its interval; a point range when there is none."""
        if self.low is None or self.high is None:
            return Range.point(self.value)
        return Range(self.low, self.value, self.high)

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key.value,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "source": self.source,
            "description": self.description,
        }


@dataclass(frozen=True, slots=True)
class ParameterOverride:
    """A project's replacement for one parameter: value, interval and source.

    The interval is replaced too (None: no interval), so what is stored is
    exactly what is used; a changed number without a source is refused.
    """

    key: str
    value: float
    source: str
    low: float | None = None
    high: float | None = None


class ParameterSet(Mapping[str, Parameter]):
    """An immutable, validated set of parameters, looked up by key."""

    __slots__ = ("_items",)

    def __init__(self, parameters: Iterable[Parameter], *, language: Language = "nl") -> None:
        items: dict[str, Parameter] = {}
        for parameter in parameters:
            validate_parameter(parameter, language)
            items[parameter.key.value] = parameter
        missing = [key.value for key in ParameterKey if key.value not in items]
        if missing:
            raise ValueError(f"Parameter set lacks {missing}")
        self._items = items

    def __getitem__(self, key: str) -> Parameter:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ParameterSet) and self._items == other._items

    def __hash__(self) -> int:
        return hash(tuple(self._items.values()))

    def value(self, key: ParameterKey) -> float:
        return self._items[key.value].value

    def range(self, key: ParameterKey) -> Range:
        return self._items[key.value].range

    def with_overrides(
        self, overrides: Iterable[ParameterOverride], *, language: Language = "nl"
    ) -> ParameterSet:
        """A new set with ``overrides`` applied; refuses unknown keys and bad values."""
        items = dict(self._items)
        for override in overrides:
            if override.key not in items:
                raise _refuse_parameter(
                    "unknown_parameter",
                    override.key,
                    "key",
                    language,
                    choices=", ".join(sorted(items)),
                )
            if not override.source.strip():
                raise _refuse_parameter("source_missing", override.key, "source", language)
            items[override.key] = replace(
                items[override.key],
                value=override.value,
                low=override.low,
                high=override.high,
                source=override.source,
            )
        return ParameterSet(items.values(), language=language)

    def changed_from(self, other: ParameterSet) -> tuple[ParameterKey, ...]:
        """Keys whose parameter differs from ``other`` (for audit and reports)."""
        return tuple(key for key in ParameterKey if self[key.value] != other[key.value])

    def to_dicts(self, keys: Iterable[ParameterKey] | None = None) -> list[dict[str, object]]:
        """JSON-ready list of parameters (all, or ``keys`` in the given order)."""
        chosen = list(ParameterKey) if keys is None else list(keys)
        return [self._items[key.value].to_dict() for key in chosen]


def _refuse_parameter(
    message: str, key: str, field: str, language: Language, **fields: object
) -> HealthInputError:
    return refuse(
        message,
        where="parameter",
        subject=key,
        field=field,
        language=language,
        where_fields={"parameter": key},
        **fields,
    )


def validate_parameter(parameter: Parameter, language: Language = "nl") -> None:
    """Refuse a parameter whose value or interval cannot be right for its kind."""
    key = parameter.key.value
    values = {"value": parameter.value, "low": parameter.low, "high": parameter.high}
    for field, number in values.items():
        if number is not None and not math.isfinite(number):
            raise _refuse_parameter("not_finite", key, field, language, value=number)
    if (parameter.low is None) != (parameter.high is None):
        raise _refuse_parameter("interval_half", key, "low/high", language)
    if (
        parameter.low is not None
        and parameter.high is not None
        and not (parameter.low <= parameter.value <= parameter.high)
    ):
        raise _refuse_parameter(
            "range_order",
            key,
            "low/value/high",
            language,
            low=parameter.low,
            best=parameter.value,
            high=parameter.high,
        )
    kind = parameter.kind
    if kind is ParameterKind.RELATIVE_RISK:
        # Only the central value must be >= 1; a published interval may dip
        # below 1 (HRAPIE's children's bronchitis: 0.98-1.19).
        if parameter.value < 1:
            raise _refuse_parameter("rr_below_one", key, "value", language, value=parameter.value)
        if parameter.low is not None and parameter.low <= 0:
            raise _refuse_parameter("not_positive", key, "low", language, value=parameter.low)
    elif kind is ParameterKind.FRACTION:
        for field, number in values.items():
            if number is not None and not 0 <= number <= 1:
                raise _refuse_parameter("rate_out_of_range", key, field, language, value=number)
    elif kind is ParameterKind.POSITIVE:
        for field, number in values.items():
            if number is not None and number <= 0:
                raise _refuse_parameter("not_positive", key, field, language, value=number)
    elif kind is ParameterKind.NON_NEGATIVE:
        for field, number in values.items():
            if number is not None and number < 0:
                raise _refuse_parameter("negative", key, field, language, value=number)
