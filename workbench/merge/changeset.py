"""Change-set files (.mwbc): only a copy's changes since the state it was copied from.

A colleague sends the audit entries their copy wrote after its starting
state (the last ``copy`` record of its lineage), with that state; the
receiver, whose log holds the state, rebuilds the ancestor by rewinding
its own rows and their side by replaying the entries on it
(:func:`workbench.merge.history.replay`), then merges like a copy. The
file is UTF-8 JSON::

    {"format": "maatwerk-workbench-changes", "version": 1,
     "project": ID, "file": NAME, "start": {"seq", "entry"},
     "head": {"seq", "entry"}, "entries": [{"seq", "id", "at", "user",
     "action", "entity", "entity_id", "field", "old", "new"}, ...]}

It is untrusted input, read like the JSON interchange (size and depth
limits, one-line errors naming the place) and checked in full before
anything is compared: known entities and fields, actions, increasing
sequence numbers after the start. The values themselves are checked by
the services when the merge writes them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from workbench.i18n import UserError
from workbench.interchange.reading import JsonPath, check_free, read_json
from workbench.merge.history import Entry, State, entries_after, has_state, head
from workbench.merge.lineage import lineage
from workbench.merge.rows import OPTION, ORDER, table
from workbench.merge.run import MergeCommand, Take
from workbench.services import ProjectService
from workbench.store import ProjectDocument

FORMAT = "maatwerk-workbench-changes"
VERSION = 1
SUFFIX = ".mwbc"
MAX_ENTRIES = 200_000
ACTIONS = ("create", "update", "delete", "merge")
ID_CHARS = 200


@dataclass(frozen=True)
class ChangeSet:
    project: str
    file: str
    start: State
    head: State
    entries: tuple[Entry, ...]

    def plain(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "project": self.project,
            "file": self.file,
            "start": self.start.plain(),
            "head": self.head.plain(),
            "entries": [e.plain() for e in self.entries],
        }


def is_change_set(path: Path) -> bool:
    """A change set rather than a project file (a project file is SQLite)."""
    try:
        with path.open("rb") as fh:
            return not fh.read(16).startswith(b"SQLite format 3")
    except OSError:
        return False  # opening it as a project names the problem


def start_state(conn: Connection) -> State | None:
    """The state this file was copied from: its last copy record its own log holds."""
    for rec in reversed(lineage(conn)["states"]):
        seq, entry = rec.get("seq"), rec.get("entry")
        if rec.get("kind") == "copy" and isinstance(seq, int) and isinstance(entry, str):
            st = State(seq, entry)
            if has_state(conn, st):
                return st
    return None


def changes_of(source: Path, *, name: str | None = None) -> ChangeSet:
    """The change set of a copy: its entries since the state it was copied from."""
    doc = ProjectDocument.open(source, read_only=True)
    try:
        with doc.engine.connect() as conn:
            start = start_state(conn)
            if start is None:
                raise UserError("changes.no_start", path=source.name)
            project = lineage(conn)["project"]
            entries = tuple(entries_after(conn, start.seq))
            return ChangeSet(str(project), name or source.name, start, head(conn), entries)
    finally:
        doc.close()


def write_changes(source: Path, target: Path, *, name: str | None = None) -> ChangeSet:
    if target.exists():
        raise UserError("store.exists", path=target)
    cs = changes_of(source, name=name)
    data = json.dumps(cs.plain(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        with target.open("xb") as fh:  # never over a file that appeared meanwhile
            fh.write(data)
    except FileExistsError:
        raise UserError("store.exists", path=target) from None
    except OSError as exc:
        raise UserError("cli.io", path=target, detail=exc.strerror or str(exc)) from None
    return cs


# -- reading (untrusted) ------------------------------------------------------
def _bad(path: Path, where: JsonPath, detail: str) -> UserError:
    return UserError("changes.field", path=path.name, where=where, detail=detail)


def _text(path: Path, obj: dict[str, Any], key: str, where: JsonPath, *,
          empty: bool = False) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or (not empty and not value) or len(value) > ID_CHARS:
        raise _bad(path, where.at(key), f"tekst van hoogstens {ID_CHARS} tekens verwacht")
    return value


def _state(path: Path, obj: dict[str, Any], key: str, where: JsonPath) -> State:
    value = obj.get(key)
    at = where.at(key)
    if not isinstance(value, dict):
        raise _bad(path, at, "een object met seq en entry verwacht")
    seq = value.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise _bad(path, at.at("seq"), "een geheel getal >= 0 verwacht")
    return State(seq, _text(path, value, "entry", at, empty=seq == 0))


def _fields(entity: str) -> frozenset[str]:
    if entity == OPTION:
        return frozenset({"value"})
    return frozenset(c.key for c in table(entity).columns)


_KNOWN = {e: _fields(e) for e in (*ORDER, OPTION)}


def _entry(path: Path, raw: Any, where: JsonPath, after: int) -> Entry:
    if not isinstance(raw, dict):
        raise _bad(path, where, "een object verwacht")
    seq = raw.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq <= after:
        raise _bad(path, where.at("seq"), f"een oplopend geheel getal > {after} verwacht")
    action = raw.get("action")
    if action not in ACTIONS:
        raise _bad(path, where.at("action"), "create, update, delete of merge verwacht")
    entity = _text(path, raw, "entity", where)
    if entity not in _KNOWN:
        raise _bad(path, where.at("entity"), f"onbekende soort {entity[:40]!r}")
    fld = _text(path, raw, "field", where, empty=True)
    if action in ("create", "update") and fld not in _KNOWN[entity]:
        raise _bad(path, where.at("field"), f"{entity} heeft geen veld {fld[:40]!r}")
    old = check_free(raw.get("old"), where.at("old"))
    if action == "delete" and entity != OPTION and not (
        isinstance(old, dict) and isinstance(old.get("id"), str)
    ):
        raise _bad(path, where.at("old"), "de hele verwijderde rij verwacht")
    return Entry(
        seq, _text(path, raw, "id", where), _text(path, raw, "at", where, empty=True),
        _text(path, raw, "user", where, empty=True), str(action), entity,
        _text(path, raw, "entity_id", where), fld, old, check_free(raw.get("new"), where.at("new")),
    )


def read_changes(path: Path) -> ChangeSet:
    """A change-set file, checked in full; one clear message for the first thing wrong."""
    data = read_json(path)
    root = JsonPath()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("changes.format", path=path.name, detail=f"format is niet {FORMAT}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserError("changes.format", path=path.name, detail="versie ontbreekt")
    if version > VERSION:
        raise UserError("changes.version", path=path.name, version=version)
    project = _text(path, data, "project", root)
    start = _state(path, data, "start", root)
    end = _state(path, data, "head", root)
    raw = data.get("entries")
    if not isinstance(raw, list):
        raise _bad(path, root.at("entries"), "een lijst verwacht")
    if len(raw) > MAX_ENTRIES:
        raise UserError("changes.too_many", path=path.name, n=len(raw), limit=MAX_ENTRIES)
    entries: list[Entry] = []
    last = start.seq
    for i, item in enumerate(raw):
        e = _entry(path, item, root.at("entries").item(i), last)
        entries.append(e)
        last = e.seq
    if end.seq != last or (entries and entries[-1].id != end.entry):
        raise _bad(path, root.at("head"), "is niet de laatste wijziging")
    return ChangeSet(project, _text(path, data, "file", root, empty=True), start, end,
                     tuple(entries))


# -- merging one --------------------------------------------------------------
def prepare_changes(svc: ProjectService, path: Path, take: Take | None = None) -> MergeCommand:
    """A :class:`~workbench.merge.run.MergeCommand` for a change set; nothing is written yet.

    The ancestor is the change set's start, which our log must hold; when
    we already merged a later state of theirs (an earlier change set or
    copy from the same colleague), that state is the ancestor instead, so
    earlier decisions do not come back as conflicts.
    """
    from workbench.merge.history import authors, replay, rewind
    from workbench.merge.plan import three_way
    from workbench.merge.rows import read_rows
    cs = read_changes(path)
    with svc.doc.engine.connect() as ours:
        if lineage(ours)["project"] != cs.project:
            raise UserError("merge.unrelated", path=path.name)
        if not has_state(ours, cs.start):
            raise UserError("changes.unknown_start", path=path.name, seq=cs.start.seq)
        ours_rows = read_rows(ours)
        ours_later = entries_after(ours, cs.start.seq)
        ancestor = cs.start
        held = {(e.seq, e.id) for e in cs.entries}
        merged = [
            State(r["seq"], r["entry"]) for r in lineage(ours)["states"]
            if r.get("kind") == "merge" and (r.get("seq"), r.get("entry")) in held
        ]
    start_rows = rewind(ours_rows, ours_later)
    if merged:
        ancestor = max(merged, key=lambda s: s.seq)
    base_rows = replay(start_rows, [e for e in cs.entries if e.seq <= ancestor.seq])
    theirs_later = [e for e in cs.entries if e.seq > ancestor.seq]
    theirs_rows = replay(base_rows, theirs_later)
    plan = three_way(base_rows, ours_rows, theirs_rows, authors(ours_later),
                     authors(theirs_later))
    return MergeCommand(plan, cs.head, cs.file or path.name, ancestor, take)
