"""The demo project: an illustrative IJmond negotiation shipped as interchange JSON.

The demo is package data, ``workbench/resources/demo/demo.json``, found
through :mod:`importlib.resources` in a source tree, an installed wheel and
the one-folder app alike. :func:`create_demo` loads it into a new project
file like any other interchange file.
"""

from __future__ import annotations

from pathlib import Path

from workbench.i18n import UserError
from workbench.interchange.load import load_file
from workbench.resources import resource_path

DEMO_NAME = "demo.json"


def demo_json_path() -> Path:
    """Where the demo's interchange file is."""
    packaged = resource_path("demo", DEMO_NAME)
    if packaged.is_file():
        return packaged
    raise UserError("store.not_found", path=packaged)


def create_demo(target: Path, *, user: str | None = None) -> None:
    """Create a new project file at `target` holding the demo project."""
    load_file(demo_json_path(), target, user=user)
