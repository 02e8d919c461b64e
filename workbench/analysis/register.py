"""The register as an audience sees it: every measure with its figures and their origin.

One definition of a measure's figure per criterion, used by every page,
command and export:

- *computed*: for a health criterion marked computed, the health
  calculator's DALYs per year wherever the measure has exposure changes
  ("berekend uit blootstelling");
- *entered*: otherwise the typed-in assessment ("ingevoerde schatting"),
  including a measure with emission changes only (they give euros, not DALYs);
- *missing*: no figure ("geen gegevens"), never zero.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Literal

from sqlalchemy import select

from workbench.analysis.data import Source
from workbench.i18n import Language
from workbench.model import Assessment, Measure
from workbench.services import ProjectService
from workbench.services.queries import CriterionRow, Estimate, MeasureRow, Register, criteria

Origin = Literal["entered", "computed", "missing"]

ORIGIN_LABELS: dict[Origin, tuple[str, str]] = {
    "computed": ("berekend uit blootstelling", "computed from exposure"),
    "entered": ("ingevoerde schatting", "entered estimate"),
    "missing": ("geen gegevens", "no data"),
}


def origin_of(estimate: Estimate | None) -> Origin:
    if estimate is None:
        return "missing"
    return "computed" if estimate.computed else "entered"


def origin_label(origin: Origin, language: str = "nl") -> str:
    nl, en = ORIGIN_LABELS[origin]
    return en if language == "en" else nl


def criteria_of(source: Source) -> list[CriterionRow]:
    rows = sorted(source.rows("criterion"), key=lambda r: r["sort_key"] or 0)
    return [
        CriterionRow(
            str(r["id"]),
            str(r["key"]),
            str(r["name"]),
            str(getattr(r["kind"], "value", r["kind"])),
            str(r["unit"] or ""),
            str(getattr(r["direction"], "value", r["direction"])),
            dict(r["scale"]),
            bool(r["computed"]),
        )
        for r in rows
    ]


def register_of(source: Source, language: Language = "nl") -> Register:
    """Every measure the source holds, in register order, with its figures."""
    crit = criteria_of(source)
    key_of = {c.id: c.key for c in crit}
    estimates: dict[str, dict[str, Estimate]] = {}
    for a in source.rows("assessment"):
        per = estimates.get(a["measure_id"])
        if per is None:
            per = estimates[a["measure_id"]] = {}
        per[key_of[a["criterion_id"]]] = Estimate(a["low"], a["best"], a["high"])
    measures = [
        MeasureRow(
            id=str(r["id"]),
            code=str(r["code"]),
            title=str(r["title"]),
            theme=str(getattr(r["theme"], "value", r["theme"])),
            status=str(getattr(r["status"], "value", r["status"])),
            above_statutory=bool(r["above_statutory"]),
            payer=str(getattr(r["payer"], "value", r["payer"])),
            origin=str(getattr(r["origin"], "value", r["origin"])),
            start_year=r["start_year"],
            deadline_year=r["deadline_year"],
            visibility=str(getattr(r["visibility"], "value", r["visibility"])),
            estimates=estimates.get(r["id"], {}),
            row_version=r.get("row_version"),
        )
        for r in sorted(source.rows("measure"), key=lambda m: (m["sort_key"] or 0, m["code"]))
    ]
    computed = [c.key for c in crit if c.computed]
    health_errors: dict[str, str] = {}
    if computed and measures:
        from workbench.analysis.health import computed_dalys

        result = computed_dalys(source, language)
        health_errors = result.errors
        out = []
        for m in measures:
            dalys = result.dalys.get(m.id)
            if dalys is None:
                out.append(m)
                continue
            est = dict(m.estimates)
            for key in computed:
                est[key] = Estimate(*dalys, computed=True)
            out.append(MeasureRow(**{**m.__dict__, "estimates": est}))
        measures = out
    return Register(crit, measures, health_errors)


def register(svc: ProjectService, ids: Collection[str] | None = None) -> Register:
    """The whole project's register (internal) by the fast path; see :func:`register_of`.

    Every measure (or those with `ids`) with its estimates per criterion, in two queries.

    A computed health criterion takes the health calculator's DALYs per year
    for every measure that has exposure or emission inputs; a measure without
    inputs keeps its typed-in assessment, if any. Passing `ids` lets a view
    refresh the few rows an edit touched instead of the whole register.
    """
    crit = criteria(svc)
    key_of = {c.id: c.key for c in crit}
    estimates: dict[str, dict[str, Estimate]] = {}
    health_errors: dict[str, str] = {}
    with svc.doc.engine.connect() as conn:
        a = Assessment.__table__.c
        stmt = select(a.measure_id, a.criterion_id, a.low, a.best, a.high)
        if ids is not None:
            stmt = stmt.where(a.measure_id.in_(list(ids)))
        # fetch all at once and unpack tuples: per-row attribute access was the hot spot
        for mid, cid, low, best, high in conn.execute(stmt).all():
            per = estimates.get(mid)
            if per is None:
                per = estimates[mid] = {}
            per[key_of[cid]] = Estimate(low, best, high)
        m = Measure.__table__.c
        mstmt = select(Measure.__table__).order_by(m.sort_key, m.code)
        if ids is not None:
            mstmt = mstmt.where(m.id.in_(list(ids)))
        measures = [
            MeasureRow(
                id=r.id,
                code=r.code,
                title=r.title,
                theme=str(r.theme),
                status=str(r.status),
                above_statutory=bool(r.above_statutory),
                payer=str(r.payer),
                origin=str(r.origin),
                start_year=r.start_year,
                deadline_year=r.deadline_year,
                visibility=str(r.visibility),
                estimates=estimates.get(r.id, {}),
                row_version=r.row_version,
            )
            for r in conn.execute(mstmt)
        ]
    computed = [c.key for c in crit if c.computed]
    if computed:
        from workbench.analysis.health import computed_dalys

        result = computed_dalys(svc, ids=ids)
        health_errors = result.errors
        measures = [_with_computed(m, computed, result.dalys.get(m.id)) for m in measures]
    return Register(crit, measures, health_errors)


def _with_computed(
    m: MeasureRow, keys: list[str], dalys: tuple[float, float, float] | None
) -> MeasureRow:
    if dalys is None:
        return m
    est = dict(m.estimates)
    for key in keys:
        est[key] = Estimate(*dalys, computed=True)
    return replace(m, estimates=est)
