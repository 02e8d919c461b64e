"""Words for the analysis' own terms: ranking methods, normalisations, standings.

The CLI, the workbook and the paper name a method or a measure's standing
among the parties in words ("gewogen optelling (waardefuncties)",
"omstreden"), never by the key the core computes with ("additive",
"contested"); the words live here, once.
"""

from __future__ import annotations

ANALYSIS_LABELS: dict[str, tuple[str, str]] = {
    # ranking methods (RankingResult.method)
    "rank_method.additive": ("gewogen optelling", "weighted sum"),
    "rank_method.topsis": ("TOPSIS (afstand tot het ideaal)", "TOPSIS (distance to the ideal)"),
    "rank_method.promethee2": (
        "PROMETHEE II (paarsgewijze voorkeur)",
        "PROMETHEE II (pairwise preference)",
    ),
    # normalisations (RankingResult.normalisation)
    "normalisation.value-functions": ("waardefuncties", "value functions"),
    "normalisation.vector": ("vectornormalisatie", "vector normalisation"),
    "normalisation.minmax": ("min-max", "min-max"),
    # a measure's standing among the parties (MeasureStanding.flag)
    "standing.consensus": ("overeenstemming", "consensus"),
    "standing.contested": ("omstreden", "contested"),
    "standing.blocked": ("geblokkeerd", "blocked"),
    "standing.open": ("open", "open"),
    # optimiser status (PortfolioResult.status)
    "portfolio.optimal": ("optimaal", "optimal"),
    "portfolio.infeasible": ("onmogelijk", "infeasible"),
    "portfolio.objective.value": ("waarde", "value"),
    "portfolio.objective.health": ("gezondheidswinst", "health gain"),
    # languages, named in words
    "language.nl": ("Nederlands", "Dutch"),
    "language.en": ("Engels", "English"),
    # red lines that leave the optimiser no package (workbench.analysis.red_lines)
    "red_lines.clash": (
        "Geen pakket respecteert alle rode lijnen: {clashes}.",
        "No package respects every red line: {clashes}.",
    ),
    "red_lines.clash_with": (
        "Geen pakket respecteert deze rode lijnen en de andere eisen: {clashes}; "
        "en daarnaast: {others}.",
        "No package respects these red lines and the other requirements: {clashes}; "
        "and besides: {others}.",
    ),
    "red_lines.insists_one": ("{parties} eist {code}", "{parties} demands {code}"),
    "red_lines.insists_many": ("{parties} eisen {code}", "{parties} demand {code}"),
    "red_lines.refuses_one": ("{parties} weigert {code}", "{parties} refuses {code}"),
    "red_lines.refuses_many": ("{parties} weigeren {code}", "{parties} refuse {code}"),
    "red_lines.but": (", maar ", ", but "),
    "red_lines.and": ("{first} en {last}", "{first} and {last}"),
}

ANALYSIS_MESSAGES: dict[str, tuple[str, str]] = {
    "analysis.profile_unknown": (
        "{where}: weging {got} bestaat niet; kies uit {choices}.",
        "{where}: weight profile {got} does not exist; choose from {choices}.",
    ),
    "cli.not_amount": (
        '{where}: {got} is geen bedrag; schrijf bijvoorbeeld 300000000, "300 mln" of "1,5 mld".',
        '{where}: {got} is not an amount; write e.g. 300000000, "300m" or "1.5bn".',
    ),
}


def method_words(method: str, normalisation: str, language: str) -> str:
    """A ranking's method in words: "gewogen optelling (waardefuncties)"."""
    from workbench.i18n.catalog import Language, label

    lang: Language = "en" if language == "en" else "nl"
    m = label(f"rank_method.{method}", lang)
    n = label(f"normalisation.{normalisation}", lang)
    return f"{m} ({n})" if normalisation else m
