"""Field rules of every entity, derived from the model plus a few domain rules.

Types, enumerations, references, lengths and uniqueness come from the
SQLAlchemy columns, so the rules cannot drift from the schema; ranges
(years, stance) and cross-field rules (low <= best <= high, start before
deadline) are added here. `coerce` turns a raw value into the stored type
or raises a :class:`UserError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Float, Integer, String, Text
from sqlalchemy import inspect as sa_inspect

from workbench.i18n import Term, UserError, Where, quoted
from workbench.model import ENTITIES, Base
from workbench.model.base import ROW_VERSION

# Entities whose rows are addressed by a user-facing key column.
KEY_FIELD: dict[str, str] = {
    "measure": "code",
    "criterion": "key",
    "stakeholder": "key",
    "weight_profile": "key",
    "package": "key",
    "draft": "key",
    "meeting": "key",
    "source": "key",
    "population": "key",
    "health_parameter": "key",
}

RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("measure", "start_year"): (1990, 2100),
    ("measure", "deadline_year"): (1990, 2100),
    ("draft_term", "deadline_year"): (1990, 2100),
    ("source", "year"): (1900, 2100),
    ("position", "stance"): (-2, 2),
    ("weight", "weight"): (0, 1e9),
    ("population", "size"): (1, 1e10),
    ("population", "baseline_mortality"): (0, 1),
    ("population", "chronic_bronchitis_incidence"): (0, 1),
}

# Columns maintained by the services, never set by a caller.
INTERNAL_FIELDS = frozenset({"id", "recorded_at", ROW_VERSION})

# The longest text one field may hold (a description, a note, a clause's
# wording): about ten pages. Longer text belongs in a source document.
MAX_TEXT_CHARS = 20_000
# Integers are stored as SQLite INTEGER (64 bits); larger numbers are refused.
INT_LIMIT = 2**63 - 1
# A number beyond this cannot be a float (JSON allows any number of digits).
FLOAT_LIMIT = "1e308"
# Dates exactly as ISO 8601 calendar dates; times as written by isoformat().
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?", re.ASCII
)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class FieldSpec:
    entity: str
    name: str
    kind: str  # str | int | float | bool | enum | date | datetime | json | ref
    nullable: bool
    enum: type[StrEnum] | None = None
    ref: str | None = None
    max_len: int | None = None
    unique: bool = False


@cache
def specs(entity: str) -> dict[str, FieldSpec]:
    cls: type[Base] = ENTITIES[entity]
    out: dict[str, FieldSpec] = {}
    for col in sa_inspect(cls).columns:
        if col.key in ("id", ROW_VERSION):  # the row version is the services' own
            continue
        fks = list(col.foreign_keys)
        typ = col.type
        enum_cls: type[StrEnum] | None = None
        max_len: int | None = None
        if fks:
            kind, ref = "ref", fks[0].column.table.name
        else:
            ref = None
            if isinstance(typ, Enum):
                kind, enum_cls = "enum", typ.enum_class  # type: ignore[assignment]
            elif isinstance(typ, Boolean):
                kind = "bool"
            elif isinstance(typ, Integer):
                kind = "int"
            elif isinstance(typ, Float):
                kind = "float"
            elif isinstance(typ, DateTime):
                kind = "datetime"
            elif isinstance(typ, Date):
                kind = "date"
            elif isinstance(typ, JSON):
                kind = "json"
            elif isinstance(typ, (String, Text)):
                kind = "str"
                max_len = getattr(typ, "length", None) or MAX_TEXT_CHARS
            else:  # pragma: no cover - a new column type needs a rule here
                raise TypeError(f"no field rule for {entity}.{col.key}: {typ!r}")
        out[col.key] = FieldSpec(
            entity=entity,
            name=col.key,
            kind=kind,
            nullable=bool(col.nullable),
            enum=enum_cls,
            ref=ref,
            max_len=max_len,
            unique=bool(col.unique),
        )
    return out


def _type_error(where: Where, expected: str, value: Any) -> UserError:
    return UserError(
        "value.type", where=where, expected=Term(f"type.{expected}"), got=_type_name(value)
    )


def _type_name(value: Any) -> str:
    if isinstance(value, str):
        return quoted(value)
    if value is None:
        return "niets"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT_LIMIT:
        return f"een getal van {len(str(abs(value)))} cijfers"
    return repr(value)


def check_text(value: str, where: Where, limit: int | None = MAX_TEXT_CHARS) -> str:
    """Refuse text longer than `limit` or holding a lone surrogate or a NUL (unstorable).

    PostgreSQL's text cannot hold NUL (U+0000); refused on a file too, so a
    project moves to the team server (push, check-in) whole.
    """
    if limit is not None and len(value) > limit:
        raise UserError("value.too_long", where=where, length=len(value), limit=limit)
    if "\x00" in value:
        raise UserError("value.nul", where=where)
    found = _SURROGATE.search(value)
    if found is not None:
        raise UserError("value.surrogate", where=where, got=f"\\u{ord(found.group()):04x}")
    return value


def check_number(value: int | float, where: Where) -> None:
    """Refuse an integer too large for a float (JSON may hold any number of digits)."""
    if isinstance(value, int) and abs(value) > 10**308:
        raise UserError("value.too_big", where=where, digits=len(str(abs(value))),
                        limit=FLOAT_LIMIT)


def coerce(spec: FieldSpec, value: Any, where: Where) -> Any:
    """The stored form of `value` for this field, or a UserError naming `where`."""
    if value is None or (spec.kind in ("date", "ref") and value == ""):
        if spec.nullable:
            return None
        if spec.kind == "str":
            return ""
        raise UserError("value.required", where=where)
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            raise _type_error(where, "text", value)
        return check_text(value, where, spec.max_len)
    if kind == "ref":
        if not isinstance(value, str):
            raise _type_error(where, "id", value)
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _type_error(where, "bool", value)
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise _type_error(where, "int", value)
        if abs(value) > INT_LIMIT:
            raise UserError("value.too_big", where=where, digits=len(str(abs(value))),
                            limit=INT_LIMIT)
        return _check_range(spec, value, where)
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _type_error(where, "number", value)
        check_number(value, where)
        value = float(value)
        if value != value or value in (float("inf"), float("-inf")):
            raise _type_error(where, "finite", value)
        return _check_range(spec, value, where)
    if kind == "enum":
        assert spec.enum is not None
        choices = [m.value for m in spec.enum]
        if isinstance(value, spec.enum):
            return value
        if not isinstance(value, str) or value not in choices:
            raise UserError(
                "value.choice", where=where, got=_type_name(value), choices=", ".join(choices)
            )
        return spec.enum(value)
    if kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise _type_error(where, "date", value)
    if kind == "datetime":
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, str) and _DATETIME.fullmatch(value):
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        raise _type_error(where, "datetime", value)
    return value  # json: validated by the entity rules


def _check_range(spec: FieldSpec, value: float, where: Where) -> Any:
    bounds = RANGES.get((spec.entity, spec.name))
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        low, high = bounds
        raise UserError("value.range", where=where, got=value, low=_fmt(low), high=_fmt(high))
    return value


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def to_plain(value: Any) -> Any:
    """A JSON-able form of a stored value (for the audit log and snapshots)."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
