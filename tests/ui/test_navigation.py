"""Navigation by task (issue 12): the side bar, page shortcuts from any widget, the detail
dock per page, Ctrl+E from the search field and Ctrl+Z from a weight box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.navigation import KEY_ROLE


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(r).text() for r in range(window.sidebar.count())]


def test_side_bar_lists_the_tasks_in_two_groups_once_each(window: MainWindow) -> None:
    assert sidebar_texts(window) == [
        "DOSSIER", "Maatregelen", "Concepten", "Partijen en standpunten", "Vergaderingen",
        "ANALYSE", "Scoretabel", "Wegingen", "Waarde voor geld", "Onzekerheid en gevoeligheid",
        "Draagvlak", "Pakketten",
    ]  # fmt: skip
    # a group heading is not a page one can choose
    assert not window.sidebar.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    # the old data tabs are gone: one place for weights, one for packages
    assert window.tabs.count() == 10
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Gewichten" not in titles and "Pakketanalyse" not in titles


def test_choosing_in_the_side_bar_shows_the_page(window: MainWindow) -> None:
    row = next(
        r for r in range(window.sidebar.count())
        if window.sidebar.item(r).data(KEY_ROLE) == "value"
    )  # fmt: skip
    window.sidebar.setCurrentRow(row)
    assert window.current_view() == "value"
    assert window.view_pages["value"].isVisible()


def test_page_shortcuts_work_from_the_search_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_.find.trigger()  # focus in the search field, as at start
    assert QApplication.focusWidget() is window.register.search
    qtbot.keyClick(window.register.search, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "value"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_0,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert window.current_view() == "packages"


def test_ctrl_e_exports_while_the_search_field_has_focus(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_.find.trigger()
    assert QApplication.focusWidget() is window.register.search
    qtbot.keyClick(window.register.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.reject()


def test_ctrl_z_in_a_weight_box_undoes_the_weight_change(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("weights")
    page = window.view_pages["weights"]
    editor = window.controller.editor
    assert editor is not None
    pid = page.current_profile_id()
    key = page.sliders.keys[0]

    def stored() -> float:
        cid = editor.svc.id_for("criterion", key)
        rows = editor.svc.rows("weight", profile_id=pid)
        return next(float(r["weight"]) for r in rows if r["criterion_id"] == cid)

    before = stored()
    spin = page.sliders.spins[key]
    qtbot.waitUntil(spin.isVisible, timeout=2000)  # the sliders are laid out on first show
    spin.setFocus()
    spin.setValue(before / 2 if before else 0.5)
    spin.editingFinished.emit()
    qtbot.waitUntil(lambda: stored() != before, timeout=2000)
    spin.setFocus()
    assert QApplication.focusWidget() in (spin, spin.lineEdit())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == before


def test_detail_dock_only_where_a_measure_is_the_subject_and_remembered(
    make_window,
    sample,
    prefs,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(sample[0])
    window.show_view("register")
    assert window.detail_dock.isVisible()
    window.show_view("parties")  # Draagvlak: the party columns need the width
    assert not window.detail_dock.isVisible()
    window.show_view("packages")
    assert not window.detail_dock.isVisible()
    window.show_view("register")
    window.detail_dock.toggleViewAction().trigger()  # the user hides it beside the register
    assert not window.detail_dock.isVisible()
    window.show_view("parties")
    window.detail_dock.toggleViewAction().trigger()  # ... and wants it beside Draagvlak
    window.show_view("matrix")
    assert window.detail_dock.isVisible()  # the score table keeps its own default
    window.show_view("register")
    assert not window.detail_dock.isVisible()
    window.show_view("parties")
    assert window.detail_dock.isVisible()
    window._save_window_state()
    assert prefs.dock_pages == {"register": False, "parties": True}
    again = make_window(sample[0])
    again.show_view("register")
    assert not again.detail_dock.isVisible()
