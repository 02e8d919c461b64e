"""argparse's own texts (usage, errors, group titles) in the user's language.

argparse looks its texts up through ``gettext`` at the moment it needs them;
:func:`argparse_language` puts a Dutch lookup in place while the command
line is built and parsed, so "the following arguments are required" reads
"deze argumenten ontbreken" and ``--help`` says "gebruik:" and "opties".
English keeps argparse's own texts.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from workbench.i18n import Language

_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "onbekende keuze: %(value)r (kies uit %(choices)s)"
    ),
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "ignored explicit argument %r": "genegeerde waarde %r",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
}
_NL_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("verwacht %s waarde", "verwacht %s waarden"),
}


def _nl(message: str) -> str:
    return _NL.get(message, message)


def _nl_n(singular: str, plural: str, n: int) -> str:
    pair = _NL_PLURAL.get(singular)
    if pair is None:
        return singular if n == 1 else plural
    return pair[0] if n == 1 else pair[1]


def language_of(words: Sequence[str]) -> Language:
    """The language the command line asks for, before it is parsed (--lang, WORKBENCH_LANG)."""
    for i, w in enumerate(words):
        if w == "--lang" and i + 1 < len(words):
            return "en" if words[i + 1] == "en" else "nl"
        if w.startswith("--lang="):
            return "en" if w.partition("=")[2] == "en" else "nl"
    return "en" if os.environ.get("WORKBENCH_LANG") == "en" else "nl"


@contextmanager
def argparse_language(lang: Language) -> Iterator[None]:
    """argparse's texts in `lang` for the duration of the block (restored afterwards)."""
    if lang == "en":
        yield
        return
    saved = (getattr(argparse, "_"), getattr(argparse, "ngettext"))  # noqa: B009
    setattr(argparse, "_", _nl)  # noqa: B010 (argparse looks its texts up here)
    setattr(argparse, "ngettext", _nl_n)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010
