"""The record's documents: minutes per audience, the change report, the Woo list.

Each builds a :class:`~workbench.record.document.Doc` from data the
audience may see (the analysis' :class:`~workbench.analysis.data.ProjectData`),
which :mod:`workbench.record.document` writes as PDF, .docx or xlsx.

The Woo list is for the municipality's Woo officer: every meeting, note,
decision, commitment, action item and change in a period. What the public
may see (the public audience's data) is listed in full; what it may not is
listed too, marked "ter beoordeling" with its visibility and its text
withheld, so nothing is silently left out and no confidential text leaves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workbench.analysis.build import Analysis
from workbench.analysis.data import ProjectData
from workbench.i18n import Language, UserError, label
from workbench.record.changes import Comparison
from workbench.record.document import Doc
from workbench.record.history import history
from workbench.record.meetings import meetings
from workbench.services import ProjectService


def _l(key: str, lang: Language) -> str:
    return label("record." + key, lang)


def _d(day: dt.date | None) -> str:
    return "–" if day is None else day.isoformat()


def minutes_doc(analysis: Analysis, key: str) -> Doc:
    """The minutes (verslag) of meeting `key` as the analysis' audience may read them."""
    lang = analysis.language
    found = [m for m in meetings(analysis.data) if m.key == key]
    if not found:
        # the same message whether the meeting does not exist or may not be seen
        raise UserError("record.no_meeting", key=key)
    m = found[0]
    doc = Doc(f"{_l('minutes', lang)}: {m.title}")
    doc.para(_l("audience", lang).format(audience=label("visibility." + analysis.audience, lang)))
    doc.para(f"{_l('date', lang)}: {m.date.isoformat()}    {_l('place', lang)}: {m.location}")
    doc.para(f"{_l('kind', lang)}: {label('meeting_kind.' + m.kind, lang)}")
    doc.para(f"{_l('parties', lang)}: {', '.join(m.parties) or _l('none', lang)}")
    if m.delegation:
        doc.para(f"{_l('delegation', lang)}: {m.delegation}")
    if m.measures:
        doc.para(f"{_l('measures', lang)}: {', '.join(m.measures)}")
    for name, value in (("notes", m.notes), ("decisions", m.decisions)):
        if value:
            doc.heading(_l(name, lang))
            doc.para(value)
    if m.commitments:
        doc.table(_l("commitments", lang),
                  (_l("party", lang), _l("measure", lang), _l("what", lang), _l("due", lang),
                   _l("status", lang)),
                  [(c.party, c.measure or "", c.text, _d(c.due),
                    label("commitment." + c.status, lang)) for c in m.commitments])
    if m.actions:
        doc.table(_l("actions", lang),
                  (_l("what", lang), _l("owner", lang), _l("due", lang), _l("status", lang)),
                  [(a.text, a.owner, _d(a.due), _l("done", lang) if a.done else
                    (_l("overdue", lang) if a.overdue else "open")) for a in m.actions])
    return doc


def _n(x: Any) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:g}"
    if isinstance(x, tuple):
        return " / ".join(_n(v) for v in x)
    return str(x)


def change_doc(c: Comparison, since: str, language: Language = "nl") -> Doc:
    """The change report since a meeting or a date."""
    lang = language
    doc = Doc(_l("changes", lang).format(since=since))
    if c.empty:
        doc.para(_l("none", lang))
    if c.measures_added or c.measures_removed:
        doc.para(f"{_l('measures_added', lang)}: {', '.join(c.measures_added) or '–'}")
        doc.para(f"{_l('measures_removed', lang)}: {', '.join(c.measures_removed) or '–'}")
    old, new = _l("old", lang), _l("new", lang)
    doc.table(_l("measures_changed", lang), (_l("measure", lang), _l("field", lang), old, new),
              [(f.code, f.field, _n(f.old), _n(f.new)) for f in c.measures_changed])
    doc.table(_l("scores_moved", lang), (_l("measure", lang), "criterium", old, new),
              [(s.code, s.criterion, _n(s.old), _n(s.new)) for s in c.scores_moved])
    doc.table(_l("positions_shifted", lang), (_l("party", lang), _l("measure", lang), old, new),
              [(p.party, p.code, _n(p.old_stance) + (" !" if p.old_red_line else ""),
                _n(p.new_stance) + (" !" if p.new_red_line else ""))
               for p in c.positions_shifted])
    doc.table(_l("packages_changed", lang),
              ("pakket", "+", "-", _l("dalys_before", lang), _l("dalys_after", lang)),
              [(p.name, ", ".join(p.added), ", ".join(p.removed), _n(p.dalys_before),
                _n(p.dalys_after)) for p in c.packages_changed])
    doc.table(_l("ranking", lang), (_l("measure", lang), _l("rank_before", lang),
                                    _l("rank_after", lang)),
              [(r.code, _n(r.before), _n(r.after)) for r in c.ranking])
    return doc


