"""Subcommands of the negotiation record: meetings, history, changes, set, minutes.

``meetings`` and ``minutes`` read the analysis of an audience (internal by
default); ``history`` and ``changes`` are the team's own record (internal);
``set`` is one edit through the validated, audited services, written only
when every check passed. JSON shapes are documented in docs/record.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli.context import add_audience, analysis, language, project
from workbench.cli.output import emit_json, emit_table
from workbench.i18n import UserError, render


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("meetings", help="overleggen met besluiten, toezeggingen en actiepunten")
    p.add_argument("project", type=Path)
    add_audience(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("history", help="geschiedenis van elk veld (wie, wanneer, oud, nieuw)")
    p.add_argument("project", type=Path)
    since = p.add_mutually_exclusive_group()
    since.add_argument("--since", metavar="DATUM", default=None)
    since.add_argument("--since-meeting", metavar="OVERLEG", default=None)
    p.add_argument("--measure", metavar="CODE", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("changes", help="wat is er veranderd sinds een overleg")
    p.add_argument("project", type=Path)
    since = p.add_mutually_exclusive_group(required=True)
    since.add_argument("--since-meeting", metavar="OVERLEG", default=None)
    since.add_argument("--since", metavar="DATUM", default=None)
    p.add_argument("--format", default=None, metavar="pdf|xlsx")
    p.add_argument("-o", "--output", type=Path, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_changes)

    p = sub.add_parser("set", help="wijzig één veld via de gevalideerde dienst")
    p.add_argument("project", type=Path)
    p.add_argument("entity")
    p.add_argument("code")
    p.add_argument("field")
    p.add_argument("value")
    p.set_defaults(func=cmd_set)

    p = sub.add_parser("minutes", help="verslag van een overleg (pdf of docx) per publiek")
    p.add_argument("project", type=Path)
    p.add_argument("meeting")
    p.add_argument("--format", default="pdf", metavar="pdf|docx")
    add_audience(p)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_minutes)


def cmd_meetings(args: argparse.Namespace) -> int:
    from workbench.record.meetings import meetings

    with analysis(args) as a:
        records = meetings(a.data)
    if args.json:
        emit_json([m.as_json() for m in records])
        return 0
    emit_table(
        ["overleg", "datum", "titel", "partijen", "toezeggingen", "acties open"],
        [[m.key, m.date.isoformat(), m.title, ", ".join(m.parties), len(m.commitments),
          sum(not x.done for x in m.actions)] for m in records],
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from workbench.record.history import history
    from workbench.record.snapshots import meeting_id, parse_day, snapshot_of

    lang = language(args)
    with project(Path(args.project)) as svc:
        seq, day = 0, None
        if args.since_meeting:
            state = snapshot_of(svc, meeting_id(svc, args.since_meeting))
            if state is None:
                raise UserError("record.no_snapshot", key=args.since_meeting)
            seq = state.seq
        elif args.since:
            day = parse_day(args.since, "--since")
        entries = history(svc, since_seq=seq, since=day, measure=args.measure)
    if args.json:
        emit_json([e.as_json(lang) for e in entries])
        return 0
    emit_table(["wanneer", "wie", "code", "veld", "oud", "nieuw", "herkomst"],
               [[x["at"], x["user"], x["code"], x["field"], x["old"], x["new"], x["origin"]]
                for x in (e.as_json(lang) for e in entries)])
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    from workbench.record.changes import changes_since
    from workbench.record.snapshots import meeting_id, parse_day, snapshot_of, state_at_date

    lang = language(args)
    if args.format not in (None, "pdf", "xlsx"):
        raise UserError("record.bad_format", got=args.format, choices="pdf, xlsx")
    if args.format is not None and args.output is None:
        raise UserError("record.bad_format", got="-o", choices="-o BESTAND")
    with project(Path(args.project)) as svc:
        if args.since_meeting:
            state = snapshot_of(svc, meeting_id(svc, args.since_meeting))
            if state is None:
                raise UserError("record.no_snapshot", key=args.since_meeting)
            label = args.since_meeting
        else:
            label = args.since
            state = state_at_date(svc, parse_day(args.since, "--since"))
        result = changes_since(svc, state, "internal", None, lang)
    if args.format is not None:
        from workbench.cli.export_cmds import write_atomic
        from workbench.record.document import to_pdf, to_xlsx
        from workbench.record.exports import change_doc

        doc = change_doc(result, label, lang)
        write_atomic(args.output, to_pdf(doc) if args.format == "pdf" else to_xlsx(doc))
        print(args.output)
        return 0
    if args.json:
        emit_json(result.as_json())
        return 0
    from workbench.record.document import Table
    from workbench.record.exports import change_doc

    for block in change_doc(result, label, lang).blocks:
        if isinstance(block, Table):
            if block.rows:
                print(block.title)
                emit_table(list(block.headers), [list(r) for r in block.rows])
        else:
            print(block.text)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from workbench.commands import History
    from workbench.record.setting import plan_edit
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    doc = ProjectDocument.open(Path(args.project))
    try:
        svc = ProjectService(doc)
        edit = plan_edit(svc, args.entity, args.code, args.field, args.value)
        History(svc).push(edit.command)
        doc.save()
    finally:
        doc.close()
    print(render("record.set_done", language(args), where=edit.where, old=edit.old,
                 new=edit.new))
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    from workbench.cli.export_cmds import write_atomic
    from workbench.record.document import to_docx, to_pdf
    from workbench.record.exports import minutes_doc

    if args.format not in ("pdf", "docx"):
        raise UserError("record.bad_format", got=args.format, choices="pdf, docx")
    with analysis(args) as a:
        doc = minutes_doc(a, args.meeting)
    write_atomic(args.output, to_pdf(doc) if args.format == "pdf" else to_docx(doc))
    print(args.output)
    return 0
