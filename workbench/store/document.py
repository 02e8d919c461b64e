"""The project document: Open, Save, Save As, Revert over a private working copy.

Every edit commits to a working copy in the user's data folder, so a crash
loses nothing; the user's own file changes only on Save. A sidecar JSON
beside the working copy names the target file and the owning process, so
the next start can offer to recover unsaved work (see
:mod:`workbench.store.recovery`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from workbench.i18n import UserError
from workbench.model import AuditEntry, ProjectOption, new_id
from workbench.store import schema
from workbench.store.files import (
    atomic_write_database,
    check_project_file,
    copy_database,
    integrity_problem,
    is_disk_full,
    remove_stale_saves,
    remove_with_journal,
)
from workbench.store.guard import check_schema, remember, schema_key
from workbench.store.lock import FileLock, check_writable
from workbench.store.paths import current_user, data_dir, working_dir
from workbench.store.server_url import is_server_target
from workbench.store.sqlite import APPLICATION_ID, make_engine, raw_connect


class ProjectDocument:
    """One open project: its working copy, engine, target path and lock."""

    def __init__(
        self,
        working_path: Path,
        target: Path | None,
        *,
        read_only: bool = False,
        user: str | None = None,
        lock: FileLock | None = None,
    ) -> None:
        self.working_path = working_path
        self.path = target
        self.read_only = read_only
        self.user = user or current_user()
        self._lock = lock
        # The schema of the user's file as found (older until a writable open saves).
        self.file_version = schema.SCHEMA_VERSION
        self.engine: Engine = make_engine(working_path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.saved_seq = self.audit_seq()
        self._write_sidecar()

    # -- construction ----------------------------------------------------
    @classmethod
    def new(cls, *, title: str = "Nieuw dossier", user: str | None = None) -> ProjectDocument:
        """A fresh, untitled project (in the working folder until Save As)."""
        working = _new_working_path()
        _write_opening_record(working, None, user)
        try:
            create_database(working, title=title)
        except BaseException:
            _remove_working(working)
            raise
        return cls(working, None, user=user)

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        title: str = "Nieuw dossier",
        user: str | None = None,
        overwrite: bool = False,
    ) -> ProjectDocument:
        """A new project saved at `path` at once."""
        if path.exists() and not overwrite:
            raise UserError("store.exists", path=path)
        doc = cls.new(title=title, user=user)
        try:
            doc.save_as(path)
        except BaseException:
            doc.close()
            raise
        return doc

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        user: str | None = None,
        take_over: bool = False,
    ) -> ProjectDocument:
        """Open a project file, migrating an older schema after a backup.

        Read-only opens never write beside the file: an older schema is
        migrated in the private working copy only. `take_over` replaces an
        unreadable (stale) lock file, once the user has agreed.
        A server address (``postgresql://...?schema=NAME``) opens that
        project on the server instead (:mod:`workbench.store.server_document`).
        """
        if is_server_target(path):
            from workbench.store.server_document import ServerDocument

            return ServerDocument.connect(path, read_only=read_only)
        path = path.resolve()
        found = check_project_file(path)
        lock = None
        if not read_only:
            check_writable(path)
            lock = FileLock(path, user or current_user())
            lock.acquire(take_over=take_over)
        working = _new_working_path()
        try:
            _write_opening_record(working, path, user)
            fresh_copy(path, working, found)
            if lock is not None:
                remove_stale_saves(path)
            doc = cls(working, path, read_only=read_only, user=user, lock=lock)
            doc.file_version = found
        except BaseException:
            _remove_working(working)
            if lock is not None:
                lock.release()
            raise
        if found < schema.SCHEMA_VERSION:
            doc._migrate(found)
        return doc

    @classmethod
    def reopen_working_copy(
        cls, working: Path, target: Path | None, user: str | None = None
    ) -> ProjectDocument:
        """Adopt a working copy left by a crashed session (recovery)."""
        lock = None
        if target is not None:
            lock = FileLock(target, user or current_user())
            lock.acquire()
        doc = cls(working, target, user=user, lock=lock)
        doc.saved_seq = -1  # recovered work is unsaved until the user saves it
        doc._write_sidecar()
        return doc

    # -- sessions ----------------------------------------------------------
    def session(self) -> Session:
        """A new ORM session on the working copy (for the core's services only)."""
        return self._sessions()

    def audit_seq(self) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.coalesce(func.max(AuditEntry.seq), 0))) or 0)

    @property
    def modified(self) -> bool:
        """Whether the working copy holds changes not yet saved to the file."""
        return self.path is None or self.audit_seq() != self.saved_seq

    def option(self, key: str, default: Any = None) -> Any:
        with self.session() as s:
            row = s.get(ProjectOption, key)
            return default if row is None else row.value

    @property
    def title(self) -> str:
        return str(self.option("title", ""))

    # -- document operations ----------------------------------------------
    def save(self) -> None:
        if self.path is None:
            raise UserError("store.no_path")
        if self.read_only:
            raise UserError("store.read_only")
        atomic_write_database(self.working_path, self.path)
        self.saved_seq = self.audit_seq()
        self._write_sidecar()

    def save_as(self, path: Path) -> None:
        path = path.resolve()
        if path != self.path or self._lock is None:
            # Also onto its own path when read-only: the file may be someone else's.
            lock = FileLock(path, self.user)
            lock.acquire()
            if path != self.path:
                remove_stale_saves(path)
            try:
                atomic_write_database(self.working_path, path)
            except BaseException:
                lock.release()
                raise
            if self._lock is not None:
                self._lock.release()
            self._lock = lock
            self.path = path
            self.read_only = False
        else:
            atomic_write_database(self.working_path, path)
        self.saved_seq = self.audit_seq()
        self._write_sidecar()

    def revert(self) -> None:
        """Discard unsaved changes: reload the working copy from the file."""
        if self.path is None:
            raise UserError("store.no_path")
        found = check_project_file(self.path)
        self.engine.dispose()
        tmp = self.working_path.with_suffix(".revert")
        try:
            fresh_copy(self.path, tmp, found)
            if found < schema.SCHEMA_VERSION:
                # An older file opened read-only: its copy is migrated, as at open.
                engine = make_engine(tmp)
                try:
                    schema.upgrade(engine)
                finally:
                    engine.dispose()
        except BaseException:
            remove_with_journal(tmp)
            raise
        os.replace(tmp, self.working_path)
        self.saved_seq = self.audit_seq()
        self._write_sidecar()

    def close(self) -> None:
        """Release the file and delete the working copy (unsaved work is dropped)."""
        self.engine.dispose()
        _remove_working(self.working_path)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- internals -----------------------------------------------------------
    def _migrate(self, found: int) -> None:
        assert self.path is not None
        if self.read_only:
            # Only the private working copy changes; the user's file stays as it is.
            schema.upgrade(self.engine)
            return
        backup = self.path.with_name(f"{self.path.name}.schema{found}.bak")
        try:
            shutil.copy2(self.path, backup)
        except OSError as exc:
            if is_disk_full(exc):
                raise UserError("store.disk_full", path=backup.parent) from None
            raise UserError("store.save_failed", path=backup, detail=exc.strerror) from None
        schema.upgrade(self.engine)
        self.save()
        self.file_version = schema.SCHEMA_VERSION

    def _write_sidecar(self) -> None:
        data = {
            "target": None if self.path is None else str(self.path),
            "pid": os.getpid(),
            "user": self.user,
            "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "saved_seq": self.saved_seq,
        }
        sidecar(self.working_path).write_text(json.dumps(data), encoding="utf-8")


