"""Cross-field rules of entities, checked on the row as it would be stored.

Field types come from :mod:`workbench.services.fields`; these are the
domain rules a single column cannot express. Each raises one
:class:`UserError` naming the entity and field.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, select

from workbench.i18n import Language, Term, UserError, Where
from workbench.model import Criterion

Row = Mapping[str, Any]
Rule = Callable[[Connection, Row, Where], None]


def check_scale(scale: Any, where: Where) -> None:
    """Validate a criterion's value-function scale (see model.criterion)."""
    if not isinstance(scale, dict) or "type" not in scale:
        raise UserError("value.scale", where=where, detail="een object met 'type' verwacht")
    kind = scale["type"]
    if kind == "linear":
        worst, best = scale.get("worst"), scale.get("best")
        if not all(_is_number(v) for v in (worst, best)):
            raise UserError(
                "value.scale", where=where, detail="'worst' en 'best' moeten getallen zijn"
            )
        if worst == best:
            raise UserError("value.scale", where=where, detail="'worst' en 'best' zijn gelijk")
    elif kind == "piecewise":
        pts = scale.get("points")
        if not isinstance(pts, list) or len(pts) < 2:
            raise UserError("value.scale", where=where, detail="minstens twee punten nodig")
        xs: list[float] = []
        for p in pts:
            if not (isinstance(p, list) and len(p) == 2 and all(_is_number(v) for v in p)):
                raise UserError("value.scale", where=where, detail="elk punt is [x, waarde]")
            if not 0.0 <= p[1] <= 1.0:
                raise UserError("value.scale", where=where, detail="waarden liggen tussen 0 en 1")
            xs.append(float(p[0]))
        if any(b <= a for a, b in itertools.pairwise(xs)):
            raise UserError("value.scale", where=where, detail="x moet strikt oplopen")
        _check_runs_0_to_1([float(p[1]) for p in pts], where)
    elif kind == "levels":
        levels = scale.get("levels")
        if not isinstance(levels, list) or len(levels) < 2:
            raise UserError("value.scale", where=where, detail="minstens twee niveaus nodig")
        labels: set[str] = set()
        values: set[float] = set()
        for lv in levels:
            if not (
                isinstance(lv, dict)
                and isinstance(lv.get("label"), str)
                and _is_number(lv.get("value"))
            ):
                raise UserError(
                    "value.scale", where=where, detail="elk niveau heeft label en value"
                )
            if not 0.0 <= lv["value"] <= 1.0:
                raise UserError("value.scale", where=where, detail="waarden liggen tussen 0 en 1")
            if lv["label"] in labels or lv["value"] in values:
                raise UserError("value.scale", where=where, detail="labels en waarden zijn uniek")
            labels.add(lv["label"])
            values.add(float(lv["value"]))
        _check_runs_0_to_1([float(lv["value"]) for lv in levels], where)
    else:
        raise UserError("value.scale", where=where, detail=f"onbekend type {kind!r}")


def _check_runs_0_to_1(values: list[float], where: Where) -> None:
    steps = [b - a for a, b in itertools.pairwise(values)]
    if not (all(d >= 0 for d in steps) or all(d <= 0 for d in steps)):
        raise UserError("value.scale", where=where, detail="de waarden moeten monotoon zijn")
    if min(values) != 0.0 or max(values) != 1.0:
        raise UserError("value.scale", where=where, detail="de waarden lopen van 0 tot 1")


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _required_text(*names: str) -> Rule:
    def rule(_conn: Connection, row: Row, where: Where) -> None:
        for name in names:
            if not str(row.get(name) or "").strip():
                raise UserError("value.required", where=where.at(name))

    return rule


def _measure(conn: Connection, row: Row, where: Where) -> None:
    _required_text("code", "title")(conn, row, where)
    start, deadline = row.get("start_year"), row.get("deadline_year")
    if start is not None and deadline is not None and start > deadline:
        raise UserError("value.years", where=where.at("start_year"), start=start, deadline=deadline)


def _criterion(conn: Connection, row: Row, where: Where) -> None:
    _required_text("key", "name")(conn, row, where)
    scale = row.get("scale")
    check_scale(scale, where.at("scale"))
    if isinstance(scale, dict) and scale["type"] == "linear":
        higher = scale["best"] > scale["worst"]
        if higher != (str(row.get("direction")) == "higher_is_better"):
            raise UserError(
                "value.scale",
                where=where.at("direction"),
                detail="richting en schaal (worst/best) spreken elkaar tegen",
            )


def _assessment(conn: Connection, row: Row, where: Where) -> None:
    low, best, high = row["low"], row["best"], row["high"]
    if not low <= best <= high:
        raise UserError("value.order", where=where, low=low, best=best, high=high)
    scale = conn.execute(
        select(Criterion.scale).where(Criterion.id == row["criterion_id"])
    ).scalar()
    if isinstance(scale, dict) and scale.get("type") == "levels":
        allowed = {float(lv["value"]): lv["label"] for lv in scale["levels"]}
        for name in ("low", "best", "high"):
            if float(row[name]) not in allowed:
                raise UserError(
                    "value.level",
                    where=where.at(name),
                    got=row[name],
                    choices=", ".join(allowed.values()),
                )


def _ordered(_conn: Connection, row: Row, where: Where) -> None:
    low, best, high = row["low"], row["best"], row["high"]
    if not low <= best <= high:
        raise UserError("value.order", where=where, low=low, best=best, high=high)


def _exposure(conn: Connection, row: Row, where: Where) -> None:
    _ordered(conn, row, where)
    if str(row.get("agent")) in ("lden", "lnight") and row.get("baseline") is None:
        raise UserError("health.noise_baseline", where=where.at("baseline"))


def _link(_conn: Connection, row: Row, where: Where) -> None:
    if row["measure_id"] == row["other_id"]:
        raise UserError("value.self_link", where=where)


class _HealthText(Term):
    """A health calculator message as a message parameter, in either language."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__("")
        self.texts = texts

    def text(self, language: Language) -> str:
        return self.texts[language]


def _health_parameter(conn: Connection, row: Row, where: Where) -> None:
    """An override the health calculator would refuse is refused here, by its own check."""
    from workbench.health import HealthInputError, ParameterOverride
    from workbench.health.validation import check_override

    _required_text("key", "source")(conn, row, where)
    override = ParameterOverride(
        str(row["key"]), row["value"], str(row["source"]), row.get("low"), row.get("high")
    )
    try:
        check_override(override)
    except HealthInputError as exc:
        texts: dict[str, str] = {"nl": str(exc)}
        try:
            check_override(override, "en")
        except HealthInputError as exc_en:
            texts["en"] = str(exc_en)
        field = exc.field if exc.field in ("key", "value", "low", "high", "source") else ""
        raise UserError(
            "value.health", where=where.at(field) if field else where, detail=_HealthText(texts)
        ) from None


RULES: dict[str, Rule] = {
    "measure": _measure,
    "criterion": _criterion,
    "assessment": _assessment,
    "measure_link": _link,
    "stakeholder": _required_text("key", "name"),
    "weight_profile": _required_text("key", "name"),
    "package": _required_text("key", "name"),
    "draft": _required_text("key", "name"),
    "meeting": _required_text("key", "title"),
    "source": _required_text("key", "title"),
    "population": _required_text("key", "name"),
    "exposure_change": _exposure,
    "emission_change": _ordered,
    "health_parameter": _health_parameter,
}
