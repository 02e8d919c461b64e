"""Read models: plain, frozen rows for the GUI, the command line and exports.

Each function runs a fixed, small number of queries (never one per cell)
and returns values, not ORM instances, so nothing outside the core holds a
session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from sqlalchemy import select

from workbench.model import Criterion
from workbench.services.project import ProjectService


class RowSource(Protocol):
    """The read side of a project: ProjectService (every row) or, in the analysis,
    ProjectData (the rows one audience may see)."""

    def rows(self, entity: str, **where: Any) -> list[dict[str, Any]]: ...

    def id_for(self, entity: str, key: str) -> str | None: ...

    def option(self, key: str, default: Any = None) -> Any: ...


@dataclass(frozen=True)
class CriterionRow:
    id: str
    key: str
    name: str
    kind: str
    unit: str
    direction: str
    scale: dict[str, Any]
    computed: bool

    def level_label(self, value: float | None) -> str | None:
        """The verbal level of a value on a levels scale, else None."""
        if value is None or self.scale.get("type") != "levels":
            return None
        for lv in self.scale["levels"]:
            if float(lv["value"]) == float(value):
                return str(lv["label"])
        return None


class Estimate(NamedTuple):
    """low / best / high of one assessment (a named tuple: the register builds 120,000
    of them for a 10,000 x 12 project, and a frozen dataclass took four times longer)."""

    low: float
    best: float
    high: float
    # True when the health calculator produced it ("berekend"), not a typed-in value
    computed: bool = False


@dataclass(frozen=True)
class MeasureRow:
    id: str
    code: str
    title: str
    theme: str
    status: str
    above_statutory: bool
    payer: str
    origin: str
    start_year: int | None
    deadline_year: int | None
    visibility: str
    # criterion key -> estimate; a missing key means not assessed (never zero)
    estimates: Mapping[str, Estimate]
    # the row version read, so an edit made on this row is refused once it is stale
    row_version: int | None = None


@dataclass(frozen=True)
class Register:
    criteria: list[CriterionRow]
    measures: list[MeasureRow]
    # measure id -> why its computed health value is missing
    health_errors: dict[str, str] = field(default_factory=dict)


def criteria(svc: ProjectService) -> list[CriterionRow]:
    with svc.doc.engine.connect() as conn:
        rows = conn.execute(select(Criterion.__table__).order_by(Criterion.sort_key))
        return [
            CriterionRow(
                r.id,
                r.key,
                r.name,
                str(r.kind),
                r.unit,
                str(r.direction),
                dict(r.scale),
                bool(r.computed),
            )
            for r in rows
        ]


def position_stamp(row: Mapping[str, Any]) -> tuple[Any, Any]:
    """The order of a party's positions on a measure: by date, then by time recorded."""
    return (row["date"], row["recorded_at"])


def current_positions(
    svc: RowSource, stakeholder_id: str | None = None
) -> dict[tuple[str, str], dict[str, Any]]:
    """The current position per (stakeholder id, measure id): the latest by `position_stamp`.

    Earlier rows are history. The one place this rule lives; every reader of
    "where does a party stand now" goes through it.
    """
    rows = (
        svc.rows("position")
        if stakeholder_id is None
        else svc.rows("position", stakeholder_id=stakeholder_id)
    )
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for p in rows:
        k = (str(p["stakeholder_id"]), str(p["measure_id"]))
        if k not in latest or position_stamp(p) > position_stamp(latest[k]):
            latest[k] = p
    return latest
