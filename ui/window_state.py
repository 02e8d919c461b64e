"""The window as it was left: geometry, docks, page, font size and weight profile.

The saved weight profile is selected by its key as soon as the profiles
table has read its rows (a hidden tab reads nothing until it is first shown).
The page shown last is named by its key (see ui.navigation).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.tables.panel import EntityTablePanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def restore_window(window: MainWindow) -> None:
    prefs = window.prefs
    if prefs.geometry is not None:
        window.restoreGeometry(prefs.geometry)
    else:
        window.resize(1400, 820)
    if prefs.window_state is not None:
        window.restoreState(prefs.window_state)
    if prefs.large_font:
        window.meeting.set_large_font(True)
    window.show_view(prefs.last_view)


def save_window(window: MainWindow) -> None:
    prefs = window.prefs
    prefs.geometry = window.saveGeometry()
    prefs.window_state = window.saveState()
    prefs.last_view = window.current_view()
    prefs.large_font = window.meeting.large_font.isChecked()
    prefs.dock_pages = window.dock_memory.chosen
    row = window.profiles.master.current_row()
    if row is not None:  # a tab never shown has read nothing: keep the old choice
        prefs.last_profile = str(row["key"])
    prefs.sync()


def prefer_profile(pages: Iterable[QWidget], key: str) -> None:
    """The analysis pages' profile choosers start on the profile chosen last time."""
    for page in pages:
        combo = getattr(page, "profiles", None)
        if combo is not None and hasattr(combo, "preferred"):
            combo.preferred = key or None


def select_profile(master: EntityTablePanel, key: str) -> None:
    """Select the row whose key is `key`, now or once the rows have been read."""
    if not key:
        return

    def select() -> None:
        for row in master.model.rows():
            if row["key"] == key:
                master.select(str(row["id"]))
                return

    if master.model.rowCount():
        select()
        return

    def once() -> None:
        master.model.modelReset.disconnect(once)
        select()

    master.model.modelReset.connect(once)
