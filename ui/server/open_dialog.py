"""File > Openen van server…: where the team's project is, and who opens it.

Host (a name, an address or a socket directory), port, database, schema
and user make a libpq address with ``schema=NAME``
(:mod:`workbench.store.server_url`); the password is asked here and never
stored in plain text: it goes to the system keyring only when the user
ticks "remember" and a keyring exists (:mod:`ui.server.credentials`). The
dialog opens with the address last used (the preferences keep it, never
the password).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ui.server import credentials
from ui.settings import ServerAddress
from workbench.i18n import Language, UserError
from workbench.store.server_url import ServerTarget, parse_target


def server_url(host: str, port: int, database: str, schema: str, user: str) -> str:
    """The address the fields name; a host starting with '/' is a socket directory."""
    host, database, user = host.strip(), database.strip(), user.strip()
    params: list[tuple[str, str]] = []
    netloc = quote(user, safe="") + "@" if user else ""
    if host.startswith("/"):
        params.append(("host", host))
        netloc += f":{port}" if port else ""
    else:
        netloc += host + (f":{port}" if port else "")
    params.append(("schema", schema.strip()))
    return f"postgresql://{netloc}/{quote(database, safe='')}?{urlencode(params)}"


class ServerOpenDialog(QDialog):
    """Asks for a server project's address and the password; `target()` when accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        user: str = "",
        language: str = "nl",
        last: ServerAddress | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang: Language = "en" if language == "en" else "nl"
        self.setObjectName("serverOpenDialog")
        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText("5432")  # 0: libpq's default
        self.database = QLineEdit(self)
        self.database.setObjectName("serverDatabase")
        self.schema = QLineEdit(self)
        self.schema.setObjectName("serverSchema")
        self.user = QLineEdit(user, self)
        self.user.setObjectName("serverUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self)
        self.keep.setObjectName("serverRemember")
        self.keep.setVisible(credentials.available())
        self.problem = QLabel(self)
        self.problem.setObjectName("serverProblem")
        self.problem.setStyleSheet("color: #a40000")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self._labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self._labels, (self.host, self.port, self.database,
                                               self.schema, self.user, self.password),
                                strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.keep)
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)
        self.user.editingFinished.connect(self._fill_password)
        self.host.editingFinished.connect(self._fill_password)
        self._target: ServerTarget | None = None
        if last is not None:  # where the user went last time (no password kept)
            self.host.setText(last.host)
            self.port.setValue(last.port)
            self.database.setText(last.database)
            self.schema.setText(last.schema)
            self.user.setText(last.user or user)
            self._fill_password()  # from the keyring, if the user let it remember
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open from server"))
        for label, text in zip(self._labels, (
            self.tr("Server (name, address or socket folder):"), self.tr("Port:"),
            self.tr("Database:"), self.tr("Project (schema):"), self.tr("User:"),
            self.tr("Password:"),
        ), strict=True):
            label.setText(text)
        self.keep.setText(self.tr("Remember the password in the system keyring"))

    def url(self) -> str:
        return server_url(self.host.text(), self.port.value(), self.database.text(),
                          self.schema.text(), self.user.text())

    def _fill_password(self) -> None:
        if self.password.text() or not self.user.text().strip():
            return
        found = credentials.stored(self.user.text().strip(), self.host.text().strip())
        if found is not None:
            self.password.setText(found)

    def accept(self) -> None:
        try:
            self._target = parse_target(self.url())
        except UserError as exc:
            self.problem.setText(exc.text(self.lang))
            return
        if self.keep.isChecked() and self.password.text():
            credentials.remember(self.user.text().strip(), self.host.text().strip(),
                                 self.password.text())
        super().accept()

    def address(self) -> ServerAddress:
        """The address in the fields, without the password (for the preferences)."""
        return ServerAddress(self.host.text().strip(), self.port.value(),
                             self.database.text().strip(), self.schema.text().strip(),
                             self.user.text().strip())

    def target(self) -> ServerTarget | None:
        """The address the user confirmed (None until accepted)."""
        return self._target

    def secret(self) -> str | None:
        """The password typed or found (None when empty: libpq's own means apply)."""
        return self.password.text() or None
