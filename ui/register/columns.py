"""Column specs of the measure register: the measure's fields and one column per criterion.

The criterion columns show the best estimate; a levels criterion shows the
level's label; a measure without an assessment shows a marked gap (never
zero), with low–best–high in the tooltip when assessed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP, Language
from ui.models.columns import (
    HEADERS,
    RIGHT,
    ColumnSpec,
    EditorKind,
    bool_column,
    choice_column,
    field_of,
    text_column,
    year_column,
)
from workbench.i18n.numbers import is_euros, money, money_exact, num, scale_decimals
from workbench.model import Payer, Status, Theme
from workbench.services.queries import CriterionRow, Estimate, MeasureRow


def measure_columns() -> tuple[ColumnSpec, ...]:
    m = "measure"
    return (
        text_column(m, "code", HEADERS["code"], width=7),
        text_column(m, "title", HEADERS["title"], width=32),
        choice_column(m, "theme", QT_TRANSLATE_NOOP("Columns", "Theme"), "theme", Theme),
        choice_column(m, "status", QT_TRANSLATE_NOOP("Columns", "Status"), "status", Status),
        bool_column(m, "above_statutory", QT_TRANSLATE_NOOP("Columns", "Above statutory")),
        choice_column(m, "payer", QT_TRANSLATE_NOOP("Columns", "Payer"), "payer", Payer),
        year_column(m, "start_year", QT_TRANSLATE_NOOP("Columns", "Start")),
        year_column(m, "deadline_year", QT_TRANSLATE_NOOP("Columns", "Deadline")),
    )


def _estimate_of(key: str) -> Any:
    def get(row: MeasureRow) -> Estimate | None:
        return row.estimates.get(key)

    return get


def criterion_column(crit: CriterionRow) -> ColumnSpec:
    levels = crit.scale.get("type") == "levels"
    euros = is_euros(crit.unit)
    decimals = scale_decimals(crit.scale)  # one precision for the whole column

    def number(lang: Language, value: float) -> str:
        if levels:
            return crit.level_label(value) or lang.number(value)
        if euros:
            return money(value, lang.code)
        return num(value, lang.code, decimals)

    def fmt(lang: Language, est: Estimate | None) -> str:
        return "" if est is None else number(lang, est.best)

    def tooltip(lang: Language, est: Estimate | None) -> str:
        if est is None:
            return ""
        if euros:  # the exact amounts beside the compact one
            parts = [money_exact(v, lang.code) for v in (est.low, est.best, est.high)]
        else:
            parts = [number(lang, v) for v in (est.low, est.best, est.high)]
        text = QCoreApplication.translate("Columns", "low {low} · best {best} · high {high}")
        return text.format(low=parts[0], best=parts[1], high=parts[2])

    # Two lines (name, unit) keep the many criterion columns narrow; amounts carry their €.
    header = f"{crit.name}\n({crit.unit})" if crit.unit and not euros else crit.name
    return ColumnSpec(
        key=f"criterion:{crit.key}",
        header=header,
        getter=_estimate_of(crit.key),
        editor=EditorKind.NONE,
        align=RIGHT,
        fmt=fmt,
        mark_missing=True,
        translate_header=False,
        tooltip=tooltip,
        sort_key=lambda _lang, est: None if est is None else est.best,
        width=max(9, min(max(len(line) for line in header.splitlines()), 18)),
    )


def register_columns(criteria: list[CriterionRow]) -> tuple[ColumnSpec, ...]:
    return measure_columns() + tuple(criterion_column(c) for c in criteria)


def matches(row: MeasureRow, theme: str | None, status: str | None, needle: str) -> bool:
    """Whether a register row passes the filter bar's settings."""
    if theme and row.theme != theme:
        return False
    if status and row.status != status:
        return False
    if needle:
        hay = f"{field_of(row, 'code')} {field_of(row, 'title')}".casefold()
        return all(word in hay for word in needle.casefold().split())
    return True
