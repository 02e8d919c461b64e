"""The preferences adapter: schema version, recent files, language, user name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui.settings import MAX_RECENT, SCHEMA_VERSION, Preferences


def test_a_new_store_gets_the_schema_version(prefs) -> None:  # type: ignore[no-untyped-def]
    assert prefs.schema_version == SCHEMA_VERSION


def test_recent_files_are_unique_newest_first_and_bounded(prefs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(MAX_RECENT + 3):
        prefs.add_recent(tmp_path / f"d{i}.mwb")
    prefs.add_recent(tmp_path / "d5.mwb")
    files = prefs.recent_files
    assert len(files) == MAX_RECENT
    assert files[0].name == "d5.mwb"
    assert len(set(files)) == len(files)


def test_values_survive_a_new_adapter(tmp_path: Path) -> None:
    ini = str(tmp_path / "s.ini")
    p = Preferences(QSettings(ini, QSettings.Format.IniFormat))
    p.language = "en"
    p.user_name = "  J. de Vries "
    p.add_recent(tmp_path / "a.mwb")
    p.sync()
    q = Preferences(QSettings(ini, QSettings.Format.IniFormat))
    assert q.language == "en"
    assert q.user_name == "J. de Vries"
    assert q.recent_files == [(tmp_path / "a.mwb").resolve()]


def test_the_user_name_reaches_the_audit_log(make_window, sample, prefs) -> None:  # type: ignore[no-untyped-def]
    from workbench.commands import UpdateEntity

    path, ids = sample
    prefs.user_name = "Wethouder Velsen"
    window = make_window(path)
    assert window.controller.doc.user == "Wethouder Velsen"
    window.controller.editor.push(UpdateEntity("measure", ids["M01"], {"title": "Y"}))
