"""Write a whole project as interchange JSON (everything but ids and the audit log).

One read per table, then pure Python: references become user-facing keys
(measure codes, criterion keys), rows come in a stable order (the order
users arranged, then keys, then content), and every object lists its keys
in a fixed order, so that dump -> load -> dump is identical apart from the
``exported_at`` stamp. A levels criterion's assessments are written as
level labels.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Mapping
from functools import cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, select

from workbench.gc_pause import paused_gc
from workbench.interchange.encode import to_text
from workbench.interchange.sections import (
    FORMAT,
    KEY_LISTS,
    LEADING_OPTIONS,
    NESTED,
    SECTIONS,
    TOP_KEYS,
    VERSION,
    plain_fields,
    table,
)
from workbench.services import ProjectService
from workbench.services.fields import KEY_FIELD, specs, to_plain
from workbench.services.project import table_of_option

Row = Mapping[Any, Any]

KEYED = ("source", "criterion", "measure", "population", "health_parameter", "stakeholder",
         "weight_profile", "package", "draft", "meeting")
CHILDREN = ("measure_note", "measure_link", "assessment", "exposure_change", "emission_change",
            "position", "weight", "package_member", "draft_term", "meeting_party",
            "meeting_measure", "action_item", "draft_clause", "draft_comment", "clause_link",
            "commitment")


def _content(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _iso_date(v: Any) -> Any:
    # SQLite's driver gives text, psycopg a date
    if isinstance(v, str):
        return dt.date.fromisoformat(v[:10]).isoformat()
    return v.isoformat() if isinstance(v, dt.date) else v


def _iso_datetime(v: Any) -> Any:
    if isinstance(v, str):
        return dt.datetime.fromisoformat(v).isoformat()
    return v.isoformat() if isinstance(v, dt.datetime) else v


def _not_finite(name: str) -> Any:
    raise ValueError(f"Out of range float values are not JSON compliant: {name}")


def _json(v: Any) -> Any:
    return json.loads(v, parse_constant=_not_finite) if isinstance(v, str) else v


def _check_finite(values: list[Any]) -> None:
    """Refuse infinity and NaN (the JSON writer would turn them into null)."""
    numbers = [v for v in values if v is not None] if None in values else values
    if not all(map(math.isfinite, numbers)):
        bad = next(v for v in values if v is not None and not math.isfinite(v))
        raise ValueError(f"Out of range float values are not JSON compliant: {bad!r}")


@cache
def _converters(
    entity: str, text_json: bool = True
) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    """Per column that needs one, how a stored value becomes its interchange form.

    Enumerations are stored as their values and text as itself, so only
    booleans, JSON and dates need converting (dates and times as ISO text,
    what ``isoformat`` gives); numbers are checked to be finite. JSON comes
    as text from SQLite (`text_json`), already parsed from PostgreSQL.
    """
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for i, col in enumerate(table(entity).columns):
        kind = col.type
        if isinstance(kind, sa.Boolean):
            out.append((i, bool))
        elif isinstance(kind, sa.JSON):
            if text_json:
                out.append((i, _json))
        elif isinstance(kind, sa.DateTime):
            out.append((i, _iso_datetime))
        elif isinstance(kind, sa.Date):
            out.append((i, _iso_date))
        elif isinstance(kind, sa.Float):
            out.append((i, _check_finite))
    return tuple(out)


def _columns(conn: Connection, entity: str) -> dict[str, list[Any]]:
    """All rows of `entity`, column by column, as interchange values (driver's cursor).

    (SQLAlchemy's result rows and type processing cost a second for the
    120,000 assessments of a 10,000 x 12 project.)
    """
    t = table(entity)
    names = list(t.c.keys())
    sql = f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(t.name)}"
    raw = conn.exec_driver_sql(sql).cursor.fetchall()
    columns = [list(map(itemgetter(k), raw)) for k in range(len(names))]
    for i, fn in _converters(entity, conn.dialect.name == "sqlite"):
        if fn is _check_finite:
            _check_finite(columns[i])
        else:
            columns[i] = [None if v is None else fn(v) for v in columns[i]]
    return dict(zip(names, columns, strict=True))


def _rows(columns: dict[str, list[Any]]) -> list[Row]:
    names = list(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]


class _Reader:
    """All rows of the project, with each keyed row's key and its rank in its list."""

    def __init__(self, conn: Connection) -> None:
        self.rows: dict[str, list[Row]] = {}
        self.key: dict[str, str] = {}  # id -> user-facing key
        self.rank: dict[str, int] = {}  # id -> position in its list
        self._kids: dict[tuple[str, str], dict[str, list[Row]]] = {}
        for name in KEYED:
            rows = _rows(_columns(conn, name))
            key = KEY_FIELD[name]
            if name == "meeting":
                rows.sort(key=lambda r: (r["date"], r[key]))
            elif "sort_key" in table(name).c:
                rows.sort(key=lambda r: (r["sort_key"], r[key]))
            else:
                rows.sort(key=lambda r: r[key])
            self.rows[name] = rows
            for i, r in enumerate(rows):
                self.key[r["id"]] = r[key]
                self.rank[r["id"]] = i
        # the assessments (12 per measure) stay in columns: no row dict in between
        self.assessments = _columns(conn, "assessment")
        for name in CHILDREN:
            if name != "assessment":
                self.rows[name] = _rows(_columns(conn, name))

    def kids(self, entity: str, parent_col: str, parent_id: str) -> list[Row]:
        index = self._kids.get((entity, parent_col))
        if index is None:
            index = {}
            for r in self.rows[entity]:
                index.setdefault(r[parent_col], []).append(r)
            self._kids[(entity, parent_col)] = index
        return index.get(parent_id, [])

    def ref(self, id_: str | None) -> str | None:
        return None if id_ is None else self.key[id_]


_Plan = tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[tuple[str, str], ...]]


