"""The redline as a Word document with real tracked changes (w:ins / w:del).

python-docx writes the document; each change is a revision Word shows under
"Wijzigingen bijhouden" and a lawyer can accept or reject: inserted text is
a run inside ``w:ins``, deleted text a run with ``w:delText`` inside
``w:del``, both with ``w:author`` and ``w:date``. The document is the new
version's text in order, with deleted clauses at the place they had. Only
the clause text travels: comments and links are not written, so the file is
the same for every audience.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from workbench.drafts.comparison import Comparison
from workbench.drafts.redline import Change, Segment
from workbench.i18n import label
from workbench.model.draft_text import ClauseLevel

_HEADING_LEVELS = {ClauseLevel.HOOFDSTUK: 1, ClauseLevel.PARAGRAAF: 2, ClauseLevel.ARTIKEL: 2}


class _Revisions:
    def __init__(self, author: str, when: dt.datetime) -> None:
        self.author = author
        self.date = when.replace(microsecond=0).isoformat() + "Z"
        self.next_id = 1

    def mark(self, tag: str) -> Any:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el


def _run(text: str, deleted: bool = False) -> Any:
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _write(par: Paragraph, segments: Iterable[Segment], rev: _Revisions) -> None:
    p = par._p
    for seg in segments:
        if not seg.text:
            continue
        if seg.op == "equal":
            p.append(_run(seg.text))
        elif seg.op == "insert":
            ins = rev.mark("w:ins")
            ins.append(_run(seg.text))
            p.append(ins)
        else:
            d = rev.mark("w:del")
            d.append(_run(seg.text, deleted=True))
            p.append(d)


def _prefix(level: ClauseLevel, label_text: str) -> str:
    if level is ClauseLevel.LID:
        return f"{label_text}. "
    if level is ClauseLevel.ONDERDEEL:
        return f"{label_text}. "
    return ""


def redline_docx(
    cmp: Comparison, *, substantive_only: bool = False, now: dt.datetime | None = None
) -> bytes:
    """The new version's text with every change of `cmp` as a Word revision."""
    lang = cmp.language
    rev = _Revisions(label("redline.author", lang), now or dt.datetime.now(dt.UTC))
    document = Document()
    document.core_properties.title = label("redline.title", lang).format(
        new=cmp.new.name, old=cmp.old.name)
    document.core_properties.author = rev.author
    document.add_heading(document.core_properties.title, 0)
    shown = {c.clause_id: c for c in cmp.changes(substantive_only)}
    deleted_after: dict[str | None, list[Change]] = {}
    new_ids = [c.clause_id for c in cmp.new_clauses]
    for ch in cmp.redline.changes:
        if ch.kind == "deleted" and ch.clause_id in shown:
            # the new clause the deletion follows: the last kept clause before it in the old text
            assert ch.old is not None
            before = [c.clause_id for c in cmp.old_clauses if c.order < ch.old.order]
            anchor = next((cid for cid in reversed(before) if cid in new_ids), None)
            deleted_after.setdefault(anchor, []).append(ch)
    for ch in deleted_after.get(None, []):
        _clause(document, ch, rev)
    for clause in cmp.new_clauses:
        change = shown.get(clause.clause_id)
        if change is None:
            _plain(document, clause.level, clause.label, clause.heading, clause.text)
        else:
            _clause(document, change, rev)
        for ch in deleted_after.get(clause.clause_id, []):
            _clause(document, ch, rev)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _plain(document: object, level: ClauseLevel, lab: str, heading: str, text: str) -> None:
    from docx.document import Document as Doc

    assert isinstance(document, Doc)
    from workbench.drafts.numbering import cite

    if level in _HEADING_LEVELS:
        title = cite(level, lab) + (f". {heading}" if heading else "")
        document.add_heading(title, _HEADING_LEVELS[level])
        if text:
            document.add_paragraph(text)
        return
    document.add_paragraph(_prefix(level, lab) + text)


def _clause(document: object, change: Change, rev: _Revisions) -> None:
    from docx.document import Document as Doc

    assert isinstance(document, Doc)
    from workbench.drafts.numbering import cite

    clause = change.new or change.old
    assert clause is not None
    if clause.level in _HEADING_LEVELS:
        par = document.add_heading("", _HEADING_LEVELS[clause.level])
        _write(par, [Segment("equal", cite(clause.level, clause.label) + ". ")], rev)
    else:
        par = document.add_paragraph()
        _write(par, [Segment("equal", _prefix(clause.level, clause.label))], rev)
    # a heading and its text are one "wording" joined by a newline: a space here
    _write(par, [Segment(s.op, s.text.replace("\n", " "), s.flags) for s in change.segments], rev)
