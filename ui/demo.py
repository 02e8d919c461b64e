"""A fresh copy of the demo project in the user's data folder.

Each ``--demo`` start gets its own file (``<data>/demo/Demo-<timestamp>.mwb``),
so a user's earlier demo copy, and any file of their own, is never
overwritten. The demo's content comes from :mod:`workbench.interchange`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.store import PROJECT_SUFFIX, data_dir


class DemoUnavailable(Exception):
    """The demo project could not be built (the interchange module is missing)."""


def new_demo_path(now: dt.datetime | None = None) -> Path:
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"Demo-{stamp}{PROJECT_SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"Demo-{stamp}-{n}{PROJECT_SUFFIX}"
        n += 1
    return path


def create_demo_copy() -> Path:
    """Build the demo project at a new path and return it."""
    try:
        from workbench.interchange.demo import create_demo
    except ImportError as exc:
        raise DemoUnavailable(str(exc)) from None
    path = new_demo_path()
    create_demo(path)
    return path
