"""Subcommands of team work: copy, merge, conflicts, resolve (see docs/merge.md).

`merge` never changes its input files: OURS is read into a private working
copy, merged there, and written (to OUT, or to OURS when no -o is given)
only once the merge is complete, by the store's atomic save. Exit codes:
0 merged with no open conflicts, 3 open conflicts remain, 1 an error.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from workbench.cli.output import emit_json, emit_table
from workbench.i18n import Language, UserError, Where, clip, label, render
from workbench.merge import Conflict, copy_for_colleague, open_conflicts, prepare, resolve
from workbench.services import ProjectService
from workbench.store import ProjectDocument

OPEN_CONFLICTS = 3


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("copy", help="kopie voor een collega (met herkomst, om samen te voegen)")
    p.add_argument("project", type=Path)
    p.add_argument("out", type=Path)
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser(
        "changeset", help="alleen de wijzigingen sinds de kopie, als klein bestand (.mwbc)"
    )
    p.add_argument("project", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_changeset)

    p = sub.add_parser("merge", help="voeg een kopie van een collega samen (drieweg)")
    p.add_argument("ours", type=Path)
    p.add_argument("theirs", type=Path, help="een kopie (.mwb) of wijzigingenbestand (.mwbc)")
    p.add_argument("-o", "--output", type=Path, default=None)
    p.add_argument("--base", type=Path, default=None, help="de gemeenschappelijke voorganger")
    p.add_argument("--take", choices=["ours", "theirs"], default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("conflicts", help="de open conflicten van samenvoegen")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", help="beslis een open conflict: ours, theirs of een waarde")
    p.add_argument("project", type=Path)
    p.add_argument("entity")
    p.add_argument("code")
    p.add_argument("field", help="het veld; '-' voor een hele rij")
    p.add_argument("choice", metavar="ours|theirs|WAARDE")
    p.set_defaults(func=cmd_resolve)


def _lang(args: argparse.Namespace) -> Language:
    lang = getattr(args, "lang", None) or os.environ.get("WORKBENCH_LANG")
    return "en" if lang == "en" else "nl"


def cmd_copy(args: argparse.Namespace) -> int:
    copy_for_colleague(args.project, args.out)
    print(args.out)
    return 0


def cmd_changeset(args: argparse.Namespace) -> int:
    from workbench.merge.changeset import write_changes

    cs = write_changes(args.project, args.output)
    print(render("changes.written", _lang(args), n=len(cs.entries), seq=cs.start.seq,
                 path=args.output))
    return 0


def _value(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, (dict, list)):
        return clip(json.dumps(v, ensure_ascii=False), 40)
    return clip(v, 40)


def _table(conflicts: list[Conflict], lang: Language) -> None:
    emit_table(
        [render(f"merge.col_{c}", lang) for c in
         ("entity", "code", "field", "base", "ours", "theirs", "status")],
        [
            (label("entity." + c.entity, lang), c.code, c.field or "-", _value(c.base),
             _value(c.ours), _value(c.theirs), c.status)
            for c in conflicts
        ],
    )


def cmd_merge(args: argparse.Namespace) -> int:
    lang = _lang(args)
    ours: Path = args.ours
    out: Path | None = args.output
    if out is not None and out.exists() and out.resolve() != ours.resolve():
        raise UserError("store.exists", path=out)
    if out is None:
        doc = ProjectDocument.open(ours)
    else:
        doc = ProjectDocument.open(ours, read_only=True)
        doc.read_only = False  # the private working copy; the file is written by save_as
    try:
        svc = ProjectService(doc)
        cmd = prepare(svc, args.theirs, base_path=args.base, take=args.take)
        cmd.do(svc)
        if out is None:
            doc.save()
        else:
            doc.save_as(out)
        remaining = open_conflicts(svc)
    finally:
        doc.close()
    summary = cmd.summary
    assert summary is not None
    if args.json:
        emit_json(summary.plain())
    else:
        n = sum(summary.merged.values())
        decided = len(summary.conflicts) - len(summary.open)
        print(render("merge.summary", lang, merged=n, conflicts=len(summary.conflicts),
                     decided=decided, open=len(summary.open)))
        if summary.effect is not None:
            from workbench.merge.effect import lines

            for line in lines(summary.effect, lang):
                print(line)
        if summary.conflicts:
            _table(summary.conflicts, lang)
    return OPEN_CONFLICTS if remaining else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    doc = ProjectDocument.open(args.project, read_only=True)
    try:
        found = open_conflicts(ProjectService(doc))
    finally:
        doc.close()
    if args.json:
        emit_json({"conflicts": [c.public() for c in found]})
    elif found:
        _table(found, _lang(args))
    else:
        print(render("merge.none_open", _lang(args)))
    return OPEN_CONFLICTS if found else 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from workbench.merge.apply import parse_value

    field = "" if args.field in ("-", "") else args.field
    doc = ProjectDocument.open(args.project)
    try:
        svc = ProjectService(doc)
        where = Where(args.entity, args.code, field)
        matches = [
            c for c in open_conflicts(svc)
            if c.entity == args.entity and c.code == args.code and c.field == field
        ]
        if not matches:
            raise UserError("merge.no_conflict", where=where)
        if len(matches) > 1:
            raise UserError("merge.ambiguous", where=where, n=len(matches))
        c = matches[0]
        if args.choice in ("ours", "theirs"):
            choice: tuple[str, object] = (args.choice, None)
        else:
            choice = ("edited", parse_value(c, args.choice))
        resolve(svc, {c.key: choice})
        doc.save()
        left = len(open_conflicts(svc))
    finally:
        doc.close()
    print(render("merge.resolved", _lang(args), where=where, open=left))
    return 0
