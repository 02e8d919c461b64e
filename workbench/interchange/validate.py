"""Full validation of an interchange document before anything is written.

:func:`validate` walks the document section by section (sources, criteria,
measures, stakeholders, assessments, positions, weight profiles, packages,
drafts, meetings), so that references always point at rows already read,
and returns a :class:`ProjectData`: every row ready to insert, with fresh
ids. The first problem found raises one :class:`UserError` naming its JSON
path, e.g. ``measures[3].deadline_year: verwacht een geheel getal, maar
kreeg "soon".``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workbench.i18n import LANGUAGES, UserError
from workbench.interchange.reading import JsonPath, check_free
from workbench.interchange.rows import _MISSING as _ABSENT
from workbench.interchange.rows import RowReader, _shape, as_list, as_object, type_name
from workbench.interchange.rows import _fast as fast_value
from workbench.interchange.sections import (
    FORMAT,
    KEY_LISTS,
    NESTED,
    SECTIONS,
    TOP_KEYS,
    VERSION,
    table,
)
from workbench.model import ENTITIES
from workbench.services.fields import coerce, specs
from workbench.services.rules import RULES

OPTION_KEY_LENGTH = 64
_DEFAULT = object()  # an absent key takes the column's default


@dataclass(frozen=True)
class ProjectData:
    """A validated document: project options and, per entity, rows ready to insert."""

    options: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return str(self.options["title"])

    def counts(self) -> dict[str, int]:
        """How many rows of each entity the document holds (for a preview)."""
        return {name: len(self.rows.get(name, [])) for name in ENTITIES}


class _Validator:
    def __init__(self) -> None:
        self.reader = RowReader()
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ENTITIES}
        self.levels: dict[str, dict[str, float]] = {}  # criterion id -> label -> value
        # Positions without a recording time keep their file order.
        self.now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def section(self, doc: dict[str, Any], name: str) -> list[Any]:
        return as_list(doc[name], JsonPath(name)) if name in doc else []

    def keyed(self, doc: dict[str, Any], name: str) -> list[tuple[dict[str, Any], Any]]:
        """Read a section of rows with user-facing keys; return (row, JSON object) pairs."""
        entity = SECTIONS[name].entity
        has_order = "sort_key" in table(entity).c
        key_field = next(s.name for s in specs(entity).values() if s.unique)
        out = []
        ids = self.reader.ids.setdefault(entity, {})
        for i, raw in enumerate(self.section(doc, name)):
            where = JsonPath(name).item(i)
            extra = tuple(KEY_LISTS.get(entity, {})) + tuple(NESTED.get(entity, {}))
            if entity == "weight_profile":
                extra += ("weights",)
            fixed = {"sort_key": i + 1} if has_order else None
            row, obj = self.reader.read(name, raw, where, extra=extra, fixed=fixed)
            ids[row[key_field]] = row["id"]
            self.rows[entity].append(row)
            out.append((row, obj))
        return out

    def key_lists(self, entity: str, row: dict[str, Any], obj: Any, where: JsonPath) -> None:
        for json_key, (link, parent_col, ref_col, ref, fixed) in KEY_LISTS.get(entity, {}).items():
            at = where.at(json_key)
            for j, raw in enumerate(as_list(obj.get(json_key, []), at)):
                target = self.reader.resolve(ref, raw, at.item(j))
                self.reader.unique(link, json_key, (row["id"], target), at.item(j), raw)
                new = {"id": self.reader.new_id(), parent_col: row["id"], ref_col: target, **fixed}
                rule = RULES.get(link)
                if rule is not None:
                    rule(None, new, at.item(j))  # type: ignore[arg-type]
                self.rows[link].append(new)

    def nested(self, entity: str, row: dict[str, Any], obj: Any, where: JsonPath) -> None:
        for json_key, child in NESTED.get(entity, {}).items():
            sec = SECTIONS[child]
            assert sec.parent is not None
            at = where.at(json_key)
            has_order = "sort_key" in table(sec.entity).c
            for j, raw in enumerate(as_list(obj.get(json_key, []), at)):
                fixed: dict[str, Any] = {sec.parent: row["id"]}
                if has_order:
                    fixed["sort_key"] = j + 1
                kid, _obj = self.reader.read(child, raw, at.item(j), fixed=fixed)
                if sec.entity == "draft_term":  # one term per measure in a draft
                    self.reader.unique(sec.entity, "measure", (row["id"], kid["measure_id"]),
                                       at.item(j).at("measure"), _obj.get("measure"))
                self.rows[sec.entity].append(kid)

    def project(self, doc: dict[str, Any]) -> dict[str, Any]:
        where = JsonPath("project")
        if "project" not in doc:
            raise UserError("value.required", where=where)
        obj = as_object(doc["project"], where)
        title = obj.get("title")
        if not isinstance(title, str):
            raise UserError("value.type", where=where.at("title"), expected="tekst",
                            got=type_name(title))
        if not title.strip():
            raise UserError("value.required", where=where.at("title"))
        language = obj.get("language", "nl")
        if language not in LANGUAGES:
            raise UserError("value.choice", where=where.at("language"), got=type_name(language),
                            choices=", ".join(LANGUAGES))
        options: dict[str, Any] = {}
        for key, value in obj.items():
            if len(key) > OPTION_KEY_LENGTH:
                raise UserError("value.range", where=where.at(key[:20] + "…"),
                                got=f"{len(key)} tekens", low=1, high=OPTION_KEY_LENGTH)
            options[key] = check_free(value, where.at(key))
        options["language"] = language
        return options

    def assessments(self, doc: dict[str, Any]) -> None:
        base = JsonPath("assessments")
        crit_ids = self.reader.ids.get("criterion", {})
        quick = self._quick_assessment()
        rows = self.rows["assessment"]
        for i, raw in enumerate(self.section(doc, "assessments")):
            fast = quick(raw)
            if fast is not None:
                rows.append(fast)
                continue
            where = base.item(i)
            obj = raw if type(raw) is dict else as_object(raw, where)
            if "best" not in obj:
                raise UserError("value.required", where=where.at("best"))
            criterion = obj.get("criterion")
            levels = self.levels.get(crit_ids.get(criterion, "") if type(criterion) is str else "")
            if levels is not None or "low" not in obj or "high" not in obj:
                obj = dict(obj)  # the document itself stays as it was read
                if levels is not None:
                    for k in ("best", "low", "high"):
                        if k in obj:
                            obj[k] = _level_value(levels, obj[k], where.at(k))
                for k in ("low", "high"):
                    obj.setdefault(k, obj["best"])
            row, _obj = self.reader.read("assessments", obj, where, rule=False)
            if not row["low"] <= row["best"] <= row["high"]:
                raise UserError("value.order", where=where, low=row["low"], best=row["best"],
                                high=row["high"])
            pair = (obj.get("measure"), obj.get("criterion"))
            self.reader.unique("assessment", "pair", pair, where)
            self.rows["assessment"].append(row)

    def _quick_assessment(self) -> Callable[[Any], dict[str, Any] | None]:
        """The row of a plainly valid assessment at once, or None to read it the full way.

        Nine in ten rows of a large document are ordinary: known keys, known
        references, finite numbers in order, absent or well-formed texts.
        They are checked here in one pass with the same rules (the fields'
        own fast checks); anything else, valid or not, returns None and takes
        the full path below, which gives the exact message. Only rows the
        full path would accept identically are accepted.
        """
        shape = _shape("assessments", ())
        allowed = shape.allowed_set
        ids = self.reader.ids
        measures, criteria = ids.get("measure", {}), ids.get("criterion", {})
        sources = ids.get("source", {})
        levels_of = self.levels
        seen: set[Any] = self.reader._seen.setdefault(("assessment", "pair"), set())
        triple = {f.spec.name: f for f in shape.fields if f.spec.name in ("low", "best", "high")}
        others = [f for f in shape.fields if f.spec.name not in triple]
        bounds = (max(f.low for f in triple.values()), min(f.high for f in triple.values()))
        if len(triple) != 3 or any(f.spec.unique or f.spec.kind == "json" for f in others):
            return lambda _obj: None  # a model change this pass does not know: the full path
        defaults = shape.defaults
        # per other field: (name, field, what an absent key gives: the default, None, or refusal)
        plan = [
            (f.spec.name, f,
             _DEFAULT if f.spec.name in defaults else None if f.spec.nullable else _ABSENT)
            for f in others
        ]
        new_id = self.reader.new_id
        exact = float(2**53)

        def number(v: Any, levels: dict[str, float] | None) -> float | None:
            if levels is not None:
                if type(v) is str:
                    return levels.get(v)
                if type(v) not in (int, float) or float(v) not in levels.values():
                    return None
            if type(v) is float:
                return v if v - v == 0.0 else None  # finite
            if type(v) is int and -exact <= v <= exact:
                return float(v)
            return None

        def quick(obj: Any) -> dict[str, Any] | None:
            if type(obj) is not dict or not obj.keys() <= allowed or "best" not in obj:
                return None
            m, c, src = obj.get("measure"), obj.get("criterion"), obj.get("source")
            if type(m) is not str or type(c) is not str:
                return None
            mid, cid = measures.get(m), criteria.get(c)
            sid = None if src is None else sources.get(src) if type(src) is str else None
            if mid is None or cid is None or (src is not None and sid is None):
                return None
            levels = levels_of.get(cid)
            best, low, high = obj["best"], obj.get("low", _ABSENT), obj.get("high", _ABSENT)
            if levels is not None or type(best) is not float or best - best != 0.0:
                best = number(best, levels)  # finite floats pass inline, all else here
            low = best if low is _ABSENT else number(low, levels)
            high = best if high is _ABSENT else number(high, levels)
            if best is None or low is None or high is None or not low <= best <= high:
                return None
            if not (bounds[0] <= low and high <= bounds[1]):
                return None
            if (m, c) in seen:
                return None
            row = dict(defaults)
            for name, f, fill in plan:
                value = obj.get(name, _ABSENT)
                if value is _ABSENT:
                    if fill is _ABSENT:
                        return None  # required and without a default: the full path says so
                    if fill is not _DEFAULT:
                        row[name] = fill
                    continue
                stored = fast_value(f, value)
                if stored is _ABSENT:
                    return None
                row[name] = stored
            seen.add((m, c))
            row["id"] = new_id()
            row["measure_id"], row["criterion_id"], row["source_id"] = mid, cid, sid
            row["low"], row["best"], row["high"] = low, best, high
            return row

        return quick

    def flat(self, doc: dict[str, Any], name: str) -> None:
        """A section of rows that only point at others (positions, health changes)."""
        entity = SECTIONS[name].entity
        base = JsonPath(name)
        for i, raw in enumerate(self.section(doc, name)):
            fixed: dict[str, Any] = {"sort_key": i + 1}
            if entity == "position":
                fixed = {"recorded_at": self.now + dt.timedelta(microseconds=i)}
            row, _obj = self.reader.read(name, raw, base.item(i), fixed=fixed)
            self.rows[entity].append(row)

    def weights(self, row: dict[str, Any], obj: Any, where: JsonPath) -> None:
        at = where.at("weights")
        spec = specs("weight")["weight"]
        for key, raw in as_object(obj.get("weights", {}), at).items():
            crit = self.reader.resolve("criterion", key, at, key)
            value = coerce(spec, raw, at.at(key))
            self.rows["weight"].append({"id": self.reader.new_id(), "profile_id": row["id"],
                                        "criterion_id": crit, "weight": value})


def _level_value(levels: dict[str, float], raw: Any, where: JsonPath) -> Any:
    """A level given by its label (or its value) as the value stored."""
    if isinstance(raw, str):
        if raw not in levels:
            raise UserError("value.level", where=where, got=f'"{raw}"',
                            choices=", ".join(levels))
        return levels[raw]
    number = isinstance(raw, (int, float)) and not isinstance(raw, bool)
    if number and float(raw) not in levels.values():
        raise UserError("value.level", where=where, got=raw, choices=", ".join(levels))
    return raw


def validate(data: object) -> ProjectData:
    """Check a parsed interchange document completely; raise one UserError or return it."""
    doc = as_object(data, JsonPath(), TOP_KEYS)
    if doc.get("format") != FORMAT:
        raise UserError("json.format", where=JsonPath("format"))
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise UserError("value.type", where=JsonPath("version"), expected="een geheel getal",
                        got=type_name(version))
    if not 1 <= version <= VERSION:
        raise UserError("json.version", where=JsonPath("version"), got=version, known=VERSION)
    if "exported_at" in doc and not isinstance(doc["exported_at"], str):
        raise UserError("value.type", where=JsonPath("exported_at"), expected="tekst",
                        got=type_name(doc["exported_at"]))
    v = _Validator()
    options = v.project(doc)
    v.keyed(doc, "sources")
    for row, _obj in v.keyed(doc, "criteria"):
        scale = row["scale"]
        if scale.get("type") == "levels":
            v.levels[row["id"]] = {lv["label"]: float(lv["value"]) for lv in scale["levels"]}
    measures = v.keyed(doc, "measures")
    for i, (row, obj) in enumerate(measures):
        where = JsonPath("measures").item(i)
        v.key_lists("measure", row, obj, where)
        v.nested("measure", row, obj, where)
    v.assessments(doc)
    v.keyed(doc, "populations")
    v.flat(doc, "exposure_changes")
    v.flat(doc, "emission_changes")
    v.keyed(doc, "health_parameters")
    v.keyed(doc, "stakeholders")
    v.flat(doc, "positions")
    for name in ("weight_profiles", "packages", "drafts", "meetings"):
        entity = SECTIONS[name].entity
        for i, (row, obj) in enumerate(v.keyed(doc, name)):
            where = JsonPath(name).item(i)
            if entity == "weight_profile":
                v.weights(row, obj, where)
            v.key_lists(entity, row, obj, where)
            v.nested(entity, row, obj, where)
    return ProjectData(options=options, rows=v.rows)
