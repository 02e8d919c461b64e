"""Every text the health calculator shows a user, in Dutch and English.

The calculator refuses bad input instead of repairing it, with one message
that names the measure (or population group, or parameter) and the field.
All such texts live in this one table with named placeholders, so a
translation is an edit here and never a string glued together elsewhere.
:class:`HealthInputError` carries the message key and the context so callers
(CLI, GUI, the JSON importer) can also react to the kind of error.
"""

from __future__ import annotations

from typing import Literal, get_args

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

# Context prefixes: who the message is about.
_CONTEXTS: dict[str, dict[Language, str]] = {
    "exposure": {
        "nl": "Maatregel {measure}, blootstelling {index} ({agent})",
        "en": "Measure {measure}, exposure {index} ({agent})",
    },
    "emission": {
        "nl": "Maatregel {measure}, emissie {index} ({substance})",
        "en": "Measure {measure}, emission {index} ({substance})",
    },
    "measure": {"nl": "Maatregel {measure}", "en": "Measure {measure}"},
    "population": {"nl": "Bevolkingsgroep {population}", "en": "Population group {population}"},
    "parameter": {"nl": "Parameter {parameter}", "en": "Parameter {parameter}"},
    "option": {"nl": "Rekenkeuze {option}", "en": "Method option {option}"},
}

# Message bodies: what is wrong and, where it helps, what to do.
_MESSAGES: dict[str, dict[Language, str]] = {
    "unknown_agent": {
        "nl": "onbekende stof of geluidsmaat '{value}'; kies uit {choices}.",
        "en": "unknown agent '{value}'; choose from {choices}.",
    },
    "unknown_population": {
        "nl": "onbekende bevolkingsgroep '{value}'; bekend zijn: {choices}.",
        "en": "unknown population group '{value}'; known groups: {choices}.",
    },
    "unknown_substance": {
        "nl": "onbekende stof '{value}'; kies uit {choices}.",
        "en": "unknown substance '{value}'; choose from {choices}.",
    },
    "noise_baseline_missing": {
        "nl": "het basisniveau ontbreekt; geluid heeft een niveau vóór de maatregel nodig.",
        "en": "the baseline level is missing; noise needs the level before the measure.",
    },
    "tonal_not_noise": {
        "nl": "alleen geluid kan tonaal of impulsachtig zijn; zet 'tonal' uit.",
        "en": "only noise can be tonal or impulsive; switch 'tonal' off.",
    },
    "cutoff_baseline_missing": {
        "nl": "het basisniveau ontbreekt; {parameter} telt pas boven {cutoff} µg/m³ "
        "en heeft daarom het niveau vóór de maatregel nodig.",
        "en": "the baseline level is missing; {parameter} only counts above {cutoff} µg/m³ "
        "and so needs the level before the measure.",
    },
    "size_not_positive": {
        "nl": "de omvang (size) moet groter dan 0 zijn, niet {value}.",
        "en": "the size must be greater than 0, not {value}.",
    },
    "rate_out_of_range": {
        "nl": "{field} moet tussen 0 en 1 liggen, niet {value}.",
        "en": "{field} must lie between 0 and 1, not {value}.",
    },
    "rate_missing": {
        "nl": "{field} ontbreekt; de uitkomst {outcome} heeft dit basiscijfer nodig.",
        "en": "{field} is missing; the outcome {outcome} needs this baseline rate.",
    },
    "rr_below_one": {
        "nl": "een relatief risico moet minstens 1 zijn, niet {value}.",
        "en": "a relative risk must be at least 1, not {value}.",
    },
    "range_order": {
        "nl": "laag ≤ best ≤ hoog is vereist, maar laag = {low}, best = {best}, hoog = {high}.",
        "en": "low ≤ best ≤ high is required, but low = {low}, best = {best}, high = {high}.",
    },
    "not_finite": {
        "nl": "{field} moet een eindig getal zijn, niet {value}.",
        "en": "{field} must be a finite number, not {value}.",
    },
    "negative": {
        "nl": "{field} mag niet negatief zijn, niet {value}.",
        "en": "{field} must not be negative, not {value}.",
    },
    "not_positive": {
        "nl": "{field} moet groter dan 0 zijn, niet {value}.",
        "en": "{field} must be greater than 0, not {value}.",
    },
    "measure_mismatch": {
        "nl": "hoort bij maatregel {other}, niet bij {measure}.",
        "en": "belongs to measure {other}, not to {measure}.",
    },
    "duplicate_exposure": {
        "nl": "bevolkingsgroep {population} heeft bij deze maatregel al een blootstelling "
        "{agent} (blootstelling {first}); voeg ze samen tot één verandering.",
        "en": "population group {population} already has an exposure {agent} in this measure "
        "(exposure {first}); merge them into one change.",
    },
    "duplicate_emission": {
        "nl": "de stof {substance} staat al bij deze maatregel (emissie {first}); "
        "voeg ze samen tot één verandering.",
        "en": "the substance {substance} is already listed for this measure (emission {first}); "
        "merge them into one change.",
    },
    "duplicate_population": {
        "nl": "de sleutel komt meer dan eens voor.",
        "en": "the key occurs more than once.",
    },
    "empty_key": {
        "nl": "{field} is leeg.",
        "en": "{field} is empty.",
    },
    "dust_double_counted": {
        "nl": "emissies van PM2.5 én PM10 tellen hetzelfde stof dubbel; "
        "gebruik één van beide (zie Handboek Milieuprijzen).",
        "en": "emissions of both PM2.5 and PM10 count the same dust twice; "
        "use one of them (see the Environmental Prices Handbook).",
    },
    "no2_full_strength_with_pm25": {
        "nl": "PM2.5- en NO2-sterfte worden opgeteld, dus NO2 moet het voor overlap "
        "gecorrigeerde risico {adjusted} gebruiken, niet {chosen}.",
        "en": "PM2.5 and NO2 deaths are added up, so NO2 must use the overlap-adjusted "
        "risk {adjusted}, not {chosen}.",
    },
    "option_invalid": {
        "nl": "'{value}' is geen geldige keuze; kies uit {choices}.",
        "en": "'{value}' is not a valid choice; choose from {choices}.",
    },
    "unknown_parameter": {
        "nl": "onbekende parameter; bekend zijn: {choices}.",
        "en": "unknown parameter; known parameters: {choices}.",
    },
    "source_missing": {
        "nl": "een aangepaste waarde heeft een bron nodig.",
        "en": "a changed value needs a source.",
    },
    "interval_half": {
        "nl": "geef zowel de onder- als de bovengrens op, of geen van beide.",
        "en": "give both the lower and the upper bound, or neither.",
    },
}