@cache
def _plan(section: str) -> _Plan:
    """(required references, plain fields, optional references) of a section, in order."""
    sec = SECTIONS[section]
    cols = specs(sec.entity)
    return (
        tuple((key, col) for key, col, _r in sec.refs if not cols[col].nullable),
        tuple(f.name for f in plain_fields(section)),
        tuple((key, col) for key, col, _r in sec.refs if cols[col].nullable),
    )


def _with_refs(rd: _Reader, section: str, row: Row) -> dict[str, Any]:
    """Required references first (what the row is about), optional ones last."""
    required, plain, optional = _plan(section)
    key = rd.key
    obj: dict[str, Any] = {k: key[row[col]] for k, col in required}
    for name in plain:
        obj[name] = row[name]
    for k, col in optional:
        ref = row[col]
        obj[k] = None if ref is None else key[ref]
    return obj


def dump_project(svc: ProjectService) -> dict[str, Any]:
    """The whole project as a JSON-able dict in the interchange format."""
    opt = table_of_option()
    with svc.doc.engine.connect() as conn:
        rd = _Reader(conn)
        options = {r.key: r.value for r in conn.execute(select(opt.c.key, opt.c.value))}
    project = {k: options[k] for k in LEADING_OPTIONS if k in options}
    project.update({k: options[k] for k in sorted(options) if k not in LEADING_OPTIONS})
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "project": project,
        "assessments": _assessments(rd),
        "positions": _positions(rd),
        "exposure_changes": _changes(rd, "exposure_changes"),
        "emission_changes": _changes(rd, "emission_changes"),
    }
    for section in ("sources", "criteria", "measures", "populations", "health_parameters",
                    "stakeholders", "weight_profiles", "packages", "drafts", "meetings"):
        entity = SECTIONS[section].entity
        out[section] = [_keyed(rd, section, entity, r) for r in rd.rows[entity]]
    return {k: out[k] for k in TOP_KEYS}


