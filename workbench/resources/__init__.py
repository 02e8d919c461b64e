"""Data files shipped inside the package: the demo, the paper's fonts, the UI catalogs.

They travel as package data in the wheel and in the one-folder app, so an
installed or frozen workbench finds them without the source tree:
``demo/demo.json``, ``fonts/*.ttf`` (with their licence) and
``i18n/workbench_*.qm`` (with the .ts sources and the Dutch ``nl/*.tsv``
lists they are built from by ``i18n/build.py``).
"""

from __future__ import annotations

from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The file or folder `parts` below this package, as a filesystem path.

    Installed wheels and PyInstaller apps keep package data as plain files,
    so the files are found beside this module (what ``importlib.resources.files``
    answers for them too, without its ~6 ms of imports on the start-up path).
    """
    return Path(__file__).resolve().parent.joinpath(*parts)
