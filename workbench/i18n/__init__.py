"""The core's texts in Dutch and English, from one place.

Core errors carry a message key and named parameters; the edge (the
command line, the GUI, an export) renders them in the user's language.
Labels of enumeration values (themes, statuses, ...) live here too, since
exports need them without Qt.
"""

from __future__ import annotations

from workbench.i18n.analysis_texts import ANALYSIS_LABELS, ANALYSIS_MESSAGES
from workbench.i18n.catalog import (
    LABELS,
    LANGUAGES,
    MESSAGES,
    Language,
    Term,
    Where,
    clip,
    label,
    one_line,
    quoted,
    render,
)
from workbench.i18n.errors import UserError

# The analysis' words (methods, standings) and the messages that name them.
LABELS.update(ANALYSIS_LABELS)
MESSAGES.update(ANALYSIS_MESSAGES)

__all__ = [
    "LANGUAGES",
    "Language",
    "Term",
    "UserError",
    "Where",
    "clip",
    "label",
    "one_line",
    "quoted",
    "render",
]
