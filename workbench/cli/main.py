"""Entry point of the `workbench` command: parse, dispatch, turn errors into one line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli.argparse_texts import argparse_language, language_of
from workbench.cli.info_cmd import quick_args
from workbench.i18n import Language, UserError, clip, one_line
from workbench.i18n.catalog import DETAIL_CHARS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors: one line and exit 2, as argparse does, without the usage dump.
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Maatwerk Workbench op de opdrachtregel.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--lang", choices=["nl", "en"], default=None, help="taal van meldingen (standaard nl)"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    from workbench.cli import project_cmds

    project_cmds.add_parsers(sub)
    _add_optional(sub)
    return parser


def _add_optional(sub: object) -> None:
    """Subcommands of later capabilities register here when present."""
    import importlib

    for name in (
        "analysis_cmds", "health_cmds", "export_cmds", "merge_cmds", "draft_cmds",
        "record_cmds", "server_cmds",
    ):
        try:
            module = importlib.import_module(f"workbench.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"workbench.cli.{name}":
                raise
            continue
        module.add_parsers(sub)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # `info` reads a few counts: answered before the other commands' modules load.
    args = quick_args(words)
    if args is None:
        # argparse's own texts (usage, "argumenten ontbreken") in the user's language
        with argparse_language(language_of(words)):
            args = build_parser().parse_args(words)
    lang: Language = args.lang or ("en" if os.environ.get("WORKBENCH_LANG") == "en" else "nl")
    try:
        return int(args.func(args))
    except UserError as exc:
        text = one_line(exc.text(lang))
        sys.stderr.write(f"fout: {text}\n" if lang == "nl" else f"error: {text}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        detail = f"{type(exc).__name__}: {clip(exc, DETAIL_CHARS)}"
        sys.stderr.write(
            f"internal error: {detail} (the project was not changed; please report this)\n"
            if lang == "en"
            else f"interne fout: {detail} (het dossier is niet gewijzigd; meld dit aan de "
            "beheerder)\n"
        )
        return 1


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
