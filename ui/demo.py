"""The demo project in the user's data folder: a ready-made file, copied, never rebuilt per start.

The demo's content is package data (interchange JSON, see
:mod:`workbench.interchange.demo`). Loading it costs about half a second,
so it is built once into ``<data>/cache/demo-<key>.mwb`` (the key hashes
the JSON and the schema, so a new demo text or a migration builds a new
one; a template that fails its check is rebuilt). ``--demo`` then opens
``<data>/demo/Demo-<timestamp>.mwb``: the newest copy again while it is
byte for byte the template (never opened-and-saved, not open elsewhere),
otherwise a new copy; ``--demo --fresh`` always copies. Copies identical
to the template are removed at each ``--demo`` start, edited ones beyond
the newest :data:`KEEP_EDITED`; a copy that is open (locked) stays. A
user's own files are never touched: copies live only in the data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import filecmp
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from workbench.i18n import UserError
from workbench.store import PROJECT_SUFFIX, SCHEMA_VERSION, data_dir

KEEP_EDITED = 5


class DemoUnavailable(Exception):
    """The demo project could not be built (the interchange module is missing)."""


def new_demo_path(now: dt.datetime | None = None) -> Path:
    folder = _demo_folder()
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"Demo-{stamp}{PROJECT_SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"Demo-{stamp}-{n}{PROJECT_SUFFIX}"
        n += 1
    return path


def _demo_folder() -> Path:
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _demo_source() -> Path:
    # Found as package data directly: the interchange package (~0.3 s of
    # imports) loads only when the template has to be built.
    from workbench.resources import resource_path

    path = resource_path("demo", "demo.json")
    if not path.is_file():
        raise DemoUnavailable(str(path))
    return path


def template_path() -> Path:
    """Where the ready-made demo file for this demo text and schema is kept."""
    from workbench.store.guard import schema_key

    h = hashlib.sha256(_demo_source().read_bytes())
    h.update(f"{SCHEMA_VERSION}:{schema_key()}".encode())
    return data_dir() / "cache" / f"demo-{h.hexdigest()[:16]}{PROJECT_SUFFIX}"


def _sound(path: Path) -> bool:
    """Whether a cached template is a whole, current project file."""
    from workbench.store.files import check_project_file
    from workbench.store.sqlite import raw_connect

    try:
        if check_project_file(path) != SCHEMA_VERSION:
            return False
        conn = raw_connect(path, read_only=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone() == ("ok",))
        finally:
            conn.close()
    except (UserError, sqlite3.Error, OSError):
        return False


def demo_template() -> Path:
    """The ready-made demo file, built (or rebuilt, when damaged) on first use."""
    path = template_path()
    if path.is_file() and _sound(path):
        return path
    from workbench.interchange.demo import create_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.name}.{os.getpid()}.building")
    building.unlink(missing_ok=True)
    try:
        create_demo(building)
        os.replace(building, path)
    finally:
        building.unlink(missing_ok=True)
    return path


def _locked(path: Path) -> bool:
    return path.with_name(path.name + ".lock").exists()


def _untouched(path: Path, template: Path) -> bool:
    try:
        return path.stat().st_size == template.stat().st_size and filecmp.cmp(
            path, template, shallow=False
        )
    except OSError:
        return False


def create_demo_copy(*, fresh: bool = False) -> Path:
    """The demo copy to open: the newest untouched one, or a new copy of the template."""
    template = demo_template()
    folder = _demo_folder()
    copies = sorted(
        folder.glob(f"Demo-*{PROJECT_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    chosen = None
    if not fresh and copies and not _locked(copies[0]) and _untouched(copies[0], template):
        chosen = copies[0]
    if chosen is None:
        chosen = new_demo_path()
        shutil.copyfile(template, chosen)
    _clean(copies, chosen, template)
    return chosen


def _clean(copies: list[Path], keep: Path, template: Path) -> None:
    """Remove copies that hold nothing of the user's, and edited ones past the newest few."""
    edited = 0
    for path in copies:
        if path == keep or _locked(path):
            continue
        if not _untouched(path, template):
            edited += 1
            if edited <= KEEP_EDITED:
                continue
        with contextlib.suppress(OSError):
            path.unlink()
