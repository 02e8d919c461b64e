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
from typing import Literal

from workbench.analysis.data import Source
from workbench.i18n import Language
from workbench.services import ProjectService
from workbench.services.queries import CriterionRow, Estimate, MeasureRow, Register

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
    """The team's register of the project's current state (or of the measures `ids`).

    The same register every face reads: the internal analysis' (cached per
    state), not a second reading of the project.
    """
    from workbench.analysis.build import analysis_for

    reg = analysis_for(svc).register
    if ids is None:
        return reg
    wanted = set(ids)
    return Register(
        reg.criteria,
        [m for m in reg.measures if m.id in wanted],
        {k: v for k, v in reg.health_errors.items() if k in wanted},
    )
