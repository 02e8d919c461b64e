"""The team server's texts (PostgreSQL projects, roles, check-out and check-in).

Merged into :mod:`workbench.i18n.catalog` like the record's texts, so they
render like every other core text.
"""

from __future__ import annotations

SERVER_MESSAGES: dict[str, tuple[str, str]] = {
    "server.stale": (
        "{where} is intussen gewijzigd door {by} ({current}); uw wijziging is niet "
        "opgeslagen. Bekijk de nieuwe waarde en kies opnieuw.",
        "{where} was changed meanwhile by {by} ({current}); your change was not saved. "
        "Look at the new value and choose again.",
    ),
    "server.bad_url": (
        "{url} is geen geldig serveradres: {detail} (voorbeeld: "
        "postgresql://anna@raadhuis/maatwerk?schema=ijmond).",
        "{url} is not a valid server address: {detail} (example: "
        "postgresql://anna@raadhuis/maatwerk?schema=ijmond).",
    ),
    "server.no_schema": (
        "Het serveradres noemt geen dossier: voeg ?schema=NAAM toe.",
        "The server address names no project: add ?schema=NAME.",
    ),
    "server.bad_schema": (
        "{name} is geen geldige dossiernaam op de server (kleine letters, cijfers en _, "
        "hoogstens 40 tekens, beginnend met een letter).",
        "{name} is not a valid project name on the server (lower-case letters, digits "
        "and _, at most 40 characters, starting with a letter).",
    ),
    "server.unreachable": (
        "Kan de server {server} niet bereiken of niet aanmelden ({detail}).",
        "Cannot reach or log in to the server {server} ({detail}).",
    ),
    "server.not_initialised": (
        "Dossier {schema} bestaat niet op {server}; maak het met workbench server init.",
        "Project {schema} does not exist on {server}; create it with workbench server init.",
    ),
    "server.old_schema": (
        "Dossier {schema} op {server} heeft schemaversie {found}; deze versie verwacht "
        "{known}. De beheerder werkt het bij met workbench server init.",
        "Project {schema} on {server} has schema version {found}; this version expects "
        "{known}. The administrator upgrades it with workbench server init.",
    ),
    "server.too_new": (
        "Dossier {schema} op {server} is gemaakt met een nieuwere versie van Maatwerk "
        "Workbench; werk het programma bij.",
        "Project {schema} on {server} was made by a newer version of Maatwerk Workbench; "
        "please update.",
    ),
    "server.not_empty": (
        "Dossier {schema} op {server} bevat al gegevens; push schrijft alleen naar een leeg "
        "dossier (gebruik checkin om samen te voegen).",
        "Project {schema} on {server} already holds data; push writes only to an empty "
        "project (use checkin to merge).",
    ),
    "server.push_owner": (
        "Alleen een eigenaar van dossier {schema} kan een bestand met geschiedenis van "
        "anderen ({other}) op de server zetten, want die houdt hun namen; {user} is geen "
        "eigenaar (workbench server grant ... owner).",
        "Only an owner of project {schema} can put a file with other users' history "
        "({other}) on the server, as it keeps their names; {user} is not an owner "
        "(workbench server grant ... owner).",
    ),
    "server.reader_checkout": (
        "{user} is lezer van dossier {schema} en kan geen werkkopie maken: die zou de "
        "interne onderdelen en de waarden in de geschiedenis missen; vraag een redacteur, "
        "of maak een export voor partners.",
        "{user} is a reader of project {schema} and cannot check it out: the copy would "
        "lack the internal items and the values in its history; ask an editor, or make an "
        "export for partners.",
    ),
    "server.denied": (
        "U heeft geen recht op deze handeling in dossier {schema} ({detail}).",
        "You have no right to do this in project {schema} ({detail}).",
    ),
    "server.bad_level": (
        "{got} is geen rol; kies reader, editor of owner.",
        "{got} is not a role; choose reader, editor or owner.",
    ),
    "server.bad_user": (
        "{got} is geen geldige gebruikersnaam op de server.",
        "{got} is not a valid user name on the server.",
    ),
    "server.no_driver": (
        "Voor een serverdossier is psycopg nodig (pip install \"psycopg[binary]\").",
        "A server project needs psycopg (pip install \"psycopg[binary]\").",
    ),
    "server.admin_user": (
        "{user} is beheerder van de server of eigenaar van de tabellen; werk met een "
        "gebruiker die een rol kreeg (workbench server grant).",
        "{user} administers the server or owns the tables; work as a user that was "
        "granted a role (workbench server grant).",
    ),
    "server.use_checkout": (
        "Een serverdossier wordt niet opgeslagen als bestand; gebruik workbench checkout "
        "om een kopie {path} te maken.",
        "A server project is not saved as a file; use workbench checkout to make a copy "
        "{path}.",
    ),
    "server.granted": (
        "{user} is nu {level} van dossier {schema}.",
        "{user} is now {level} of project {schema}.",
    ),
    "server.initialised": (
        "Dossier {schema} staat klaar op {server} (schemaversie {version}).",
        "Project {schema} is ready on {server} (schema version {version}).",
    ),
}
