"""The position paper's words and numbers: headings in Dutch and English, number formats.

Every heading, column header and fixed phrase of the PDF comes from
:data:`TEXTS`, one table with the Dutch and the English text side by side
(named placeholders, never concatenation). Numbers follow the language:
Dutch ``1.234,5`` and ``€ 1,2 mln``, English ``1,234.5`` and ``€1.2m``
(:mod:`workbench.i18n.numbers`, shared with the GUI, CLI and workbook). User
text goes through :func:`esc` before it reaches reportlab's Paragraph markup.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from workbench.i18n import Language, label
from workbench.i18n.numbers import money, money_range, num, scale_decimals
from workbench.reports.model import RCriterion

__all__ = ["money", "money_range", "num"]  # re-exported: the writers import them from here

TEXTS: dict[str, tuple[str, str]] = {
    # document
    "doc.title": ("Positiepaper", "Position paper"),
    "doc.subject": (
        "Maatregelen voor de maatwerkafspraak met Tata Steel IJmuiden",
        "Measures for the tailored agreement with Tata Steel IJmuiden",
    ),
    "doc.page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "note.cut": ("(ingekort, zie werkdossier)", "(shortened, see the project file)"),
    "cover.prepared_by": ("Opgesteld door {team}", "Prepared by {team}"),
    "cover.date": ("Datum", "Date"),
    "cover.version": ("Versie", "Version"),
    "cover.audience": ("Bestemd voor", "Intended for"),
    "cover.profile": ("Weging", "Weighting"),
    "cover.file": ("Dossier", "Project file"),
    "cover.measures": ("Maatregelen", "Measures"),
    "cover.app": (
        "Maatwerk Workbench {version}, schema {schema}",
        "Maatwerk Workbench {version}, schema {schema}",
    ),
    # sections
    "sec.toc": ("Inhoud", "Contents"),
    "sec.summary": ("Samenvatting", "Summary"),
    "sec.intro": ("Inleiding", "Introduction"),
    "sec.stance": ("Ons standpunt", "Our position"),
    "sec.top": ("Best scorende maatregelen", "Top-ranked measures"),
    "sec.packages": ("Pakketten vergeleken", "Packages compared"),
    "sec.method": ("Werkwijze", "Method"),
    "sec.criteria": ("Criteria en schalen", "Criteria and scales"),
    "sec.weights": ("Wegingen", "Weightings"),
    "sec.terms": ("Begrippen", "Terms explained"),
    "terms.intro": (
        "Wat de cijfers betekenen en hoe ze berekend zijn; dezelfde uitleg staat in de "
        "workbench bij elk scherm onder F1.",
        "What the figures mean and how they are computed; the same explanation is in the "
        "workbench on every screen under F1.",
    ),
    "sec.health_method": ("Gezondheidseffecten", "Health effects"),
    "sec.ranking": ("Rangorde van de maatregelen", "Ranking of the measures"),
    "sec.charts": ("Grafieken", "Charts"),
    "sec.chart_vfm": ("Gezondheidswinst tegen kosten", "Health gain against cost"),
    "sec.chart_contrib": ("Opbouw van de score", "How each score is made up"),
    "sec.chart_health": (
        "Gezondheidswinst opgeteld tot {years}",
        "Cumulative health gain to {years}",
    ),
    "sec.measures": ("Maatregelen", "Measures"),
    "sec.annex": ("Bijlage", "Annex"),
    "sec.sources": ("Bronnen", "Sources"),
    "sec.parameters": ("Gezondheidsparameters", "Health parameters"),
    "sec.parties": ("Partijen", "Parties"),
    "sec.meetings": ("Overleggen", "Meetings"),
    # summary
    "sum.headline": (
        "{n} maatregelen beoordeeld op {k} criteria met de weging ‘{profile}’.",
        "{n} measures assessed on {k} criteria with the weighting ‘{profile}’.",
    ),
    "sum.all": ("Alle maatregelen in dit document", "All measures in this paper"),
    "sum.no_packages": ("Geen pakketten in dit document.", "No packages in this paper."),
    "sum.ratio_note": (
        "Kosten per DALY: de kosten (beste schatting) gedeeld door de vermeden DALY’s per jaar; "
        "‘–’ waar een van beide ontbreekt. Tot {year}: DALY’s opgeteld vanaf het startjaar.",
        "Cost per DALY: cost (best estimate) divided by the DALYs avoided per year; "
        "‘–’ where either is missing. To {year}: DALYs summed from the start year.",
    ),
    "rank.more_criteria": (
        "De overige criteria staan bij elke maatregel.",
        "The other criteria are shown with each measure.",
    ),
    # column headers
    "col.rank": ("Nr.", "Rank"),
    "col.code": ("Code", "Code"),
    "col.title": ("Maatregel", "Measure"),
    "col.theme": ("Thema", "Theme"),
    "col.status": ("Status", "Status"),
    "col.score": ("Score (0–1)", "Score (0–1)"),
    "col.package": ("Pakket", "Package"),
    "col.n": ("Aantal", "Count"),
    "col.cost": ("Kosten", "Cost"),
    "col.dalys": ("DALY’s/jaar", "DALYs/year"),
    "col.dalys_to": ("DALY’s tot {year}", "DALYs to {year}"),
    "col.per_daly": ("€ per DALY/jaar", "€ per DALY/year"),
    "col.criterion": ("Criterium", "Criterion"),
    "col.kind": ("Soort", "Kind"),
    "col.unit": ("Eenheid", "Unit"),
    "col.direction": ("Richting", "Direction"),
    "col.scale": ("Schaal", "Scale"),
    "col.weight": ("Gewicht", "Weight"),
    "col.profile": ("Weging", "Weighting"),
    "col.method": ("Methode", "Method"),
    "col.low": ("Laag", "Low"),
    "col.best": ("Best", "Best"),
    "col.high": ("Hoog", "High"),
    "col.value": ("Waarde (0–1)", "Value (0–1)"),
    "col.source": ("Bron", "Source"),
    "col.rationale": ("Onderbouwing", "Rationale"),
    "col.party": ("Partij", "Party"),
    "col.stance": ("Standpunt", "Stance"),
    "col.red_line": ("Rode lijn", "Red line"),
    "col.priority": ("Prioriteit", "Priority"),
    "col.conditions": ("Voorwaarden", "Conditions"),
    "col.date": ("Datum", "Date"),
    "col.draft": ("Conceptversie", "Draft"),
    "col.clause": ("Artikel", "Clause"),
    "col.target": ("Doel", "Target"),
    "col.deadline": ("Termijn", "Deadline"),
    "col.wording": ("Tekst", "Wording"),
    "col.comment": ("Toelichting", "Comment"),
    "col.key": ("Sleutel", "Key"),
    "col.title_src": ("Titel", "Title"),
    "col.publisher": ("Uitgever", "Publisher"),
    "col.year": ("Jaar", "Year"),
    "col.description": ("Omschrijving", "Description"),
    "col.range": ("Bandbreedte", "Range"),
    "col.pkg_value": ("Waarde", "Value"),
    "col.param_value": ("Waarde", "Value"),
    # incomplete measures: an interval, after the complete ones
    "group.incomplete": ("Onvolledig beoordeeld", "Incompletely assessed"),
    "group.incomplete_note": (
        "Onvolledig beoordeeld: geen score maar een bandbreedte, de ontbrekende criteria op 0 "
        "(laag) en op 1 (hoog); gerangschikt na alle volledig beoordeelde maatregelen, op de "
        "lage grens.",
        "Incompletely assessed: no score but a range, the missing criteria at 0 (low) and at "
        "1 (high); ranked after every fully assessed measure, by the low end.",
    ),
    "chart.interval": ("bandbreedte (onvolledig)", "range (incomplete)"),
    # packages in the summary
    "sum.value_note": (
        "Waarde: de som over de maatregelen van hun gewogen waarde op alle criteria behalve "
        "kosten, zoals de optimalisatie die maximaliseert; totalen tellen alleen maatregelen "
        "met een cijfer.",
        "Value: the sum over the measures of their weighted value on every criterion except "
        "cost, as the optimiser maximises it; totals count only measures with a figure.",
    ),
    "sum.missing": (
        "{package} – zonder cijfer voor {criterion}: {codes}.",
        "{package} – no figure for {criterion}: {codes}.",
    ),
    "sum.unscored": (
        "{package} – niet in de waarde (onvolledig beoordeeld): {codes}.",
        "{package} – left out of the value (incompletely assessed): {codes}.",
    ),
    # where a health figure comes from
    "origin.computed": ("berekend uit blootstelling", "computed from exposure"),
    "origin.entered": ("ingevoerde schatting", "entered estimate"),
    "origin.none": ("geen gegevens", "no data"),
    "col.name": ("Naam", "Name"),
    "col.notes": ("Toelichting", "Notes"),
    "col.meeting": ("Overleg", "Meeting"),
    "col.decisions": ("Besluiten", "Decisions"),
    "col.actions": ("Actiepunten", "Action items"),
    "col.outcome": ("Uitkomst", "Outcome"),
    "col.population": ("Bevolking", "Population"),
    "col.agent": ("Oorzaak", "Agent"),
    "col.cases": ("Gevallen/jaar", "Cases/year"),
    "col.deaths": ("Vermeden sterfgevallen/jaar", "Deaths avoided/year"),
    "col.value_eur": ("Waarde (€/jaar)", "Value (€/year)"),
    "stance.-2": ("−2 sterk tegen", "−2 strongly against"),
    "stance.-1": ("−1 tegen", "−1 against"),
    "stance.0": ("0 neutraal", "0 neutral"),
    "stance.1": ("+1 voor", "+1 in favour"),
    "stance.2": ("+2 sterk voor", "+2 strongly in favour"),
    "m.health_places": (
        "Gevallen opgeteld over de {n} bevolkingsgroepen met een blootstellingsverandering.",
        "Cases summed over the {n} population groups with an exposure change.",
    ),
    "outcome.mortality": ("vermeden sterfgevallen", "deaths avoided"),
    "outcome.chronic_bronchitis": (
        "chronische bronchitis (nieuwe gevallen)",
        "chronic bronchitis (new cases)",
    ),
    "outcome.lung_cancer": ("longkanker", "lung cancer"),
    "outcome.highly_annoyed": ("ernstig gehinderden minder", "fewer highly annoyed"),
    "outcome.highly_sleep_disturbed": (
        "ernstig slaapverstoorden minder",
        "fewer highly sleep-disturbed",
    ),
    "agent.pm25": ("fijnstof PM2,5", "particulate matter PM2.5"),
    "agent.pm10": ("fijnstof PM10", "particulate matter PM10"),
    "agent.no2": ("stikstofdioxide NO₂", "nitrogen dioxide NO₂"),
    "agent.bap": ("benzo[a]pyreen (PAK)", "benzo[a]pyrene (PAH)"),
    "agent.lden": ("geluid (Lden)", "noise (Lden)"),
    "agent.lnight": ("geluid ’s nachts (Lnight)", "night noise (Lnight)"),
    # measure facts
    "period.from": ("vanaf {year}", "from {year}"),
    "period.by": ("uiterlijk {year}", "by {year}"),
    "fact.theme": ("Thema", "Theme"),
    "fact.status": ("Status", "Status"),
    "fact.origin": ("Herkomst", "Origin"),
    "fact.payer": ("Betaler", "Payer"),
    "fact.period": ("Start – termijn", "Start – deadline"),
    "fact.above": ("Bovenwettelijk", "Above statutory"),
    "fact.baseline": ("Wettelijke basis", "Statutory baseline"),
    "fact.score": ("Score 0–1 (rang)", "Score 0–1 (rank)"),
    "fact.requires": ("Vereist", "Requires"),
    "fact.excludes": ("Sluit uit", "Excludes"),
    "m.description": ("Omschrijving", "Description"),
    "m.scores": ("Beoordeling", "Assessment"),
    "m.health": ("Gezondheidseffect per jaar", "Health effect per year"),
    "m.positions": ("Standpunten", "Positions"),
    "m.terms": ("In de conceptversies", "In the drafts"),
    "m.notes": ("Notities", "Notes"),
    "m.health_error": (
        "Gezondheidsberekening niet mogelijk: {error}",
        "Health calculation not possible: {error}",
    ),
    # method
    "method.text": (
        "Elke maatregel is per criterium beoordeeld met een laagste, beste en hoogste schatting. "
        "Een waardefunctie zet de beste schatting om naar een waarde tussen 0 en 1. "
        "De score (van 0 tot 1) is de gewogen som van die waarden ({method}); "
        "de gewichten komen uit de weging ‘{profile}’{normalised}.",
        "Each measure is assessed on each criterion with a low, best and high estimate. "
        "A value function turns the best estimate into a value between 0 and 1. "
        "The score (from 0 to 1) is the weighted sum of those values ({method}); "
        "the weights come from the weighting ‘{profile}’{normalised}.",
    ),
    "method.normalised": (
        ", herschaald zodat ze optellen tot 100%",
        ", rescaled to add up to 100%",
    ),
    "method.missing": (
        "Een ontbrekende beoordeling telt niet als nul: zo’n maatregel is onvolledig "
        "beoordeeld. Hij krijgt geen score maar een bandbreedte, met de ontbrekende criteria "
        "op 0 (laag) en op 1 (hoog), en staat in de rangorde na de volledig beoordeelde "
        "maatregelen, op volgorde van zijn lage grens.",
        "A missing assessment does not count as zero: such a measure is incompletely "
        "assessed. It gets no score but a range, with the missing criteria at 0 (low) and "
        "at 1 (high), and is ranked after the fully assessed measures, by its low end.",
    ),
    "method.health": (
        "Waar het effect van een maatregel op de blootstelling of de uitstoot bekend is, "
        "berekent de workbench de gezondheidswinst: vermeden ziekte- en sterfgevallen per jaar "
        "via blootstelling-responsrelaties (de werkwijze van WHO AirQ+, US EPA BenMAP-CE en "
        "EU BEST-COST), omgerekend naar DALY’s (verloren gezonde levensjaren) en naar euro’s "
        "met de milieuprijzen van CE Delft. Laag en hoog volgen uit de onzekerheid van de "
        "relaties en van de geschatte verandering. De parameters en hun bronnen staan in de "
        "bijlage.",
        "Where a measure’s effect on exposure or emissions is known, the workbench computes "
        "the health gain: cases and deaths avoided per year through exposure–response "
        "functions (the method of WHO AirQ+, US EPA BenMAP-CE and EU BEST-COST), converted to "
        "DALYs (healthy life years lost) and to euros with CE Delft’s environmental prices. "
        "Low and high follow from the uncertainty of the functions and of the estimated "
        "change. The parameters and their sources are listed in the annex.",
    ),
    "method.health_sources": (
        "Bronnen van de gezondheidsparameters: ",
        "Sources of the health parameters: ",
    ),
    "scale.linear": (
        "lineair van {worst} (slechtst) tot {best} (best)",
        "linear from {worst} (worst) to {best} (best)",
    ),
    "scale.piecewise": ("stuksgewijs lineair: {points}", "piecewise linear: {points}"),
    "scale.levels": ("niveaus: {levels}", "levels: {levels}"),
    "computed": ("berekend", "computed"),
    # charts
    "chart.cost_axis": ("Kosten ({unit})", "Cost ({unit})"),
    "chart.health_axis": ("Gezondheidswinst ({unit})", "Health gain ({unit})"),
    "chart.frontier": ("Efficiënte grens", "Efficient frontier"),
    "chart.vfm_note": (
        "Elke stip is een maatregel (beste schatting); de lijnen tonen laag–hoog, de grootte "
        "de haalbaarheid. Op de efficiënte grens (de stippellijn) geeft geen andere maatregel "
        "meer gezondheidswinst voor minder geld. {missing}",
        "Each dot is a measure (best estimate); the lines show low–high, the size the "
        "feasibility. On the efficient frontier (the dashed line) no other measure gives more "
        "health for less money. {missing}",
    ),
    "chart.not_plotted": (
        "Niet getoond (kosten of gezondheid ontbreekt): {codes}.",
        "Not shown (cost or health missing): {codes}.",
    ),
    "chart.contrib_note": (
        "Elke balk is de score (0–1) van een maatregel, opgebouwd uit de gewogen waarde per "
        "criterium. "
        "Bij een onvolledig beoordeelde maatregel loopt de balk tot de lage grens en toont een "
        "lichte streep de bandbreedte.",
        "Each bar is a measure’s score (0–1), built from the weighted value per criterion. For an "
        "incompletely assessed measure the bar ends at the low end and a light line shows "
        "the range.",
    ),
    "chart.health_note": (
        "Jaarlijkse gezondheidswinst maal de hele jaren van het startjaar tot en met {years}; "
        "de strepen tonen laag–hoog.",
        "Annual health gain times the whole years from the start year up to and including "
        "{years}; the whiskers show low–high.",
    ),
    "chart.packages": ("Pakketten", "Packages"),
    "chart.log": ("logaritmische schaal", "logarithmic scale"),
    "chart.health_absent": (
        "Zonder cijfer (geen startjaar of gezondheidsschatting): {codes}.",
        "Without a figure (no start year or health estimate): {codes}.",
    ),
    "chart.part": ("deel {i} van {n}", "part {i} of {n}"),
    "chart.none": ("Geen gegevens voor deze grafiek.", "No data for this chart."),
    # values
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "missing": ("ontbreekt", "missing"),
    "none": ("–", "–"),
}


def t(key: str, lang: Language, /, **params: object) -> str:
    """The text for `key` in `lang`, with its named placeholders filled."""
    nl, en = TEXTS[key]
    template = en if lang == "en" else nl
    return template.format(**params) if params else template


def t_or(key: str, fallback: str, lang: Language) -> str:
    """The text for `key`, or `fallback` when the table has none."""
    return t(key, lang) if key in TEXTS else fallback


def lbl(kind: str, value: str, lang: Language) -> str:
    """An enumeration value's label (``lbl("status", "in_draft", "nl")`` -> "in concept")."""
    return label(f"{kind}.{value}", lang)


