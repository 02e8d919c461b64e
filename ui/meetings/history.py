"""The "Geschiedenis" dialog: every recorded change of one row or score, oldest first.

Reads :func:`workbench.record.history.history` (who, when, old, new and the
import, merge or meeting it came from). The history is the team's own
record, holding internal values, so :func:`open_history` opens nothing in
meeting mode: the register's and the score table's "History…" actions are
disabled on a shared screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.table_dialog import TableDialog
from ui.undo import Editor
from workbench.i18n import Language
from workbench.i18n.numbers import num
from workbench.record.history import HistoryEntry


def _shown(value: Any, lang: Language) -> str:
    """A logged value as written: numbers in the language's notation, never rounded."""
    if value is None or value == "":
        return "—"
    if isinstance(value, float) and not isinstance(value, bool):
        if value.is_integer():
            return num(value, lang, 0)
        return repr(value).replace(".", ",") if lang == "nl" else repr(value)
    return str(value)


class RecordHistoryDialog(TableDialog):
    """A read-only table of history entries (when, who, field, old, new, origin)."""

    def __init__(
        self, title: str, entries: list[HistoryEntry], language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("recordHistory", title, parent)
        self.setWindowTitle(self.tr("History: {what}").format(what=title))
        self.table.setObjectName("recordHistoryTable")
        self.entries = entries
        lang: Language = "en" if language == "en" else "nl"
        rows = [
            (e.at.strftime("%Y-%m-%d %H:%M"), e.user, e.code, e.field, _shown(e.old, lang),
             _shown(e.new, lang), "" if e.origin is None else e.origin.text(lang))
            for e in entries
        ]
        headers = [self.tr("When"), self.tr("Who"), self.tr("Code"), self.tr("Field"),
                   self.tr("Old"), self.tr("New"), self.tr("Origin")]
        self.fill(headers, rows, self.tr("No changes recorded."), (860, 360))


def open_history(
    parent: QWidget,
    editor: Editor | None,
    title: str,
    *,
    meeting_mode: bool,
    code: str | None = None,
    **filters: Any,
) -> RecordHistoryDialog | None:
    """Open the history of the rows `filters` select (``entity_id=...``, ``measure=...``),
    narrowed to entries of `code` when given; None in meeting mode or without a project."""
    if editor is None or editor.closed or meeting_mode:
        return None
    from workbench.record.history import history

    entries = history(editor.svc, **filters)
    if code is not None:
        entries = [e for e in entries if e.code == code]
    dialog = RecordHistoryDialog(title, entries, editor.lang, parent)
    dialog.open()
    return dialog
