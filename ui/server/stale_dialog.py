"""Someone else changed the row first: their value and name, and the user's choice.

Shown when the core refuses an edit with
:class:`~workbench.services.project.StaleEdit`. The dialog names who
changed it and shows their value next to the user's; "keep mine" writes
the user's value over theirs (theirs stays in the history), "take theirs"
drops the user's edit. The caller does what was chosen.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from workbench.i18n import Language
from workbench.services.fields import to_plain
from workbench.services.project import StaleEdit


def _show(value: Any) -> str:
    plain = to_plain(value)
    if plain is None:
        return "–"
    if isinstance(plain, (dict, list)):
        return json.dumps(plain, ensure_ascii=False)[:200]
    return str(plain)


def _values(fields: list[str], values: Mapping[str, Any]) -> str:
    return "; ".join(f"{f}: {_show(values.get(f))}" for f in fields)


class StaleEditDialog(QMessageBox):
    """Their value and name against mine; `keep_mine()` after exec()."""

    def __init__(
        self,
        exc: StaleEdit,
        mine: Mapping[str, Any],
        language: Language,
        parent: QWidget | None = None,
        *,
        can_keep: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staleEditDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.exc = exc
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setText(exc.text(language))
        fields = [f for f in exc.fields if f in mine] or list(mine)
        lines = [self.tr("{by} saved: {theirs}").format(
            by=exc.by or "?", theirs=_values(fields, exc.current))]
        if mine:
            lines.append(self.tr("You entered: {mine}").format(mine=_values(fields, mine)))
        self.setInformativeText("\n".join(lines))
        self.mine_button: QPushButton = self.addButton(
            self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        self.mine_button.setObjectName("keepMine")
        self.mine_button.setVisible(can_keep)
        self.theirs_button: QPushButton = self.addButton(
            self.tr("Take theirs"), QMessageBox.ButtonRole.RejectRole)
        self.theirs_button.setObjectName("takeTheirs")
        self.setDefaultButton(self.theirs_button)

    def keep_mine(self) -> bool:
        return self.clickedButton() is self.mine_button
