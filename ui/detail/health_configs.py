"""Table configurations of the health tab: a measure's exposure and emission changes.

Each row is one ``exposure_change`` (population group, agent, low/best/high
change, the level before the measure for noise, tonal) or one
``emission_change`` (substance, low/best/high tonnes per year). Every edit
is a core command; the core refuses bad input (noise without a baseline,
low above best) with its own message. Labels of agents, substances and
outcomes are display texts, translated in the "Health" context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import (
    RIGHT,
    ColumnSpec,
    EditorKind,
    bool_column,
    field_of,
    update,
)
from ui.tables.configs import remover
from ui.tables.panel import TableConfig
from workbench.analysis.data import ProjectData
from workbench.commands import Command, CreateEntity
from workbench.services import ProjectService

CurrentId = Callable[[], str | None]

AGENTS = {
    "pm25": QT_TRANSLATE_NOOP("Health", "PM2.5 (µg/m³)"),
    "pm10": QT_TRANSLATE_NOOP("Health", "PM10 (µg/m³)"),
    "no2": QT_TRANSLATE_NOOP("Health", "NO₂ (µg/m³)"),
    "bap": QT_TRANSLATE_NOOP("Health", "BaP (ng/m³)"),
    "lden": QT_TRANSLATE_NOOP("Health", "Noise Lden (dB)"),
    "lnight": QT_TRANSLATE_NOOP("Health", "Noise Lnight (dB)"),
}
SUBSTANCES = {
    "pm25": "PM2.5",
    "pm10": "PM10",
    "nox": "NOx",
    "so2": "SO₂",
    "nh3": "NH₃",
    "bap": QT_TRANSLATE_NOOP("Health", "BaP"),
    "lead": QT_TRANSLATE_NOOP("Health", "Lead"),
    "co2": "CO₂",
}
OUTCOMES = {
    "mortality": QT_TRANSLATE_NOOP("Health", "Deaths"),
    "chronic_bronchitis": QT_TRANSLATE_NOOP("Health", "Chronic bronchitis"),
    "lung_cancer": QT_TRANSLATE_NOOP("Health", "Lung cancer"),
    "highly_annoyed": QT_TRANSLATE_NOOP("Health", "Highly annoyed by noise"),
    "highly_sleep_disturbed": QT_TRANSLATE_NOOP("Health", "Highly sleep-disturbed"),
}


def health_label(table: dict[str, str], value: Any) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Health", table.get(str(value), str(value)))


def _choice(entity: str, field: str, header: str, table: dict[str, str], width: int) -> ColumnSpec:
    return ColumnSpec(
        field,
        header,
        lambda r: field_of(r, field),
        edit=update(entity, field),
        editor=EditorKind.CHOICE,
        fmt=lambda _l, v: health_label(table, v),
        choices=lambda _l: [(k, health_label(table, k)) for k in table],
        width=width,
    )


def _number(
    entity: str, field: str, header: str, *, optional: bool = False, width: int = 8
) -> ColumnSpec:
    return ColumnSpec(
        field,
        header,
        lambda r: field_of(r, field),
        edit=update(entity, field),
        editor=EditorKind.FLOAT,
        align=RIGHT,
        fmt=lambda lang, v: lang.number(v),
        bounds=(-1e9, 1e9),
        mark_missing=optional,
        width=width,
    )


def _ranges(entity: str) -> tuple[ColumnSpec, ...]:
    return (
        _number(entity, "low", QT_TRANSLATE_NOOP("Columns", "Low")),
        _number(entity, "best", QT_TRANSLATE_NOOP("Columns", "Best")),
        _number(entity, "high", QT_TRANSLATE_NOOP("Columns", "High")),
    )


def exposures_config(measure_id: CurrentId) -> TableConfig:
    e = "exposure_change"

    def columns(svc: ProjectData) -> tuple[ColumnSpec, ...]:
        groups = {str(p["id"]): str(p["name"]) for p in svc.rows("population")}
        population = ColumnSpec(
            "population_id",
            QT_TRANSLATE_NOOP("Columns", "Group"),
            lambda r: r["population_id"],
            edit=update(e, "population_id"),
            editor=EditorKind.CHOICE,
            fmt=lambda _l, v: groups.get(str(v), ""),
            choices=lambda _l: list(groups.items()),
            width=12,
        )
        baseline = _number(
            e, "baseline", QT_TRANSLATE_NOOP("Columns", "Level before"), optional=True, width=11
        )
        tonal = bool_column(e, "tonal", QT_TRANSLATE_NOOP("Columns", "Tonal"), width=6)
        return (
            population,
            _choice(e, "agent", QT_TRANSLATE_NOOP("Columns", "Exposure"), AGENTS, 13),
            *_ranges(e),
            baseline,
            tonal,
        )

    def add(svc: ProjectService) -> Command | None:
        mid = measure_id()
        groups = svc.rows("population")
        if mid is None or not groups:
            return None
        return CreateEntity(
            e,
            {
                "measure_id": mid,
                "population_id": str(groups[0]["id"]),
                "agent": "pm25",
                "low": 0.0,
                "best": 0.0,
                "high": 0.0,
            },
        )

    return TableConfig(
        columns=columns,
        rows=lambda svc: [] if measure_id() is None else svc.rows(e, measure_id=measure_id()),
        concerns=(e, "population"),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("Health", "Add &exposure change"),
        remove_text=lambda: QCoreApplication.translate("Health", "Remove"),
        title=lambda: QCoreApplication.translate(
            "Health", "Exposure changes (after minus before; negative is cleaner)"
        ),
    )


def emissions_config(measure_id: CurrentId) -> TableConfig:
    e = "emission_change"

    def add(_svc: ProjectService) -> Command | None:
        mid = measure_id()
        if mid is None:
            return None
        values = {"measure_id": mid, "substance": "pm10", "low": 0.0, "best": 0.0, "high": 0.0}
        return CreateEntity(e, values)

    return TableConfig(
        columns=lambda _svc: (
            _choice(e, "substance", QT_TRANSLATE_NOOP("Columns", "Substance"), SUBSTANCES, 14),
            *_ranges(e),
        ),
        rows=lambda svc: [] if measure_id() is None else svc.rows(e, measure_id=measure_id()),
        concerns=(e,),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("Health", "Add e&mission change"),
        remove_text=lambda: QCoreApplication.translate("Health", "Remove"),
        title=lambda: QCoreApplication.translate(
            "Health", "Emission changes (tonnes per year; negative is less emitted)"
        ),
    )