def woo_doc(svc: ProjectService, start: dt.date, end: dt.date,
            language: Language = "nl") -> Doc:
    """Every record item of the period; what the public may not see is withheld, not absent."""
    lang = language
    full, public = ProjectData(svc, "internal"), ProjectData(svc, "public")
    shown = {m.id: m for m in meetings(public)}
    doc = Doc(_l("woo", lang))
    doc.para(_l("woo_period", lang).format(start=start.isoformat(), end=end.isoformat()))
    rows: list[tuple[str, ...]] = []

    def item(day: dt.date | None, what: str, meeting: str, text: str | None,
             visible: bool, visibility: str) -> None:
        if visible and text is not None:
            rows.append((_d(day), what, meeting, text, _l("woo_open", lang)))
        else:
            withheld = _l("woo_withheld", lang).format(
                visibility=label("visibility." + visibility, lang))
            rows.append((_d(day), what, meeting, "", withheld))

    for m in meetings(full):
        if not start <= m.date <= end:
            continue
        pm = shown.get(m.id)
        item(m.date, label("entity.meeting", lang), m.key, m.title, pm is not None, m.visibility)
        for name in ("notes", "decisions"):
            if getattr(m, name):
                item(m.date, _l(name, lang), m.key, getattr(pm, name) if pm else None,
                     pm is not None and getattr(pm, name) is not None,
                     _vis(full.get("meeting", m.id)[name + "_visibility"]))
        pc = {c.id for c in pm.commitments} if pm else set()
        for c in m.commitments:
            item(m.date, label("entity.commitment", lang), m.key, f"{c.party}: {c.text}",
                 c.id in pc, c.visibility)
        pa = {a.id for a in pm.actions} if pm else set()
        for a in m.actions:
            item(m.date, label("entity.action_item", lang), m.key, f"{a.owner}: {a.text}",
                 a.id in pa, a.visibility)
    doc.table(_l("woo_item", lang) + "s" if lang == "en" else "Overleg en afspraken",
              (_l("date", lang), _l("woo_item", lang), label("entity.meeting", lang),
               _l("woo_text", lang), _l("woo_review", lang)), rows)
    changes: list[tuple[str, ...]] = []
    for e in history(svc, since=start):
        if e.at.date() > end or e.action == "merge":
            continue
        visible = e.entity != "project_option" and _public_value(full, public, e.entity,
                                                                 e.entity_id, e.field)
        review = _l("woo_open", lang) if visible else _l("woo_withheld", lang).format(
            visibility=label("visibility.internal", lang))
        changes.append((e.at.date().isoformat(), e.user, e.entity,
                        e.code if visible else "", e.field,
                        _n(e.old) if visible else "", _n(e.new) if visible else "", review))
    doc.table("Wijzigingen" if lang == "nl" else "Changes",
              (_l("date", lang), _l("who", lang), "entiteit", "code", _l("field", lang),
               _l("old", lang), _l("new", lang), _l("woo_review", lang)), changes)
    return doc


def _vis(value: object) -> str:
    return str(getattr(value, "value", value))


def _public_value(full: ProjectData, public: ProjectData, entity: str, id_: str,
                  field: str) -> bool:
    """Whether the public audience's data holds this row and this field as the team has it."""
    try:
        row, ours = public.get(entity, id_), full.get(entity, id_)
    except KeyError:
        return False  # not visible, or deleted since: withheld for review
    return field in row and row[field] == ours[field]
