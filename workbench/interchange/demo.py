"""The demo project: an illustrative IJmond negotiation shipped as interchange JSON.

The demo lives in ``resources/demo/demo.json`` at the repository root (the
package is installed editable); an installed wheel may carry a copy as
package data of this package instead. :func:`create_demo` loads it into a
new project file like any other interchange file.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from workbench.i18n import UserError
from workbench.interchange.load import load_file

DEMO_NAME = "demo.json"


def demo_json_path() -> Path:
    """Where the demo's interchange file is."""
    in_repo = Path(__file__).resolve().parents[2] / "resources" / "demo" / DEMO_NAME
    if in_repo.is_file():
        return in_repo
    packaged = resources.files("workbench.interchange").joinpath(DEMO_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    raise UserError("store.not_found", path=in_repo)


def create_demo(target: Path, *, user: str | None = None) -> None:
    """Create a new project file at `target` holding the demo project."""
    load_file(demo_json_path(), target, user=user)
