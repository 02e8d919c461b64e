"""The fixed texts of the comparison workbook, in Dutch and English, from one place.

Headings, labels and explanations that the writer puts in cells; user text
never comes from here. :func:`t` picks the language and fills named
placeholders.
"""

from __future__ import annotations

from typing import Any

from workbench.i18n import Language

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Vergelijking van maatregelen", "Comparison of measures"),
    "what": (
        "Dit werkboek vergelijkt de maatregelen voor de maatwerkafspraak met Tata Steel "
        "IJmuiden op gezondheid, kosten en haalbaarheid. Het is gemaakt met Maatwerk "
        "Workbench uit het dossier hieronder.",
        "This workbook compares the measures for the binding agreement with Tata Steel "
        "IJmuiden on health, cost and feasibility. It was made with Maatwerk Workbench "
        "from the project below.",
    ),
    "how": (
        "Gele cellen mag u wijzigen: de gewichten hieronder en de ruwe schattingen "
        "(laag, beste, hoog) op het blad Vergelijking. Waarden, scores, rangen en "
        "pakkettotalen zijn formules en rekenen vanzelf mee. Stuur het werkboek terug; "
        "het team leest uw wijzigingen in.",
        "You may change the yellow cells: the weights below and the raw estimates "
        "(low, best, high) on the Vergelijking sheet. Values, scores, ranks and package "
        "totals are formulas and recalculate. Send the workbook back; the team reads "
        "your changes in.",
    ),
    "method_text": (
        "Additief waardemodel: per criterium een waarde van 0 tot 1 uit de beste schatting "
        "op een vaste schaal; de score is het gewogen gemiddelde van die waarden. Een "
        "maatregel zonder beoordeling op een criterium met gewicht is onvolledig beoordeeld: "
        "hij heeft geen score maar een bandbreedte, van de ontbrekende criteria op 0 (laag) "
        "tot op 1 (hoog), en staat na alle volledige maatregelen, op volgorde van zijn lage "
        "grens. Gelijke scores delen een rang.",
        "Additive value model: per criterion a value from 0 to 1 from the best estimate on a "
        "fixed scale; the score is the weighted mean of those values. A measure without an "
        "assessment on a weighted criterion is incompletely assessed: it has no score but a "
        "range, from its missing criteria at 0 (low) to at 1 (high), and ranks after every "
        "complete measure, ordered by its low end. Equal scores share a rank.",
    ),
    "project": ("Dossier", "Project"),
    "file": ("Bestand", "File"),
    "generated": ("Gemaakt op", "Generated"),
    "audience": ("Bestemd voor", "Intended for"),
    "method": ("Methode", "Method"),
    "normalisation": ("Normalisatie", "Normalisation"),
    "profile": ("Weging", "Weight profile"),
    "audience_key": ("Publiek (sleutel)", "Audience (key)"),
    "cut_note": ("(ingekort, zie werkdossier)", "(shortened, see the project file)"),
    "profile_key": ("Weging (sleutel)", "Weight profile (key)"),
    "packages": ("Pakketten", "Packages"),
    "language": ("Taal", "Language"),
    "version": ("Versie", "Version"),
    "format": ("Formaat", "Format"),
    "team": ("Team", "Team"),
    "weights": ("Gewichten", "Weights"),
    "criteria": ("Criteria en schalen", "Criteria and scales"),
    "levels": ("Niveaus van verbale schalen", "Levels of verbal scales"),
    "sources": ("Bronnen", "Sources"),
    "key": ("Sleutel", "Key"),
    "criterion": ("Criterium", "Criterion"),
    "weight": ("Gewicht", "Weight"),
    "normalised": ("Genormaliseerd", "Normalised"),
    "sum": ("Som", "Sum"),
    "kind": ("Soort", "Kind"),
    "unit": ("Eenheid", "Unit"),
    "direction": ("Richting", "Direction"),
    "scale": ("Schaal", "Scale"),
    "level": ("Niveau", "Level"),
    "value": ("Waarde", "Value"),
    "source_title": ("Titel", "Title"),
    "publisher": ("Uitgever", "Publisher"),
    "year": ("Jaar", "Year"),
    "url": ("URL", "URL"),
    "citation": ("Verwijzing", "Citation"),
    "scale_linear": (
        "lineair van {worst} (waarde 0) tot {best} (waarde 1), daarbuiten afgekapt",
        "linear from {worst} (value 0) to {best} (value 1), clipped outside",
    ),
    "scale_piecewise": (
        "stuksgewijs lineair door (x; waarde) {points}",
        "piecewise linear through (x; value) {points}",
    ),
    "scale_levels": ("verbale niveaus: {levels}", "verbal levels: {levels}"),
    "computed": ("berekend", "computed"),
    # Vergelijking
    "compare_sub": (
        "Weging {profile}. Gewichten op het blad Toelichting; gele cellen zijn invoer.",
        "Weight profile {profile}. Weights on the Toelichting sheet; yellow cells are input.",
    ),
    "code": ("Code", "Code"),
    "measure_title": ("Titel", "Title"),
    "status": ("Status", "Status"),
    "low": ("laag", "low"),
    "best": ("beste", "best"),
    "high": ("hoog", "high"),
    "value_of": ("waarde {criterion} (0–1)", "value {criterion} (0–1)"),
    "score": ("Score (0–1)", "Score (0–1)"),
    "rank": ("Rang", "Rank"),
    "wsum": ("Gewogen som", "Weighted sum"),
    "coverage": ("Gewicht beoordeeld", "Weight assessed"),
    "missing": ("Ontbrekend", "Missing"),
    "rank_key": ("Sorteersleutel", "Sort key"),
    "score_low": ("Score laag", "Score low"),
    "score_high": ("Score hoog", "Score high"),
    "group": ("Groep", "Group"),
    "group_complete": ("volledig beoordeeld", "fully assessed"),
    "group_incomplete": ("onvolledig beoordeeld", "incompletely assessed"),
    # Partijen
    "parties_title": ("Standpunten van partijen", "Positions of parties"),
    "parties_sub": (
        "Standpunt van -2 (tegen) tot +2 (voor); alleen wat voor dit publiek bestemd is.",
        "Stance from -2 (against) to +2 (in favour); only what this audience may see.",
    ),
    "party": ("Partij", "Party"),
    "stance": ("Standpunt", "Stance"),
    "red_line": ("Rode lijn", "Red line"),
    "priority": ("Prioriteit", "Priority"),
    "conditions": ("Voorwaarden", "Conditions"),
    "date": ("Datum", "Date"),
    "details": ("Toelichting per standpunt", "Details per position"),
    "yes": ("ja", "yes"),
    # Pakketten
    "packages_title": ("Pakketten naast elkaar", "Packages side by side"),
    "packages_sub": (
        "1 = de maatregel zit in het pakket. Totalen rekenen mee met het blad Vergelijking.",
        "1 = the measure is in the package. Totals follow the Vergelijking sheet.",
    ),
    "count": ("Aantal maatregelen", "Number of measures"),
    "total_of": ("Totaal {criterion} (beste)", "Total {criterion} (best)"),
    "package_value": ("Pakketwaarde", "Package value"),
    "measure_value": ("Waarde (zonder kosten)", "Value (without cost)"),
    "value_note": (
        "Pakketwaarde: de som over de leden van hun gewogen waarde op alle criteria behalve "
        "kosten (gewichten herschaald over die criteria), zoals de optimalisatie die "
        "maximaliseert. Een lid zonder beoordeling op een gewogen criterium telt niet mee "
        "en staat bij ‘niet gewaardeerd’; een totaal telt alleen de leden met een cijfer.",
        "Package value: the sum over the members of their weighted value on every "
        "criterion except cost (weights rescaled over those), as the optimiser maximises "
        "it. A member without an assessment on a weighted criterion is left out and "
        "counted under ‘not valued’; a total adds only the members with a figure.",
    ),
    "total_range": ("{criterion} {field}", "{criterion} {field}"),
    "without_figure": ("{criterion}: leden zonder cijfer", "{criterion}: members without a figure"),
    "unscored": ("Niet gewaardeerd (aantal)", "Not valued (count)"),
    "missing_list": ("Ontbrekende cijfers bij export", "Missing figures at export"),
    "no_packages": ("Geen pakketten in deze uitvoer.", "No packages in this export."),
    # Gezondheid
    "health_title": ("Gezondheidseffect per maatregel", "Health effect per measure"),
    "health_sub": (
        "Per jaar, met onzekerheidsmarge (laag–hoog); cumulatief tot en met {year}.",
        "Per year, with uncertainty range (low–high); cumulative up to and including {year}.",
    ),
    "deaths": ("Sterfgevallen/jaar", "Deaths/year"),
    "dalys": ("DALY/jaar", "DALY/year"),
    "value_eur": ("Euro/jaar", "Euro/year"),
    "cumulative": ("DALY cumulatief", "DALY cumulative"),
    "outcomes": ("Uitsplitsing naar uitkomst", "Breakdown by outcome"),
    "population": ("Bevolkingsgroep", "Population"),
    "agent": ("Stof", "Agent"),
    "outcome": ("Uitkomst", "Outcome"),
    "cases": ("Gevallen/jaar", "Cases/year"),
    "note": ("Opmerking", "Note"),
    "no_health": (
        "Geen berekend gezondheidseffect in dit dossier.",
        "No computed health effect in this project.",
    ),
    # Grafiek
    "chart_rank": ("Score per maatregel (eerste {n} in rangorde)", "Score per measure (top {n})"),
    "chart_vfm": ("Score tegen kosten", "Score against cost"),
    "footer": ("Pagina &P van &N", "Page &P of &N"),
    # Maatregelen, Overleggen, profiles, texts
    "intro": ("Inleiding", "Introduction"),
    "our_stance": ("Ons standpunt", "Our position"),
    "profiles": ("Wegingen", "Weight profiles"),
    "name": ("Naam", "Name"),
    "description": ("Omschrijving", "Description"),
    "measures_title": ("Maatregelen in detail", "Measures in detail"),
    "measures_sub": (
        "Omschrijving, herkomst, onderbouwing en bepalingen per maatregel.",
        "Description, origin, rationale and draft terms per measure.",
    ),
    "theme": ("Thema", "Theme"),
    "origin": ("Herkomst", "Origin"),
    "payer": ("Betaler", "Payer"),
    "above_statutory": ("Bovenwettelijk", "Above statutory"),
    "baseline": ("Wettelijke basis", "Statutory baseline"),
    "start_year": ("Startjaar", "Start year"),
    "deadline_year": ("Deadline", "Deadline"),
    "notes": ("Notities", "Notes"),
    "requires": ("Vereist", "Requires"),
    "excludes": ("Sluit uit", "Excludes"),
    "rationale_title": ("Onderbouwing van de beoordelingen", "Rationale of the assessments"),
    "rationale": ("Onderbouwing", "Rationale"),
    "source": ("Bron", "Source"),
    "confidence": ("Zekerheid", "Confidence"),
    "terms_title": ("Bepalingen in conceptversies", "Terms in drafts"),
    "draft": ("Conceptversie", "Draft"),
    "clause": ("Artikel", "Clause"),
    "target": ("Doel", "Target"),
    "wording": ("Tekst", "Wording"),
    "comment": ("Commentaar", "Comment"),
    "meetings_title": ("Overleggen", "Meetings"),
    "meetings_sub": ("Wat voor dit publiek bestemd is.", "What this audience may see."),
    "location": ("Plaats", "Location"),
    "parties": ("Partijen", "Parties"),
    "measures": ("Maatregelen", "Measures"),
    "decisions": ("Besluiten", "Decisions"),
    "actions": ("Actiepunten", "Action items"),
    "none": ("–", "–"),
    "party_list": ("Partijen", "Parties"),
    "package_list": ("Pakketten", "Packages"),
}


def t(key: str, language: Language, **params: Any) -> str:
    nl, en = TEXTS[key]
    text = en if language == "en" else nl
    return text.format(**params) if params else text
