"""The marking of an export per audience; the rule itself is workbench.analysis.audience."""

from __future__ import annotations

from workbench.analysis.audience import ALLOWED, AUDIENCES, Audience, may_see

__all__ = ["ALLOWED", "AUDIENCES", "MARKING", "Audience", "marking", "may_see"]

# The marking printed on every page and sheet.
MARKING: dict[Audience, tuple[str, str]] = {
    "internal": ("Vertrouwelijk – alleen voor het IJmond-team", "Confidential – IJmond team only"),
    "partners": (
        "Vertrouwelijk – alleen voor coalitiepartners",
        "Confidential – coalition partners only",
    ),
    "public": ("Openbaar", "Public"),
}


def marking(audience: Audience, language: str = "nl") -> str:
    nl, en = MARKING[audience]
    return en if language == "en" else nl
