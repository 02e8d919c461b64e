"""Hearing other users' changes: LISTEN on the project's channel, drained without waiting.

Every table of a project schema notifies ``mw_<schema>`` after each
statement that changes it, with the table's name as payload (ids are left
out: payloads are limited, and a reader must not learn ids of rows it may
not see). :class:`ChangeListener` holds one autocommit connection that
listens; its socket (:meth:`fileno`) can drive an event loop (the GUI's
QSocketNotifier), and :meth:`drain` returns the tables named since the last
call without blocking. Changes made through an engine given to
:meth:`ignore` (the window's own, already shown) are left out. Qt-free, so
the command line and tests use it too.
"""

from __future__ import annotations

import os
from typing import Any

from workbench.store.server_url import ServerTarget, connect_raw, parse_target


class ChangeListener:
    """One LISTEN connection on a project's change channel."""

    def __init__(self, target: ServerTarget | str | os.PathLike[str], *,
                 password: str | None = None) -> None:
        self.target = target if isinstance(target, ServerTarget) else parse_target(target)
        self._conn: Any = connect_raw(self.target, password=password, autocommit=True)
        self._conn.execute(f'LISTEN "mw_{self.target.schema}"')
        self.own_pids: set[int] = set()

    def ignore(self, engine: Any) -> None:
        """Leave out changes made through `engine`'s connections (our own edits)."""
        from sqlalchemy import event

        def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            self.own_pids.add(int(dbapi_conn.info.backend_pid))

        event.listen(engine, "checkout", checkout)

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def drain(self, timeout: float = 0.0) -> set[str]:
        """The tables changed since the last call (waits at most `timeout` seconds)."""
        tables: set[str] = set()
        if timeout > 0:  # wait for the first, no longer
            tables |= self._tables(self._conn.notifies(timeout=timeout, stop_after=1))
        while True:  # whatever else has already arrived, without waiting
            more = list(self._conn.notifies(timeout=0))
            if not more:
                return tables
            tables |= self._tables(more)

    def _tables(self, notifies: Any) -> set[str]:
        return {str(n.payload) for n in notifies if n.pid not in self.own_pids}

    def close(self) -> None:
        self._conn.close()
