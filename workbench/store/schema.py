"""Schema versions and migrations of the project file.

Each alembic revision has a schema number, written to SQLite's
`user_version` so a file's version can be read from its header without
running alembic. Opening a file from a newer schema is refused before
anything touches it. SQLAlchemy loads only when a function here runs, so
the version numbers can be read without it (``workbench info``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# revision id -> schema number; append a line with every new migration.
REVISIONS: dict[str, int] = {
    "0001_baseline": 1,
    "0002_health": 2,
    "0003_visibility": 3,
    "0004_drafts": 4,
    "0005_record": 5,
    "0006_row_version": 6,
}
HEAD_REVISION = "0006_row_version"
SCHEMA_VERSION = REVISIONS[HEAD_REVISION]

_MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    # alembic costs ~130 ms to import; only creating or migrating a file needs it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = HEAD_REVISION) -> None:
    """Bring a file's schema to `revision` and stamp `user_version`."""
    from alembic import command
    from sqlalchemy import text

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.execute(text(f"PRAGMA user_version = {REVISIONS[revision]}"))


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if exists is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])
