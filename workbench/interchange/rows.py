"""Checking one JSON object against its entity: the generic half of validation.

:class:`RowReader` turns a JSON object into a row ready to insert: plain
fields are coerced with the services' own field rules (types, enumerations,
ranges, lengths), a missing key takes the column's default, references
given as user-facing keys are resolved to the ids of rows read earlier,
keys unique in the model are checked across the file, and the entity's
cross-field rule from :mod:`workbench.services.rules` runs on the result.
Every error is one :class:`UserError` naming the JSON path. Values of the
expected type pass a fast inline check; anything else goes through
:func:`workbench.services.fields.coerce`, which converts or refuses it.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

import numpy as np
from sqlalchemy import Connection

from workbench.i18n import Term, UserError, quoted
from workbench.interchange.reading import JsonPath, check_free
from workbench.interchange.sections import SECTIONS, column_defaults, plain_fields
from workbench.services.fields import INT_LIMIT, RANGES, FieldSpec, coerce, specs
from workbench.services.rules import RULES

# The rules used here never query the database; the assessment rule, which
# does, is replaced by an in-memory check (see validate.py).
NO_CONNECTION = cast(Connection, None)
_MISSING = object()
_SURROGATE = re.compile("[\ud800-\udfff]")
_EXACT = 2**53  # integers a float holds exactly; larger ones take the slow path


def type_name(value: Any) -> str:
    if isinstance(value, str):
        return quoted(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "een object"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, int) and abs(value) > INT_LIMIT:
        return f"een getal van {len(str(abs(value)))} cijfers"
    return repr(value)


def as_object(value: Any, where: JsonPath, allowed: Any = None) -> dict[str, Any]:
    """`value` as a JSON object without repeated or (if `allowed` is given) unknown keys."""
    if not isinstance(value, dict):
        raise UserError("value.type", where=where, expected="een object", got=type_name(value))
    dup = getattr(value, "duplicate", None)
    if dup is not None:
        raise UserError("json.duplicate_key", where=where.at(dup))
    if allowed is not None:
        for key in value:
            if key not in allowed:
                raise UserError("json.unknown_key", where=where.at(key), choices=", ".join(allowed))
    return value


def as_list(value: Any, where: JsonPath) -> list[Any]:
    if not isinstance(value, list):
        raise UserError("value.type", where=where, expected="een lijst", got=type_name(value))
    return value


def fresh_ids(batch: int = 4096) -> Iterator[str]:
    """Time-ordered version 7 UUIDs (RFC 9562, with a counter for monotonicity).

    A load inserts rows in the order their ids were made, so each table's
    primary-key index grows at its end instead of at random places: several
    times faster for large files than uuid4, and still unique across files
    (48-bit time, a counter starting at random, 32 random bits). Made
    `batch` at a time as numbers and turned into text in one go (133,000 ids
    for 10,000 x 12 in a tenth of a second).
    """
    millis = time.time_ns() // 1_000_000
    counter = int.from_bytes(os.urandom(4), "big") >> 12  # 20 random bits, room to count
    high = np.uint64((millis << 16) | 0x7000)
    variant = np.uint64(0b10 << 62)
    while True:
        c = np.arange(counter + 1, counter + batch + 1, dtype=np.uint64)
        counter += batch
        ids = np.empty((batch, 2), dtype=">u8")
        ids[:, 0] = high | ((c >> np.uint64(30)) & np.uint64(0x0FFF))
        tail = np.frombuffer(os.urandom(4 * batch), dtype=">u4").astype(np.uint64)
        ids[:, 1] = variant | ((c & np.uint64(0x3FFFFFFF)) << np.uint64(32)) | tail
        h = ids.tobytes().hex()
        for k in range(0, 32 * batch, 32):
            yield (f"{h[k:k + 8]}-{h[k + 8:k + 12]}-{h[k + 12:k + 16]}-"
                   f"{h[k + 16:k + 20]}-{h[k + 20:k + 32]}")


@dataclass(frozen=True)
class _Field:
    spec: FieldSpec
    choices: dict[str, Any] | None  # enum value -> member
    low: float
    high: float
    is_float: bool


@dataclass(frozen=True)
class _Shape:
    entity: str
    allowed: tuple[str, ...]
    refs: tuple[tuple[str, str, str, bool], ...]  # key, column, entity, nullable
    fields: tuple[_Field, ...]
    defaults: dict[str, Any]
    allowed_set: frozenset[str]


@cache
def _shape(section: str, extra: tuple[str, ...]) -> _Shape:
    sec = SECTIONS[section]
    cols = specs(sec.entity)
    fields = []
    for s in plain_fields(section):
        low, high = RANGES.get((sec.entity, s.name), (-math.inf, math.inf))
        choices = {m.value: m for m in s.enum} if s.enum is not None else None
        fields.append(_Field(s, choices, low, high, s.kind == "float"))
    refs = tuple((k, c, r, cols[c].nullable) for k, c, r in sec.refs)
    allowed = tuple(k for k, *_ in refs) + tuple(f.spec.name for f in fields) + extra
    return _Shape(sec.entity, allowed, refs, tuple(fields), column_defaults(sec.entity),
                  frozenset(allowed))


def _fast(f: _Field, value: Any) -> Any:
    """The stored form of a value of the expected type, or _MISSING to take the slow path."""
    kind = f.spec.kind
    t = type(value)
    if kind == "str":
        # isascii() is a flag test: only non-ASCII text is searched for surrogates;
        # a NUL (which PostgreSQL cannot store) takes the slow path's message.
        if t is str and (f.spec.max_len is None or len(value) <= f.spec.max_len) and (
            value.isascii() or not _SURROGATE.search(value)
        ) and "\x00" not in value:
            return value
    elif kind == "enum":
        if t is str and f.choices is not None:
            return f.choices.get(value, _MISSING)
    elif kind == "float":
        if t is float and f.low <= value <= f.high and math.isfinite(value):
            return value
        if t is int and -_EXACT <= value <= _EXACT and f.low <= value <= f.high:
            return float(value)
    elif kind == "int":
        if t is int and -INT_LIMIT <= value <= INT_LIMIT and f.low <= value <= f.high:
            return value
    elif kind == "bool" and t is bool:
        return value
    return _MISSING


class RowReader:
    """Reads rows of every section, remembering keys and ids for later references."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, str]] = {}  # entity -> user key -> id
        self.new_id = fresh_ids().__next__
        self._seen: dict[tuple[str, str], set[Any]] = {}

    def key_of(self, entity: str, key: Any) -> str | None:
        return self.ids.get(entity, {}).get(key) if isinstance(key, str) else None

    def resolve(
        self, entity: str, raw: Any, where: JsonPath, key: str = "", *, nullable: bool = False
    ) -> Any:
        """The id of the `entity` row whose user-facing key is `raw` (at `where`.`key`)."""
        found = self.ids.get(entity, {}).get(raw) if isinstance(raw, str) else None
        if found is not None or (raw is None and nullable):
            return found
        at = where.at(key) if key else where
        if raw is None:
            raise UserError("value.required", where=at)
        if not isinstance(raw, str):
            raise UserError("value.type", where=at, expected="tekst", got=type_name(raw))
        raise UserError(
            "value.unknown_ref", where=at, kind=Term("entity." + entity), got=quoted(raw)
        )

    def unique(
        self, entity: str, field: str, value: Any, where: JsonPath, shown: Any = None
    ) -> None:
        """Refuse a value (or a tuple of ids) seen before in this entity's `field`."""
        seen = self._seen.setdefault((entity, field), set())
        if value in seen:
            if shown is None:
                shown = "/".join(map(str, value)) if isinstance(value, tuple) else value
            raise UserError("value.duplicate", where=where, got=quoted(shown))
        seen.add(value)

    def read(
        self,
        section: str,
        raw: Any,
        where: JsonPath,
        *,
        extra: tuple[str, ...] = (),
        fixed: dict[str, Any] | None = None,
        rule: bool = True,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The row for one JSON object of `section`, and the object itself."""
        shape = _shape(section, extra)
        obj = raw if type(raw) is dict else as_object(raw, where)
        if not obj.keys() <= shape.allowed_set:
            as_object(obj, where, shape.allowed)  # names the unknown key
        row = dict(shape.defaults)
        row["id"] = self.new_id()
        if fixed:
            row.update(fixed)
        ids = self.ids
        for key, col, ref, nullable in shape.refs:
            # the common case inline: a known key; anything else names the problem
            raw_ref = obj.get(key)
            found = ids.get(ref, {}).get(raw_ref) if type(raw_ref) is str else None
            if found is None:
                found = self.resolve(ref, raw_ref, where, key, nullable=nullable)
            row[col] = found
        for f in shape.fields:
            name = f.spec.name
            value = obj.get(name, _MISSING)
            if value is _MISSING:
                if name in row:
                    continue
                value = None
            # the two commonest cases inline (a finite float in range, an absent
            # optional value); everything else through _fast, then coerce
            if type(value) is float and f.is_float and f.low <= value <= f.high and (
                value - value == 0.0  # finite: inf - inf and nan - nan are nan
            ):
                stored = value
            elif value is None and f.spec.nullable:
                stored = None
            else:
                stored = _fast(f, value)
            if stored is _MISSING:
                stored = coerce(f.spec, value, where.at(name))
                if f.spec.kind == "json" and stored is not None:
                    stored = check_free(stored, where.at(name))
            if f.spec.unique:
                self.unique(shape.entity, name, stored, where.at(name))
            row[name] = stored
        check = RULES.get(shape.entity)
        if rule and check is not None:
            check(NO_CONNECTION, row, where)
        return row, obj
