"""Before Qt starts on Linux: is there a display, and can Qt's X11 plugin load?

Without either, Qt prints several lines and aborts the interpreter (exit
134). :func:`display_problem` finds both cases first, so ``main`` can say in
one line what to do and exit 1: set ``QT_QPA_PLATFORM=offscreen`` (enough
for ``--screenshot``), start from a graphical session, or install the X
libraries it names (Debian/Ubuntu package names).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

# The X11 libraries Qt's xcb plugin needs that minimal systems often lack:
# soname -> Debian/Ubuntu package.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
}


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds `soname` (in a frozen app, also beside it)."""
    import ctypes  # only where the X11 libraries are checked: not on every start

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str],
    *,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = can_load,
    lang: str = "nl",
) -> str | None:
    """One line saying what to do when Qt could not show a window, or None."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("WAYLAND_DISPLAY"):
        return None
    missing = [pkg for soname, pkg in XCB_LIBRARIES.items() if not loads(soname)]
    no_display = not environ.get("DISPLAY")
    if not no_display and not missing:
        return None
    en = lang == "en"
    if no_display:
        head = (
            "no display (DISPLAY and WAYLAND_DISPLAY are not set)"
            if en
            else "geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet)"
        )
    else:
        head = (
            "Qt's X11 plugin cannot load" if en else "de X11-koppeling van Qt kan niet laden"
        )
    advice = (
        "set QT_QPA_PLATFORM=offscreen to make --screenshot images"
        if en
        else "zet QT_QPA_PLATFORM=offscreen om --screenshot-afbeeldingen te maken"
    )
    if missing:
        libs = " ".join(missing)
        advice += (
            f", or install the X libraries: apt install {libs}"
            if en
            else f", of installeer de X-bibliotheken: apt install {libs}"
        )
    if no_display:
        advice += (
            ", or start the program in a desktop session"
            if en
            else ", of start het programma in een bureaubladsessie"
        )
    return f"maatwerk-workbench: {head}; {advice}."
