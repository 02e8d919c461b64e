"""Fixed vocabularies of the project model.

Each enumeration's values are the stable identifiers used in the project
file, the JSON interchange and the command line; labels shown to users
live in :mod:`workbench.i18n`.
"""

from __future__ import annotations

from enum import StrEnum


class Visibility(StrEnum):
    """Who may see a piece of text or a position; `internal` is the safe default."""

    PUBLIC = "public"
    PARTNERS = "partners"
    INTERNAL = "internal"


class Theme(StrEnum):
    DUST = "dust"
    PAH = "pah"
    METALS = "metals"
    NOX = "nox"
    NOISE = "noise"
    ODOUR = "odour"
    CO2 = "co2"
    MONITORING = "monitoring"
    OTHER = "other"


class Origin(StrEnum):
    JLOI = "jloi"
    COMPANY_OFFER = "company_offer"
    OUR_AGENDA = "our_agenda"
    EXPERT_ADVICE = "expert_advice"
    GER = "ger"


class Payer(StrEnum):
    COMPANY = "company"
    STATE = "state"
    PROVINCE = "province"
    MUNICIPALITIES = "municipalities"
    SHARED = "shared"
    EU = "eu"
    UNKNOWN = "unknown"


class Status(StrEnum):
    IDEA = "idea"
    PROPOSED = "proposed"
    IN_DRAFT = "in_draft"
    AGREED = "agreed"
    REJECTED = "rejected"
    PARKED = "parked"


class CriterionKind(StrEnum):
    HEALTH = "health"
    COST = "cost"
    FEASIBILITY = "feasibility"
    OTHER = "other"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class ScaleType(StrEnum):
    LINEAR = "linear"
    PIECEWISE = "piecewise"
    LEVELS = "levels"


class Confidence(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class StakeholderKind(StrEnum):
    GOVERNMENT = "government"
    MUNICIPALITY = "municipality"
    COMPANY = "company"
    HEALTH = "health"
    UNION = "union"
    RESIDENTS = "residents"
    NGO = "ngo"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class LinkKind(StrEnum):
    REQUIRES = "requires"
    EXCLUDES = "excludes"


class WeightMethod(StrEnum):
    DIRECT = "direct"
    SWING = "swing"
    ROC = "roc"
    AHP = "ahp"


class ExposureAgent(StrEnum):
    """What a population is exposed to (units in workbench.health.inputs)."""

    PM25 = "pm25"
    PM10 = "pm10"
    NO2 = "no2"
    BAP = "bap"
    LDEN = "lden"
    LNIGHT = "lnight"


class Substance(StrEnum):
    """Emitted substances priced per kg on the emission-price route."""

    PM25 = "pm25"
    PM10 = "pm10"
    NOX = "nox"
    SO2 = "so2"
    NH3 = "nh3"
    BAP = "bap"
    LEAD = "lead"
    CO2 = "co2"
