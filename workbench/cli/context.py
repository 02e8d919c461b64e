"""What every analysis command shares: the user's language, the audience, the analysis.

A command opens its project read-only, takes the one analysis of the
project's current state for an audience and a weight profile
(:func:`workbench.analysis.build.analysis_for`) and formats its figures; it
never computes a figure itself. The analysis reads lazily, so a command
formats (or at least takes every figure it needs) while the project is open.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.analysis.build import Analysis, analysis_for
from workbench.analysis.matrix import Profile, ProjectMatrix
from workbench.cli.project_cmds import open_read_only
from workbench.i18n import Language, UserError
from workbench.services import ProjectService

AUDIENCE_METAVAR = "internal|partners|public"


def language(args: argparse.Namespace) -> Language:
    """The user's language: --lang, else WORKBENCH_LANG=en, else Dutch (as cli.main decides)."""
    lang = getattr(args, "lang", None) or os.environ.get("WORKBENCH_LANG")
    return "en" if lang == "en" else "nl"


def add_audience(p: Any) -> None:
    # No argparse `choices`: an unknown audience gets the core's one-line message
    # in the user's language (analysis.audience.check_audience), not argparse's.
    p.add_argument(
        "--audience",
        default="internal",
        metavar=AUDIENCE_METAVAR,
        help="toon wat dit publiek mag zien (standaard internal)",
    )


@contextmanager
def project(path: Path) -> Iterator[ProjectService]:
    doc = open_read_only(path)
    try:
        yield ProjectService(doc)
    finally:
        doc.close()


@contextmanager
def analysis(
    args: argparse.Namespace, *, audience: str | None = None, profile: str | None = None
) -> Iterator[Analysis]:
    """The analysis of `args.project` for `audience` (default: --audience or internal).

    `profile` defaults to ``args.profile`` where the command has that option.
    """
    with project(Path(args.project)) as svc:
        yield analysis_for(
            svc,
            audience or getattr(args, "audience", None) or "internal",
            profile if profile is not None else getattr(args, "profile", None),
            language(args),
        )


def matrix_of(a: Analysis) -> ProjectMatrix:
    """The analysis' decision matrix, or the one-line message that there is nothing to rank."""
    pm = a.matrix
    if pm is None:
        raise UserError("analysis.empty")
    return pm


def profile_of(a: Analysis) -> Profile:
    """The analysis' weight profile, or the one-line message that there is none."""
    prof = a.profile  # an unknown or hidden key raises its own one-line message
    if prof is None:
        raise UserError("analysis.no_profile")
    return prof
