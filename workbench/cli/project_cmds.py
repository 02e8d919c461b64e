"""Subcommands on whole projects: new, info, measures, dump, load."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from workbench.analysis.register import origin_label, origin_of
from workbench.cli.output import emit_json, emit_table, number
from workbench.i18n import UserError, label
from workbench.model import ENTITIES
from workbench.services import ProjectService
from workbench.services.queries import Estimate
from workbench.store import ProjectDocument
from workbench.store.sqlite import raw_connect


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("new", help="maak een nieuw dossier")
    p.add_argument("project", type=Path)
    p.add_argument("--demo", action="store_true", help="met het demodossier IJmond")
    p.add_argument("--title", default="Nieuw dossier")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="titel, schemaversie, aantallen, integriteit")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("measures", help="de maatregelen met beste schattingen")
    p.add_argument("project", type=Path)
    p.add_argument(
        "--audience",
        default="internal",
        metavar="internal|partners|public",
        help="toon wat dit publiek mag zien (standaard internal)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_measures)

    p = sub.add_parser("dump", help="het hele dossier als JSON")
    p.add_argument("project", type=Path)
    p.add_argument("-o", "--output", type=Path)
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("load", help="maak een dossier uit JSON")
    p.add_argument("project", type=Path)
    p.add_argument("--from", dest="source", type=Path, required=True)
    p.set_defaults(func=cmd_load)


def open_read_only(path: Path) -> ProjectDocument:
    """For commands that only read: no lock, no backup, nothing written beside the file.

    A file of an older schema is migrated in the private working copy only.
    """
    return ProjectDocument.open(path, read_only=True)


def cmd_new(args: argparse.Namespace) -> int:
    if args.demo:
        from workbench.interchange.demo import create_demo

        create_demo(args.project)
    else:
        ProjectDocument.create(args.project, title=args.title).close()
    print(args.project)
    return 0


def _integrity(path: Path) -> str:
    conn = raw_connect(path, read_only=True)
    try:
        quick = conn.execute("PRAGMA integrity_check").fetchall()
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    if quick and quick[0][0] == "ok" and not fks:
        return "ok"
    problems = [str(r[0]) for r in quick if r[0] != "ok"] + [f"foreign key {r}" for r in fks]
    return "; ".join(problems[:5])


def cmd_info(args: argparse.Namespace) -> int:
    from workbench.store.server_document import ServerDocument

    doc = open_read_only(args.project)
    server = isinstance(doc, ServerDocument)
    try:
        counts: dict[str, int] = {}
        with doc.session() as s:
            for name, cls in ENTITIES.items():
                counts[name] = int(s.scalar(select(func.count()).select_from(cls)) or 0)
        info = {
            "title": doc.title,
            "path": str(doc.target) if isinstance(doc, ServerDocument) else str(args.project),
            # The file's own schema (an older file is migrated only in memory here).
            "schema_version": doc.file_version,
            "language": doc.option("language", "nl"),
            "counts": counts,
            # A server project's shape was checked on open (store.server_guard).
            "integrity": "ok" if server else _integrity(doc.working_path),
        }
    finally:
        doc.close()
    if args.json:
        emit_json(info)
    else:
        print(f"Titel:          {info['title']}")
        print(f"Schemaversie:   {info['schema_version']}")
        print(f"Integriteit:    {info['integrity']}")
        emit_table(
            ["entiteit", "aantal"], [(label("entity." + k), v) for k, v in counts.items() if v]
        )
    return 0 if info["integrity"] == "ok" else 1


def _estimate_json(e: Estimate | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {"low": e.low, "best": e.best, "high": e.high, "origin": origin_of(e)}


def _best(x: float, lang: str) -> str:
    return number(x, 0 if abs(x) >= 1000 else 2, lang)


def cmd_measures(args: argparse.Namespace) -> int:
    # The register of the one analysis for the audience (figures with their origin).
    from workbench.cli.context import analysis, language

    with analysis(args) as a:
        reg = a.register
    lang = language(args)
    if args.json:
        emit_json(
            [
                {
                    "code": m.code,
                    "title": m.title,
                    "theme": m.theme,
                    "status": m.status,
                    "above_statutory": m.above_statutory,
                    "payer": m.payer,
                    "start_year": m.start_year,
                    "deadline_year": m.deadline_year,
                    "estimates": {
                        c.key: _estimate_json(m.estimates.get(c.key)) for c in reg.criteria
                    },
                }
                for m in reg.measures
            ]
        )
        return 0
    headers = ["code", "titel", "thema", "status", "start", "deadline"] + [
        c.key for c in reg.criteria
    ]
    rows = []
    for m in reg.measures:
        best = []
        for c in reg.criteria:
            e = m.estimates.get(c.key)
            text = "–" if e is None else (c.level_label(e.best) or _best(e.best, lang))
            best.append(text + ("*" if e is not None and e.computed else ""))
        rows.append(
            [
                m.code,
                m.title[:48],
                label("theme." + m.theme, lang),
                label("status." + m.status, lang),
                m.start_year,
                m.deadline_year,
                *best,
            ]
        )
    emit_table(headers, rows)
    if any(e.computed for m in reg.measures for e in m.estimates.values()):
        print("* " + origin_label("computed", lang))
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from workbench.interchange import dumps

    doc = open_read_only(args.project)
    try:
        text = dumps(ProjectService(doc))
    finally:
        doc.close()
    if args.output is None:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError("cli.io", path=args.output, detail=exc.strerror) from None
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from workbench.interchange import load_file

    load_file(args.source, args.project)
    print(args.project)
    return 0
