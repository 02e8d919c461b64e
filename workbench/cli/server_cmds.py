"""Subcommands of the team server: server init/grant, push, checkout, checkin.

A server project is named by a libpq URL with ``schema=NAME``
(``postgresql://anna@raadhuis/maatwerk?schema=ijmond``); every command that
takes PROJECT accepts one too. `checkin` merges a checked-out file into the
server's project with the three-way merge ("ours": the server, "theirs":
the file); exit codes as `merge`: 0 merged, 3 open conflicts remain, 1 an
error. Passwords come from libpq's usual places (PGPASSWORD, ~/.pgpass, a
service file), never from this program's settings.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli.merge_cmds import OPEN_CONFLICTS, _lang, _table
from workbench.cli.output import emit_json
from workbench.i18n import render


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("server", help="dossiers op een teamserver (PostgreSQL)")
    ssub = p.add_subparsers(dest="server_command", required=True, parser_class=type(p))
    q = ssub.add_parser("init", help="maak (of werk bij) een dossier met zijn rollen")
    q.add_argument("url", help="postgresql://BEHEERDER@HOST/DATABASE?schema=NAAM")
    q.set_defaults(func=cmd_init)
    q = ssub.add_parser("grant", help="geef een gebruiker een rol in een dossier")
    q.add_argument("url")
    q.add_argument("user")
    q.add_argument("level", metavar="reader|editor|owner")
    q.set_defaults(func=cmd_grant)

    p = sub.add_parser("push", help="zet een dossierbestand op de server (leeg dossier)")
    p.add_argument("project", type=Path)
    p.add_argument("url")
    p.set_defaults(func=cmd_push)

    p = sub.add_parser("checkout", help="kopie van het serverdossier om offline te werken")
    p.add_argument("url")
    p.add_argument("out", type=Path)
    p.set_defaults(func=cmd_checkout)

    p = sub.add_parser("checkin", help="voeg een uitgecheckte kopie samen met de server")
    p.add_argument("file", type=Path)
    p.add_argument("url")
    p.add_argument("--take", choices=["ours", "theirs"], default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_checkin)


def cmd_init(args: argparse.Namespace) -> int:
    from workbench.server.setup import init
    from workbench.store.server_url import parse_target

    target = parse_target(args.url)
    version = init(target)
    print(render("server.initialised", _lang(args), schema=target.schema,
                 server=target.server, version=version))
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from workbench.server.setup import grant
    from workbench.store.server_url import parse_target

    target = parse_target(args.url)
    grant(target, args.user, args.level)
    print(render("server.granted", _lang(args), user=args.user, level=args.level,
                 schema=target.schema))
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from workbench.server.transfer import push

    push(args.project, args.url)
    print(args.url)
    return 0


def cmd_checkout(args: argparse.Namespace) -> int:
    from workbench.server.transfer import checkout

    checkout(args.url, args.out)
    print(args.out)
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from workbench.server.transfer import checkin

    summary, remaining = checkin(args.file, args.url, take=args.take)
    lang = _lang(args)
    if args.json:
        emit_json(summary.plain())
    else:
        n = sum(summary.merged.values())
        decided = len(summary.conflicts) - len(summary.open)
        print(render("merge.summary", lang, merged=n, conflicts=len(summary.conflicts),
                     decided=decided, open=len(summary.open)))
        if summary.conflicts:
            _table(summary.conflicts, lang)
    return OPEN_CONFLICTS if remaining else 0
