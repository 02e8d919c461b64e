"""One writer per project file: a lock file beside it says who has it open.

The lock is ``<file>.lock`` holding JSON (user, host, pid, since). It is
created atomically (O_EXCL). A lock left by a dead process on this host is
stale and taken over; a lock that cannot be read (empty, garbled) is stale
too, but is taken over only when the user says so (`take_over=True`),
since its owner is unknown. Any other lock is reported so the user can
open the file read-only instead. A folder or file the user may not write
gives :class:`ProjectReadOnlyError`, which offers read-only as well.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from workbench.i18n import UserError


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time with offset
    readable: bool = True  # False: the lock file is empty or garbled


class ProjectLockedError(UserError):
    def __init__(self, path: Path, info: LockInfo) -> None:
        since = info.since.replace("T", " ")[:16]
        super().__init__("store.locked", path=path, user=info.user, host=info.host, since=since)
        self.path = path
        self.info = info


class StaleLockError(ProjectLockedError):
    """The lock file cannot be read: stale, but taken over only when the user agrees."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        UserError.__init__(self, "store.lock_stale", path=path, lock=lock_path(path))
        self.path = path
        self.info = info


class ProjectReadOnlyError(UserError):
    """The file or its folder cannot be written: it can be opened read-only."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__("store.no_write_access", path=path, detail=detail)
        self.path = path


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:
    """On Windows os.kill(pid, 0) would end the process: ask the kernel instead."""
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        # access denied means it exists (another user's process); anything else: gone
        return bool(kernel32.GetLastError() == 5)  # ERROR_ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Empty or garbled: stale, but whose it was cannot be known.
        return LockInfo("onbekend", "onbekend", -1, "", readable=False)


def _is_stale(info: LockInfo) -> bool:
    return info.host == socket.gethostname() and not pid_alive(info.pid)


def check_writable(path: Path) -> None:
    """Refuse (offering read-only) a file or folder this user cannot write."""
    for p in (path, path.parent):
        if p.exists() and not os.access(p, os.W_OK):
            raise ProjectReadOnlyError(path, os.strerror(13))


class FileLock:
    """The lock this process holds on one project file."""

    def __init__(self, path: Path, user: str) -> None:
        self.path = path
        self.user = user
        self.held = False

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock; `take_over` also replaces an unreadable (stale) lock file."""
        target = lock_path(self.path)
        info = LockInfo(
            user=self.user,
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )
        fields = asdict(info)
        del fields["readable"]
        payload = json.dumps(fields).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                other = read_lock(self.path)
                if other is not None and other.pid == os.getpid() and other.host == info.host:
                    self.held = True  # re-entrant within one process
                    return
                if other is not None and not other.readable:
                    if not take_over:
                        raise StaleLockError(self.path, other) from None
                    self._remove(target)
                    continue
                if other is not None and _is_stale(other):
                    self._remove(target)
                    continue
                raise ProjectLockedError(self.path, other or info) from None
            except OSError as exc:
                # A read-only folder or medium: the user may still read the file.
                raise ProjectReadOnlyError(self.path, exc.strerror or str(exc)) from None
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(payload)
            except OSError as exc:
                # Never leave an empty lock behind (a full disk, say).
                target.unlink(missing_ok=True)
                raise ProjectReadOnlyError(self.path, exc.strerror or str(exc)) from None
            self.held = True
            return
        raise ProjectLockedError(self.path, read_lock(self.path) or info)

    def _remove(self, target: Path) -> None:
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:
            raise ProjectReadOnlyError(self.path, exc.strerror or str(exc)) from None

    def release(self) -> None:
        if self.held:
            info = read_lock(self.path)
            if info is not None and info.pid == os.getpid():
                lock_path(self.path).unlink(missing_ok=True)
            self.held = False
