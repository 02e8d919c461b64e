"""``workbench info``, answered from a plain sqlite3 look before the rest of the CLI loads.

:func:`quick_args` recognises ``[--lang L] info PROJECT [--json]`` so
:func:`workbench.cli.main.main` can answer it without building the full
parser (whose command modules import SQLAlchemy, the model and numpy);
anything else, ``-h`` included, goes to the full parser. The figures come
from :func:`workbench.store.peek.peek`; a file it does not answer for
(an older schema, which is migrated in a working copy) takes the full
open of :func:`workbench.cli.project_cmds.cmd_info`. Same output either way.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.output import emit_json, emit_table
from workbench.i18n import label
from workbench.store.peek import peek
from workbench.store.server_url import is_server_target


class _Quiet(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)  # not ours: the full parser will say what is wrong


def quick_args(argv: list[str]) -> argparse.Namespace | None:
    """The parsed arguments when `argv` is a plain ``info`` call, else None."""
    if "info" not in argv or any(a.startswith("-h") or a in ("--help", "--version") for a in argv):
        return None
    p = _Quiet(prog="workbench", add_help=False)
    p.add_argument("--lang", choices=["nl", "en"], default=None)
    p.add_argument("command", choices=["info"])
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    try:
        args = p.parse_args(argv)
    except ValueError:
        return None
    args.func = cmd_info
    return args


def cmd_info(args: argparse.Namespace) -> int:
    found = None if is_server_target(args.project) else peek(args.project.resolve())
    if found is None:
        from workbench.cli.project_cmds import cmd_info as full_open

        return full_open(args)
    counts = found.counts
    info = {
        "title": str(found.options.get("title", "")),
        "path": str(args.project),
        "schema_version": found.version,
        "language": found.options.get("language", "nl"),
        "counts": counts,
        "integrity": found.integrity,
    }
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
