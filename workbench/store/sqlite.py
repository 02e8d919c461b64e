"""SQLite connections with the pragmas every project file needs.

Every connection turns on foreign keys and secure delete (so deleted
confidential text is overwritten, not left in free pages). The file header
carries our application id; `user_version` carries the schema version.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

# "MWRK" in the SQLite header's application-id field.
APPLICATION_ID = 0x4D57524B
SQLITE_MAGIC = b"SQLite format 3\x00"


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one project file (the working copy, normally)."""
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    # NullPool: each transaction opens a fresh connection, so closing the
    # document releases the file at once (needed to replace or delete it).
    engine = create_engine(url, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    return engine


def read_header(path: Path) -> tuple[bytes, int, int]:
    """The first 16 bytes, the application id and user_version, from the raw header.

    Read without SQLite, so a file that is not a database (or is truncated)
    is recognised without SQLite touching it.
    """
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        return head[:16], 0, 0
    user_version = int.from_bytes(head[60:64], "big")
    app_id = int.from_bytes(head[68:72], "big")
    return head[:16], app_id, user_version


def raw_connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection for copying, checking and stamping files."""
    if read_only:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path)
    conn.execute("PRAGMA secure_delete = ON")
    return conn
