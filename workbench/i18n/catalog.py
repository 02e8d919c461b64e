"""Message and label catalog: every core text in Dutch and English.

Messages use named placeholders (``{path}``), never concatenation. A
missing English text falls back to Dutch; a missing key is a programming
error and raises.
"""

from __future__ import annotations

from typing import Any, Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # -- store ---------------------------------------------------------
    "store.not_found": ("Bestand niet gevonden: {path}", "File not found: {path}"),
    "store.not_a_project": (
        "{path} is geen Maatwerk-dossier.",
        "{path} is not a Maatwerk project file.",
    ),
    "store.corrupt": (
        "{path} is beschadigd of onvolledig en kan niet worden geopend ({detail}).",
        "{path} is damaged or truncated and cannot be opened ({detail}).",
    ),
    "store.too_new": (
        "{path} is gemaakt met een nieuwere versie van Maatwerk Workbench "
        "(schema {found}, deze versie kent tot {known}). Werk het programma bij; "
        "het bestand is niet gewijzigd.",
        "{path} was made by a newer version of Maatwerk Workbench (schema {found}, "
        "this version knows up to {known}). Please update; the file was not changed.",
    ),
    "store.locked": (
        "{path} is in gebruik door {user} op {host} sinds {since}.",
        "{path} is in use by {user} on {host} since {since}.",
    ),
    "store.exists": (
        "{path} bestaat al; kies een andere naam.",
        "{path} already exists; choose another name.",
    ),
    "store.save_failed": (
        "Opslaan naar {path} is mislukt ({detail}); het bestaande bestand is ongewijzigd.",
        "Saving to {path} failed ({detail}); the existing file is unchanged.",
    ),
    "store.read_only": (
        "Dit dossier is alleen-lezen geopend; wijzigingen zijn niet mogelijk.",
        "This project was opened read-only; it cannot be changed.",
    ),
    "store.no_path": (
        "Dit dossier heeft nog geen bestandsnaam; gebruik Opslaan als.",
        "This project has no file name yet; use Save As.",
    ),
    "store.schema_extra": (
        "{path} bevat een {kind} {name} die in een Maatwerk-dossier niet hoort en wordt "
        "niet geopend (mogelijk gemanipuleerd); het bestand is niet gewijzigd.",
        "{path} contains a {kind} {name} that does not belong in a Maatwerk project and is "
        "not opened (possibly tampered with); the file was not changed.",
    ),
    "store.schema_missing": (
        "{path} mist {kind} {name} en wordt niet geopend; het bestand is niet gewijzigd.",
        "{path} lacks {kind} {name} and is not opened; the file was not changed.",
    ),
    "store.schema_replaced": (
        "{path}: {name} is hier een {kind}, anders dan in een Maatwerk-dossier; het bestand "
        "wordt niet geopend (mogelijk gemanipuleerd) en is niet gewijzigd.",
        "{path}: {name} is a {kind} here, unlike in a Maatwerk project; the file is not "
        "opened (possibly tampered with) and was not changed.",
    ),
    "store.schema_changed": (
        "{path}: {kind} {name} wijkt af van het schema van een Maatwerk-dossier; het bestand "
        "wordt niet geopend (mogelijk gemanipuleerd) en is niet gewijzigd.",
        "{path}: {kind} {name} differs from the schema of a Maatwerk project; the file is not "
        "opened (possibly tampered with) and was not changed.",
    ),
    "store.truncated": (
        "{path} is ingekort of beschadigd: het bestand is {size} bytes, de kop belooft "
        "{expected} bytes; het wordt niet geopend.",
        "{path} is truncated or damaged: the file has {size} bytes, its header promises "
        "{expected} bytes; it is not opened.",
    ),
    "store.disk_full": (
        "Schijf vol: {path} kan niet worden geschreven; maak ruimte vrij en probeer het "
        "opnieuw (het dossier zelf is ongewijzigd).",
        "Disk full: {path} cannot be written; free some space and try again (the project "
        "itself is unchanged).",
    ),
    "store.no_write_access": (
        "{path} kan niet worden bewerkt ({detail}); open het alleen-lezen.",
        "{path} cannot be edited ({detail}); open it read-only.",
    ),
    "store.lock_stale": (
        "{path} heeft een onleesbaar slotbestand, waarschijnlijk achtergebleven na een "
        "crash. Verwijder {lock} om het dossier over te nemen, of open het alleen-lezen.",
        "{path} has an unreadable lock file, probably left behind by a crash. Delete {lock} "
        "to take the project over, or open it read-only.",
    ),
    # -- validation of edits -------------------------------------------
    "value.required": ("{where}: mag niet leeg zijn.", "{where}: must not be empty."),
    "value.type": (
        "{where}: verwacht {expected}, maar kreeg {got}.",
        "{where}: expected {expected}, got {got}.",
    ),
    "value.choice": (
        "{where}: onbekende waarde {got}; kies uit {choices}.",
        "{where}: unknown value {got}; choose from {choices}.",
    ),
    "value.range": (
        "{where}: {got} ligt buiten {low} .. {high}.",
        "{where}: {got} is outside {low} .. {high}.",
    ),
    "value.duplicate": (
        "{where}: {got} is al in gebruik.",
        "{where}: {got} is already in use.",
    ),
    "value.unknown_ref": (
        "{where}: {kind} {got} bestaat niet.",
        "{where}: {kind} {got} does not exist.",
    ),
    "value.order": (
        "{where}: laag ≤ beste ≤ hoog is vereist (kreeg {low}, {best}, {high}).",
        "{where}: low ≤ best ≤ high is required (got {low}, {best}, {high}).",
    ),
    "value.years": (
        "{where}: het startjaar ({start}) ligt na de deadline ({deadline}).",
        "{where}: the start year ({start}) is after the deadline ({deadline}).",
    ),
    "value.self_link": (
        "{where}: een maatregel kan niet naar zichzelf verwijzen.",
        "{where}: a measure cannot link to itself.",
    ),
    "value.scale": ("{where}: ongeldige schaal: {detail}.", "{where}: invalid scale: {detail}."),
    "value.level": (
        "{where}: onbekend niveau {got}; kies uit {choices}.",
        "{where}: unknown level {got}; choose from {choices}.",
    ),
    "value.unknown_field": ("{where}: onbekend veld.", "{where}: unknown field."),
    "entity.not_found": (
        "{kind} met id {id} bestaat niet (meer).",
        "{kind} with id {id} does not exist (any more).",
    ),
    "health.noise_baseline": (
        "{where}: geluid heeft het niveau vóór de maatregel nodig (baseline).",
        "{where}: noise needs the level before the measure (baseline).",
    ),
    "health.input": ("{detail}", "{detail}"),
    "analysis.empty": (
        "Er is niets te rangschikken: het dossier heeft geen maatregelen of criteria.",
        "There is nothing to rank: the project has no measures or criteria.",
    ),
    "analysis.profile_unusable": (
        "Weging {profile} kan niet rangschikken: {reason}",
        "Weight profile {profile} cannot rank: {reason}",
    ),
    "analysis.no_profile": (
        "Het dossier heeft geen weging; maak er eerst een aan.",
        "The project has no weight profile; create one first.",
    ),
    "report.nothing_visible": (
        "Er is geen maatregel die het publiek '{audience}' mag zien.",
        "There is no measure the audience '{audience}' may see.",
    ),
    "report.no_visible_profile": (
        "Er is geen weging die het publiek '{audience}' mag zien; zet er een op "
        "'partners' of 'openbaar'.",
        "There is no weight profile the audience '{audience}' may see; mark one as "
        "'partners' or 'public'.",
    ),
    "report.profile_hidden": (
        "Weging {profile} is niet zichtbaar voor '{audience}'; kies een andere weging "
        "of pas de zichtbaarheid aan.",
        "Weight profile {profile} is not visible to '{audience}'; choose another one "
        "or change its visibility.",
    ),
    "report.package_hidden": (
        "Pakket {package} is niet zichtbaar voor dit publiek.",
        "Package {package} is not visible to this audience.",
    ),
    "analysis.must_and_exclude": (
        "{code} staat zowel bij --must als bij --exclude.",
        "{code} is both required (--must) and excluded (--exclude).",
    ),
    "analysis.no_cost": (
        "Het dossier heeft geen kostencriterium (soort 'cost'); een pakket binnen budget "
        "kan niet worden berekend.",
        "The project has no cost criterion (kind 'cost'); a package within a budget "
        "cannot be computed.",
    ),
    "analysis.no_health": (
        "Het dossier heeft geen gezondheidscriterium (soort 'health').",
        "The project has no health criterion (kind 'health').",
    ),
    "analysis.must_incomplete": (
        "{code} mist kosten of een score en kan niet verplicht worden meegenomen.",
        "{code} lacks a cost or a score and cannot be required.",
    ),
    "analysis.budget_negative": (
        "Het budget mag niet negatief zijn (kreeg {budget}).",
        "The budget must not be negative (got {budget}).",
    ),
    "analysis.frontier_range": (
        "Ongeldig budgetbereik: van {start} tot {stop}.",
        "Invalid budget range: from {start} to {stop}.",
    ),
    # -- interchange ---------------------------------------------------
    "json.malformed": (
        "{path}: geen geldige JSON (regel {line}, kolom {col}: {detail}).",
        "{path}: not valid JSON (line {line}, column {col}: {detail}).",
    ),
    "json.too_large": (
        "{path} is te groot ({size} bytes; maximaal {limit}).",
        "{path} is too large ({size} bytes; at most {limit}).",
    ),
    "json.format": (
        '{where}: dit is geen Maatwerk-uitwisselbestand (verwacht format "maatwerk-workbench").',
        '{where}: this is not a Maatwerk interchange file (expected format "maatwerk-workbench").',
    ),
    "json.version": (
        "{where}: versie {got} wordt niet ondersteund (tot {known}).",
        "{where}: version {got} is not supported (up to {known}).",
    ),
    "json.invalid": (
        "{path}: geen geldige JSON ({detail}).",
        "{path}: not valid JSON ({detail}).",
    ),
    "json.too_deep": (
        "{where}: te diep genest (maximaal {limit} niveaus).",
        "{where}: nested too deeply (at most {limit} levels).",
    ),
    "json.duplicate_key": (
        "{where}: deze sleutel komt twee keer voor in hetzelfde object.",
        "{where}: this key occurs twice in the same object.",
    ),
    "json.unknown_key": (
        "{where}: onbekende sleutel; toegestaan zijn {choices}.",
        "{where}: unknown key; allowed are {choices}.",
    ),
    # -- partner workbooks: export and import ------------------------------
    "export.pdf_unavailable": (
        "De PDF-uitvoer is in deze versie nog niet beschikbaar.",
        "PDF export is not available in this version yet.",
    ),
    "import.too_large": (
        "{path} wordt geweigerd: het bestand is te groot ({size} bytes; maximaal {limit}).",
        "{path} was refused: the file is too large ({size} bytes; at most {limit}).",
    ),
    "import.not_xlsx": (
        "{path} is geen Excel-werkboek (.xlsx).",
        "{path} is not an Excel workbook (.xlsx).",
    ),
    "import.macros": (
        "{path} wordt geweigerd: het bevat macro's ({detail}). Sla het op als .xlsx zonder "
        "macro's en probeer het opnieuw.",
        "{path} was refused: it contains macros ({detail}). Save it as .xlsx without macros "
        "and try again.",
    ),
    "import.zip_limits": (
        "{path} wordt geweigerd: {detail} (mogelijk een zip-bom).",
        "{path} was refused: {detail} (possibly a zip bomb).",
    ),
    "import.xml_entities": (
        "{path} wordt geweigerd: onderdeel {part} bevat een DOCTYPE- of ENTITY-declaratie.",
        "{path} was refused: part {part} contains a DOCTYPE or ENTITY declaration.",
    ),
    "import.encrypted": (
        "{path} is versleuteld of met een wachtwoord beveiligd en kan niet worden gelezen.",
        "{path} is encrypted or password-protected and cannot be read.",
    ),
    "import.unsafe_reader": (
        "Inlezen is uitgeschakeld: defusedxml ontbreekt, zodat XML niet veilig gelezen kan "
        "worden.",
        "Import is disabled: defusedxml is missing, so XML cannot be read safely.",
    ),
    "import.unreadable": (
        "{path} kan niet worden gelezen: {detail}.",
        "{path} cannot be read: {detail}.",
    ),
    "import.too_many_cells": (
        "{path} wordt geweigerd: blad {sheet} heeft meer dan {limit} rijen of kolommen.",
        "{path} was refused: sheet {sheet} has more than {limit} rows or columns.",
    ),
    "import.wrong_sheet": (
        "{path} heeft geen werkblad '{sheet}'; is dit een vergelijkingswerkboek van "
        "Maatwerk Workbench?",
        "{path} has no sheet '{sheet}'; is this a comparison workbook from Maatwerk "
        "Workbench?",
    ),
    "import.not_ours": (
        "{path} is geen vergelijkingswerkboek van Maatwerk Workbench ({detail}).",
        "{path} is not a comparison workbook from Maatwerk Workbench ({detail}).",
    ),
    "import.invalid": (
        "{path}: {count} probleem/problemen in het werkboek; er is niets gewijzigd.",
        "{path}: {count} problem(s) in the workbook; nothing was changed.",
    ),
    "import.missing_column": (
        "{cell}: kolom {key} ontbreekt; de rij met kolomsleutels is gewijzigd.",
        "{cell}: column {key} is missing; the row of column keys was changed.",
    ),
    "import.cell_number": (
        '{cell}: verwacht een getal, maar kreeg "{got}".',
        '{cell}: expected a number, got "{got}".',
    ),
    "import.cell_level": (
        '{cell}: onbekend niveau "{got}"; kies uit {choices}.',
        '{cell}: unknown level "{got}"; choose from {choices}.',
    ),
    "import.cell_range": (
        "{cell}: {got} ligt buiten {low} .. {high}.",
        "{cell}: {got} is outside {low} .. {high}.",
    ),
    "import.cell_stance": (
        '{cell}: verwacht een geheel getal van -2 tot en met 2, maar kreeg "{got}".',
        '{cell}: expected a whole number from -2 to 2, got "{got}".',
    ),
    "import.cell_order": (
        "{cell}: laag ≤ beste ≤ hoog is vereist (kreeg {low}, {best}, {high}).",
        "{cell}: low ≤ best ≤ high is required (got {low}, {best}, {high}).",
    ),
    "import.cell_best_required": (
        "{cell}: een nieuwe beoordeling heeft een beste schatting nodig.",
        "{cell}: a new assessment needs a best estimate.",
    ),
    "import.unknown_code": (
        '{cell}: onbekende maatregel "{got}".',
        '{cell}: unknown measure "{got}".',
    ),
    "import.duplicate_code": (
        "{cell}: maatregel {got} staat twee keer in het blad.",
        "{cell}: measure {got} appears twice on the sheet.",
    ),
    "import.unknown_criterion": (
        '{cell}: onbekend criterium "{got}".',
        '{cell}: unknown criterion "{got}".',
    ),
    "import.unknown_party": (
        '{cell}: onbekende partij "{got}".',
        '{cell}: unknown party "{got}".',
    ),
    "import.unknown_profile": (
        '{cell}: onbekende weging "{got}".',
        '{cell}: unknown weight profile "{got}".',
    ),
    "import.weights_zero": (
        "{cell}: alle gewichten zijn 0; minstens één moet groter zijn.",
        "{cell}: all weights are 0; at least one must be larger.",
    ),
    "import.uncached": (
        "{cell}: formule zonder berekende waarde; open het bestand in Excel of LibreOffice, "
        "sla het op en lees het opnieuw in.",
        "{cell}: formula without a calculated value; open the file in Excel or LibreOffice, "
        "save it and import it again.",
    ),
    "import.warn_formula": (
        "{cell}: bevat een formule; de opgeslagen uitkomst {got} is gebruikt.",
        "{cell}: holds a formula; its stored result {got} was used.",
    ),
    "import.warn_computed": (
        "{cell}: berekend door de gezondheidsberekening; deze wijziging wordt niet "
        "overgenomen.",
        "{cell}: computed by the health calculator; this change is not taken over.",
    ),
    "import.warn_method": (
        "Weging {profile} is bepaald met methode {method}; gewijzigde gewichten worden als "
        "directe gewichten overgenomen.",
        "Weight profile {profile} was set with method {method}; changed weights are taken "
        "over as direct weights.",
    ),
    "import.macro_label": (
        "Wijzigingen uit {file} overnemen",
        "Take over changes from {file}",
    ),
    # -- limits and hostile input (issue 10) -----------------------------
    "value.too_long": (
        "{where}: de tekst is {length} tekens lang; maximaal {limit} tekens per veld.",
        "{where}: the text is {length} characters long; at most {limit} per field.",
    ),
    "value.surrogate": (
        "{where}: de tekst bevat een ongeldig teken ({got}, een losse UTF-16-surrogaat).",
        "{where}: the text holds an invalid character ({got}, a lone UTF-16 surrogate).",
    ),
    "value.nul": (
        "{where}: de tekst bevat een nulteken (\\u0000), dat niet kan worden opgeslagen.",
        "{where}: the text holds a NUL character (\\u0000), which cannot be stored.",
    ),
    "value.too_big": (
        "{where}: het getal is te groot (een getal van {digits} cijfers; maximaal ±{limit}).",
        "{where}: the number is too large ({digits} digits; at most ±{limit}).",
    ),
    "value.health": ("{where}: {detail}", "{where}: {detail}"),
    "file.not_regular": (
        "{path} is geen gewoon bestand ({kind}) en wordt niet gelezen.",
        "{path} is not a regular file ({kind}) and is not read.",
    ),
    "import.too_many_cells_total": (
        "{path} wordt geweigerd: blad {sheet} heeft meer dan {limit} cellen (ook lege "
        "cellen naast de tabel tellen mee).",
        "{path} was refused: sheet {sheet} has more than {limit} cells (empty cells "
        "beside the table count too).",
    ),
    "import.too_slow": (
        "{path} wordt geweigerd: inlezen duurt langer dan {limit} seconden.",
        "{path} was refused: reading takes longer than {limit} seconds.",
    ),
    "import.no_audience": (
        "{path}: het werkboek vermeldt niet voor welk publiek het is gemaakt ({detail}); "
        "er is niets gewijzigd.",
        "{path}: the workbook does not say which audience it was made for ({detail}); "
        "nothing was changed.",
    ),
    "import.hidden_measure": (
        "{cell}: maatregel {got} staat niet in deze werkmap.",
        "{cell}: measure {got} is not in this workbook.",
    ),
    "import.hidden_profile": (
        "{cell}: weging {got} staat niet in deze werkmap.",
        "{cell}: weight profile {got} is not in this workbook.",
    ),
    "import.hidden_position": (
        "{cell}: het standpunt van {party} over {got} staat niet in deze werkmap.",
        "{cell}: the position of {party} on {got} is not in this workbook.",
    ),
    # -- merging copies (workbench.merge) --------------------------------
    "merge.unrelated": (
        "{path} is geen kopie van dit dossier (geen gemeenschappelijke herkomst); "
        "samenvoegen kan alleen met een kopie van hetzelfde dossier.",
        "{path} is not a copy of this project (no shared ancestor); only copies of the "
        "same project can be merged.",
    ),
    "merge.no_ancestor": (
        "{path} en dit dossier hebben geen gemeenschappelijke voorganger; samenvoegen "
        "kan alleen met een kopie van hetzelfde dossier (of geef --base).",
        "{path} and this project have no common ancestor; only copies of the same "
        "project can be merged (or give --base).",
    ),
    "merge.empty_history": (
        "{path} heeft nog geen geschiedenis; wijzig eerst iets en sla op, dan kan er "
        "een kopie voor een collega van worden gemaakt.",
        "{path} has no history yet; make and save a change first, then it can be "
        "copied for a colleague.",
    ),
    "merge.history_gap": (
        "De geschiedenis van het dossier is onvolledig (regel {seq}, {action}); de "
        "gemeenschappelijke voorganger kan niet worden hersteld. Geef die met --base.",
        "The project's history is incomplete (entry {seq}, {action}); the common "
        "ancestor cannot be rebuilt. Give it with --base.",
    ),
    "merge.no_edit": (
        "{where}: bij verwijderen tegenover wijzigen kies je ours of theirs, geen "
        "eigen waarde.",
        "{where}: for a delete against an edit choose ours or theirs, not a value.",
    ),
    "merge.row_gone": (
        "{where} bestaat niet meer; het conflict kan niet worden toegepast.",
        "{where} no longer exists; the conflict cannot be applied.",
    ),
    "merge.no_conflict": (
        "Geen open conflict voor {where}.",
        "No open conflict for {where}.",
    ),
    "merge.ambiguous": (
        "{where} past bij {n} open conflicten; geef het veld preciezer op.",
        "{where} matches {n} open conflicts; name the field more precisely.",
    ),
    "merge.summary": (
        "{merged} rijen automatisch samengevoegd; {conflicts} conflicten ({decided} beslist, "
        "{open} open).",
        "{merged} rows merged automatically; {conflicts} conflicts ({decided} decided, "
        "{open} open).",
    ),
    "merge.none_open": ("Geen open conflicten.", "No open conflicts."),
    "merge.resolved": (
        "{where} beslist; nog {open} open conflicten.",
        "{where} decided; {open} open conflicts left.",
    ),
    "merge.col_entity": ("soort", "entity"),
    "merge.col_code": ("code", "code"),
    "merge.col_field": ("veld", "field"),
    "merge.col_base": ("voorganger", "ancestor"),
    "merge.col_ours": ("ons", "ours"),
    "merge.col_theirs": ("hun", "theirs"),
    "merge.col_status": ("status", "status"),
    # -- draft agreements (workbench.drafts) -------------------------------
    "draft.kind": (
        "{path} kan niet als concept worden ingelezen: alleen .docx en .pdf.",
        "{path} cannot be imported as a draft: only .docx and .pdf.",
    ),
    "draft.not_docx": (
        "{path} is geen Word-document (.docx).",
        "{path} is not a Word document (.docx).",
    ),
    "draft.macros": (
        "{path} wordt geweigerd: het bevat macro's ({detail}). Sla het op als .docx zonder "
        "macro's en probeer het opnieuw.",
        "{path} was refused: it contains macros ({detail}). Save it as .docx without macros "
        "and try again.",
    ),
    "draft.unreadable": (
        "{path} is geen leesbaar concept ({detail}); er is niets gewijzigd.",
        "{path} is not a readable draft ({detail}); nothing was changed.",
    ),
    "draft.empty": (
        "{path} bevat geen tekst die als concept te lezen is; er is niets gewijzigd.",
        "{path} holds no text that can be read as a draft; nothing was changed.",
    ),
    "draft.too_long": (
        "{path} wordt geweigerd: {detail} (maximaal {limit}).",
        "{path} was refused: {detail} (at most {limit}).",
    ),
    "draft.unknown": (
        "Conceptversie {got} bestaat niet (of is niet zichtbaar).",
        "Draft version {got} does not exist (or is not visible).",
    ),
    "draft.no_text": (
        "Conceptversie {got} heeft geen ingelezen tekst; lees eerst een .docx of .pdf in.",
        "Draft version {got} has no imported text; import a .docx or .pdf first.",
    ),
    "draft.unknown_clause": (
        "Conceptversie {draft} heeft geen bepaling \"{got}\".",
        "Draft version {draft} has no clause \"{got}\".",
    ),
    "draft.link_exists": (
        "{code} is al gekoppeld aan {clause} ({kind}).",
        "{code} is already linked to {clause} ({kind}).",
    ),
    "draft.summary": (
        "{new} t.o.v. {old}: {count} maatregelen geraakt, {dalys} DALY tot 2030",
        "{new} compared with {old}: {count} measures affected, {dalys} DALY to 2030",
    ),
    "draft.summary_unknown": (
        "{new} t.o.v. {old}: {count} maatregelen geraakt, DALY tot 2030 onbekend",
        "{new} compared with {old}: {count} measures affected, DALY to 2030 unknown",
    ),
    # -- command line ----------------------------------------------------
    "cli.io": (
        "Kan {path} niet lezen of schrijven: {detail}",
        "Cannot read or write {path}: {detail}",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    # value types named in messages
    "type.text": ("tekst", "text"),
    "type.id": ("een id", "an id"),
    "type.bool": ("ja/nee", "yes/no"),
    "type.int": ("een geheel getal", "an integer"),
    "type.number": ("een getal", "a number"),
    "type.finite": ("een eindig getal", "a finite number"),
    "type.date": ("een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)"),
    "type.datetime": ("een tijdstip", "a date and time"),
    "type.list": ("een lijst", "a list"),
    "type.object": ("een object", "an object"),
    # entities
    "entity.measure": ("maatregel", "measure"),
    "entity.measure_note": ("notitie", "note"),
    "entity.measure_link": ("koppeling", "link"),
    "entity.source": ("bron", "source"),
    "entity.criterion": ("criterium", "criterion"),
    "entity.assessment": ("beoordeling", "assessment"),
    "entity.stakeholder": ("partij", "party"),
    "entity.position": ("standpunt", "position"),
    "entity.weight_profile": ("weging", "weight profile"),
    "entity.weight": ("gewicht", "weight"),
    "entity.package": ("pakket", "package"),
    "entity.package_member": ("pakketonderdeel", "package member"),
    "entity.draft": ("conceptversie", "draft"),
    "entity.draft_term": ("bepaling", "draft term"),
    "entity.draft_clause": ("bepaling in de tekst", "clause"),
    "entity.draft_comment": ("opmerking bij concept", "draft comment"),
    "entity.clause_link": ("koppeling met tekst", "clause link"),
    "entity.meeting": ("overleg", "meeting"),
    "entity.meeting_party": ("deelnemer", "participant"),
    "entity.meeting_measure": ("besproken maatregel", "discussed measure"),
    "entity.action_item": ("actiepunt", "action item"),
    "entity.population": ("bevolkingsgroep", "population group"),
    "entity.exposure_change": ("blootstellingsverandering", "exposure change"),
    "entity.emission_change": ("emissieverandering", "emission change"),
    "entity.health_parameter": ("gezondheidsparameter", "health parameter"),
    # visibility
    "visibility.public": ("openbaar", "public"),
    "visibility.partners": ("coalitiepartners", "partners"),
    "visibility.internal": ("intern", "internal"),
    # themes
    "theme.dust": ("stof", "dust"),
    "theme.pah": ("PAK", "PAH"),
    "theme.metals": ("metalen", "metals"),
    "theme.nox": ("NOx", "NOx"),
    "theme.noise": ("geluid", "noise"),
    "theme.odour": ("geur", "odour"),
    "theme.co2": ("CO₂", "CO₂"),
    "theme.monitoring": ("monitoring en handhaving", "monitoring and enforcement"),
    "theme.other": ("overig", "other"),
    # origins
    "origin.jloi": ("JLoI", "JLoI"),
    "origin.company_offer": ("aanbod Tata Steel", "company offer"),
    "origin.our_agenda": ("inzet IJmond", "our agenda"),
    "origin.expert_advice": ("advies Expertgroep", "expert advice"),
    "origin.ger": ("GER", "HIA (GER)"),
    # payers
    "payer.company": ("Tata Steel", "Tata Steel"),
    "payer.state": ("Rijk", "State"),
    "payer.province": ("provincie", "province"),
    "payer.municipalities": ("gemeenten", "municipalities"),
    "payer.shared": ("gedeeld", "shared"),
    "payer.eu": ("EU", "EU"),
    "payer.unknown": ("onbekend", "unknown"),
    # statuses
    "status.idea": ("idee", "idea"),
    "status.proposed": ("voorgesteld", "proposed"),
    "status.in_draft": ("in concept", "in draft"),
    "status.agreed": ("akkoord", "agreed"),
    "status.rejected": ("verworpen", "rejected"),
    "status.parked": ("geparkeerd", "parked"),
    # criterion kinds
    "kind.health": ("gezondheid", "health"),
    "kind.cost": ("kosten", "cost"),
    "kind.feasibility": ("haalbaarheid", "feasibility"),
    "kind.other": ("overig", "other"),
    "direction.higher_is_better": ("hoger is beter", "higher is better"),
    "direction.lower_is_better": ("lager is beter", "lower is better"),
    "confidence.low": ("laag", "low"),
    "confidence.medium": ("middel", "medium"),
    "confidence.high": ("hoog", "high"),
    "priority.low": ("laag", "low"),
    "priority.medium": ("middel", "medium"),
    "priority.high": ("hoog", "high"),
    "stakeholder.government": ("overheid", "government"),
    "stakeholder.municipality": ("gemeente", "municipality"),
    "stakeholder.company": ("bedrijf", "company"),
    "stakeholder.health": ("gezondheid", "health"),
    "stakeholder.union": ("vakbond", "union"),
    "stakeholder.residents": ("bewoners", "residents"),
    "stakeholder.ngo": ("ngo", "NGO"),
    "stakeholder.other": ("overig", "other"),
    "link.requires": ("vereist", "requires"),
    "link.excludes": ("sluit uit", "excludes"),
    "method.direct": ("direct", "direct"),
    "method.swing": ("swing", "swing"),
    "method.roc": ("rangorde-centroïde", "rank-order centroid"),
    "method.ahp": ("AHP (paarsgewijs)", "AHP (pairwise)"),
    # kinds of file that are not read (a FIFO would block, a device never end)
    "filekind.fifo": ("een FIFO", "a FIFO"),
    "filekind.folder": ("een map", "a folder"),
    "filekind.device": ("een apparaat", "a device"),
    "filekind.other": ("een speciaal bestand", "a special file"),
}

