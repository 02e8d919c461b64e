"""Texts of the draft-agreement faces (redline exports, change list), Dutch and English.

Merged into :data:`workbench.i18n.catalog.LABELS`; the messages (errors) of
:mod:`workbench.drafts` are in the catalog itself under ``draft.*``.
"""

from __future__ import annotations

DRAFT_LABELS: dict[str, tuple[str, str]] = {
    "redline.title": ("Redline {new} t.o.v. {old}", "Redline {new} compared with {old}"),
    "redline.for": ("Voor: {audience}", "For: {audience}"),
    "redline.received": ("ontvangen {date} van {sender}", "received {date} from {sender}"),
    "redline.changes": ("Wijzigingen", "Changes"),
    "redline.text": ("Tekst met wijzigingen", "Text with changes"),
    "redline.clause": ("Bepaling", "Clause"),
    "redline.was": ("Was", "Was"),
    "redline.kind": ("Soort", "Kind"),
    "redline.substantive": ("Inhoudelijk", "Substantive"),
    "redline.old_text": ("Oude tekst", "Old text"),
    "redline.new_text": ("Nieuwe tekst", "New text"),
    "redline.measures": ("Maatregelen", "Measures"),
    "redline.effect": ("Gevolg", "Effect"),
    "redline.dalys_2030": ("DALY tot 2030", "DALY to 2030"),
    "redline.dalys_2035": ("DALY tot 2035", "DALY to 2035"),
    "redline.cost": ("Kosten (verschil)", "Cost (change)"),
    "redline.comments": ("Opmerkingen", "Comments"),
    "redline.flags": ("Let op", "Note"),
    "redline.yes": ("ja", "yes"),
    "redline.no": ("nee", "no"),
    "redline.none": ("Geen wijzigingen.", "No changes."),
    "redline.only_substantive": ("alleen inhoudelijke wijzigingen", "substantive changes only"),
    "redline.author": ("Maatwerk Workbench", "Maatwerk Workbench"),
    "change.inserted": ("ingevoegd", "inserted"),
    "change.deleted": ("vervallen", "deleted"),
    "change.changed": ("gewijzigd", "changed"),
    "change.moved": ("verplaatst", "moved"),
    "change.renumbered": ("vernummerd", "renumbered"),
    "effect.dropped": ("geschrapt", "dropped"),
    "effect.added": ("toegevoegd", "added"),
    "effect.delayed": ("termijn later", "deadline later"),
    "effect.advanced": ("termijn eerder", "deadline earlier"),
    "effect.weakened": ("afgezwakt", "weakened"),
    "effect.strengthened": ("versterkt", "strengthened"),
    "effect.target": ("doel gewijzigd", "target changed"),
    "effect.wording": ("tekst gewijzigd", "wording changed"),
    "flag.year": ("jaartal", "year"),
    "flag.number": ("getal", "number"),
    "flag.amount": ("bedrag", "amount"),
    "flag.modal": ("modaal werkwoord", "modal verb"),
    "linkkind.implements": ("voert uit", "implements"),
    "linkkind.weakens": ("zwakt af", "weakens"),
    "linkkind.mentions": ("noemt", "mentions"),
}
