"""Draft versions in the project: import one, read versions and clauses, link measures.

:func:`import_draft` reads and checks the whole file before anything is
written, matches its clauses to the latest imported version (stable ids)
and stores the version and its clauses in one audited transaction: a refused
file leaves the project unchanged. A version is immutable afterwards; only a
clause's stable id may be corrected (:func:`reassign`), which is what the
user's confirm/correct list does. Reads go through a
:class:`~workbench.services.queries.RowSource`, so the analysis' audience
filtering (:class:`~workbench.analysis.data.ProjectData`) applies.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.drafts.clauses import Clause
from workbench.drafts.matching import Matching, match_clauses
from workbench.drafts.reading import read_draft
from workbench.drafts.structure import parse_clauses
from workbench.i18n import Term, UserError
from workbench.model.draft_text import ClauseLinkKind
from workbench.services import ProjectService
from workbench.services.changes import Change
from workbench.services.queries import RowSource


@dataclass(frozen=True)
class Version:
    id: str
    key: str
    name: str
    date: dt.date | None
    received_from: str
    source_name: str
    source_sha256: str
    note: str | None
    clause_count: int


@dataclass(frozen=True)
class Imported:
    key: str
    draft_id: str
    clause_count: int
    previous: str | None  # key of the version matched against
    matching: Matching
    change: Change


def versions(src: RowSource) -> list[Version]:
    """Every visible draft version, in the order they were added."""
    counts: dict[str, int] = {}
    for c in src.rows("draft_clause"):
        counts[str(c["draft_id"])] = counts.get(str(c["draft_id"]), 0) + 1
    out = [
        Version(
            str(d["id"]), str(d["key"]), str(d["name"]), d["date"], str(d["received_from"] or ""),
            str(d["source_name"] or ""), str(d["source_sha256"] or ""), d["description"],
            counts.get(str(d["id"]), 0),
        )
        for d in src.rows("draft")
    ]
    return out  # in the order they came in (sort_key), whatever date a sender wrote


def version(src: RowSource, key: str, *, with_text: bool = True) -> Version:
    found = next((v for v in versions(src) if v.key == key), None)
    if found is None:
        raise UserError("draft.unknown", got=key)
    if with_text and found.clause_count == 0:
        raise UserError("draft.no_text", got=key)
    return found


def clauses(src: RowSource, draft_id: str) -> list[Clause]:
    rows = src.rows("draft_clause", draft_id=draft_id)
    return sorted((Clause.from_row(r) for r in rows), key=lambda c: c.order)


def _norm_label(label: str) -> str:
    return " ".join(label.lower().replace(",", " ").split())


def find_clause(cls: Sequence[Clause], label: str, draft_key: str) -> Clause:
    """The clause printed as `label` ("Artikel 3 lid 1", case and spacing free)."""
    want = _norm_label(label)
    found = next((c for c in cls if _norm_label(c.path) == want), None)
    if found is None:
        raise UserError("draft.unknown_clause", draft=draft_key, got=label)
    return found


def _next_key(svc: ProjectService) -> str:
    keys = {str(r["key"]) for r in svc.rows("draft")}
    n = len(keys) + 1
    while f"c{n}" in keys:
        n += 1
    return f"c{n}"


def latest_with_text(src: RowSource) -> Version | None:
    with_text = [v for v in versions(src) if v.clause_count]
    return with_text[-1] if with_text else None


def import_draft(
    svc: ProjectService,
    path: Path,
    *,
    name: str | None = None,
    date: dt.date | None = None,
    received_from: str = "",
    note: str = "",
    key: str | None = None,
) -> Imported:
    """Read, match and store `path` as a new version (all or nothing)."""
    read = read_draft(path)  # every check before anything is written
    parsed = parse_clauses(read.paragraphs)
    if not parsed:
        raise UserError("draft.empty", path=path.name)
    previous = latest_with_text(svc)
    old = clauses(svc, previous.id) if previous is not None else []
    matching = match_clauses(old, parsed)
    ids = matching.clause_ids
    change = Change()
    key = key or _next_key(svc)
    with svc.batch() as tx:
        created = tx.create("draft", {
            "key": key, "name": (name or Path(read.name).stem)[:200], "date": date,
            "received_from": received_from, "source_name": read.name[:260],
            "source_sha256": read.sha256, "description": note,
            "visibility": "partners", "description_visibility": "internal",
        })
        draft_id = created.created[0]
        change = change | created
        for i, c in enumerate(parsed):
            change = change | tx.create("draft_clause", {
                "draft_id": draft_id, "clause_id": ids[i],
                "parent_clause_id": None if c.parent is None else ids[c.parent],
                "level": c.level.value, "label": c.label, "path": c.path,
                "heading": c.heading[:300], "text": c.text, "sort_key": i + 1,
            })
    return Imported(key, draft_id, len(parsed), previous.key if previous else None, matching,
                    change)


def reassign(svc: ProjectService, draft_key: str, path: str, old_clause_id: str | None) -> Change:
    """Correct a clause's stable id in a version (the confirm/correct list); children follow."""
    import uuid

    v = version(svc, draft_key)
    rows = svc.rows("draft_clause", draft_id=v.id)
    target = next((r for r in rows if r["path"] == path), None)
    if target is None:
        raise UserError("draft.unknown_clause", draft=draft_key, got=path)
    new_id = old_clause_id or str(uuid.uuid4())
    old_id = str(target["clause_id"])
    change = Change()
    with svc.batch() as tx:
        for r in rows:  # the id is unique within a version
            if r["clause_id"] == new_id and r["id"] != target["id"]:
                fresh = {"clause_id": str(uuid.uuid4())}
                change = change | tx.update("draft_clause", r["id"], fresh)
        change = change | tx.update("draft_clause", target["id"], {"clause_id": new_id})
        for r in rows:
            if r["parent_clause_id"] == old_id:
                change = change | tx.update("draft_clause", r["id"], {"parent_clause_id": new_id})
    return change


