"""Where the workbench keeps its own files (working copies, demo copies).

`MAATWERK_DATA_DIR` overrides the platform default; tests use it to keep
everything inside a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_SUFFIX = ".mwb"


def data_dir() -> Path:
    override = os.environ.get("MAATWERK_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "MaatwerkWorkbench"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "MaatwerkWorkbench"
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "maatwerk-workbench"
    base.mkdir(parents=True, exist_ok=True)
    return base


def working_dir() -> Path:
    d = data_dir() / "working"
    d.mkdir(parents=True, exist_ok=True)
    return d


def current_user() -> str:
    """The OS user name, the default author of audit entries."""
    for var in ("MAATWERK_USER", "USER", "USERNAME", "LOGNAME"):
        value = os.environ.get(var)
        if value:
            return value
    return "onbekend"
