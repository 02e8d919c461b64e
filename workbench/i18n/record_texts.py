"""The record's texts (meetings, commitments, history, minutes, Woo) in Dutch and English.

Merged into :mod:`workbench.i18n.catalog` (``MESSAGES`` and ``LABELS``), so
they are rendered like every other core text; kept apart because the
catalog is shared by every part of the core and this part is large.
"""

from __future__ import annotations

RECORD_MESSAGES: dict[str, tuple[str, str]] = {
    "record.no_meeting": ("Overleg {key} bestaat niet.", "Meeting {key} does not exist."),
    "record.no_snapshot": (
        "Overleg {key} is nooit geopend; er is geen stand om mee te vergelijken "
        "(gebruik --since DATUM).",
        "Meeting {key} was never opened; there is no state to compare with (use --since DATE).",
    ),
    "record.bad_date": (
        "{where}: {got} is geen datum (JJJJ-MM-DD).",
        "{where}: {got} is not a date (YYYY-MM-DD).",
    ),
    "record.unknown_entity": (
        "{got} is geen soort die met set kan worden gewijzigd; kies uit {choices}.",
        "{got} is not a kind that set can change; choose from {choices}.",
    ),
    "record.unknown_code": (
        "{kind} {got} bestaat niet.",
        "{kind} {got} does not exist.",
    ),
    "record.bad_code": (
        "{got}: verwacht {expected}.",
        "{got}: expected {expected}.",
    ),
    "record.unknown_field": (
        "{where}: veld {got} bestaat niet of kan niet met set worden gewijzigd.",
        "{where}: field {got} does not exist or cannot be changed with set.",
    ),
    "record.bad_format": (
        "Onbekend formaat {got}; kies uit {choices}.",
        "Unknown format {got}; choose from {choices}.",
    ),
    "record.set_done": (
        "{where}: {old} -> {new}",
        "{where}: {old} -> {new}",
    ),
}

RECORD_LABELS: dict[str, tuple[str, str]] = {
    "entity.commitment": ("toezegging", "commitment"),
    "meeting_kind.plenary": ("plenair overleg", "plenary"),
    "meeting_kind.bilateral": ("bilateraal overleg", "bilateral"),
    "meeting_kind.technical": ("technisch overleg", "technical"),
    "meeting_kind.internal": ("intern overleg", "internal"),
    "meeting_kind.other": ("overig overleg", "other"),
    "commitment.open": ("open", "open"),
    "commitment.kept": ("nagekomen", "kept"),
    "commitment.broken": ("niet nagekomen", "broken"),
    "origin_kind.import": ("import", "import"),
    "origin_kind.merge": ("samenvoeging", "merge"),
    "origin_kind.meeting": ("overleg", "meeting"),
    "origin_kind.undo": ("ongedaan gemaakt", "undo"),
    # headings of the minutes, the change report and the Woo export
    "record.minutes": ("Verslag", "Minutes"),
    "record.date": ("Datum", "Date"),
    "record.place": ("Plaats", "Place"),
    "record.kind": ("Soort overleg", "Kind of meeting"),
    "record.parties": ("Aanwezige partijen", "Parties present"),
    "record.delegation": ("Onze delegatie", "Our delegation"),
    "record.measures": ("Besproken maatregelen", "Measures discussed"),
    "record.notes": ("Aantekeningen", "Notes"),
    "record.decisions": ("Besluiten", "Decisions"),
    "record.commitments": ("Toezeggingen", "Commitments"),
    "record.actions": ("Actiepunten", "Action items"),
    "record.party": ("Partij", "Party"),
    "record.measure": ("Maatregel", "Measure"),
    "record.what": ("Wat", "What"),
    "record.due": ("Uiterlijk", "Due"),
    "record.status": ("Status", "Status"),
    "record.owner": ("Eigenaar", "Owner"),
    "record.done": ("gereed", "done"),
    "record.overdue": ("verlopen", "overdue"),
    "record.audience": ("Voor: {audience}", "For: {audience}"),
    "record.changes": ("Wijzigingen sinds {since}", "Changes since {since}"),
    "record.measures_added": ("Nieuwe maatregelen", "Measures added"),
    "record.measures_removed": ("Vervallen maatregelen", "Measures removed"),
    "record.measures_changed": ("Gewijzigde maatregelen", "Measures changed"),
    "record.scores_moved": ("Verschoven scores", "Scores moved"),
    "record.positions_shifted": ("Verschoven standpunten", "Positions shifted"),
    "record.packages_changed": ("Gewijzigde pakketten", "Packages changed"),
    "record.ranking": ("Effect op de rangorde", "Effect on the ranking"),
    "record.field": ("Veld", "Field"),
    "record.old": ("Oud", "Old"),
    "record.new": ("Nieuw", "New"),
    "record.rank_before": ("Rang toen", "Rank then"),
    "record.rank_after": ("Rang nu", "Rank now"),
    "record.dalys_before": ("DALY/jaar toen", "DALY/year then"),
    "record.dalys_after": ("DALY/jaar nu", "DALY/year now"),
    "record.woo": ("Woo-overzicht van het dossier", "Woo record of the project"),
    "record.woo_period": ("Periode {start} tot en met {end}", "Period {start} to {end}"),
    "record.woo_item": ("Onderdeel", "Item"),
    "record.woo_text": ("Inhoud", "Content"),
    "record.woo_review": ("Beoordeling", "Review"),
    "record.woo_open": ("openbaar", "public"),
    "record.woo_withheld": (
        "ter beoordeling: niet openbaar ({visibility}), tekst achtergehouden",
        "for review: not public ({visibility}), text withheld",
    ),
    "record.history": ("Geschiedenis", "History"),
    "record.when": ("Wanneer", "When"),
    "record.who": ("Wie", "Who"),
    "record.origin": ("Herkomst", "Origin"),
    "record.none": ("(geen)", "(none)"),
}