def clause_ids(svc: ProjectService, draft_key: str) -> dict[str, tuple[str, str | None]]:
    """Row id -> (stable id, parent's stable id) of every clause of a version."""
    v = version(svc, draft_key)
    return {
        str(r["id"]): (str(r["clause_id"]),
                       None if r["parent_clause_id"] is None else str(r["parent_clause_id"]))
        for r in svc.rows("draft_clause", draft_id=v.id)
    }


def set_clause_ids(
    svc: ProjectService, draft_key: str, ids: dict[str, tuple[str, str | None]]
) -> Change:
    """Put back the stable ids :func:`clause_ids` read (undo and redo of a correction)."""
    now = clause_ids(svc, draft_key)
    change = Change()
    with svc.batch() as tx:
        for row_id, (cid, parent) in ids.items():
            if now.get(row_id) != (cid, parent):
                change = change | tx.update(
                    "draft_clause", row_id, {"clause_id": cid, "parent_clause_id": parent})
    return change


def link_measure(
    svc: ProjectService,
    draft_key: str,
    label: str,
    code: str,
    kind: str = "implements",
    *,
    quote: str = "",
    visibility: str = "internal",
) -> tuple[Clause, Change]:
    """Link measure `code` to the clause printed `label` in `draft_key` (by its stable id)."""
    v = version(svc, draft_key)
    clause = find_clause(clauses(svc, v.id), label, draft_key)
    measure_id = svc.id_for("measure", code)
    if measure_id is None:
        raise UserError("value.unknown_ref", where="MEASURE_CODE", kind=Term("entity.measure"),
                        got=code)
    link_kind = ClauseLinkKind(kind)
    for r in svc.rows("clause_link", measure_id=measure_id, clause_id=clause.clause_id):
        if str(getattr(r["kind"], "value", r["kind"])) == link_kind.value:
            raise UserError("draft.link_exists", code=code, clause=clause.path, kind=kind)
    change = svc.create("clause_link", {
        "measure_id": measure_id, "clause_id": clause.clause_id, "kind": link_kind.value,
        "quote": quote or _first_sentence(clause.text or clause.heading),
        "visibility": visibility,
    })
    return clause, change


def _first_sentence(text: str) -> str:
    m = re.match(r"(.{1,300}?[.;:])(\s|$)", text, re.S)
    return (m.group(1) if m else text[:300]).strip()


def add_comment(
    svc: ProjectService, draft_key: str, text: str, *, clause_label: str | None = None,
    visibility: str = "internal",
) -> Change:
    v = version(svc, draft_key, with_text=False)
    clause_id = None
    if clause_label:
        clause_id = find_clause(clauses(svc, v.id), clause_label, draft_key).clause_id
    return svc.create("draft_comment", {
        "draft_id": v.id, "clause_id": clause_id, "text": text, "visibility": visibility,
    })


@dataclass(frozen=True)
class Suggestion:
    """A clause that names a measure (by code or title) and is not linked to it yet."""

    code: str
    title: str
    clause_id: str
    path: str
    quote: str  # the sentence that names the measure
    by: str  # "code" or "title"


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding [start, end) (a clause's text is a few sentences)."""
    left = max(text.rfind(p, 0, start) for p in (". ", "; ", "\n"))
    right = min((i for i in (text.find(p, end) for p in (". ", "; ", "\n")) if i >= 0),
                default=len(text) - 1)
    return text[left + 1 if left >= 0 else 0: right + 1].strip()[:300]


def suggest_links(src: RowSource, draft_id: str) -> list[Suggestion]:
    """Clauses of a version naming a measure's code or (a title of 12+ characters) its title.

    A measure already linked to the clause (any kind) is not suggested again.
    Reads through `src`, so a measure the audience may not see is never named.
    """
    out: list[Suggestion] = []
    cls = clauses(src, draft_id)
    linked = {(str(r["measure_id"]), str(r["clause_id"])) for r in src.rows("clause_link")}
    for m in src.rows("measure"):
        code, title = str(m["code"]), str(m["title"] or "")
        code_re = re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])")
        for c in cls:
            if (str(m["id"]), c.clause_id) in linked:
                continue
            text = c.wording
            hit = code_re.search(text)
            span, by = (hit.span(), "code") if hit is not None else (None, "")
            at = text.lower().find(title.lower()) if len(title) >= 12 else -1
            if span is None and at >= 0:
                span, by = (at, at + len(title)), "title"
            if span is not None:
                quote = _sentence_around(text, *span)
                out.append(Suggestion(code, title, c.clause_id, c.path, quote, by))
    return out


def links(src: RowSource) -> dict[str, list[dict[str, Any]]]:
    """Stable clause id -> the visible links to it (with the measure's code)."""
    codes = {str(m["id"]): str(m["code"]) for m in src.rows("measure")}
    out: dict[str, list[dict[str, Any]]] = {}
    for r in src.rows("clause_link"):
        code = codes.get(str(r["measure_id"]))
        if code is None:
            continue
        out.setdefault(str(r["clause_id"]), []).append({**r, "code": code})
    return out
