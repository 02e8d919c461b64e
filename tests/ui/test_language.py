"""Dutch by default, English on request, switchable at runtime; locale formatting."""

from __future__ import annotations

import datetime as dt

from ui.i18n import Language


def headers(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.register.proxy
    return [
        model.headerData(i, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for i in range(model.columnCount())
    ]


def test_language_switch_retranslates_visible_texts(window) -> None:  # type: ignore[no-untyped-def]
    a = window.actions_
    assert a.file_menu.title() == "&Bestand"
    assert "Titel" in headers(window)
    assert window.tabs.tabText(0) == "Maatregelen"
    assert (
        window.register.model.index(0, window.register.model.column_of("status")).data()
        == "in concept"
    )

    a.lang_en.trigger()
    assert a.file_menu.title() == "&File"
    assert a.edit_menu.title() == "&Edit"
    assert "Title" in headers(window) and "Titel" not in headers(window)
    assert window.tabs.tabText(0) == "Measures"
    assert window.detail_dock.windowTitle() == "Measure details"
    assert (
        window.register.model.index(0, window.register.model.column_of("status")).data()
        == "in draft"
    )
    assert window.prefs.language == "en"

    a.lang_nl.trigger()
    assert a.file_menu.title() == "&Bestand"
    assert "Titel" in headers(window)


def test_undo_text_follows_the_language(window, sample) -> None:  # type: ignore[no-untyped-def]
    from workbench.commands import UpdateEntity

    _path, ids = sample
    window.controller.editor.push(UpdateEntity("measure", ids["M01"], {"title": "X"}))
    assert window.actions_.undo.text() == "&Ongedaan maken: maatregel wijzigen"
    window.actions_.lang_en.trigger()
    assert window.actions_.undo.text() == "&Undo Edit measure"


def test_dutch_is_the_default(prefs) -> None:  # type: ignore[no-untyped-def]
    assert prefs.language == "nl"


def test_numbers_and_dates_follow_the_locale(qtbot) -> None:  # type: ignore[no-untyped-def]
    nl, en = Language("nl"), Language("en")
    assert nl.number(1234.56, 2) == "1.234,56"
    assert en.number(1234.56, 2) == "1,234.56"
    assert nl.number(1234.56) == "1.235"  # large estimates: no false precision
    assert nl.number(6.25) == "6,25"
    assert nl.number(12.5) == "12,5"
    assert nl.number(250_000_000) == "250.000.000"
    assert nl.date(dt.date(2026, 3, 10)) == "10 maart 2026"
    assert en.date(dt.date(2026, 3, 10)) == "10 March 2026"
    assert nl.year(2030) == "2030"
    nl.uninstall()
    en.uninstall()


def test_the_save_as_dialog_is_fully_dutch(make_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: "Look in" and "Files of type" stayed English (qtbase_nl.qm lacks them)."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    make_window()  # installs the Dutch catalogs
    dialog = QFileDialog(None, "Opslaan als")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    dialog.close()
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts
    assert not [t for t in texts if "Look in" in t or "Files of" in t]
