<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptabilityChart</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed agenda for a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of {title} ({date}), as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed agenda for {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AhpDialog</name>
    <message>
        <source>Pairwise comparison (AHP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each pair: how much more important is the row criterion than the column criterion? 1 = equally important, 9 = extremely more important, 1/9 = extremely less important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency ratio: %1 (consistent: 0.10 or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency ratio: %1 — above 0.10: revisit the highlighted judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: you said %3, the weights imply %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}. The project was not changed by this step; details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Weight profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low {low} · best {best} · high {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piecewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate of party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Above statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory &amp;baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description visible &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure is internal: hidden in meeting mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure in the register to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes beyond what the law requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, and the measures this one requires or excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure and emission changes, and the computed health effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires / excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftTimeline</name>
    <message>
        <source>Wording in the draft texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone from this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a clause of an imported draft. Link it on the Drafts page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggested links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantive changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALY to 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (tracked changes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change list xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({dalys} at stake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (*.docx *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {count} clauses imported; {n} to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElicitationDialog</name>
    <message>
        <source>Resulting weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Maatwerk Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (IJmond team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position paper (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison workbook (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the position paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Maatwerk projects (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is in use by {user} on {host} since {since}.

You can open it read-only: you will see everything but cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatwerk Workbench was not closed properly. There are {n} unsaved changes to {name} (session of {user}, started {since}).

Recover them, or discard them for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies and change sets (*{suffix} *.mwbc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows merged automatically: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>Budgets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value under a weight profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health gain (DALYs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (million {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health gain (DALYs/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best package per budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>PM2.5 (µg/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM10 (µg/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO₂ (µg/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise Lden (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise Lnight (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BaP (ng/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BaP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic bronchitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly annoyed by noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly sleep-disturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;exposure change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure changes (after minus before; negative is cleaner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;mission change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emission changes (tonnes per year; negative is less emitted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthBreakdownDialog</name>
    <message>
        <source>Mortality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic bronchitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly annoyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly sleep-disturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health breakdown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs per year (low – high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure has no health inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs avoided per year: %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs avoided, cumulative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health gain counted from each measure&apos;s start year; packages to the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>Cannot be calculated: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs per year: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs per year: {v} ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exposure or emission changes: no computed health effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per year (emission prices): € {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exposure changes: deaths and DALYs are not computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths avoided per year: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per year: € {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs cumulative to {year}: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative DALYs: unknown (no start year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low – best – high: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no population groups yet, so exposure changes cannot be added; import them with the project data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by the health calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs per year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Position history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new measure is internal: hidden in meeting mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure {code} deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatwerk Workbench — a negotiation workbench for the IJmond maatwerkafspraak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a partner workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: green is good, red is poor on that criterion. Hatched — : not assessed. Click a column header to sort; double-click a cell to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best {best} {unit} (low {low}, high {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by the health calculator (double-click for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to see its estimate, rationale and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility of the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility of the decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not shown on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Leave meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving meeting mode shows internal notes, conditions, red lines and internal measures again. Is the screen no longer shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show internal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all internal information, for a shared screen or projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode — internal information is hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open meeting (record the state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the selected meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge: conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (or selection): ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (or selection): theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeStatus</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge conflicts kept for later: click to decide them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty and sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the score is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimiserDialog</name>
    <message>
        <source>Find the best package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value under a weight profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health gain (DALYs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must stay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect the red lines of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package meets all requirements. These requirements conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimiser found no solution: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the red lines of {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{best} {unit} ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health gain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (sum of the measures&apos; scores 0-1 under “{profile}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best package: {n} measures, cost {cost}, health gain {dalys}; objective value: {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: budget {budget}; objective {objective}; started by {year}; must be in: {must}; must stay out: {exclude}; red lines respected of: {respect}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser proposal, budget {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as package “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageComparison</name>
    <message>
        <source>Cost ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted (incompletely assessed): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted (no estimate): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuses {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insists on {codes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>&amp;Optimiser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a package above and tick its measures; compare up to four below, or let the optimiser propose one within a budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimiser needs measures with estimates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHelpDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (Shift+F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coefficient of the health calculator, with its source. Select one to set a project value; a source is required. Reset returns to the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} on {code}: no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} on {code}: {stance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: nobody against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested: someone against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: a red line against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;!&lt;/b&gt; and a black border: red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of agreement: no party against, most health gain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures every party can live with: nobody opposes them and no red line refuses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DALYs/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party&apos;s ranking (estimated weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top {n} under this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rties and agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>+2 strongly for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−2 strongly against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileComparison</name>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Score (sum of weighted values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompletely assessed: range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer bar: higher score. Each colour is one criterion&apos;s share. * incompletely assessed: score between the end of the bar and the end of the dashed box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>The meeting is internal: hidden in meeting mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment is internal: hidden in meeting mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item is internal: hidden in meeting mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>{shown} of {total} measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or words from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guess is right: take it off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: no earlier version to match with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: every clause is matched to {previous}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} against {previous}: {n} matches to confirm or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new clause)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RocDialog</name>
    <message>
        <source>Rank order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the criteria into order of importance, most important at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOpenDialog</name>
    <message>
        <source>Open from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (name, address or socket folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (schema):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSupport</name>
    <message>
        <source>Open from &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s project on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the main actions of the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmaaPanel</name>
    <message>
        <source>Draws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preference (all weights possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: how often does each measure reach each rank when the estimates vary between low and high? Press Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data changed: press Compute again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws, seed %2 (the same seed gives the same result).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StabilityChart</name>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays first while each weight stays inside its bar (line: current weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtaken by (lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtaken by (higher)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} saved: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered: {mine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} clauses name a measure that is not linked to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: no clause names an unlinked measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwingDialog</name>
    <message>
        <source>Swing weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine every criterion at its worst. Which improvement from worst to best matters most? Give it 100 points, and every other swing points relative to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>The key names this row on the command line and in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures in the selected package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopKChart</name>
    <message>
        <source>Probability of a top-%1 place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of %1 when one estimate moves to its unfavourable (red) or favourable (green) end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueChart</name>
    <message>
        <source>Cost: %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health gain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and to the left is better value. Bubble size: feasibility. %1 measures lack a cost or health estimate and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per million euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against (! red line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, most health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost reached along the efficient line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extra health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per extra %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: +%3 for +%4 %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra health lies within the uncertainty of %1: this step buys no health one can count on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps along the efficient line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws a line at this cost and marks the steps of the efficient line that fit within it (their cumulative cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsPage</name>
    <message>
        <source>Weight profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (drag: the ranking follows at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise (AHP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight profile to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swing weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank order (centroid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairwise comparison (AHP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (what if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>What if… (scratch copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play with the weights without changing the stored profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch copy: nothing is stored while you play. The arrows show how far each measure moved against the stored profile (▲ up, ▼ down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project for an audience (Excel or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a partner&apos;s filled-in workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a co&amp;lleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coefficient of the health calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard all changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Maatwerk Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
