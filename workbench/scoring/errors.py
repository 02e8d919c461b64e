"""User-facing texts of the scoring engine and the one exception it raises.

This module owns every sentence the scoring engine can show a user: the
refusal messages of :class:`ScoringError` and the labels of portfolio
constraints that are named in an infeasibility report. Each text exists in
Dutch (the default) and English under one key with named placeholders, so a
third language is one more column here and never a hunt through the
kernels. Numbers are formatted per language (``-0,2`` in Dutch, ``-0.2`` in
English) because these texts reach negotiators verbatim.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final, Literal

Language = Literal["nl", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("nl", "en")

_MESSAGES: Final[Mapping[str, Mapping[Language, str]]] = {
    # --- weights -----------------------------------------------------------
    "weight_negative": {
        "nl": "Gewicht voor criterium '{criterion}' is negatief ({value}).",
        "en": "Weight for criterion '{criterion}' is negative ({value}).",
    },
    "weight_not_finite": {
        "nl": "Gewicht voor criterium '{criterion}' ontbreekt of is geen getal.",
        "en": "Weight for criterion '{criterion}' is missing or not a number.",
    },
    "weights_all_zero": {
        "nl": "Alle gewichten zijn nul; geef minstens één criterium een gewicht.",
        "en": "All weights are zero; give at least one criterion a weight.",
    },
    "weights_size": {
        "nl": "Er zijn {got} gewichten opgegeven voor {expected} criteria.",
        "en": "{got} weights were given for {expected} criteria.",
    },
    "weights_criteria_mismatch": {
        "nl": "De weging hoort bij andere criteria ({got}) dan de matrix ({expected}).",
        "en": "The weights belong to other criteria ({got}) than the matrix ({expected}).",
    },
    "swing_range": {
        "nl": "Swingpunten voor '{criterion}' moeten tussen 0 en 100 liggen ({value}).",
        "en": "Swing points for '{criterion}' must lie between 0 and 100 ({value}).",
    },
    "swing_no_hundred": {
        "nl": "De belangrijkste swing moet 100 punten krijgen (hoogste nu {value}).",
        "en": "The most important swing must get 100 points (highest now {value}).",
    },
    "ahp_not_square": {
        "nl": "De AHP-matrix moet vierkant zijn met één rij per criterium ({n} criteria).",
        "en": "The AHP matrix must be square with one row per criterion ({n} criteria).",
    },
    "ahp_not_positive": {
        "nl": "AHP-oordeel ({row}, {col}) moet een positief getal zijn ({value}).",
        "en": "AHP judgement ({row}, {col}) must be a positive number ({value}).",
    },
    "ahp_not_reciprocal": {
        "nl": "AHP-matrix is niet reciprook: ({row}, {col}) = {value}, maar "
        "({col}, {row}) = {mirror} in plaats van {expected}.",
        "en": "AHP matrix is not reciprocal: ({row}, {col}) = {value}, but "
        "({col}, {row}) = {mirror} instead of {expected}.",
    },
    "ahp_too_large": {
        "nl": "AHP ondersteunt 1 tot 10 criteria (Saaty's RI); hier zijn het er {n}.",
        "en": "AHP supports 1 to 10 criteria (Saaty's RI); there are {n} here.",
    },
    # --- decision matrix and value functions --------------------------------
    "matrix_shape": {
        "nl": "De matrix '{name}' heeft vorm {got}; verwacht {expected}.",
        "en": "Matrix '{name}' has shape {got}; expected {expected}.",
    },
    "matrix_empty": {
        "nl": "Er zijn geen maatregelen of geen criteria om te scoren.",
        "en": "There are no measures or no criteria to score.",
    },
    "duplicate_code": {
        "nl": "De code '{code}' komt meer dan één keer voor.",
        "en": "The code '{code}' occurs more than once.",
    },
    "unknown_code": {
        "nl": "Onbekende maatregel '{code}'.",
        "en": "Unknown measure '{code}'.",
    },
    "unknown_criterion": {
        "nl": "Onbekend criterium '{criterion}'.",
        "en": "Unknown criterion '{criterion}'.",
    },
    "assessment_order": {
        "nl": "Beoordeling van '{code}' op '{criterion}' is niet laag <= best <= hoog "
        "({low} / {best} / {high}).",
        "en": "Assessment of '{code}' on '{criterion}' is not low <= best <= high "
        "({low} / {best} / {high}).",
    },
    "assessment_partial": {
        "nl": "Beoordeling van '{code}' op '{criterion}' is half ingevuld; "
        "laag, best en hoog ontbreken samen of zijn er samen.",
        "en": "Assessment of '{code}' on '{criterion}' is partly filled in; "
        "low, best and high are missing together or present together.",
    },
    "assessment_infinite": {
        "nl": "Beoordeling van '{code}' op '{criterion}' is oneindig.",
        "en": "Assessment of '{code}' on '{criterion}' is infinite.",
    },
    "value_scale_empty": {
        "nl": "Waardefunctie: slechtste en beste waarde zijn gelijk ({value}).",
        "en": "Value function: worst and best are equal ({value}).",
    },
    "value_points": {
        "nl": "Stuksgewijs lineaire waardefunctie: {reason}",
        "en": "Piecewise linear value function: {reason}",
    },
    "verbal_levels": {
        "nl": "Verbale schaal: {reason}",
        "en": "Verbal scale: {reason}",
    },
    "unknown_level": {
        "nl": "Onbekend niveau '{label}' op de verbale schaal.",
        "en": "Unknown level '{label}' on the verbal scale.",
    },
    "value_functions_count": {
        "nl": "Er zijn {got} waardefuncties voor {expected} criteria.",
        "en": "There are {got} value functions for {expected} criteria.",
    },
    # --- methods -------------------------------------------------------------
    "unknown_option": {
        "nl": "Onbekende keuze '{value}' voor {option}; kies uit {choices}.",
        "en": "Unknown choice '{value}' for {option}; choose from {choices}.",
    },
    "threshold_order": {
        "nl": "Drempels voor '{criterion}': indifferentie q ({q}) moet >= 0 en <= "
        "voorkeur p ({p}) zijn.",
        "en": "Thresholds for '{criterion}': indifference q ({q}) must be >= 0 and <= "
        "preference p ({p}).",
    },
    "too_few_alternatives": {
        "nl": "{method} heeft minstens {minimum} volledig beoordeelde maatregelen nodig.",
        "en": "{method} needs at least {minimum} fully assessed measures.",
    },
    "positive_int": {
        "nl": "{name} moet een positief geheel getal zijn ({value}).",
        "en": "{name} must be a positive whole number ({value}).",
    },
    "ordinal_unknown": {
        "nl": "De volgorde van criteria noemt '{criterion}' twee keer of onbekend.",
        "en": "The criteria order names '{criterion}' twice or it is unknown.",
    },
    # --- parties ------------------------------------------------------------
    "stance_range": {
        "nl": "Standpunt van '{party}' over '{code}' moet tussen -2 en +2 liggen ({value}).",
        "en": "Stance of '{party}' on '{code}' must lie between -2 and +2 ({value}).",
    },
    "red_line_neutral": {
        "nl": "Rode lijn van '{party}' over '{code}' zonder voor- of tegenstandpunt.",
        "en": "Red line of '{party}' on '{code}' without a positive or negative stance.",
    },
    "rankings_length": {
        "nl": "De rangordes vergelijken verschillende maatregelen.",
        "en": "The rankings compare different measures.",
    },
    # --- portfolio ----------------------------------------------------------
    "budget_negative": {
        "nl": "Het budget mag niet negatief zijn ({value}).",
        "en": "The budget must not be negative ({value}).",
    },
    "cost_missing": {
        "nl": "Maatregel '{code}' heeft geen kostenschatting.",
        "en": "Measure '{code}' has no cost estimate.",
    },
    "benefit_missing": {
        "nl": "Maatregel '{code}' heeft geen waarde voor het doel '{objective}'.",
        "en": "Measure '{code}' has no value for the objective '{objective}'.",
    },
    "must_and_out": {
        "nl": "Maatregel '{code}' is zowel verplicht als uitgesloten.",
        "en": "Measure '{code}' is both required and excluded.",
    },
    "self_link": {
        "nl": "Maatregel '{code}' kan niet naar zichzelf verwijzen.",
        "en": "Measure '{code}' cannot link to itself.",
    },
    "no_criterion_role": {
        "nl": "Er is geen {role}-criterium '{criterion}' in de matrix.",
        "en": "There is no {role} criterion '{criterion}' in the matrix.",
    },
    "frontier_range": {
        "nl": "Budgetbereik: van {start} tot {stop} in {steps} stappen is ongeldig.",
        "en": "Budget range: from {start} to {stop} in {steps} steps is invalid.",
    },
    # --- labels of portfolio constraints (not errors) -------------------------
    "c_budget": {"nl": "totale kosten <= budget {budget}", "en": "total cost <= budget {budget}"},
    "c_must_in": {"nl": "'{code}' moet erin", "en": "'{code}' must be in"},
    "c_must_out": {"nl": "'{code}' moet eruit", "en": "'{code}' must be out"},
    "c_requires": {"nl": "'{code}' vereist '{other}'", "en": "'{code}' requires '{other}'"},
    "c_excludes": {
        "nl": "'{code}' en '{other}' sluiten elkaar uit",
        "en": "'{code}' and '{other}' exclude each other",
    },
    "c_group": {
        "nl": "hoogstens één uit groep '{group}'",
        "en": "at most one of group '{group}'",
    },
    "c_year": {
        "nl": "'{code}' is pas na {year} effectief",
        "en": "'{code}' is not effective by {year}",
    },
    "c_insists": {
        "nl": "rode lijn: '{party}' eist '{code}'",
        "en": "red line: '{party}' insists on '{code}'",
    },
    "c_refuses": {
        "nl": "rode lijn: '{party}' weigert '{code}'",
        "en": "red line: '{party}' refuses '{code}'",
    },
    "c_min_count": {
        "nl": "minstens {count} maatregelen",
        "en": "at least {count} measures",
    },
    "c_max_count": {
        "nl": "hoogstens {count} maatregelen",
        "en": "at most {count} measures",
    },
}


def _format_value(value: object, language: Language) -> str:
    """Render a placeholder; floats get the language's decimal separator."""
    if isinstance(value, bool) or not isinstance(value, float):
        return str(value)
    if math.isnan(value):
        return "NaN"
    text = f"{value:.6g}"
    return text.replace(".", ",") if language == "nl" else text


def format_message(key: str, language: Language = "nl", /, **params: object) -> str:
    """Return the text for ``key`` in ``language`` with ``params`` filled in."""
    templates = _MESSAGES[key]
    rendered = {name: _format_value(value, language) for name, value in params.items()}
    return templates[language].format(**rendered)


def message_keys() -> frozenset[str]:
    """All known message keys (used by the test that every key has every language)."""
    return frozenset(_MESSAGES)


def has_all_languages(key: str) -> bool:
    """Whether ``key`` has a text in every supported language."""
    return all(language in _MESSAGES[key] for language in LANGUAGES)


class ScoringError(ValueError):
    """Bad input refused by the scoring engine, with a message for the user.

    ``str(error)`` is the Dutch text; :meth:`message` renders another
    language from the same key and parameters, so the CLI or GUI decides
    the language, not the kernel that refused the input.
    """

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params: Mapping[str, object] = dict(params)
        super().__init__(format_message(key, "nl", **params))

    def message(self, language: Language = "nl") -> str:
        """The user message in ``language``."""
        return format_message(self.key, language, **self.params)