# The paper prints at most this many characters of one field: about a page of
# running text, or a table cell that still fits on a page. Longer text is cut
# with a note pointing to the project file, so the paper's layout time grows
# with the number of fields, never with the square of a text's length.
PAPER_CHARS = 3_000
CELL_CHARS = 600


def cut(text: str, limit: int, lang: Language | None) -> tuple[str, str]:
    """`text` cut to `limit` characters and the note to print after it ("" when whole)."""
    if len(text) <= limit:
        return text, ""
    note = t("note.cut", lang) if lang is not None else ""
    return text[:limit].rstrip(), f" … {note}".rstrip()


def esc(text: str | None, lang: Language | None = None, limit: int = PAPER_CHARS) -> str:
    """User text made safe for Paragraph markup; line breaks kept; cut at `limit` characters.

    With `lang`, a cut text ends with the note "(ingekort, zie werkdossier)".
    """
    if text is None:
        return ""
    shown, note = cut(text, limit, lang)
    return escape(shown).replace("\n", "<br/>") + escape(note)


def sig(x: float | None, lang: Language, digits: int = 3) -> str:
    """A coefficient with about `digits` significant digits (0,0342; 1,08; 85.000)."""
    if x is None or math.isnan(x) or math.isinf(x) or x == 0 or abs(x) >= 100:
        return num(x, lang, 0 if x is not None and abs(x) >= 100 else None)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    text = f"{x:.{decimals}f}".rstrip("0").rstrip(".")
    return num(float(text), lang, len(text.partition(".")[2]))


def is_money(unit: str) -> bool:
    return unit.strip().upper() in {"EUR", "€", "EURO", "EUROS"}


def amount(x: float | None, unit: str, lang: Language, decimals: int | None = None) -> str:
    """A criterion's raw value: money for euro units, a number otherwise."""
    return money(x, lang) if is_money(unit) else num(x, lang, decimals)


def figure(c: RCriterion, x: float | None, lang: Language) -> str:
    """A criterion's raw value in the one precision of its column (its scale's span)."""
    return amount(x, c.unit, lang, scale_decimals(c.scale))


def pct(x: float, lang: Language) -> str:
    return f"{num(100 * x, lang, 0)}%"
