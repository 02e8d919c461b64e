<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>AcceptabilityChart</name>
    <message>
        <source>Rank</source>
        <translation>Rangplaats</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Opnieuw voorstellen</translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>Agenda opslaan</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>Agenda afdrukken…</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Zichtbaarheid:</translation>
    </message>
    <message>
        <source>Proposed agenda for a new meeting</source>
        <translation>Voorgestelde agenda voor een nieuw overleg</translation>
    </message>
    <message>
        <source>Agenda of {title} ({date}), as saved</source>
        <translation>Agenda van {title} ({date}), zoals opgeslagen</translation>
    </message>
    <message>
        <source>Proposed agenda for {title} ({date})</source>
        <translation>Voorgestelde agenda voor {title} ({date})</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AhpDialog</name>
    <message>
        <source>Pairwise comparison (AHP)</source>
        <translation>Paarsgewijze vergelijking (AHP)</translation>
    </message>
    <message>
        <source>For each pair: how much more important is the row criterion than the column criterion? 1 = equally important, 9 = extremely more important, 1/9 = extremely less important.</source>
        <translation>Per paar: hoeveel belangrijker is het criterium van de rij dan dat van de kolom? 1 = even belangrijk, 9 = extreem veel belangrijker, 1/9 = extreem veel minder belangrijk.</translation>
    </message>
    <message>
        <source>Consistency ratio: %1 (consistent: 0.10 or less)</source>
        <translation>Consistentieratio: %1 (consistent: 0,10 of lager)</translation>
    </message>
    <message>
        <source>Consistency ratio: %1 — above 0.10: revisit the highlighted judgements</source>
        <translation>Consistentieratio: %1 — boven 0,10: bekijk de gemarkeerde oordelen opnieuw</translation>
    </message>
    <message>
        <source>%1 against %2: you said %3, the weights imply %4</source>
        <translation>%1 tegenover %2: u gaf %3, de gewichten geven %4</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}. The project was not changed by this step; details are in {log}.</source>
        <translation>Er ging iets mis: {error}. Het dossier is door deze stap niet gewijzigd; details staan in {log}.</translation>
    </message>
    <message>
        <source>The demo project is not available in this installation.</source>
        <translation>Het demodossier is in deze installatie niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Show as table</source>
        <translation>Als tabel tonen</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Opslaan als SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Weight profile:</source>
        <translation>Weging:</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Waar voor je geld</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Onzekerheid</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation>Gezondheid in de tijd</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Andere maatregel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Conceptversie</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Wording visible to</source>
        <translation>Tekst zichtbaar voor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Niveau vóór</translation>
    </message>
    <message>
        <source>Tonal</source>
        <translation>Tonaal</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Blootstelling</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Stof</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Above statutory</source>
        <translation>Bovenwettelijk</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>low {low} · best {best} · high {high}</source>
        <translation>laag {low} · beste {best} · hoog {high}</translation>
    </message>
    <message>
        <source>Key (command line)</source>
        <translation>Sleutel (opdrachtregel)</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineair</translation>
    </message>
    <message>
        <source>piecewise</source>
        <translation>stuksgewijs</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Coalition partner</source>
        <translation>Coalitiepartner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Notes visible to</source>
        <translation>Notities zichtbaar voor</translation>
    </message>
    <message>
        <source>Estimate of party</source>
        <translation>Inschatting van partij</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>In package</source>
        <translation>In pakket</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Rode lijn</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>(no measure)</source>
        <translation>(geen maatregel)</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Visible to</source>
        <translation>&amp;Zichtbaar voor</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Above statutory</source>
        <translation>&amp;Bovenwettelijk</translation>
    </message>
    <message>
        <source>Statutory &amp;baseline</source>
        <translation>&amp;Wettelijke basis</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Herkomst</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>Betaa&amp;lder</translation>
    </message>
    <message>
        <source>Start &amp;year</source>
        <translation>Start&amp;jaar</translation>
    </message>
    <message>
        <source>&amp;Deadline year</source>
        <translation>&amp;Deadline (jaar)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschrijving</translation>
    </message>
    <message>
        <source>Description visible &amp;to</source>
        <translation>Beschrijving zichtbaar &amp;voor</translation>
    </message>
    <message>
        <source>This measure is internal: hidden in meeting mode.</source>
        <translation>Deze maatregel is intern: verborgen in vergadermodus.</translation>
    </message>
    <message>
        <source>Select a measure in the register to see its details.</source>
        <translation>Kies een maatregel in het register om de details te zien.</translation>
    </message>
    <message>
        <source>goes beyond what the law requires</source>
        <translation>gaat verder dan de wet vereist</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Notes, and the measures this one requires or excludes</source>
        <translation>Notities, en de maatregelen die deze vereist of uitsluit</translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation>Conce&amp;pten</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>Beoo&amp;rdelingen</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Gezondheid</translation>
    </message>
    <message>
        <source>Exposure and emission changes, and the computed health effect</source>
        <translation>Veranderingen in blootstelling en uitstoot, en het berekende gezondheidseffect</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Requires / excludes</source>
        <translation>Vereist / sluit uit</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>&amp;Koppeling toevoegen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <source>Remove from draft</source>
        <translation>Uit concept verwijderen</translation>
    </message>
    <message>
        <source>Remove assessment</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
