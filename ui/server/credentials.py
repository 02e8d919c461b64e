"""Passwords for team servers: from the system keyring when there is one, else only asked.

A password is never written anywhere by the workbench itself. When the
``keyring`` package is importable (Windows Credential Manager, macOS
Keychain, Secret Service), a password the user chose to remember is kept
there, under the service name below and ``user@server`` as the account;
without it the dialog asks every time and keeps the password in memory
only for the open project.
"""

from __future__ import annotations

import contextlib
import importlib
from types import ModuleType

SERVICE = "maatwerk-workbench"


def _keyring() -> ModuleType | None:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def available() -> bool:
    return _keyring() is not None


def account(user: str, server: str) -> str:
    return f"{user}@{server}"


def stored(user: str, server: str) -> str | None:
    """The remembered password, or None (no keyring, none kept, or the keyring failed)."""
    kr = _keyring()
    if kr is None:
        return None
    try:
        found = kr.get_password(SERVICE, account(user, server))
    except Exception:  # a locked or absent backend: just ask
        return None
    return None if found is None else str(found)


def remember(user: str, server: str, password: str) -> bool:
    """Keep `password` in the system keyring; False when there is none that works."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(SERVICE, account(user, server), password)
    except Exception:  # nothing is stored elsewhere instead
        return False
    return True


def forget(user: str, server: str) -> None:
    kr = _keyring()
    if kr is not None:
        with contextlib.suppress(Exception):
            kr.delete_password(SERVICE, account(user, server))
