"""SQLite connections with the pragmas every project file needs.

Every connection turns on foreign keys and secure delete (so deleted
confidential text is overwritten, not left in free pages), and treats the
file's schema as untrusted: ``trusted_schema = OFF`` keeps functions with
side effects out of triggers, views and defaults, and SQLite's defensive
mode (where Python offers it, 3.12+) forbids writing the schema directly.
Files are opened by path; a read-only open uses a ``file:`` URI whose path
is percent-quoted, so ``#``, ``?`` and ``%41`` in a name stay part of it.
The file header carries our application id; `user_version` the schema
version.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Engine

# "MWRK" in the SQLite header's application-id field.
APPLICATION_ID = 0x4D57524B
SQLITE_MAGIC = b"SQLite format 3\x00"


def file_uri(path: Path, *, read_only: bool = False) -> str:
    """A ``file:`` URI for `path`, quoted so no character of the name is read as syntax."""
    uri = "file:" + quote(path.absolute().as_posix(), safe="/")
    return uri + "?mode=ro" if read_only else uri


def harden(conn: sqlite3.Connection) -> None:
    """The pragmas of every connection to a project file (ours or a stranger's)."""
    setconfig = getattr(conn, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def raw_connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain, hardened sqlite3 connection for copying, checking and stamping files."""
    if read_only:
        conn = sqlite3.connect(file_uri(path, read_only=True), uri=True)
    else:
        # By path, never as a URI: SQLite reads the name literally.
        conn = sqlite3.connect(path)
    harden(conn)
    return conn


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one project file (the working copy, normally)."""
    # Imported here: plain reads of a file (header, schema, counts) need no SQLAlchemy.
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    # NullPool: each transaction opens a fresh connection, so closing the
    # document releases the file at once (needed to replace or delete it).
    # The connections come from raw_connect, so no name is parsed as a URL.
    return create_engine(
        "sqlite://",
        creator=lambda: raw_connect(path, read_only=read_only),
        poolclass=NullPool,
    )


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


def expected_size(path: Path) -> int | None:
    """page_size × page_count from the header, or None where the header does not say.

    The in-header page count is valid only when the "version-valid-for"
    number equals the change counter (SQLite file format, section 1.3.7).
    """
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        return None
    page_size = int.from_bytes(head[16:18], "big")
    if page_size == 1:
        page_size = 65536
    change_counter = int.from_bytes(head[24:28], "big")
    page_count = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    if page_count == 0 or valid_for != change_counter:
        return None
    return page_size * page_count
