"""Which page and weight profile were shown: named for the preferences, found again on start.

A page is named by its view key ("register", "matrix", ...) or, for the
entity tabs without one, by its tab position ("tab2"). The saved weight
profile is selected by its key as soon as the profiles table has read its
rows (a hidden tab reads nothing until it is first shown).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.tables.panel import EntityTablePanel


def view_name(tabs: QTabWidget, named: dict[str, QWidget]) -> str:
    page = tabs.currentWidget()
    for key, widget in named.items():
        if widget is page:
            return key
    return f"tab{tabs.currentIndex()}"


def page_named(key: str, tabs: QTabWidget, named: dict[str, QWidget]) -> QWidget | None:
    if key in named:
        return named[key]
    if key.startswith("tab") and key[3:].isdigit() and int(key[3:]) < tabs.count():
        return tabs.widget(int(key[3:]))
    return None


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
