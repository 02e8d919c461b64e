"""Per-user preferences: one typed adapter over QSettings, with a schema version.

Every key the GUI stores lives here (geometry, window state, recent files,
language, the user name written to the audit log, the last team server's
address but never its password), so no bare settings
strings are scattered through the widgets. A store written by an older
version is migrated on first use; a newer one is read as far as it goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workbench.store import current_user

SCHEMA_VERSION = 1
MAX_RECENT = 8
LANGUAGES = ("nl", "en")
# The users are Dutch municipal negotiators: Dutch is the default on every
# system locale; English is only used when chosen (menu or --lang).
DEFAULT_LANGUAGE = "nl"


def _int(raw: object) -> int:
    """An integer setting: QSettings returns the int, or its text when read from the file."""
    return int(raw) if isinstance(raw, int | float | str) and raw else 0


class Keys:
    """The QSettings keys, in one place."""

    SCHEMA = "schema_version"
    GEOMETRY = "window/geometry"
    STATE = "window/state"
    RECENT = "files/recent"
    LAST_DIR = "files/last_dir"
    LANGUAGE = "ui/language"
    USER = "user/name"
    LAST_VIEW = "window/last_view"
    LAST_PROFILE = "window/last_profile"
    LARGE_FONT = "window/large_font"
    DOCK_PAGES = "window/detail_dock_pages"
    # the last team server opened (never its password)
    SERVER_HOST = "server/host"
    SERVER_PORT = "server/port"
    SERVER_DATABASE = "server/database"
    SERVER_SCHEMA = "server/schema"
    SERVER_USER = "server/user"


@dataclass(frozen=True)
class ServerAddress:
    """Where File > Openen van server… last went: no password, ever."""

    host: str = ""  # a name, an address or a socket folder
    port: int = 0  # 0: libpq's default
    database: str = ""
    schema: str = ""
    user: str = ""


class Preferences:
    """Typed access to the user's preferences in one QSettings store."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()
        self._migrate()

    # -- schema ------------------------------------------------------------
    def _migrate(self) -> None:
        found = _int(self._s.value(Keys.SCHEMA, 0))
        if found < 1:
            # Version 0 is an empty store (or a pre-release one): nothing to
            # carry over; stamp the version so later migrations know the base.
            self._s.setValue(Keys.SCHEMA, SCHEMA_VERSION)
        self._s.sync()

    @property
    def schema_version(self) -> int:
        return _int(self._s.value(Keys.SCHEMA, 0))

    # -- window ------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value(Keys.GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue(Keys.GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value(Keys.STATE)
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue(Keys.STATE, value)

    @property
    def last_view(self) -> str:
        """The page shown when the window was closed ("register", "matrix", ...)."""
        return str(self._s.value(Keys.LAST_VIEW, "register") or "register")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._s.setValue(Keys.LAST_VIEW, value)

    @property
    def last_profile(self) -> str:
        """The key of the weight profile selected when the window was closed."""
        return str(self._s.value(Keys.LAST_PROFILE, "") or "")

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self._s.setValue(Keys.LAST_PROFILE, value)

    @property
    def large_font(self) -> bool:
        return str(self._s.value(Keys.LARGE_FONT, "false")).lower() in ("true", "1")

    @large_font.setter
    def large_font(self, value: bool) -> None:
        self._s.setValue(Keys.LARGE_FONT, bool(value))

    @property
    def dock_pages(self) -> dict[str, bool]:
        """Per page whether the user left the measure details shown ("register=1,parties=0")."""
        raw = str(self._s.value(Keys.DOCK_PAGES, "") or "")
        pairs = (part.split("=", 1) for part in raw.split(",") if "=" in part)
        return {key: flag == "1" for key, flag in pairs if key}

    @dock_pages.setter
    def dock_pages(self, value: dict[str, bool]) -> None:
        self._s.setValue(Keys.DOCK_PAGES, ",".join(f"{k}={int(v)}" for k, v in value.items()))

    # -- files -------------------------------------------------------------
    @property
    def recent_files(self) -> list[Path]:
        raw = self._s.value(Keys.RECENT, [])
        if isinstance(raw, str):  # QSettings returns a lone string for a 1-list
            raw = [raw]
        return [Path(p) for p in (raw if isinstance(raw, list) else []) if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [p for p in self.recent_files if p != path]
        self._s.setValue(Keys.RECENT, [str(p) for p in [path, *files][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._s.setValue(Keys.RECENT, [str(p) for p in self.recent_files if p != path])

    @property
    def last_dir(self) -> Path:
        raw = self._s.value(Keys.LAST_DIR, "")
        return Path(str(raw)) if raw else Path.home()

    @last_dir.setter
    def last_dir(self, value: Path) -> None:
        self._s.setValue(Keys.LAST_DIR, str(value))

    # -- team server -----------------------------------------------------------
    @property
    def last_server(self) -> ServerAddress | None:
        """The server address last opened (None before the first)."""
        host = str(self._s.value(Keys.SERVER_HOST, "") or "")
        database = str(self._s.value(Keys.SERVER_DATABASE, "") or "")
        if not host and not database:
            return None
        return ServerAddress(
            host=host,
            port=_int(self._s.value(Keys.SERVER_PORT, 0)),
            database=database,
            schema=str(self._s.value(Keys.SERVER_SCHEMA, "") or ""),
            user=str(self._s.value(Keys.SERVER_USER, "") or ""),
        )

    @last_server.setter
    def last_server(self, value: ServerAddress) -> None:
        # Field by field from the typed address: a password has no way in.
        self._s.setValue(Keys.SERVER_HOST, value.host.strip())
        self._s.setValue(Keys.SERVER_PORT, int(value.port))
        self._s.setValue(Keys.SERVER_DATABASE, value.database.strip())
        self._s.setValue(Keys.SERVER_SCHEMA, value.schema.strip())
        self._s.setValue(Keys.SERVER_USER, value.user.strip())

    # -- language and user ---------------------------------------------------
    @property
    def language(self) -> str:
        raw = str(self._s.value(Keys.LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        return raw if raw in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._s.setValue(Keys.LANGUAGE, value)

    @property
    def user_name(self) -> str:
        """The name written to the audit log; the OS user until set."""
        raw = str(self._s.value(Keys.USER, "") or "").strip()
        return raw or current_user()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._s.setValue(Keys.USER, value.strip())

    def sync(self) -> None:
        self._s.sync()