</context>
<context>
    <name>DraftTimeline</name>
    <message>
        <source>Wording in the draft texts</source>
        <translation>Tekst in de conceptversies</translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation>nieuw in deze versie</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>vernummerd</translation>
    </message>
    <message>
        <source>gone from this version</source>
        <translation>vervallen in deze versie</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>niet in deze versie</translation>
    </message>
    <message>
        <source>Not linked to a clause of an imported draft. Link it on the Drafts page.</source>
        <translation>Niet gekoppeld aan een bepaling van een ingelezen concept. Koppel op de pagina Concepten.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation>Concept &amp;inlezen…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Bepalingen</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>To chec&amp;k</source>
        <translation>Te &amp;controleren</translation>
    </message>
    <message>
        <source>Su&amp;ggested links</source>
        <translation>&amp;Voorgestelde koppelingen</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergelijk:</translation>
    </message>
    <message>
        <source>Substantive changes only</source>
        <translation>Alleen inhoudelijke wijzigingen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Gevolg</translation>
    </message>
    <message>
        <source>DALY to 2030</source>
        <translation>DALY tot 2030</translation>
    </message>
    <message>
        <source>implements</source>
        <translation>voert uit</translation>
    </message>
    <message>
        <source>weakens</source>
        <translation>zwakt af</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>noemt</translation>
    </message>
    <message>
        <source>Link to clause</source>
        <translation>Koppel aan bepaling</translation>
    </message>
    <message>
        <source>for partners</source>
        <translation>voor coalitiepartners</translation>
    </message>
    <message>
        <source>for the public</source>
        <translation>openbaar</translation>
    </message>
    <message>
        <source>for the team</source>
        <translation>voor het team (intern)</translation>
    </message>
    <message>
        <source>Redline PDF…</source>
        <translation>Redline-PDF…</translation>
    </message>
    <message>
        <source>Word (tracked changes)…</source>
        <translation>Word (wijzigingen bijhouden)…</translation>
    </message>
    <message>
        <source>Change list xlsx…</source>
        <translation>Wijzigingenlijst xlsx…</translation>
    </message>
    <message>
        <source>Import two versions to compare them.</source>
        <translation>Lees twee versies in om ze te vergelijken.</translation>
    </message>
    <message>
        <source>({dalys} at stake)</source>
        <translation>({dalys} op het spel)</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Concept inlezen</translation>
    </message>
    <message>
        <source>Drafts (*.docx *.pdf)</source>
        <translation>Concepten (*.docx *.pdf)</translation>
    </message>
    <message>
        <source>{key}: {count} clauses imported; {n} to check.</source>
        <translation>{key}: {count} bepalingen ingelezen; {n} te controleren.</translation>
    </message>
    <message>
        <source>Export redline</source>
        <translation>Redline exporteren</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Concepten</translation>
    </message>
</context>
<context>
    <name>ElicitationDialog</name>
    <message>
        <source>Resulting weights: %1</source>
        <translation>Gewichten die hieruit volgen: %1</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Maatwerk Workbench</source>
        <translation>Maatwerk Workbench</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Internal (IJmond team)</source>
        <translation>Intern (team IJmond)</translation>
    </message>
    <message>
        <source>Coalition partners</source>
        <translation>Coalitiepartners</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Position paper (PDF)</source>
        <translation>Positiepaper (PDF)</translation>
    </message>
    <message>
        <source>Comparison workbook (Excel)</source>
        <translation>Vergelijkingsoverzicht (Excel)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Open the file when done</source>
        <translation>Het bestand openen als het klaar is</translation>
    </message>
    <message>
        <source>Preview of the position paper</source>
        <translation>Voorbeeld van de positiepaper</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Geen voorbeeld: {error}</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Geen voorbeeld beschikbaar.</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Kies een bestand in een bestaande map.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Exporteren mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Maatwerk projects (*{suffix});;All files (*)</source>
        <translation>Maatwerk-dossiers (*{suffix});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Naamloos dossier</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>{name} has unsaved changes. Save them first?</source>
        <translation>{name} heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Dossier in gebruik</translation>
    </message>
    <message>
        <source>{file} is in use by {user} on {host} since {since}.

You can open it read-only: you will see everything but cannot change it.</source>
        <translation>{file} is in gebruik door {user} op {host} sinds {since}.

U kunt het alleen-lezen openen: u ziet alles, maar kunt niets wijzigen.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>een onbekend tijdstip</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Dossier opslaan als</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>Alle wijzigingen sinds de laatste keer opslaan weggooien?</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>een naamloos dossier</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>Maatwerk Workbench was not closed properly. There are {n} unsaved changes to {name} (session of {user}, started {since}).

Recover them, or discard them for good?</source>
        <translation>Maatwerk Workbench is niet goed afgesloten. Er zijn {n} niet-opgeslagen wijzigingen in {name} (sessie van {user}, gestart {since}).

