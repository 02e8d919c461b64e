"""A proposed agenda for a new meeting, drawn from the record.

Items, in this order: contested and blocked measures (the party analysis'
flags), red lines at stake in the packages on the table (each package's
red-line violations), overdue and open action items and commitments, draft
versions received since the last meeting, and score and position changes
since the last meeting. The user edits and reorders the items
(:func:`move`, :func:`edit`, :func:`drop`); :func:`to_text` prints them.
An edited agenda is kept in the project as the option ``agenda.<meeting
id>`` (:func:`save`, an undoable :class:`~workbench.commands.SetOption`)
with a visibility (internal unless the team says otherwise), and read back
as the audience may see it (:func:`saved`).

Draft changes come through the hook ``draft_changes``: a function from the
last meeting's date to lines of text. The draft record (workbench.drafts)
offers no comparison of versions yet, so the default hook,
:func:`drafts_received_since`, lists the draft versions dated after the
last meeting; pass a richer one once the draft comparison exists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from workbench.analysis.audience import may_see
from workbench.analysis.build import Analysis
from workbench.analysis.data import ProjectData, Source
from workbench.commands import SetOption
from workbench.i18n import Language
from workbench.record.changes import Comparison
from workbench.record.meetings import MeetingRecord, meetings, open_items

DraftChanges = Callable[[Source, dt.date | None], list[str]]

_HEAD: dict[str, tuple[str, str]] = {
    "contested": ("Omstreden maatregel {code}: {title}", "Contested measure {code}: {title}"),
    "blocked": ("Geblokkeerde maatregel {code}: {title}", "Blocked measure {code}: {title}"),
    "red_line": ("Rode lijn {party} in pakket {package}",
                 "Red line of {party} in package {package}"),
    "overdue": ("Verlopen: {text} ({who}, {due})", "Overdue: {text} ({who}, {due})"),
    "open": ("Open: {text} ({who}, {due})", "Open: {text} ({who}, {due})"),
    "draft": ("Concept: {text}", "Draft: {text}"),
    "score": ("Score {code}/{criterion}: {old} -> {new}",
              "Score {code}/{criterion}: {old} -> {new}"),
    "position": ("Standpunt {party} over {code}: {old} -> {new}",
                 "Position of {party} on {code}: {old} -> {new}"),
}


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # contested | blocked | red_line | overdue | open | draft | score | position | own
    text: str


def drafts_received_since(source: Source, since: dt.date | None) -> list[str]:
    """The default draft hook: draft versions dated after the last meeting."""
    return [f"{d['name']} ({d['date'].isoformat()})" for d in source.rows("draft")
            if d["date"] is not None and (since is None or d["date"] > since)]


def last_meeting(records: list[MeetingRecord], before: dt.date) -> MeetingRecord | None:
    earlier = [m for m in records if m.date < before]
    return earlier[-1] if earlier else None


def _t(kind: str, language: Language, **params: object) -> str:
    nl, en = _HEAD[kind]
    return (en if language == "en" else nl).format(**params)


def _n(x: float | None) -> str:
    return "–" if x is None else f"{x:g}"


def propose(
    analysis: Analysis,
    date: dt.date,
    *,
    since: Comparison | None = None,
    draft_changes: DraftChanges = drafts_received_since,
    today: dt.date | None = None,
) -> list[AgendaItem]:
    """The proposed agenda of a meeting on `date` (see the module docstring)."""
    lang = analysis.language
    data = analysis.data
    items: list[AgendaItem] = []
    pm = analysis.party_matrix
    titles = dict(zip(pm.codes, pm.titles, strict=True))
    for st in pm.standings:
        if st.flag in ("contested", "blocked"):
            items.append(AgendaItem(str(st.flag), _t(str(st.flag), lang, code=st.code,
                                                     title=titles.get(st.code, ""))))
    for p in analysis.packages:
        for v in p.violations:
            items.append(AgendaItem("red_line", _t("red_line", lang, party=v.party,
                                                   package=p.name)))
    records = meetings(data, today or date)
    for i in open_items(records):
        due = "–" if i.due is None else i.due.isoformat()
        kind = "overdue" if i.overdue else "open"
        items.append(AgendaItem(kind, _t(kind, lang, text=i.text, who=i.who, due=due)))
    previous = last_meeting(records, date)
    for line in draft_changes(data, None if previous is None else previous.date):
        items.append(AgendaItem("draft", _t("draft", lang, text=line)))
    if since is not None:
        for s in since.scores_moved:
            items.append(AgendaItem("score", _t(
                "score", lang, code=s.code, criterion=s.criterion,
                old=_n(s.old[1] if s.old else None), new=_n(s.new[1] if s.new else None))))
        for ps in since.positions_shifted:
            items.append(AgendaItem("position", _t(
                "position", lang, party=ps.party, code=ps.code,
                old=_n(ps.old_stance), new=_n(ps.new_stance))))
    return items


def move(items: list[AgendaItem], index: int, to: int) -> list[AgendaItem]:
    out = list(items)
    out.insert(max(0, min(to, len(out) - 1)), out.pop(index))
    return out


def edit(items: list[AgendaItem], index: int, text: str) -> list[AgendaItem]:
    out = list(items)
    out[index] = replace(out[index], text=text)
    return out


def drop(items: list[AgendaItem], index: int) -> list[AgendaItem]:
    return [it for i, it in enumerate(items) if i != index]


def to_text(title: str, items: list[AgendaItem]) -> str:
    return "\n".join([title, *(f"{i}. {it.text}" for i, it in enumerate(items, 1))]) + "\n"


def option_key(meeting_id: str) -> str:
    return f"agenda.{meeting_id}"


def save(meeting_id: str, items: list[AgendaItem], visibility: str = "internal") -> SetOption:
    """The undoable edit that keeps `items` as the agenda of a meeting."""
    value = {"visibility": visibility,
             "items": [{"kind": it.kind, "text": it.text} for it in items]}
    return SetOption(option_key(meeting_id), value)


def saved(source: ProjectData, meeting_id: str) -> tuple[list[AgendaItem], str] | None:
    """A meeting's kept agenda and its visibility, or None (none kept, or not for this audience)."""
    value: Any = source.svc.option(option_key(meeting_id))
    if not isinstance(value, dict) or not isinstance(value.get("items"), list):
        return None
    visibility = str(value.get("visibility") or "internal")
    if not may_see(source.audience, visibility):
        return None
    items = [AgendaItem(str(i.get("kind", "own")), str(i.get("text", "")))
             for i in value["items"] if isinstance(i, dict)]
    return items, visibility