# The record's texts live in their own module (workbench.i18n.record_texts).
from workbench.i18n.record_texts import RECORD_LABELS, RECORD_MESSAGES  # noqa: E402

MESSAGES.update(RECORD_MESSAGES)
LABELS.update(RECORD_LABELS)

# The team server's texts (workbench.i18n.server_texts).
from workbench.i18n.server_texts import SERVER_MESSAGES  # noqa: E402

MESSAGES.update(SERVER_MESSAGES)

# Team work's later texts (workbench.i18n.merge_texts).
from workbench.i18n.merge_texts import MERGE_MESSAGES  # noqa: E402

MESSAGES.update(MERGE_MESSAGES)


class Where:
    """A place in the project a message points at: entity, its key, a field.

    Rendered in the message's language ("maatregel M01.deadline_year" /
    "measure M01.deadline_year"); field names stay as in the file format.
    """

    def __init__(self, entity: str, ident: str, field: str = "") -> None:
        self.entity = entity
        self.ident = ident
        self.field = field

    def at(self, field: str) -> Where:
        return Where(self.entity, self.ident, field)

    def text(self, language: Language) -> str:
        base = f"{label('entity.' + self.entity, language)} {self.ident}".strip()
        return f"{base}.{self.field}" if self.field else base

    def __str__(self) -> str:
        return self.text("nl")


