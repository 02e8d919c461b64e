"""`workbench export` and `workbench import`: comparison workbooks out, partner changes in.

``export`` builds the audience's report and writes it as xlsx (or, through
the position-paper writer, as pdf) atomically to ``-o``. ``import`` guards
and reads a returned workbook, prints every change with its cell, and --
unless ``--dry-run`` or any cell has a problem -- applies them as one
undoable macro and saves the project. A refused or invalid workbook leaves
the project file untouched. The writers and openpyxl are imported inside the
handlers, so the command's start stays light.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.cli.output import emit_json, emit_table
from workbench.i18n import Language, UserError
from workbench.store.files import write_bytes_atomic


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("export", help="vergelijkingswerkboek (xlsx) of positiepaper (pdf)")
    p.add_argument("project", type=Path)
    p.add_argument("--format", choices=["xlsx", "pdf"], required=True)
    p.add_argument(
        "--audience",
        choices=["internal", "partners", "public"],
        required=True,
        help="voor wie: internal (team), partners (coalitie), public (openbaar)",
    )
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--profile", metavar="KEY", help="weging (standaard de eerste zichtbare)")
    p.add_argument(
        "--package",
        metavar="KEY",
        action="append",
        default=[],
        help="pakket om op te nemen (herhaalbaar)",
    )
    p.add_argument("--language", choices=["nl", "en"], default="nl")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="wijzigingen uit een teruggestuurd werkboek inlezen")
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="alleen tonen, niets wijzigen")
    p.add_argument(
        "--audience",
        choices=["internal", "partners", "public"],
        default="partners",
        help="hoogstens dit publiek (standaard partners): alleen wat dit publiek en het "
        "publiek van het werkboek zagen mag wijzigen",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)


def write_atomic(path: Path, data: bytes) -> None:
    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        raise UserError("cli.io", path=path, detail=exc.strerror or str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.cli.project_cmds import open_read_only
    from workbench.reports.model import build_report
    from workbench.services import ProjectService

    doc = open_read_only(args.project)
    try:
        report = build_report(
            ProjectService(doc),
            args.audience,
            profile_key=args.profile,
            package_keys=args.package,
            language=args.language,
        )
    finally:
        doc.close()
    if args.format == "xlsx":
        from workbench.reports.xlsx import to_xlsx

        data = to_xlsx(report)
    else:
        try:
            from workbench.reports.pdf import to_pdf
        except ModuleNotFoundError as exc:
            if exc.name != "workbench.reports.pdf":
                raise
            raise UserError("export.pdf_unavailable") from None
        data = to_pdf(report)
    write_atomic(args.output, data)
    print(args.output)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.commands import History
    from workbench.imports import build_command, plan_import, read_partner_workbook
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    lang: Language = args.lang or "nl"
    # The workbook is guarded and read before the project is even opened.
    book = read_partner_workbook(args.file)
    doc = ProjectDocument.open(args.project, read_only=args.dry_run)
    try:
        svc = ProjectService(doc)
        plan = plan_import(svc, book, trusted=args.audience)
        apply = plan.ok and not args.dry_run and bool(plan.changes)
        if apply:
            History(svc).push(build_command(svc, plan))
            doc.save()
    finally:
        doc.close()
    if args.json:
        emit_json({**plan.to_dict(lang), "applied": apply})
    else:
        _print_plan(plan, lang, apply)
    if not plan.ok:
        if not args.json:
            for e in plan.errors:
                sys.stderr.write(e.text(lang) + "\n")
        raise UserError("import.invalid", path=args.file.name, count=len(plan.errors))
    return 0


def _print_plan(plan: Any, lang: Language, applied: bool) -> None:
    for w in plan.warnings:
        sys.stderr.write(("let op: " if lang == "nl" else "note: ") + w.text(lang) + "\n")
    if not plan.changes:
        print("Geen wijzigingen gevonden." if lang == "nl" else "No changes found.")
        return
    heads = (
        ["cel", "soort", "code", "sleutel", "veld", "oud", "nieuw"]
        if lang == "nl"
        else ["cell", "kind", "code", "key", "field", "old", "new"]
    )
    emit_table(
        heads,
        [
            [c.cell, c.entity, c.code, c.key, c.field, c.shown_old, c.shown_new]
            for c in plan.changes
        ],
    )
    if applied:
        print(
            f"{len(plan.changes)} wijziging(en) overgenomen en opgeslagen."
            if lang == "nl"
            else f"{len(plan.changes)} change(s) applied and saved."
        )
    elif plan.ok:
        print(
            "Proefdraai: er is niets gewijzigd."
            if lang == "nl"
            else "Dry run: nothing was changed."
        )
