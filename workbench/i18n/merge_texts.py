"""Texts of team work added after the first merge (rules across rows, change sets, effect).

Merged into :mod:`workbench.i18n.catalog` like the record's texts, so they
render like every other core text. The first merge texts stay in the
catalog itself.
"""

from __future__ import annotations

MERGE_MESSAGES: dict[str, tuple[str, str]] = {
    "merge.rule_excludes": (
        "{where}: het pakket bevat nu {a} en {b}, die elkaar uitsluiten.",
        "{where}: the package now holds {a} and {b}, which exclude each other.",
    ),
    "merge.rule_requires": (
        "{where}: het pakket bevat nu {a} zonder {b}, dat {a} vereist.",
        "{where}: the package now holds {a} without {b}, which {a} requires.",
    ),
    "merge.rule_required_gone": (
        "{where} vereist {b}, dat in de andere kopie is verwijderd (de koppeling ging mee).",
        "{where} requires {b}, which the other copy deleted (the link went with it).",
    ),
    "merge.effect_ranking": (
        "Top {n} ({profile}) vóór: {before}; na: {after}.",
        "Top {n} ({profile}) before: {before}; after: {after}.",
    ),
    "merge.effect_ranking_same": (
        "Top {n} ({profile}) ongewijzigd: {after}.",
        "Top {n} ({profile}) unchanged: {after}.",
    ),
    "merge.effect_package": (
        "Pakket {package}: kosten {cost_before} → {cost_after}; DALY per jaar "
        "{dalys_before} → {dalys_after}; waarde {value_before} → {value_after}.",
        "Package {package}: cost {cost_before} → {cost_after}; DALY per year "
        "{dalys_before} → {dalys_after}; value {value_before} → {value_after}.",
    ),
    "merge.effect_packages_same": (
        "Pakkettotalen ongewijzigd.",
        "Package totals unchanged.",
    ),
    "changes.format": (
        "{path} is geen wijzigingenbestand van de Maatwerk Workbench ({detail}).",
        "{path} is not a Maatwerk Workbench change-set file ({detail}).",
    ),
    "changes.version": (
        "{path} is een wijzigingenbestand van een nieuwere versie ({version}); werk de "
        "workbench bij om het te lezen.",
        "{path} is a change-set file of a newer version ({version}); update the "
        "workbench to read it.",
    ),
    "changes.field": (
        "{path}: {where} is ongeldig: {detail}.",
        "{path}: {where} is invalid: {detail}.",
    ),
    "changes.too_many": (
        "{path} bevat {n} wijzigingen; de grens is {limit}. Stuur een kopie van het dossier.",
        "{path} holds {n} changes; the limit is {limit}. Send a copy of the project instead.",
    ),
    "changes.no_start": (
        "{path} is niet als kopie gemaakt; er is geen gedeelde toestand om de wijzigingen "
        "vanaf te nemen. Stuur een kopie van het dossier.",
        "{path} was not made as a copy; there is no shared state to take the changes "
        "from. Send a copy of the project instead.",
    ),
    "changes.unknown_start": (
        "De wijzigingen in {path} gaan uit van een toestand (regel {seq}) die dit dossier "
        "niet kent; voeg een volledige kopie samen.",
        "The changes in {path} start from a state (entry {seq}) this project does not "
        "hold; merge a full copy instead.",
    ),
    "changes.written": (
        "{n} wijzigingen sinds regel {seq} geschreven naar {path}.",
        "{n} changes since entry {seq} written to {path}.",
    ),
}
