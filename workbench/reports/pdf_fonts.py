"""The position paper's font: DejaVu Sans shipped in the package, embedded as TrueType.

reportlab's standard fonts cover Latin-1 only and are not embedded; DejaVu
Sans covers the Dutch and English text (and ₂, ‘’, –, €) and reportlab
embeds the subset it uses (a /FontFile2 stream). The fonts are looked up in
the package data ``workbench/resources/fonts`` first (with their licence),
then the system's DejaVu folder; registration happens once per process.
"""

from __future__ import annotations

import threading
from pathlib import Path

from workbench.resources import resource_path

REGULAR = "MWSans"
BOLD = "MWSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_DIRS = (
    resource_path("fonts"),
    Path("/usr/share/fonts/truetype/dejavu"),
)
_lock = threading.Lock()
_done = False


class FontMissingError(RuntimeError):
    """The shipped font is not where it should be (a broken installation)."""


def font_path(name: str) -> Path:
    filename = _FILES[name]
    for folder in _DIRS:
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FontMissingError(f"{filename} not found in {', '.join(str(d) for d in _DIRS)}")


def register_fonts() -> None:
    """Register the regular and bold faces (and their family) with reportlab."""
    global _done
    with _lock:
        if _done:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in (REGULAR, BOLD):
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _done = True