def sidecar(working: Path) -> Path:
    return working.with_suffix(".json")


def _write_opening_record(working: Path, target: Path | None, user: str | None) -> None:
    """The sidecar, written before the working copy exists: no copy is ever unrecorded.

    `saved_seq` null marks a copy still being opened; if its process dies,
    the copy holds nothing unsaved and the next start removes it.
    """
    data = {
        "target": None if target is None else str(target),
        "pid": os.getpid(),
        "user": user or current_user(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "saved_seq": None,
    }
    try:
        sidecar(working).write_text(json.dumps(data), encoding="utf-8")
    except OSError as exc:
        if is_disk_full(exc):
            raise UserError("store.disk_full", path=working.parent) from None
        raise


def fresh_copy(path: Path, working: Path, version: int) -> None:
    """Copy `path` to the private `working` file and check it before anything reads it.

    The schema must be exactly that of `version` (no trigger, view or extra
    table; see :mod:`workbench.store.guard`) and SQLite's quick check must
    pass. A full disk is reported as such, not as a damaged project.
    """
    try:
        copy_database(path, working)
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc):
            raise UserError("store.disk_full", path=working.parent) from None
        if isinstance(exc, OSError):
            raise UserError("store.corrupt", path=path, detail=exc.strerror or str(exc)) from None
        raise UserError("store.corrupt", path=path, detail=str(exc)) from None
    try:
        conn = raw_connect(working)
        try:
            check_schema(conn, version, path)
            problem = integrity_problem(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError("store.corrupt", path=path, detail=str(exc)) from None
    if problem is not None:
        raise UserError("store.corrupt", path=path, detail=problem)


def _empty_path() -> Path | None:
    try:
        key = schema_key()
        return data_dir() / "cache" / f"empty-{schema.SCHEMA_VERSION}-{key}.mwb"
    except OSError:
        return None


def _copy_empty(path: Path) -> bool:
    """Copy the cached empty project to `path`; False (nothing left) when there is none
    or it is not exactly the empty schema (it is then rebuilt)."""
    empty = _empty_path()
    if empty is None or not empty.is_file():
        return False
    try:
        copy_database(empty, path)
        conn = raw_connect(path)
        try:
            check_schema(conn, schema.SCHEMA_VERSION, path)
            rows = sum(
                conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT IN ('alembic_version', 'sqlite_sequence')"
                ).fetchall()
            )
            ok = rows == 0 and conn.execute("PRAGMA application_id").fetchone()[0] == (
                APPLICATION_ID
            ) and integrity_problem(conn) is None
        finally:
            conn.close()
    except (OSError, sqlite3.Error, UserError):
        ok = False
    if not ok:
        remove_with_journal(path)
        with contextlib.suppress(OSError):
            empty.unlink()
    return ok


