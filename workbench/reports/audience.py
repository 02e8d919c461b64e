"""Who may see what: the allow-list behind every export."""

from __future__ import annotations

from typing import Literal

from workbench.model import Visibility

Audience = Literal["internal", "partners", "public"]
AUDIENCES: tuple[Audience, ...] = ("internal", "partners", "public")

ALLOWED: dict[Audience, frozenset[str]] = {
    "internal": frozenset({"public", "partners", "internal"}),
    "partners": frozenset({"public", "partners"}),
    "public": frozenset({"public"}),
}

# The marking printed on every page and sheet.
MARKING: dict[Audience, tuple[str, str]] = {
    "internal": ("Vertrouwelijk – alleen voor het IJmond-team", "Confidential – IJmond team only"),
    "partners": (
        "Vertrouwelijk – alleen voor coalitiepartners",
        "Confidential – coalition partners only",
    ),
    "public": ("Openbaar", "Public"),
}


def may_see(audience: Audience, visibility: str | Visibility | None) -> bool:
    """Whether `audience` may see an item of this visibility (None: internal)."""
    return str(visibility or "internal") in ALLOWED[audience]


def marking(audience: Audience, language: str = "nl") -> str:
    nl, en = MARKING[audience]
    return en if language == "en" else nl