Wilt u ze herstellen, of definitief weggooien?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Copies and change sets (*{suffix} *.mwbc)</source>
        <translation>Kopieën en wijzigingenbestanden (*{suffix} *.mwbc)</translation>
    </message>
    <message>
        <source>Copy for a colleague</source>
        <translation>Kopie voor collega</translation>
    </message>
    <message>
        <source>Merge a colleague's copy</source>
        <translation>Kopie van een collega samenvoegen</translation>
    </message>
    <message>
        <source>Rows merged automatically: {n}</source>
        <translation>Automatisch samengevoegde rijen: {n}</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>Budgets:</source>
        <translation>Budgetstappen:</translation>
    </message>
    <message>
        <source>&amp;Compute frontier</source>
        <translation>&amp;Grens berekenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Value under a weight profile</source>
        <translation>Waarde onder een weging</translation>
    </message>
    <message>
        <source>Health gain (DALYs)</source>
        <translation>Gezondheidswinst (DALY's)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Cost (million {unit})</source>
        <translation>Kosten (miljoen {unit})</translation>
    </message>
    <message>
        <source>Cost ({unit})</source>
        <translation>Kosten ({unit})</translation>
    </message>
    <message>
        <source>Health gain (DALYs/year)</source>
        <translation>Gezondheidswinst (DALY's per jaar)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Best package per budget</source>
        <translation>Beste pakket per budget</translation>
    </message>
    <message>
        <source>Saved packages</source>
        <translation>Opgeslagen pakketten</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>PM2.5 (µg/m³)</source>
        <translation>PM2,5 (µg/m³)</translation>
    </message>
    <message>
        <source>PM10 (µg/m³)</source>
        <translation>PM10 (µg/m³)</translation>
    </message>
    <message>
        <source>NO₂ (µg/m³)</source>
        <translation>NO₂ (µg/m³)</translation>
    </message>
    <message>
        <source>Noise Lden (dB)</source>
        <translation>Geluid Lden (dB)</translation>
    </message>
    <message>
        <source>Noise Lnight (dB)</source>
        <translation>Geluid Lnight (dB)</translation>
    </message>
    <message>
        <source>BaP (ng/m³)</source>
        <translation>BaP (ng/m³)</translation>
    </message>
    <message>
        <source>BaP</source>
        <translation>BaP</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lood</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Sterfte</translation>
    </message>
    <message>
        <source>Chronic bronchitis</source>
        <translation>Chronische bronchitis</translation>
    </message>
    <message>
        <source>Lung cancer</source>
        <translation>Longkanker</translation>
    </message>
    <message>
        <source>Highly annoyed by noise</source>
        <translation>Ernstig gehinderd door geluid</translation>
    </message>
    <message>
        <source>Highly sleep-disturbed</source>
        <translation>Ernstig slaapverstoord</translation>
    </message>
    <message>
        <source>Add &amp;exposure change</source>
        <translation>&amp;Blootstelling toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Exposure changes (after minus before; negative is cleaner)</source>
        <translation>Blootstelling: verandering (na min vóór; negatief is schoner)</translation>
    </message>
    <message>
        <source>Add e&amp;mission change</source>
        <translation>&amp;Uitstoot toevoegen</translation>
    </message>
    <message>
        <source>Emission changes (tonnes per year; negative is less emitted)</source>
        <translation>Uitstoot: verandering (ton per jaar; negatief is minder uitstoot)</translation>
    </message>
</context>
<context>
    <name>HealthBreakdownDialog</name>
    <message>
        <source>Mortality</source>
        <translation>Sterfte</translation>
    </message>
    <message>
        <source>Chronic bronchitis</source>
        <translation>Chronische bronchitis</translation>
    </message>
    <message>
        <source>Lung cancer</source>
        <translation>Longkanker</translation>
    </message>
    <message>
        <source>Highly annoyed</source>
        <translation>Ernstig gehinderd</translation>
    </message>
    <message>
        <source>Highly sleep-disturbed</source>
        <translation>Ernstig slaapverstoord</translation>
    </message>
    <message>
        <source>Health breakdown: %1</source>
        <translation>Gezondheidswinst uitgesplitst: %1</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>Bevolkingsgroep</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Blootstelling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Gezondheidseffect</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Gevallen per jaar</translation>
    </message>
    <message>
        <source>DALYs per year (low – high)</source>
        <translation>DALY's per jaar (laag – hoog)</translation>
    </message>
    <message>
        <source>This measure has no health inputs.</source>
        <translation>Voor deze maatregel zijn geen gezondheidsgegevens ingevoerd.</translation>
    </message>
    <message>
        <source>DALYs avoided per year: %1 (%2 – %3)</source>
        <translation>Vermeden DALY's per jaar: %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>to %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>DALYs avoided, cumulative (%1)</source>
        <translation>Vermeden DALY's, opgeteld (%1)</translation>
    </message>
    <message>
        <source>Health gain counted from each measure's start year; packages to the right.</source>
        <translation>Gezondheidswinst geteld vanaf het startjaar van elke maatregel; pakketten rechts.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startjaar</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>Cannot be calculated: {why}</source>
        <translation>Niet te berekenen: {why}</translation>
    </message>
    <message>
        <source>DALYs per year: no data</source>
        <translation>DALY per jaar: geen gegevens</translation>
    </message>
    <message>
        <source>DALYs per year: {v} ({origin})</source>
        <translation>DALY per jaar: {v} ({origin})</translation>
    </message>
    <message>
        <source>No exposure or emission changes: no computed health effect.</source>
        <translation>Geen veranderingen in blootstelling of uitstoot: geen berekend gezondheidseffect.</translation>
    </message>
    <message>
        <source>Value per year (emission prices): € {v}</source>
        <translation>Waarde per jaar (milieuprijzen): € {v}</translation>
    </message>
    <message>
        <source>No exposure changes: deaths and DALYs are not computed.</source>
        <translation>Geen blootstellingsveranderingen: sterfte en DALY worden niet berekend.</translation>
    </message>
    <message>
        <source>Deaths avoided per year: {v}</source>
        <translation>Vermeden sterfgevallen per jaar: {v}</translation>
    </message>
    <message>
        <source>Value per year: € {v}</source>
        <translation>Waarde per jaar: € {v}</translation>
    </message>
    <message>
        <source>DALYs cumulative to {year}: {v}</source>
        <translation>DALY's opgeteld tot {year}: {v}</translation>
    </message>
    <message>
        <source>Cumulative DALYs: unknown (no start year)</source>
        <translation>DALY's opgeteld: onbekend (geen startjaar)</translation>
    </message>
    <message>
        <source>low – best – high: {v}</source>
        <translation>laag – beste – hoog: {v}</translation>
    </message>
    <message>
        <source>This project has no population groups yet, so exposure changes cannot be added; import them with the project data.</source>
        <translation>Dit dossier heeft nog geen bevolkingsgroepen, dus blootstelling kan nog niet worden toegevoegd; importeer ze met de dossiergegevens.</translation>
    </message>
    <message>
        <source>Computed by the health calculator</source>
        <translation>Berekend door de gezondheidscalculator (laag – beste – hoog)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Gevallen per jaar</translation>
    </message>
    <message>
        <source>DALYs per year</source>
        <translation>DALY's per jaar</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Position history</source>
        <translation>Geschiedenis van het standpunt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Rode lijn</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>No positions recorded yet.</source>
        <translation>Nog geen standpunten vastgelegd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <source>The new measure is internal: hidden in meeting mode.</source>
        <translation>De nieuwe maatregel is intern: verborgen in vergadermodus.</translation>
    </message>
    <message>
        <source>Measure {code} deleted. Undo with Ctrl+Z.</source>
        <translation>Maatregel {code} verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Measure details</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>Opnieu&amp;w: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Naamloos dossier</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Maatwerk Workbench — a negotiation workbench for the IJmond maatwerkafspraak.</source>
        <translation>Maatwerk Workbench — een onderhandelwerkbank voor de IJmond-maatwerkafspraak.</translation>
    </message>
    <message>
        <source>Import a partner workbook</source>
        <translation>Werkmap van een partner importeren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Total score under:</source>
        <translation>Totaalscore volgens:</translation>
    </message>
    <message>
        <source>Colour: green is good, red is poor on that criterion. Hatched — : not assessed. Click a column header to sort; double-click a cell to edit.</source>
        <translation>Kleur: groen is gunstig, rood is ongunstig op dat criterium. Gearceerd — : niet beoordeeld. Klik op een kolomkop om te sorteren; dubbelklik op een cel om te wijzigen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Total score (0–1)</source>
        <translation>Totaalscore (0–1)</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>best {best} {unit} (low {low}, high {high})</source>
        <translation>beste schatting {best} {unit} (laag {low}, hoog {high})</translation>
    </message>
    <message>
        <source>Computed by the health calculator (double-click for details)</source>
        <translation>Berekend met de gezondheidsrekenmodule (dubbelklik voor de uitsplitsing)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Select a cell to see its estimate, rationale and source.</source>
        <translation>Kies een cel om de schatting, onderbouwing en bron te zien.</translation>
    </message>
    <message>
        <source>Scoring matrix</source>
        <translation>Scoretabel</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort overleg</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Parties present</source>
        <translation>Aanwezige partijen</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Onze delegatie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Visibility of the notes</source>
        <translation>Zichtbaarheid van de aantekeningen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Visibility of the decisions</source>
        <translation>Zichtbaarheid van de besluiten</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not shown on this screen.</source>
        <translation>Niet getoond op dit scherm.</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Leave meeting mode</source>
        <translation>Vergadermodus verlaten</translation>
    </message>
    <message>
        <source>Leaving meeting mode shows internal notes, conditions, red lines and internal measures again. Is the screen no longer shared?</source>
        <translation>Na het verlaten van de vergadermodus zijn interne notities, voorwaarden, rode lijnen en interne maatregelen weer te zien. Wordt het scherm niet meer gedeeld?</translation>
    </message>
    <message>
        <source>Show internal information</source>
        <translation>Interne informatie tonen</translation>
    </message>
    <message>
        <source>Stay in meeting mode</source>
        <translation>In vergadermodus blijven</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Vergadermodus</translation>
    </message>
    <message>
        <source>Hide all internal information, for a shared screen or projector</source>
        <translation>Verberg alle interne informatie, voor een gedeeld scherm of projector</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>Larger text for a projector</source>
        <translation>Grotere letters voor een projector</translation>
    </message>
    <message>
        <source>Meeting mode — internal information is hidden</source>
        <translation>Vergadermodus — interne informatie is verborgen</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Open meeting (record the state)</source>
        <translation>Overleg openen (stand vastleggen)</translation>
    </message>
    <message>
        <source>Open and overdue items</source>
        <translation>Open en verlopen punten</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuw overleg…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Toezegging toevoegen…</translation>
    </message>
    <message>
        <source>Add action item…</source>
        <translation>Actiepunt toevoegen…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>What changed since the selected meeting…</source>
        <translation>Wat is er veranderd sinds het gekozen overleg…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort overleg</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Onze delegatie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>V&amp;ergaderingen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge: conflicts</source>
        <translation>Samenvoegen: conflicten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Ancestor</source>
        <translation>Voorganger</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Hun</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Own value</source>
        <translation>Eigen waarde</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <source>All (or selection): ours</source>
        <translation>Alles (of selectie): ons</translation>
    </message>
    <message>
        <source>All (or selection): theirs</source>
        <translation>Alles (of selectie): hun</translation>
    </message>
</context>
<context>
    <name>MergeStatus</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>Open conflicten: {n}</translation>
    </message>
    <message>
        <source>Merge conflicts kept for later: click to decide them</source>
        <translation>Conflicten van samenvoegen die voor later zijn bewaard: klik om ze te beslissen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Parties and positions</source>
        <translation>Partijen en standpunten</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Score table</source>
        <translation>Scoretabel</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Wegingen</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Waarde voor geld</translation>
    </message>
    <message>
        <source>Uncertainty and sensitivity</source>
        <translation>Onzekerheid en gevoeligheid</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Standpunten</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>How the score is built</source>
        <translation>Opbouw van de score</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Weights and ranking</source>
        <translation>Gewichten en rangorde</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Wegingen beheren</translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation>Gezondheid in de tijd</translation>
    </message>
</context>
<context>
    <name>OptimiserDialog</name>
    <message>
        <source>Find the best package</source>
        <translation>Beste pakket zoeken</translation>
    </message>
    <message>
        <source>Value under a weight profile</source>
        <translation>Waarde onder een weging</translation>
    </message>
    <message>
        <source>Health gain (DALYs)</source>
        <translation>Gezondheidswinst (DALY's)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Weight profile:</source>
        <translation>&amp;Weging:</translation>
    </message>
    <message>
        <source>Started by &amp;year:</source>
        <translation>Gestart uiterlijk in &amp;jaar:</translation>
    </message>
    <message>
        <source>Must be in</source>
        <translation>Moet erin</translation>
    </message>
    <message>
        <source>Must stay out</source>
        <translation>Moet eruit blijven</translation>
    </message>
    <message>
        <source>Respect the red lines of</source>
        <translation>Rode lijnen respecteren van</translation>
    </message>
    <message>
        <source>&amp;Propose a package</source>
        <translation>Pakket &amp;voorstellen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>&amp;Save as package</source>
        <translation>Opslaan als &amp;pakket</translation>
    </message>
    <message>
        <source>No package meets all requirements. These requirements conflict:</source>
        <translation>Geen pakket voldoet aan alle eisen. Deze eisen botsen:</translation>
    </message>
    <message>
        <source>The optimiser found no solution: {message}</source>
        <translation>De optimalisatie vond geen oplossing: {message}</translation>
    </message>
    <message>
        <source>Leave out the red lines of {party}</source>
        <translation>Rode lijnen van {party} weglaten</translation>
    </message>
    <message>
        <source>{best} {unit} ({low}–{high})</source>
        <translation>{best} {unit} ({low}–{high})</translation>
    </message>
    <message>
        <source>the health gain itself</source>
        <translation>de gezondheidswinst zelf</translation>
    </message>
    <message>
        <source>{value} (sum of the measures' scores 0-1 under “{profile}”)</source>
        <translation>{value} (som van de scores 0-1 van de maatregelen onder „{profile}”)</translation>
    </message>
    <message>
        <source>Best package: {n} measures, cost {cost}, health gain {dalys}; objective value: {goal}.</source>
        <translation>Beste pakket: {n} maatregelen, kosten {cost}, gezondheidswinst {dalys}; doelwaarde: {goal}.</translation>
    </message>
    <message>
        <source>Settings: budget {budget}; objective {objective}; started by {year}; must be in: {must}; must stay out: {exclude}; red lines respected of: {respect}.</source>
        <translation>Instellingen: budget {budget}; doel {objective}; gestart uiterlijk {year}; verplicht: {must}; uitgesloten: {exclude}; rode lijnen gerespecteerd van: {respect}.</translation>
    </message>
    <message>
        <source>Optimiser proposal, budget {budget}</source>
        <translation>Voorstel optimalisatie, budget {budget}</translation>
    </message>
    <message>
        <source>Saved as package “{name}”.</source>
        <translation>Opgeslagen als pakket ‘{name}’.</translation>
    </message>
</context>
<context>
    <name>PackageComparison</name>
    <message>
        <source>Cost ({unit})</source>
        <translation>Kosten ({unit})</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Health ({unit})</source>
        <translation>Gezondheid ({unit})</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Value: {profile}</source>
        <translation>Waarde: {profile}</translation>
    </message>
    <message>
        <source>Red lines crossed</source>
        <translation>Rode lijnen overschreden</translation>
    </message>
    <message>
        <source>Number of measures</source>
        <translation>Aantal maatregelen</translation>
    </message>
    <message>
        <source>Not counted (incompletely assessed): {codes}</source>
        <translation>Niet meegeteld (onvolledig beoordeeld): {codes}</translation>
    </message>
    <message>
        <source>Not counted (no estimate): {codes}</source>
        <translation>Niet meegeteld (geen schatting): {codes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>refuses {codes}</source>
        <translation>weigert {codes}</translation>
    </message>
    <message>
        <source>insists on {codes}</source>
        <translation>eist {codes}</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>&amp;Optimiser…</source>
        <translation>&amp;Optimaliseren…</translation>
    </message>
    <message>
        <source>Add a package above and tick its measures; compare up to four below, or let the optimiser propose one within a budget.</source>
        <translation>Voeg hierboven een pakket toe en vink de maatregelen aan; vergelijk er hieronder maximaal vier, of laat de optimalisatie een pakket binnen een budget voorstellen.</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergelijken:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation>Efficiënte grens</translation>
    </message>
    <message>
        <source>The optimiser needs measures with estimates first.</source>
        <translation>De optimalisatie heeft eerst maatregelen met schattingen nodig.</translation>
    </message>
    <message>
        <source>Package &amp;analysis</source>
        <translation>Pakket&amp;analyse</translation>
    </message>
</context>
<context>
    <name>PageHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (Shift+F1)</source>
        <translation>Sneltoetsen (Shift+F1)</translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>project</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” is geen getal.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Een waarde is verplicht.</translation>
    </message>
    <message>
        <source>Health parameters</source>
        <translation>Gezondheidsparameters</translation>
    </message>
    <message>
        <source>Every coefficient of the health calculator, with its source. Select one to set a project value; a source is required. Reset returns to the default.</source>
        <translation>Elke coëfficiënt van de gezondheidscalculator, met de bron. Kies er een om een eigen waarde voor dit dossier in te stellen; een bron is verplicht. Herstellen zet de standaardwaarde terug.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Laag</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Hoog</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>Deze waarde &amp;gebruiken</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Standaard&amp;waarde herstellen</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>consensus</source>
        <translation>overeenstemming</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>omstreden</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <source>no positions</source>
        <translation>geen standpunten</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>{party} on {code}: no position</source>
        <translation>{party} over {code}: geen standpunt</translation>
    </message>
    <message>
        <source>{party} on {code}: {stance}</source>
        <translation>{party} over {code}: {stance}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Sinds {date}</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Rode lijn</translation>
    </message>
    <message>
        <source>Conditions: {text}</source>
        <translation>Voorwaarden: {text}</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle maatregelen</translation>
    </message>
    <message>
        <source>Consensus: nobody against</source>
        <translation>Overeenstemming: niemand tegen</translation>
    </message>
    <message>
        <source>Contested: someone against</source>
        <translation>Omstreden: iemand tegen</translation>
    </message>
    <message>
        <source>Blocked: a red line against</source>
        <translation>Geblokkeerd: een rode lijn tegen</translation>
    </message>
    <message>
        <source>No positions yet</source>
        <translation>Nog geen standpunten</translation>
    </message>
    <message>
        <source>&lt;b&gt;!&lt;/b&gt; and a black border: red line</source>
        <translation>&lt;b&gt;!&lt;/b&gt; en een zwarte rand: rode lijn</translation>
    </message>
    <message>
        <source>Zone of agreement: no party against, most health gain first</source>
        <translation>Zone van overeenstemming: geen partij tegen, meeste gezondheidswinst eerst</translation>
    </message>
    <message>
        <source>Measures every party can live with: nobody opposes them and no red line refuses them.</source>
        <translation>Maatregelen waarmee elke partij kan leven: niemand is tegen en geen rode lijn sluit ze uit.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>DALYs/year</source>
        <translation>DALY's/jaar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Each party's ranking (estimated weights)</source>
        <translation>Rangorde per partij (ingeschatte weging)</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Top {n} under this profile</source>
        <translation>Top {n} onder deze weging</translation>
    </message>
    <message>
        <source>{n} measures</source>
        <translation>{n} maatregelen</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Rode lijn</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Pa&amp;rties and agreement</source>
        <translation>&amp;Draagvlak</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>+2 strongly for</source>
        <translation>+2 sterk voor</translation>
    </message>
    <message>
        <source>+1 for</source>
        <translation>+1 voor</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutraal</translation>
    </message>
    <message>
        <source>−1 against</source>
        <translation>−1 tegen</translation>
    </message>
    <message>
        <source>−2 strongly against</source>
        <translation>−2 sterk tegen</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
</context>
<context>
    <name>ProfileComparison</name>
    <message>
        <source>against</source>
        <translation>tegenover</translation>
    </message>
    <message>
        <source>Rank A</source>
        <translation>Plaats A</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Rank B</source>
        <translation>Plaats B</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschuiving</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Score (sum of weighted values)</source>
        <translation>Score (som van de gewogen waarden)</translation>
    </message>
    <message>
        <source>Incompletely assessed: range</source>
        <translation>Onvolledig beoordeeld: bereik</translation>
    </message>
    <message>
        <source>Longer bar: higher score. Each colour is one criterion's share. * incompletely assessed: score between the end of the bar and the end of the dashed box.</source>
        <translation>Langere balk: hogere score. Elke kleur is het aandeel van één criterium. * onvolledig beoordeeld: de score ligt tussen het einde van de balk en het einde van het gestippelde vak.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>Score (0–1)</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>The meeting is internal: hidden in meeting mode.</source>
        <translation>Het overleg is intern: verborgen in vergadermodus.</translation>
    </message>
    <message>
        <source>The commitment is internal: hidden in meeting mode.</source>
        <translation>De toezegging is intern: verborgen in vergadermodus.</translation>
    </message>
    <message>
        <source>The action item is internal: hidden in meeting mode.</source>
        <translation>Het actiepunt is intern: verborgen in vergadermodus.</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History: {what}</source>
        <translation>Geschiedenis: {what}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>{shown} of {total} measures</source>
        <translation>{shown} van {total} maatregelen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Code or words from the title</source>
        <translation>Code of woorden uit de titel</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema's</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Clause</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Vervolg van</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>The guess is right: take it off the list</source>
        <translation>De koppeling klopt: van de lijst halen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>vernummerd</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>twijfelachtig</translation>
    </message>
    <message>
        <source>Nothing to check: no earlier version to match with.</source>
        <translation>Niets te controleren: er is geen eerdere versie om mee te koppelen.</translation>
    </message>
    <message>
        <source>{key}: every clause is matched to {previous}.</source>
        <translation>{key}: elke bepaling is gekoppeld aan {previous}.</translation>
    </message>
    <message>
        <source>{key} against {previous}: {n} matches to confirm or correct.</source>
        <translation>{key} t.o.v. {previous}: {n} koppelingen te bevestigen of te verbeteren.</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(vervallen)</translation>
    </message>
    <message>
        <source>(new clause)</source>
        <translation>(nieuwe bepaling)</translation>
    </message>
</context>
<context>
    <name>RocDialog</name>
    <message>
        <source>Rank order</source>
        <translation>Rangorde van belang</translation>
    </message>
    <message>
        <source>Drag the criteria into order of importance, most important at the top.</source>
        <translation>Sleep de criteria in volgorde van belang, het belangrijkste bovenaan.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>ServerOpenDialog</name>
    <message>
        <source>Open from server</source>
        <translation>Openen van server</translation>
    </message>
    <message>
        <source>Server (name, address or socket folder):</source>
        <translation>Server (naam, adres of socketmap):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Project (schema):</source>
        <translation>Project (schema):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
</context>
<context>
    <name>ServerSupport</name>
    <message>
        <source>Open from &amp;server…</source>
        <translation>Openen van &amp;server…</translation>
    </message>
    <message>
        <source>Open the team's project on a PostgreSQL server</source>
        <translation>Het project van het team openen op een PostgreSQL-server</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>The keys of the main actions of the workbench.</source>
        <translation>De toetsen van de belangrijkste handelingen in de werkbank.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SmaaPanel</name>
    <message>
        <source>Draws:</source>
        <translation>Trekkingen:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Gewichten:</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>the chosen profile</source>
        <translation>de gekozen weging</translation>
    </message>
    <message>
        <source>no preference (all weights possible)</source>
        <translation>geen voorkeur (alle gewichten mogelijk)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Uncertainty: how often does each measure reach each rank when the estimates vary between low and high? Press Compute.</source>
        <translation>Onzekerheid: hoe vaak komt elke maatregel op elke plaats als de schattingen variëren tussen laag en hoog? Klik op Berekenen.</translation>
    </message>
    <message>
        <source>The data changed: press Compute again.</source>
        <translation>De gegevens zijn gewijzigd: klik opnieuw op Berekenen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Cancelled: no result.</source>
        <translation>Geannuleerd: geen uitkomst.</translation>
    </message>
    <message>
        <source>%1 draws, seed %2 (the same seed gives the same result).</source>
        <translation>%1 trekkingen, startgetal %2 (hetzelfde startgetal geeft dezelfde uitkomst).</translation>
    </message>
</context>
<context>
    <name>StabilityChart</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>%1 stays first while each weight stays inside its bar (line: current weight).</source>
        <translation>%1 blijft bovenaan zolang elk gewicht binnen zijn balk blijft (streep: huidig gewicht).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Laagste</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>Overtaken by (lower)</source>
        <translation>Ingehaald door (lager)</translation>
    </message>
    <message>
        <source>Overtaken by (higher)</source>
        <translation>Ingehaald door (hoger)</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Intussen door een ander gewijzigd</translation>
    </message>
    <message>
        <source>{by} saved: {theirs}</source>
        <translation>{by} sloeg op: {theirs}</translation>
    </message>
    <message>
        <source>You entered: {mine}</source>
        <translation>U voerde in: {mine}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun waarde nemen</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <source>implements</source>
        <translation>voert uit</translation>
    </message>
    <message>
        <source>weakens</source>
        <translation>zwakt af</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>noemt</translation>
    </message>
    <message>
        <source>&amp;Accept link</source>
        <translation>Koppeling &amp;aanvaarden</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>{n} clauses name a measure that is not linked to them.</source>
        <translation>{n} bepalingen noemen een maatregel die er niet aan gekoppeld is.</translation>
    </message>
    <message>
        <source>No suggestions: no clause names an unlinked measure.</source>
        <translation>Geen voorstellen: geen bepaling noemt een niet-gekoppelde maatregel.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
</context>
<context>
    <name>SwingDialog</name>
    <message>
        <source>Swing weighting</source>
        <translation>Swingweging</translation>
    </message>
    <message>
        <source>Imagine every criterion at its worst. Which improvement from worst to best matters most? Give it 100 points, and every other swing points relative to it.</source>
        <translation>Stel u elk criterium op zijn slechtst voor. Welke verbetering van slechtst naar best weegt het zwaarst? Geef die 100 punten, en elke andere verbetering punten in verhouding daartoe.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>The key names this row on the command line and in files.</source>
        <translation>De sleutel noemt deze rij op de opdrachtregel en in bestanden.</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>Criterium &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>Criterium &amp;verwijderen</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>Partij &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>Partij &amp;verwijderen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuwe weging</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>Weging &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>Weging &amp;verwijderen</translation>
    </message>
    <message>
        <source>Weights of the selected profile</source>
        <translation>Gewichten van de gekozen weging</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>Nieuw pakket</translation>
    </message>
    <message>
        <source>&amp;Add package</source>
        <translation>Pakket &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove package</source>
        <translation>Pakket &amp;verwijderen</translation>
    </message>
    <message>
        <source>Measures in the selected package</source>
        <translation>Maatregelen in het gekozen pakket</translation>
    </message>
</context>
<context>
    <name>TopKChart</name>
    <message>
        <source>Probability of a top-%1 place</source>
        <translation>Kans op een plaats in de top %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Score of %1</source>
        <translation>Score van %1</translation>
    </message>
    <message>
        <source>Score of %1 when one estimate moves to its unfavourable (red) or favourable (green) end.</source>
        <translation>Score van %1 als één schatting naar haar ongunstige (rood) of gunstige (groen) kant gaat.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>At low</source>
        <translation>Bij laag</translation>
    </message>
    <message>
        <source>At high</source>
        <translation>Bij hoog</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Uitslag</translation>
    </message>
</context>
<context>
    <name>ValueChart</name>
    <message>
        <source>Cost: %1 (%2 – %3)</source>
        <translation>Kosten: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Health: %1 (%2 – %3)</source>
        <translation>Gezondheid: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Health gain (%1)</source>
        <translation>Gezondheidswinst (%1)</translation>
    </message>
    <message>
        <source>Cost (euro)</source>
        <translation>Kosten (euro)</translation>
    </message>
    <message>
        <source>Efficient line</source>
        <translation>Efficiënte grens</translation>
    </message>
    <message>
        <source>Up and to the left is better value. Bubble size: feasibility. %1 measures lack a cost or health estimate and are not shown.</source>
        <translation>Linksboven is meer waar voor je geld. Grootte van de bol: haalbaarheid. %1 maatregelen zonder schatting van kosten of gezondheid staan er niet in.</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 per million euro</source>
        <translation>%1 per mln €</translation>
    </message>
    <message>
        <source>Euro per %1</source>
        <translation>Euro per %1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Against (! red line)</source>
        <translation>Tegen (! rode lijn)</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Binnen budget</translation>
    </message>
    <message>
        <source>yes, most health</source>
        <translation>ja, meeste gezondheid</translation>
    </message>
    <message>
        <source>Cost reached along the efficient line: %1</source>
        <translation>Kosten bereikt langs de efficiënte grens: %1</translation>
    </message>
    <message>
        <source>no extra health</source>
        <translation>geen extra gezondheid</translation>
    </message>
    <message>
        <source>%1 per extra %2</source>
        <translation>%1 per extra %2</translation>
    </message>
    <message>
        <source>%1 → %2: +%3 for +%4 %5 (%6)</source>
        <translation>%1 → %2: +%3 voor +%4 %5 (%6)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>The extra health lies within the uncertainty of %1: this step buys no health one can count on.</source>
        <translation>De extra gezondheid valt binnen de onzekerheid van %1: deze stap koopt geen gezondheid waar je op kunt rekenen.</translation>
    </message>
    <message>
        <source>Steps along the efficient line</source>
        <translation>Stappen langs de efficiënte grens</translation>
    </message>
    <message>
        <source>What-if &amp;budget:</source>
        <translation>Wat-als-&amp;budget:</translation>
    </message>
    <message>
        <source>million</source>
        <translation>mln</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Draws a line at this cost and marks the steps of the efficient line that fit within it (their cumulative cost).</source>
        <translation>Tekent een lijn bij dit bedrag en markeert de stappen van de efficiënte grens die erbinnen passen (hun opgetelde kosten).</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Efficiënt</translation>
    </message>
</context>
<context>
    <name>WeightsPage</name>
    <message>
        <source>Weight profiles</source>
        <translation>Wegingen</translation>
    </message>
    <message>
        <source>Weights (drag: the ranking follows at once)</source>
        <translation>Gewichten (schuif: de rangorde volgt direct)</translation>
    </message>
    <message>
        <source>Swing…</source>
        <translation>Swing…</translation>
    </message>
    <message>
        <source>Rank order…</source>
        <translation>Rangorde…</translation>
    </message>
    <message>
        <source>Pairwise (AHP)…</source>
        <translation>Paarsgewijs (AHP)…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Compare two profiles</source>
        <translation>Twee wegingen vergelijken</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschuiving</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>Score (0–1)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <source>No weight profile to show.</source>
        <translation>Geen weging om te tonen.</translation>
    </message>
    <message>
        <source>set directly</source>
        <translation>direct ingevoerd</translation>
    </message>
    <message>
        <source>swing weighting</source>
        <translation>swingweging</translation>
    </message>
    <message>
        <source>rank order (centroid)</source>
        <translation>rangorde (ROC)</translation>
    </message>
    <message>
        <source>pairwise comparison (AHP)</source>
        <translation>paarsgewijze vergelijking (AHP)</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>%1 (what if)</source>
        <translation>%1 (wat als)</translation>
    </message>
    <message>
        <source>Save as new profile</source>
        <translation>Opslaan als nieuwe weging</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>What if… (scratch copy)</source>
        <translation>Wat als… (kladversie)</translation>
    </message>
    <message>
        <source>Play with the weights without changing the stored profile.</source>
        <translation>Speel met de gewichten zonder de opgeslagen weging te wijzigen.</translation>
    </message>
    <message>
        <source>Scratch copy: nothing is stored while you play. The arrows show how far each measure moved against the stored profile (▲ up, ▼ down).</source>
        <translation>Kladversie: er wordt niets opgeslagen terwijl u speelt. De pijlen tonen hoeveel plaatsen elke maatregel verschuift ten opzichte van de opgeslagen weging (▲ omhoog, ▼ omlaag).</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Save as new profile…</source>
        <translation>Opslaan als nieuwe weging…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Maatregel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export the project for an audience (Excel or PDF)</source>
        <translation>Het dossier exporteren voor een publiek (Excel of PDF)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a partner's filled-in workbook</source>
        <translation>Een door een partner ingevulde werkmap importeren</translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation>Kopie &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Copy for a co&amp;lleague…</source>
        <translation>Kopie voor co&amp;llega…</translation>
    </message>
    <message>
        <source>&amp;Health parameters…</source>
        <translation>&amp;Gezondheidsparameters…</translation>
    </message>
    <message>
        <source>Every coefficient of the health calculator</source>
        <translation>Elke coëfficiënt van de gezondheidscalculator</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>&amp;Hulp bij deze pagina</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Begin een nieuw, leeg dossier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Een dossier openen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Het dossier opslaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Discard all changes since the last save</source>
        <translation>Alle wijzigingen sinds de laatste keer opslaan weggooien</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Find measure</source>
        <translation>Maatregel &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Nieuwe maatregel</translation>
    </message>
    <message>
        <source>Add a measure to the register</source>
        <translation>Een maatregel aan het register toevoegen</translation>
    </message>
    <message>
        <source>&amp;Duplicate measure</source>
        <translation>Maatregel &amp;dupliceren</translation>
    </message>
    <message>
        <source>De&amp;lete measure</source>
        <translation>Maatregel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;About Maatwerk Workbench</source>
        <translation>&amp;Over Maatwerk Workbench</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"> (alleen-lezen)</translation>
    </message>
</context>
</TS>