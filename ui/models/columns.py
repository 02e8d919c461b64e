"""Column specs: what each column of a table shows, and how an edit becomes a command.

A :class:`ColumnSpec` names a column (key, header), reads its value from a
row (``getter``), formats it for display (``fmt``), says which editor fits
(``editor``, ``choices``, ``bounds``) and turns a new value into a core
command (``edit``). Headers are source texts translated in the "Columns"
context, so ``pyside6-lupdate`` finds them through ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ui.i18n import QT_TRANSLATE_NOOP, Language
from workbench.commands import Command, UpdateEntity

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class Role(IntEnum):
    """Custom item-data roles of every model built on column specs."""

    ROW_ID = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2
    EDITOR = Qt.ItemDataRole.UserRole + 3
    CHOICES = Qt.ItemDataRole.UserRole + 4
    BOUNDS = Qt.ItemDataRole.UserRole + 5
    MISSING = Qt.ItemDataRole.UserRole + 6
    RAW = Qt.ItemDataRole.UserRole + 7


class EditorKind(Enum):
    NONE = "none"
    TEXT = "text"
    CHOICE = "choice"
    YEAR = "year"  # an optional year: the empty value is allowed
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"


Getter = Callable[[Any], Any]
Formatter = Callable[[Language, Any], str]
EditFactory = Callable[[Any, Any], Command | None]
Choices = Callable[[Language], Sequence[tuple[Any, str]]]


def plain(_lang: Language, value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    getter: Getter
    edit: EditFactory | None = None
    editor: EditorKind = EditorKind.NONE
    align: Qt.AlignmentFlag = LEFT
    fmt: Formatter = plain
    choices: Choices | None = None
    bounds: tuple[float, float] | None = None
    # None reads as "not known": shown as a marked gap, never as zero.
    mark_missing: bool = False
    translate_header: bool = True
    tooltip: Callable[[Language, Any], str] | None = None
    sort_key: Callable[[Language, Any], Any] | None = None
    width: int = 10  # in average characters
    # Display text from the whole row, when the value alone cannot say it
    # (a reference shown by the referenced row's code and title).
    display: Callable[[Any], str] | None = None
    # Choices for one row, overriding the column's editor when not None (a
    # levels criterion's estimate is picked as laag/middel/hoog, not typed).
    row_choices: Callable[[Any], Sequence[tuple[Any, str]] | None] | None = None
    # Display text from the whole row in the UI language (a figure whose notation
    # depends on its row's criterion: a level's label, an amount, a precision).
    row_fmt: Callable[[Language, Any], str] | None = None

    def header_text(self) -> str:
        if not self.translate_header:
            return self.header
        return QCoreApplication.translate("Columns", self.header)


def row_id(row: Any) -> str:
    """The id of a row given as a frozen read-model record or a plain dict."""
    return str(row["id"] if isinstance(row, dict) else row.id)


def field_of(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, dict) else getattr(row, name)


def version_of(row: Any) -> int | None:
    """The row version the screen read (None when the row does not carry one)."""
    found = row.get("row_version") if isinstance(row, dict) else getattr(row, "row_version", None)
    return None if found is None else int(found)


def update(entity: str, field: str) -> EditFactory:
    """The usual edit: set one field of the row's entity."""

    def make(row: Any, value: Any) -> Command | None:
        if value == field_of(row, field):
            return None
        # The version read: an edit over someone else's newer value is refused.
        return UpdateEntity(entity, row_id(row), {field: value}, version=version_of(row))

    return make


def text_column(
    entity: str, field: str, header: str, *, width: int = 14, editable: bool = True
) -> ColumnSpec:
    return ColumnSpec(
        key=field,
        header=header,
        getter=lambda r: field_of(r, field),
        edit=update(entity, field) if editable else None,
        editor=EditorKind.TEXT if editable else EditorKind.NONE,
        width=width,
    )


def enum_choices(prefix: str, enum: type[StrEnum], *, optional: bool = False) -> Choices:
    def choices(lang: Language) -> list[tuple[Any, str]]:
        items: list[tuple[Any, str]] = [(m.value, lang.enum_label(prefix, m.value)) for m in enum]
        return [(None, "—"), *items] if optional else items

    return choices


def choice_column(
    entity: str,
    field: str,
    header: str,
    prefix: str,
    enum: type[StrEnum],
    *,
    width: int = 12,
    optional: bool = False,
) -> ColumnSpec:
    return ColumnSpec(
        key=field,
        header=header,
        getter=lambda r: field_of(r, field),
        edit=update(entity, field),
        editor=EditorKind.CHOICE,
        fmt=lambda lang, v: lang.enum_label(prefix, v),
        choices=enum_choices(prefix, enum, optional=optional),
        sort_key=lambda lang, v: lang.enum_label(prefix, v).casefold(),
        width=width,
    )


def bool_column(entity: str, field: str, header: str, *, width: int = 8) -> ColumnSpec:
    return ColumnSpec(
        key=field,
        header=header,
        getter=lambda r: bool(field_of(r, field)),
        edit=update(entity, field),
        editor=EditorKind.BOOL,
        align=CENTER,
        fmt=lambda _lang, _v: "",
        width=width,
    )


def year_column(entity: str, field: str, header: str, *, width: int = 8) -> ColumnSpec:
    return ColumnSpec(
        key=field,
        header=header,
        getter=lambda r: field_of(r, field),
        edit=update(entity, field),
        editor=EditorKind.YEAR,
        align=RIGHT,
        fmt=lambda lang, v: lang.year(v),
        bounds=(1990, 2100),
        width=width,
    )


# Header texts used by more than one table, marked for lupdate once.
HEADERS = {
    "code": QT_TRANSLATE_NOOP("Columns", "Code"),
    "key": QT_TRANSLATE_NOOP("Columns", "Key"),
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "title": QT_TRANSLATE_NOOP("Columns", "Title"),
    "visibility": QT_TRANSLATE_NOOP("Columns", "Visibility"),
    "description": QT_TRANSLATE_NOOP("Columns", "Description"),
}