def _keyed(rd: _Reader, section: str, entity: str, row: Row) -> dict[str, Any]:
    obj = _with_refs(rd, section, row)
    for json_key, (link, parent_col, ref_col, _ref, fixed) in KEY_LISTS.get(entity, {}).items():
        found = [
            r[ref_col] for r in rd.kids(link, parent_col, row["id"])
            if all(to_plain(r[k]) == v for k, v in fixed.items())
        ]
        obj[json_key] = [rd.key[i] for i in sorted(found, key=rd.rank.__getitem__)]
    for json_key, child in NESTED.get(entity, {}).items():
        sec = SECTIONS[child]
        assert sec.parent is not None
        # Draft terms follow the measure order; notes and action items their own.
        items = [
            (
                rd.rank[k["measure_id"]] if sec.entity == "draft_term" else k["sort_key"],
                _with_refs(rd, child, k),
            )
            for k in rd.kids(sec.entity, sec.parent, row["id"])
        ]
        items.sort(key=lambda ri: (ri[0], _content(ri[1])))
        obj[json_key] = [item for _rank, item in items]
    if entity == "weight_profile":
        weights = sorted(rd.kids("weight", "profile_id", row["id"]),
                         key=lambda w: rd.rank[w["criterion_id"]])
        obj["weights"] = {rd.key[w["criterion_id"]]: w["weight"] for w in weights}
    return obj


def _assessments(rd: _Reader) -> list[dict[str, Any]]:
    """Per measure, per criterion (their list orders); built column by column."""
    labels: dict[str, dict[float, str]] = {}
    for c in rd.rows["criterion"]:
        scale = c["scale"]
        if isinstance(scale, dict) and scale.get("type") == "levels":
            labels[c["key"]] = {float(lv["value"]): str(lv["label"]) for lv in scale["levels"]}
    cols = rd.assessments
    required, plain, optional = _plan("assessments")
    key = rd.key.__getitem__
    out_keys = [k for k, _c in required] + list(plain) + [k for k, _c in optional]
    values: list[list[Any]] = [list(map(key, cols[c])) for _k, c in required]
    values += [cols[name] for name in plain]
    values += [[None if v is None else key(v) for v in cols[c]] for _k, c in optional]
    rank = rd.rank.__getitem__
    n_crit = len(rd.rows["criterion"]) + 1
    order = [m * n_crit + c for m, c in zip(map(rank, cols["measure_id"]),
                                            map(rank, cols["criterion_id"]), strict=True)]
    objs = [dict(zip(out_keys, row, strict=True)) for row in zip(*values, strict=True)]
    out = [objs[i] for i in sorted(range(len(objs)), key=order.__getitem__)]
    if labels:
        for obj in out:
            names = labels.get(obj["criterion"])
            if names is not None:
                for k in ("low", "best", "high"):
                    obj[k] = names.get(float(obj[k]), obj[k])
    return out


def _positions(rd: _Reader) -> list[dict[str, Any]]:
    """Every position, current and earlier: per party, per measure, oldest first."""
    items = []
    for r in rd.rows["position"]:
        obj = _with_refs(rd, "positions", r)
        rank = (rd.rank[r["stakeholder_id"]], rd.rank[r["measure_id"]])
        items.append(((rank, obj["date"], obj["recorded_at"], _content(obj)), obj))
    items.sort(key=lambda t: t[0])
    return [o for _k, o in items]


def _changes(rd: _Reader, section: str) -> list[dict[str, Any]]:
    """Exposure or emission changes: per measure, in the order users gave them."""
    items = []
    for r in rd.rows[SECTIONS[section].entity]:
        obj = _with_refs(rd, section, r)
        items.append(((rd.rank[r["measure_id"]], r["sort_key"], _content(obj)), obj))
    items.sort(key=lambda t: t[0])
    return [o for _k, o in items]


def dumps(svc: ProjectService) -> str:
    """The project as interchange JSON text (UTF-8 characters, indented, newline-terminated)."""
    with paused_gc():  # 130,000 new dicts for 10,000 x 12, none in a cycle
        return to_text(dump_project(svc)) + "\n"