def _migrate_empty(path: Path) -> None:
    """Build the empty project by running every migration; keep a copy for next time."""
    conn = raw_connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    conn.close()
    engine = make_engine(path)
    try:
        schema.upgrade(engine)
    finally:
        engine.dispose()
    conn = raw_connect(path)
    try:
        remember(conn, schema.SCHEMA_VERSION)
    finally:
        conn.close()
    empty = _empty_path()
    if empty is not None and not empty.exists():
        tmp = None
        try:
            empty.parent.mkdir(parents=True, exist_ok=True)
            tmp = empty.with_name(f"{empty.name}.{os.getpid()}.tmp")
            copy_database(path, tmp)
            tmp.replace(empty)
        except (OSError, sqlite3.Error):
            if tmp is not None:
                remove_with_journal(tmp)  # a read-only data folder only costs the migrations


def _new_working_path() -> Path:
    return working_dir() / f"{new_id()}.mwb"


def _remove_working(working: Path) -> None:
    for p in (
        working,
        sidecar(working),
        working.with_name(working.name + "-journal"),
        working.with_suffix(".revert"),
        working.with_name(working.stem + ".revert-journal"),
    ):
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def create_database(path: Path, *, title: str, language: str = "nl") -> None:
    """A new, empty project file at `path`: a copy of the empty schema the migrations
    built (cached per schema key, checked like any file before it is used), or built
    by running every migration."""
    if not _copy_empty(path):
        _migrate_empty(path)
    engine = make_engine(path)
    try:
        with Session(engine) as s, s.begin():
            s.add(ProjectOption(key="title", value=title))
            s.add(ProjectOption(key="language", value=language))
            s.add(ProjectOption(key="created", value=dt.date.today().isoformat()))
            s.execute(text("SELECT 1"))
    finally:
        engine.dispose()
