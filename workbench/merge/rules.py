"""The model's rules across the merged result: what two sides' edits break together.

Each side's edits satisfied every rule on their own; combined they may not.
Checked on the merged rows inside the merge's transaction and compared with
our rows before it, so only what the merge broke is reported, as a ``rule``
conflict for the whole row (field ``""``) naming the rule:

* a package holding two measures that exclude each other;
* a package holding a measure without a measure it requires;
* a measure whose required measure was deleted on the other side (the
  link went with it); a "ours" decision restores the deleted rows.

Unique keys, valid scales and ranges are enforced per row by the services
while the plan is written (refused edits become ``rule`` conflicts there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from workbench.i18n import Where, render
from workbench.merge.conflicts import Conflict
from workbench.merge.rows import Row, read_rows, table


@dataclass(frozen=True)
class Links:
    """Just what the rules need: measure codes, links, package members."""

    codes: dict[str, str]  # measure id -> code
    requires: frozenset[tuple[str, str]]
    excludes: frozenset[tuple[str, str]]
    members: dict[str, frozenset[str]]  # package id -> measure ids
    packages: dict[str, str]  # package id -> key


def read_links(conn: Connection) -> Links:
    m, link = table("measure"), table("measure_link")
    pkg, member = table("package"), table("package_member")
    codes = {str(i): str(c) for i, c in conn.execute(select(m.c.id, m.c.code))}
    req: set[tuple[str, str]] = set()
    exc: set[tuple[str, str]] = set()
    for a, b, kind in conn.execute(select(link.c.measure_id, link.c.other_id, link.c.kind)):
        (req if str(getattr(kind, "value", kind)) == "requires" else exc).add((str(a), str(b)))
    members: dict[str, set[str]] = {}
    for p, mid in conn.execute(select(member.c.package_id, member.c.measure_id)):
        members.setdefault(str(p), set()).add(str(mid))
    return Links(
        codes, frozenset(req), frozenset(exc), {k: frozenset(v) for k, v in members.items()},
        {str(i): str(k) for i, k in conn.execute(select(pkg.c.id, pkg.c.key))},
    )


def _breaks(s: Links) -> dict[tuple[str, ...], tuple[str, str, dict[str, Any]]]:
    """(kind, ids...) -> (entity, row id, message arguments) of every rule broken in `s`."""
    out: dict[tuple[str, ...], tuple[str, str, dict[str, Any]]] = {}
    for pid, ids in s.members.items():
        for a, b in s.excludes:
            if a in ids and b in ids:
                out[("excludes", pid, a, b)] = ("package", pid, {
                    "key": "merge.rule_excludes", "package": s.packages.get(pid, pid),
                    "a": s.codes.get(a, a), "b": s.codes.get(b, b)})
        for a, b in s.requires:
            if a in ids and b not in ids:
                out[("requires", pid, a, b)] = ("package", pid, {
                    "key": "merge.rule_requires", "package": s.packages.get(pid, pid),
                    "a": s.codes.get(a, a), "b": s.codes.get(b, b)})
    return out


def check(before: Links, after: Links, deleted: dict[str, list[tuple[str, Row]]]) -> list[Conflict]:
    """Rule conflicts for what `after` (merged) breaks that `before` (ours) did not.

    `deleted` maps a measure id the merge deleted to its rows as ours had
    them (the measure and what cascaded with it), restored on "ours".
    """
    found: list[Conflict] = []
    old = _breaks(before)
    for key, (entity, rid, args) in sorted(_breaks(after).items()):
        if key in old:
            continue
        field = f"{key[0]}:{args['a']},{args['b']}"
        found.append(_conflict(entity, rid, str(args["package"]), field, args))
    for a, b in sorted(before.requires):
        if a in after.codes and b not in after.codes and b in deleted:
            args = {"key": "merge.rule_required_gone", "a": before.codes[a],
                    "b": before.codes.get(b, b)}
            found.append(_conflict("measure", a, before.codes[a], f"required:{args['b']}",
                                   args, rows=tuple(deleted[b])))
    return found


def is_check(c: Conflict) -> bool:
    """A rule broken across rows (named ``rule:codes``), not a refused field value."""
    return c.kind == "rule" and ":" in c.field


def _conflict(entity: str, rid: str, code: str, field: str, args: dict[str, Any],
              rows: tuple[tuple[str, Row], ...] = ()) -> Conflict:
    msg = {k: v for k, v in args.items() if k != "key"}
    where = Where(entity, code)
    text = {lang: render(str(args["key"]), lang, where=where, **msg)
            for lang in ("nl", "en")}
    # The field names the rule and its measures (``excludes:M1,M2``): no column
    # has a colon, and two broken rules of one package stay two conflicts.
    return Conflict(entity=entity, row_id=rid, code=code, field=field, kind="rule",
                    base=None, ours=None, theirs=None, rows=rows, message=text)


def deleted_rows(
    conn: Connection, before: Links, deletes: list[tuple[str, str]]
) -> dict[str, list[tuple[str, Row]]]:
    """Our rows of required measures the merge will delete (and their cascade), parents first."""
    gone = {i for e, i in deletes if e == "measure"}
    ids = sorted({b for _a, b in before.requires if b in gone})
    if not ids:
        return {}
    from workbench.merge.rows import descendants

    rows = read_rows(conn)
    return {i: descendants(rows, "measure", i) for i in ids}
