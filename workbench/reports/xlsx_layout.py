"""Where things stand in a comparison workbook: the contract between writer and importer.

The writer (:mod:`workbench.reports.xlsx`) and the partner-workbook importer
(:mod:`workbench.imports`) both read these names and positions, so a workbook
the team sends out can be read back without guessing. Sheet names stay Dutch
in every language; each data sheet carries a row of machine-readable column
keys (``code``, ``health:best``, ``stance:tata``) just above its table header,
so the importer finds a column by meaning, not by a translated heading. The
weights stand in cells with the defined names from :func:`weight_names`.
No openpyxl here: this module is imported by the command line at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SHEET_NOTES = "Toelichting"
SHEET_COMPARE = "Vergelijking"
SHEET_PARTIES = "Partijen"
SHEET_PACKAGES = "Pakketten"
SHEET_HEALTH = "Gezondheid"
SHEET_MEASURES = "Maatregelen"
SHEET_RATIONALE = "Onderbouwing"
SHEET_TERMS = "Bepalingen"
SHEET_MEETINGS = "Overleggen"
SHEET_CHART = "Grafiek"
TABLE_COMPARE = "Vergelijking"

# Data sheets: marking, title and subtitle rows, the key row, the table header,
# then one row per item.
KEY_ROW = 4
HEADER_ROW = 5
FIRST_ROW = 6

# Defined names for provenance the importer needs (no internal data: the profile
# is the one the audience's export was made with).
NAME_FORMAT = "maatwerk_formaat"
NAME_PROFILE = "maatwerk_weging"
# The audience the workbook was made for (internal | partners | public): an
# import changes only what that audience could see in it.
NAME_AUDIENCE = "maatwerk_publiek"
FORMAT_TAG = "maatwerk-vergelijking/1"

ESTIMATES = ("low", "best", "high")

_NOT_NAME = re.compile(r"[^A-Za-z0-9_.]")


def estimate_key(criterion: str, field: str) -> str:
    """The key-row entry of a raw estimate column, e.g. ``health:best``."""
    return f"{criterion}:{field}"


def stance_key(party: str) -> str:
    return f"stance:{party}"


def weight_names(criteria: Sequence[str]) -> dict[str, str]:
    """Criterion key -> defined name ``weight_<key>``, valid and unique in Excel.

    Characters a defined name cannot hold become ``_``; names equal apart from
    case (Excel ignores case) get a numeric suffix.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in criteria:
        base = "weight_" + _NOT_NAME.sub("_", key)
        name, n = base, 2
        while name.lower() in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name.lower())
        out[key] = name
    return out


PACKAGE_FIGURES = ("cost", "dalys", "value")


def package_names(keys: Sequence[str]) -> dict[str, str]:
    """Package key -> the stem of its defined names, ``package_<key>``.

    The workbook names ``<stem>_cost``, ``<stem>_dalys`` and ``<stem>_value``
    the best-estimate totals of each package (see
    :mod:`workbench.reports.xlsx_packages`). Characters a defined name cannot
    hold become ``_``; stems equal apart from case get a numeric suffix.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        base = "package_" + _NOT_NAME.sub("_", key)
        name, n = base, 2
        while name.lower() in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name.lower())
        out[key] = name
    return out
