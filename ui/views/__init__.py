"""The analysis and negotiation views, each a page of the main window.

Every view module defines ``PAGE = PageSpec(...)`` (or ``PAGES``, several); the
main window places each in its task page (:data:`ui.navigation.TASKS`) for each
module listed in :data:`VIEW_MODULES` that exists. A page is a
QWidget with ``bind(editor)``, ``on_change(change)``, ``retranslate_ui()`` and
``set_meeting_mode(on: bool)``; it computes nothing itself (the core does).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.i18n import Language

# A module that is not there (yet) is skipped.
VIEW_MODULES = (
    "ui.views.matrix",
    "ui.views.weights",
    "ui.views.charts",
    "ui.views.parties",
    "ui.views.packages",
    "ui.views.drafts",
    "ui.views.meetings",
)


@dataclass(frozen=True)
class PageSpec:
    key: str  # "matrix", "weights", ... (the --view names and the saved view)
    title: Callable[[], str]  # the tab title in the current language (tr)
    factory: Callable[[Language, QWidget], QWidget]  # (language, parent) -> page


def view_specs() -> list[PageSpec]:
    specs: list[PageSpec] = []
    for name in VIEW_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        # a module may offer several pages of one kind (the charts)
        specs.extend(getattr(module, "PAGES", None) or (module.PAGE,))
    return specs
