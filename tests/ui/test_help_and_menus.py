"""Help > Keyboard shortcuts, File > Export/Import, and the window state kept between runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.export_dialog import ExportDialog
from ui.help_dialog import ShortcutsDialog, shortcut_rows
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow


def test_help_lists_every_shortcut_from_the_actions(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.actions_.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = dict(dialog.texts())
    assert rows["Ongedaan maken"] == "Ctrl+Z"
    assert rows["Vergadermodus"] == "Ctrl+Shift+M"
    assert rows["Sneltoetsen"] == "Shift+F1"  # F1 is the page's own help (issue 12)
    assert rows["Hulp bij deze pagina"] == "F1"
    assert "Ctrl+Shift+Z, Ctrl+Y" in rows.values()
    # Read from the actions: every menu action with a shortcut is listed.
    listed = {keys for _text, keys in shortcut_rows(window.actions_.all_actions())}
    assert set(rows.values()) == listed
    dialog.close()


def test_export_and_import_are_disabled_without_a_project(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.controller.close()
    window._update_title()
    a = window.actions_
    assert a.export in a.file_menu.actions() and a.import_ in a.file_menu.actions()
    assert a.export.text() == "&Exporteren…" and a.import_.text() == "&Importeren…"
    assert not a.export.isEnabled()
    assert not a.import_.isEnabled()
    assert not a.parameters.isEnabled()


def test_export_opens_the_dialog_for_the_open_project(window: MainWindow) -> None:
    assert window.actions_.export.isEnabled() and window.actions_.import_.isEnabled()
    window.actions_.export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.reject()


def test_import_of_a_refused_file_shows_the_core_message(
    window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "partner.xlsx"
    bad.write_bytes(b"geen werkmap")
    assert window.import_file(bad) is None
    assert window.errors.history and window.findChild(ImportDialog) is None


def test_import_is_disabled_read_only(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    from workbench.store import ProjectDocument

    window = make_window()
    window.controller.adopt(ProjectDocument.open(sample[0], read_only=True))
    assert window.controller.read_only
    assert window.actions_.export.isEnabled()
    assert not window.actions_.import_.isEnabled()


def test_view_and_profile_are_restored_on_restart(make_window, sample, prefs) -> None:  # type: ignore[no-untyped-def]
    path, ids = sample
    first = make_window(path)
    first.show_view("criteria")
    first._save_window_state()
    assert prefs.last_view == "criteria"
    second = make_window(path)
    assert second.criteria.isVisible() and second.current_view() == "criteria"
    first.show_view("profiles")
    first.profiles.master.select(ids["ours"])
    first.show_view("register")
    first._save_window_state()
    assert prefs.last_view == "register"
    assert prefs.last_profile == "ijmond"
    third = make_window(path)
    assert third.current_view() == "register" and third.register.isVisible()
    third.show_view("profiles")
    assert third.profiles.master.current_id() == ids["ours"]


def test_analysis_pages_start_on_the_last_profile(make_window, sample, prefs) -> None:  # type: ignore[no-untyped-def]
    path, _ids = sample
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    doc = ProjectDocument.open(path)
    svc = ProjectService(doc)
    other = svc.create("weight_profile", {"key": "tweede", "name": "Tweede weging"}).created[0]
    for c in svc.rows("criterion"):
        svc.create("weight", {"profile_id": other, "criterion_id": c["id"], "weight": 1.0})
    keys = [p["key"] for p in svc.rows("weight_profile")]
    doc.save()
    doc.close()
    assert len(keys) >= 2 and keys[-1] == "tweede"
    prefs.last_profile = keys[-1]
    window = make_window(path)
    window.show_view("matrix")
    assert window.view_pages["matrix"].profiles.current_key() == keys[-1]


def test_a_measure_chosen_in_a_view_is_selected_in_the_register(window, sample) -> None:  # type: ignore[no-untyped-def]
    _path, ids = sample
    charts = window.view_pages["value"]
    charts.measure_selected.emit(ids["M03"])
    assert window.register.current_id() == ids["M03"]
    assert window.detail.measure_id == ids["M03"]


def test_import_from_the_menu_is_one_undo_step(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.workbench.imports.support import build_scoring_project, edit, export
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    path = tmp_path / "dossier.mwb"
    doc = ProjectDocument.create(path, title="Importtest")
    svc = ProjectService(doc)
    build_scoring_project(svc, n=4)
    exported = export(svc, tmp_path / "vergelijking.xlsx")
    edit(exported, tmp_path / "terug.xlsx", {}, weights={"noise": 0.2})
    doc.save()
    doc.close()

    window = make_window(path)
    editor = window.controller.editor
    pid = editor.svc.id_for("weight_profile", "team")

    def weights() -> list[float]:
        return sorted(float(w["weight"]) for w in editor.svc.rows("weight", profile_id=pid))

    before = weights()
    dialog = window.import_file(tmp_path / "terug.xlsx")
    assert isinstance(dialog, ImportDialog)
    steps = window.controller.stack.count()
    dialog.apply_button.click()
    assert window.controller.stack.count() == steps + 1
    assert weights() != before
    window.actions_.undo.trigger()
    assert weights() == before


@pytest.mark.parametrize(
    ("lang", "view", "words"),
    [
        ("nl", "value", ("DALY per mln €", "efficiënte grens", "RIVM")),
        ("nl", "matrix", ("gewogen optelling", "waardefunctie", "onvolledig beoordeeld")),
        ("nl", "uncertainty", ("SMAA-2", "Lahdelma")),
        ("en", "value", ("DALYs per €m", "efficient frontier")),
    ],
)
def test_f1_explains_the_page_in_the_ui_language(  # type: ignore[no-untyped-def]
    make_window, lang: str, view: str, words: tuple[str, ...]
) -> None:
    from ui.help_dialog import PageHelpDialog

    window = make_window(lang=lang)
    assert window.show_view(view)
    window.actions_.page_help.trigger()
    dialog = window.findChild(PageHelpDialog)
    assert dialog is not None and dialog.task == view
    text = dialog.text.toPlainText()
    assert all(w in text for w in words), text
    # the shortcut list stays one click away
    keys = dialog.show_shortcuts()
    assert ("Ongedaan maken" if lang == "nl" else "Undo") in dict(keys.texts())
    dialog.close()
