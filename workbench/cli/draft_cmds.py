"""`workbench draft`: import a draft agreement, list versions, link measures, diff, export.

``import`` reads and checks the whole file before the project is opened for
writing; a refused file leaves it untouched. ``diff`` and ``export`` read the
comparison of two versions for an audience (:func:`workbench.drafts.
comparison.compare_versions`, built on the one analysis), so every DALY
figure is the analysis' and nothing the audience may not see is printed.
The JSON shapes are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from workbench.cli.context import add_audience, analysis, language, project
from workbench.cli.output import emit_json, emit_table
from workbench.i18n import UserError

_T: dict[str, tuple[str, str]] = {
    "imported": ("{key}: {count} bepalingen ingelezen ({name})",
                 "{key}: {count} clauses imported ({name})"),
    "review": ("  controleer: {what}", "  check: {what}"),
    "new": ("{new} is nieuw", "{new} is new"),
    "deleted": ("{old} is vervallen", "{old} was deleted"),
    "renumbered": ("{new} was {old} (vernummerd)", "{new} was {old} (renumbered)"),
    "uncertain": ("{new} lijkt op {old} ({sim:.0%})", "{new} resembles {old} ({sim:.0%})"),
    "linked": ("{code} gekoppeld aan {clause} ({kind})", "{code} linked to {clause} ({kind})"),
    "headers": ("bepaling|was|soort|inhoudelijk|maatregelen|DALY tot 2030",
                "clause|was|kind|substantive|measures|DALY to 2030"),
    "list_headers": ("sleutel|naam|datum|van|bepalingen", "key|name|date|from|clauses"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
}


def _t(key: str, lang: str) -> str:
    nl, en = _T[key]
    return en if lang == "en" else nl


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("draft", help="conceptversies van de afspraak: inlezen, vergelijken")
    dsub = p.add_subparsers(dest="draft_command", required=True, parser_class=type(p))

    q = dsub.add_parser("import", help="een concept (.docx of .pdf) inlezen als nieuwe versie")
    q.add_argument("project", type=Path)
    q.add_argument("file", type=Path)
    q.add_argument("--name", help="naam van de versie (standaard de bestandsnaam)")
    q.add_argument("--date", metavar="YYYY-MM-DD", help="datum van ontvangst")
    q.add_argument("--from", dest="sender", default="", metavar="PARTY", help="afzender")
    q.set_defaults(func=cmd_import)

    q = dsub.add_parser("list", help="de conceptversies")
    q.add_argument("project", type=Path)
    add_audience(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    q = dsub.add_parser("link", help="een maatregel aan een bepaling koppelen")
    q.add_argument("project", type=Path)
    q.add_argument("draft")
    q.add_argument("clause_label", metavar="CLAUSE_LABEL")
    q.add_argument("measure_code", metavar="MEASURE_CODE")
    q.add_argument("--type", dest="kind", default="implements",
                   choices=["implements", "weakens", "mentions"])
    q.add_argument("--quote", default="", help="het geciteerde stuk tekst")
    q.add_argument("--visibility", default="internal", choices=["internal", "partners", "public"])
    q.set_defaults(func=cmd_link)

    q = dsub.add_parser("diff", help="wat er veranderde tussen twee versies, en wat het kost")
    q.add_argument("project", type=Path)
    q.add_argument("old")
    q.add_argument("new")
    q.add_argument("--substantive", action="store_true",
                   help="alleen inhoudelijke wijzigingen")
    add_audience(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_diff, profile=None)

    q = dsub.add_parser("export", help="de redline als pdf, docx (wijzigingen bijhouden) of xlsx")
    q.add_argument("project", type=Path)
    q.add_argument("old")
    q.add_argument("new")
    q.add_argument("--format", choices=["pdf", "docx", "xlsx"], required=True)
    q.add_argument("--audience", required=True, metavar="internal|partners|public")
    q.add_argument("--substantive", action="store_true")
    q.add_argument("-o", "--output", type=Path, required=True)
    q.set_defaults(func=cmd_export, profile=None)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError("value.type", where="--date", expected="YYYY-MM-DD", got=value) from None


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.drafts.reading import read_draft
    from workbench.drafts.store import import_draft
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    lang = language(args)
    date = _date(args.date)
    read_draft(args.file)  # refuse a bad file before the project is even opened
    doc = ProjectDocument.open(args.project)
    try:
        result = import_draft(ProjectService(doc), args.file, name=args.name, date=date,
                              received_from=args.sender)
        doc.save()
    finally:
        doc.close()
    print(_t("imported", lang).format(key=result.key, count=result.clause_count,
                                      name=args.name or args.file.stem))
    for r in result.matching.reviews:
        what = _t(r.kind, lang).format(new=r.new_path, old=r.old_path, sim=r.similarity)
        print(_t("review", lang).format(what=what))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from workbench.drafts.store import versions

    lang = language(args)
    with analysis(args, profile=None) as a:
        vs = versions(a.data)
    rows = [
        {"key": v.key, "name": v.name, "date": None if v.date is None else v.date.isoformat(),
         "from": v.received_from, "clauses": v.clause_count}
        for v in vs
    ]
    if args.json:
        emit_json(rows)
    else:
        emit_table(_t("list_headers", lang).split("|"),
                   [[r["key"], r["name"], r["date"], r["from"], r["clauses"]] for r in rows])
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from workbench.drafts.store import link_measure
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    lang = language(args)
    doc = ProjectDocument.open(args.project)
    try:
        clause, _change = link_measure(ProjectService(doc), args.draft, args.clause_label,
                                       args.measure_code, args.kind, quote=args.quote,
                                       visibility=args.visibility)
        doc.save()
    finally:
        doc.close()
    print(_t("linked", lang).format(code=args.measure_code, clause=clause.path, kind=args.kind))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from workbench.drafts.comparison import compare_versions, to_json

    lang = language(args)
    with analysis(args) as a:
        cmp = compare_versions(a, args.old, args.new)
    if args.json:
        emit_json(to_json(cmp, args.substantive))
        return 0
    rows = []
    for c in cmp.changes(args.substantive):
        d = cmp.dalys(c)
        rows.append([
            c.new_label or "", c.old_label if c.old_label != c.new_label else "", c.kind,
            _t("yes" if c.substantive else "no", lang), ", ".join(cmp.measures_of(c)),
            "" if d is None else f"{d:+.1f}",
        ])
    emit_table(_t("headers", lang).split("|"), rows)
    print(cmp.summary)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.analysis.audience import check_audience
    from workbench.cli.export_cmds import write_atomic
    from workbench.drafts.comparison import compare_versions

    check_audience(args.audience)
    with analysis(args, audience=args.audience) as a:
        cmp = compare_versions(a, args.old, args.new)
    if args.format == "pdf":
        from workbench.drafts.export_pdf import redline_pdf

        data = redline_pdf(cmp, args.audience, substantive_only=args.substantive)
    elif args.format == "docx":
        from workbench.drafts.export_docx import redline_docx

        data = redline_docx(cmp, substantive_only=args.substantive)
    else:
        from workbench.drafts.export_xlsx import change_list_xlsx

        data = change_list_xlsx(cmp, substantive_only=args.substantive)
    write_atomic(args.output, data)
    print(args.output)
    return 0


__all__ = ["add_parsers", "project"]