def text(key: str, language: Language = "nl", **fields: object) -> str:
    """The message ``key`` in ``language`` with its named placeholders filled."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; use one of {LANGUAGES}")
    return _MESSAGES[key][language].format(**fields)


def context(kind: str, language: Language = "nl", **fields: object) -> str:
    """The prefix naming what a message is about (measure, group, parameter)."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; use one of {LANGUAGES}")
    return _CONTEXTS[kind][language].format(**fields)


def message_keys() -> frozenset[str]:
    """All message keys (tests check each exists in every language)."""
    return frozenset(_MESSAGES)


def context_kinds() -> frozenset[str]:
    return frozenset(_CONTEXTS)


class HealthInputError(ValueError):
    """Bad input to the health calculator, with one message for the user.

    ``key`` is the message key (stable, for callers that react to the kind of
    error), ``subject`` names what is wrong (a measure code, population key or
    parameter key) and ``field`` the offending field.
    """

    def __init__(self, message: str, *, key: str, subject: str, field: str) -> None:
        super().__init__(message)
        self.key = key
        self.subject = subject
        self.field = field


def refuse(
    key: str,
    *,
    where: str,
    subject: str,
    field: str,
    language: Language,
    where_fields: dict[str, object],
    **fields: object,
) -> HealthInputError:
    """Build (not raise) the error: context prefix, colon, message body.

    ``field`` also fills the ``{field}`` placeholder of the body.
    """
    body = text(key, language, field=field, **fields)
    message = f"{context(where, language, **where_fields)}: {body}"
    return HealthInputError(message, key=key, subject=subject, field=field)
