"""Issue 12: the Criteria, Wegingen beheren and parties tables show names, not internal keys.

The key (jloi, health, cost) stays reachable as an advanced column: last,
hidden until asked for from the header's menu.
"""

from __future__ import annotations

import pytest

from ui.tables.panel import EntityTablePanel


def _visible_headers(panel: EntityTablePanel) -> list[str]:
    model = panel.model
    return [
        str(model.headerData(i, _horizontal()))
        for i in range(model.columnCount())
        if not panel.table.isColumnHidden(i)
    ]


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.mark.parametrize(
    ("view", "attr"),
    [("criteria", "criteria"), ("profiles", "profiles"), ("party_list", "parties")],
)
def test_no_key_column_is_visible(window, view: str, attr: str) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view(view)
    widget = getattr(window, attr)
    panel = widget if isinstance(widget, EntityTablePanel) else widget.master
    headers = _visible_headers(panel)
    assert headers[0] == "Naam"
    assert not any("Sleutel" in h or h == "Key" for h in headers), headers
    # no cell shows a key either (the sample's keys: health, cost, feasibility, ijmond, ...)
    keys = {str(r["key"]) for r in panel.model.rows()}
    shown = {
        panel.model.index(r, c).data()
        for r in range(panel.model.rowCount())
        for c in range(panel.model.columnCount())
        if not panel.table.isColumnHidden(c)
    }
    assert keys and not keys & shown


def test_the_key_is_an_advanced_column_shown_on_request(window) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("criteria")
    panel = window.criteria
    column = panel.model.column_of("key")
    assert column == panel.model.columnCount() - 1  # last, not first
    assert panel.table.isColumnHidden(column)
    [show] = panel.advanced_actions()
    assert show.text() == "Sleutel (opdrachtregel)" and not show.isChecked()
    show.setChecked(True)
    assert not panel.table.isColumnHidden(column)
    assert "health" in {panel.model.index(r, column).data() for r in range(panel.model.rowCount())}
    panel.reload()  # the user's choice survives a refresh
    assert not panel.table.isColumnHidden(column)
