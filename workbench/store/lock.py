"""One writer per project file: a lock file beside it says who has it open.

The lock is ``<file>.lock`` holding JSON (user, host, pid, since). It is
created atomically (O_EXCL). A lock left by a dead process on this host is
stale and taken over; any other lock is reported so the user can open the
file read-only instead.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from workbench.i18n import UserError


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time with offset


class ProjectLockedError(UserError):
    def __init__(self, path: Path, info: LockInfo) -> None:
        since = info.since.replace("T", " ")[:16]
        super().__init__("store.locked", path=path, user=info.user, host=info.host, since=since)
        self.path = path
        self.info = info


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # An unreadable lock still means somebody may be writing.
        return LockInfo("onbekend", "onbekend", -1, "")


def _is_stale(info: LockInfo) -> bool:
    return info.host == socket.gethostname() and not pid_alive(info.pid)


class FileLock:
    """The lock this process holds on one project file."""

    def __init__(self, path: Path, user: str) -> None:
        self.path = path
        self.user = user
        self.held = False

    def acquire(self) -> None:
        target = lock_path(self.path)
        info = LockInfo(
            user=self.user,
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )
        payload = json.dumps(asdict(info)).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                other = read_lock(self.path)
                if other is not None and other.pid == os.getpid() and other.host == info.host:
                    self.held = True  # re-entrant within one process
                    return
                if other is not None and _is_stale(other):
                    target.unlink(missing_ok=True)
                    continue
                raise ProjectLockedError(self.path, other or info) from None
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            self.held = True
            return
        raise ProjectLockedError(self.path, read_lock(self.path) or info)

    def release(self) -> None:
        if self.held:
            info = read_lock(self.path)
            if info is not None and info.pid == os.getpid():
                lock_path(self.path).unlink(missing_ok=True)
            self.held = False