class Term:
    """A catalog label used as a message parameter, rendered in the message's language."""

    def __init__(self, key: str) -> None:
        self.key = key

    def text(self, language: Language) -> str:
        return label(self.key, language)

    def __str__(self) -> str:
        return self.text("nl")


# How much of a value a message repeats: a value is cut to VALUE_CHARS, a place
# (JSON path, cell, file) or a list of choices to PLACE_CHARS, an explanation to
# DETAIL_CHARS; the rest is replaced by "…".
VALUE_CHARS = 60
PLACE_CHARS = 200
DETAIL_CHARS = 400
_PLACES = frozenset({"where", "cell", "path", "lock", "choices", "sheet", "part", "file"})
# Control characters, line and paragraph separators and lone surrogates are
# shown escaped, so a message is always one printable line.
_ESCAPES = {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code in _ESCAPES:
        return _ESCAPES[code]
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _needs_escape(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code < 0xA0 or code in (0x2028, 0x2029) or (
        0xD800 <= code < 0xE000
    )


def one_line(text: str) -> str:
    """`text` with every control character, line break and lone surrogate escaped."""
    if text.isprintable():  # False for controls, separators and surrogates alike
        return text
    return "".join(_escape_char(c) if _needs_escape(c) else c for c in text)


def clip(value: object, limit: int = VALUE_CHARS) -> str:
    """A value as a message repeats it: one line, at most `limit` characters, then "…".

    A value that arrives quoted keeps its closing quote after the cut. This is
    the one helper every message formatter uses, so no message repeats a
    10 MB value or a value with newlines.
    """
    text = value if isinstance(value, str) else str(value)
    if len(text) > 4 * limit:
        quoted_ = text.startswith('"') and text.endswith('"')
        text = text[: 4 * limit] + ('"' if quoted_ else "")
    text = one_line(text)
    if len(text) <= limit:
        return text
    if len(text) > 1 and text.startswith('"') and text.endswith('"'):
        return text[: limit - 2] + '…"'
    return text[: limit - 1] + "…"


def quoted(value: object, limit: int = VALUE_CHARS) -> str:
    """A text value in double quotes, cut and escaped like :func:`clip`."""
    return clip(f'"{value}"', limit)


def _limit(name: str) -> int:
    if name in _PLACES:
        return PLACE_CHARS
    return DETAIL_CHARS if name == "detail" else VALUE_CHARS


def render(key: str, language: Language = "nl", /, **params: Any) -> str:
    nl, en = MESSAGES[key]
    template = en if language == "en" and en else nl
    shown = {
        k: clip(v.text(language) if isinstance(v, (Where, Term)) else v, _limit(k))
        for k, v in params.items()
    }
    return template.format(**shown)


def label(key: str, language: Language = "nl") -> str:
    """The display label of e.g. ``"status.in_draft"``; unknown keys show themselves."""
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if language == "en" else pair[0]


# The draft agreement's export texts (workbench.i18n.draft_texts).
from workbench.i18n.draft_texts import DRAFT_LABELS  # noqa: E402

LABELS.update(DRAFT_LABELS)
