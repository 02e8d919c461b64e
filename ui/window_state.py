"""Which weight profile was shown: found again on start.

The saved weight profile is selected by its key as soon as the profiles
table has read its rows (a hidden tab reads nothing until it is first shown).
The page shown last is named by its key (see ui.navigation).
"""

from __future__ import annotations

from ui.tables.panel import EntityTablePanel


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
