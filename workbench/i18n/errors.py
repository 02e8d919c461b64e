"""The one exception type for everything a user did wrong or must be told."""

from __future__ import annotations

from typing import Any

from workbench.i18n.catalog import Language, render


class UserError(Exception):
    """A problem the user can act on: rendered as one line, never a traceback.

    `key` names a message in the catalog; `params` fill its named
    placeholders. `str()` gives the Dutch text.
    """

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def text(self, language: Language = "nl") -> str:
        return render(self.key, language, **self.params)

    def __str__(self) -> str:
        return self.text("nl")
