"""File > Openen van server… remembers where the user went, never the password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from ui.main_window import MainWindow
from ui.server import ServerSupport
from ui.server.open_dialog import ServerOpenDialog
from ui.settings import Preferences, ServerAddress


def test_the_last_address_is_offered_next_time_and_the_password_is_not_stored(
    make_window: Any, prefs: Preferences, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window()
    opened: list[tuple[str, str, str | None]] = []
    monkeypatch.setattr(ServerSupport, "open_target",
                        lambda _self, target, password=None: opened.append(
                            (target.url, target.schema, password)) or True)
    shown: list[ServerOpenDialog] = []

    def first(dialog: ServerOpenDialog) -> int:
        shown.append(dialog)
        dialog.host.setText("/run/postgresql")
        dialog.port.setValue(5433)
        dialog.database.setText("maatwerk")
        dialog.schema.setText("ijmond")
        dialog.user.setText("anna")
        dialog.password.setText("geheim-wachtwoord")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ServerOpenDialog, "exec", first)
    assert window.server.ask_open()
    assert opened == [("postgresql://anna@:5433/maatwerk?host=%2Frun%2Fpostgresql", "ijmond",
                       "geheim-wachtwoord")]
    prefs.sync()
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "ijmond" in stored and "/run/postgresql" in stored
    assert "geheim" not in stored

    def second(dialog: ServerOpenDialog) -> int:
        shown.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ServerOpenDialog, "exec", second)
    assert not window.server.ask_open()
    again = shown[-1]
    assert (again.host.text(), again.port.value(), again.database.text(), again.schema.text(),
            again.user.text()) == ("/run/postgresql", 5433, "maatwerk", "ijmond", "anna")
    assert again.password.text() == ""  # asked again (or from the keyring), never from a file


def test_a_first_open_offers_the_users_name_and_empty_fields(prefs: Preferences,
                                                              qtbot: Any) -> None:
    assert prefs.last_server is None
    dialog = ServerOpenDialog(user="otto", last=prefs.last_server)
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == ("", "", "otto")
    prefs.last_server = ServerAddress("raadhuis", 0, "maatwerk", "ijmond", "")
    dialog = ServerOpenDialog(user="otto", last=prefs.last_server)
    qtbot.addWidget(dialog)
    assert dialog.user.text() == "otto"  # no user saved: the user's own name
    assert dialog.url() == "postgresql://otto@raadhuis/maatwerk?schema=ijmond"
