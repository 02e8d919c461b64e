"""The report model of an analysis: its figures and the texts its audience may read.

The analysis was built from :class:`~workbench.analysis.data.ProjectData`,
which applied the one confidentiality rule when it read the project: rows
the audience may not see are not there and texts it may not read are None.
This module only copies; it computes no figure (package totals, scores,
health figures all come from the analysis) and decides no visibility.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from workbench.analysis.data import ProjectData
from workbench.i18n import Term, UserError
from workbench.reports.model import (
    Provenance,
    RAssessment,
    RCriterion,
    Report,
    RHealth,
    RMeasure,
    RMeeting,
    ROutcome,
    RPackage,
    RParameter,
    RParty,
    RPosition,
    RProfile,
    RSource,
    RTerm,
    Triple,
)
from workbench.services import queries
from workbench.store import SCHEMA_VERSION

if TYPE_CHECKING:
    from workbench.analysis.build import Analysis

def _text(value: Any) -> str | None:
    """A text the analysis' data holds (None when its audience may not read it)."""
    return None if value in (None, "") else str(value)


def _num(x: float) -> float | None:
    return None if math.isnan(x) else float(x)


def collect(
    analysis: Analysis,
    *,
    package_keys: tuple[str, ...] | None,
    horizon_year: int,
    now: dt.datetime,
    version: str,
) -> Report:
    """The report of `analysis`: its figures, and the texts its audience may read."""
    data = analysis.data
    audience = analysis.audience
    language = analysis.language
    pm = analysis.matrix
    if pm is None or not analysis.measures:
        raise UserError("report.nothing_visible", audience=audience)
    prof = analysis.profile
    if prof is None:
        raise UserError("report.no_visible_profile", audience=audience)
    ranking = analysis.ranking
    assert ranking is not None
    code_of = {m.id: m.code for m in analysis.measures}
    crit_keys = [c.key for c in pm.criteria]
    values = pm.matrix.values("best")
    weights = prof.weights.as_dict()
    low = getattr(ranking, "score_low", ranking.scores)
    high = getattr(ranking, "score_high", ranking.scores)

    criteria = tuple(
        RCriterion(
            c.key, c.name, c.kind, c.unit, c.direction, c.scale, c.computed, weights.get(c.key, 0.0)
        )
        for c in pm.criteria
    )
    measure_rows = {m["id"]: m for m in data.rows("measure")}
    sources = {s["id"]: s for s in data.rows("source")}
    typed = {(a["measure_id"], a["criterion_id"]): a for a in data.rows("assessment")}
    parties = {p["id"]: p for p in data.rows("stakeholder")}
    positions = _current_positions(data)
    drafts = {d["id"]: d for d in data.rows("draft")}
    notes: dict[str, list[str]] = {}
    for n in data.rows("measure_note"):
        if n["text"]:
            notes.setdefault(n["measure_id"], []).append(str(n["text"]))
    terms: dict[str, list[RTerm]] = {}
    for t in data.rows("draft_term"):
        d = drafts.get(t["draft_id"])
        if d is None or t["measure_id"] not in code_of:
            continue
        terms.setdefault(t["measure_id"], []).append(
            RTerm(
                d["key"],
                d["name"],
                t["clause"],
                t["target"],
                t["deadline_year"],
                _text(t["wording"]),
                _text(t["comment"]),
            )
        )
    requires: dict[str, list[str]] = {}
    excludes: dict[str, list[str]] = {}
    for lk in data.rows("measure_link"):
        if lk["measure_id"] in code_of and lk["other_id"] in code_of:
            kind = str(getattr(lk["kind"], "value", lk["kind"]))
            (requires if kind == "requires" else excludes).setdefault(lk["measure_id"], []).append(
                code_of[lk["other_id"]]
            )

    measures: list[RMeasure] = []
    for i in ranking.order:
        row = pm.measures[int(i)]
        src = measure_rows[row.id]
        assessments: dict[str, RAssessment] = {}
        for j, c in enumerate(pm.criteria):
            e = row.estimates.get(c.key)
            if e is None:
                continue
            a = typed.get((row.id, c.id))
            source = sources.get(a["source_id"]) if a is not None and a["source_id"] else None
            assessments[c.key] = RAssessment(
                e.low,
                e.best,
                e.high,
                float(values[int(i), j]),
                e.computed,
                c.level_label(e.best),
                None if e.computed or a is None else _text(a["rationale"]),
                None if source is None else source["key"],
                None if a is None or a["confidence"] is None else str(a["confidence"]),
            )
        measures.append(
            RMeasure(
                code=row.code,
                title=row.title,
                theme=row.theme,
                status=row.status,
                above_statutory=row.above_statutory,
                statutory_baseline=_text(src["statutory_baseline"]),
                origin=row.origin,
                payer=row.payer,
                start_year=row.start_year,
                deadline_year=row.deadline_year,
                description=_text(src["description"]),
                notes=tuple(notes.get(row.id, ())),
                assessments=assessments,
                score=_num(float(ranking.scores[int(i)])),
                rank=int(ranking.ranks[int(i)]),
                complete=bool(ranking.complete[int(i)]),
                contributions={
                    k: _num(float(ranking.contributions[int(i), j]))
                    for j, k in enumerate(crit_keys)
                },
                positions=tuple(
                    RPosition(
                        parties[p["stakeholder_id"]]["key"],
                        parties[p["stakeholder_id"]]["name"],
                        int(p["stance"]),
                        bool(p["red_line"]),
                        None if p["priority"] is None else str(p["priority"]),
                        _text(p["conditions"]),
                        p["date"],
                    )
                    for p in positions.get(row.id, [])
                    if p["stakeholder_id"] in parties
                ),
                terms=tuple(terms.get(row.id, [])),
                requires=tuple(sorted(requires.get(row.id, ()))),
                excludes=tuple(sorted(excludes.get(row.id, ()))),
                score_low=_num(float(low[int(i)])),
                score_high=_num(float(high[int(i)])),
            )
        )

    visible_profiles = analysis.profiles
    report_profiles = tuple(
        RProfile(p.key, p.name, p.method, p.weights.as_dict(), _profile_description(data, p.key))
        for p in visible_profiles
    )
    packages = _packages(analysis, package_keys)
    health, errors = _health(analysis, horizon_year)
    return Report(
        provenance=Provenance(
            project_title=str(data.option("title", "")),
            file_name="" if data.svc.doc.path is None else data.svc.doc.path.name,
            schema_version=SCHEMA_VERSION,
            app_version=version,
            generated=now,
            audience=audience,
            language=language,
            method=ranking.method,
            normalisation=ranking.normalisation,
            profile_key=prof.key,
            profile_name=prof.name,
            weights=weights,
            weights_normalised=ranking.weights_normalised,
            packages=tuple(p.key for p in packages),
            team=str(data.option("team", "IJmond-gemeenten")),
        ),
        criteria=criteria,
        measures=tuple(measures),
        packages=packages,
        profiles=report_profiles,
        parties=tuple(
            RParty(p["key"], p["name"], str(p["kind"]), _text(p["notes"]))
            for p in parties.values()
        ),
        sources=tuple(
            RSource(s["key"], s["title"], s["publisher"], s["year"], s["url"], s["citation"])
            for s in sources.values()
        ),
        health=health,
        parameters=_parameters(analysis),
        meetings=_meetings(data, code_of, parties),
        intro=_paper_text(data, "paper_intro"),
        stance=_paper_text(data, "paper_stance"),
        health_errors={code_of[k]: v for k, v in errors.items() if k in code_of},
    )


def _profile_description(data: ProjectData, key: str) -> str | None:
    pid = data.id_for("weight_profile", key)
    return None if pid is None else _text(data.get("weight_profile", pid)["description"])


def _current_positions(data: ProjectData) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in queries.current_positions(data).values():
        out.setdefault(p["measure_id"], []).append(p)
    return out


def _packages(analysis: Analysis, keys: tuple[str, ...] | None) -> tuple[RPackage, ...]:
    """The chosen packages (every visible one when `keys` is empty) with their totals."""
    data = analysis.data
    totals = {t.key: t for t in analysis.packages}
    if keys:
        for k in keys:
            if k not in totals:
                if data.exists_hidden("package", k):
                    raise UserError("report.package_hidden", package=k)
                raise UserError(
                    "value.unknown_ref", where="--package", kind=Term("entity.package"), got=k
                )
        chosen = [totals[k] for k in keys]
    else:
        chosen = list(analysis.packages)
    return tuple(
        RPackage(
            t.key,
            t.name,
            t.description,
            t.codes,
            t.cost,
            t.dalys,
            dict(t.values),
            value=t.value,
            missing={k: tuple(v) for k, v in t.missing.items()},
            unscored=t.unscored.get(analysis.profile.key, ()) if analysis.profile else (),
        )
        for t in chosen
    )


def _health(analysis: Analysis, horizon: int) -> tuple[tuple[RHealth, ...], dict[str, str]]:
    from workbench.analysis.health import load_inputs
    from workbench.health import HealthInputError, assess_measures

    language = analysis.language
    inputs = load_inputs(analysis.data, language)
    out: list[RHealth] = []
    errors: dict[str, str] = {}
    for m in inputs.measures:
        try:
            (r,) = assess_measures(
                (m,), inputs.populations, inputs.parameters, horizon_year=horizon, language=language
            )
        except HealthInputError as exc:
            errors[inputs.measure_ids[m.code]] = str(exc)
            continue

        def t(x: Any) -> Triple:
            return Triple(x.low, x.best, x.high)

        computes = bool(m.exposures)
        cumulative = r.cumulative_dalys_to_horizon
        out.append(
            RHealth(
                r.code,
                t(r.deaths_avoided_per_year) if computes else None,
                t(r.dalys_per_year) if computes else None,
                t(r.value_eur_per_year) if computes else None,
                None if cumulative is None or not computes else t(cumulative),
                horizon,
                tuple(
                    ROutcome(
                        r.code, o.population, str(o.agent), str(o.outcome), t(o.cases_per_year)
                    )
                    for o in r.by_outcome
                ),
            )
        )
    return tuple(out), errors


def _parameters(analysis: Analysis) -> tuple[RParameter, ...]:
    from workbench.analysis.health import parameter_set

    return tuple(
        RParameter(p.key.value, p.value, p.low, p.high, p.unit, p.source, p.description)
        for p in parameter_set(analysis.data, analysis.language).values()
    )


def _meetings(
    data: ProjectData,
    code_of: dict[str, str],
    parties: dict[str, dict[str, Any]],
) -> tuple[RMeeting, ...]:
    out = []
    for m in data.rows("meeting"):
        out.append(
            RMeeting(
                m["key"],
                m["title"],
                m["date"],
                m["location"],
                tuple(
                    parties[r["stakeholder_id"]]["name"]
                    for r in data.rows("meeting_party", meeting_id=m["id"])
                    if r["stakeholder_id"] in parties
                ),
                tuple(
                    code_of[r["measure_id"]]
                    for r in data.rows("meeting_measure", meeting_id=m["id"])
                    if r["measure_id"] in code_of
                ),
                _text(m["notes"]),
                _text(m["decisions"]),
                tuple(a["text"] for a in data.rows("action_item", meeting_id=m["id"])),
            )
        )
    return tuple(sorted(out, key=lambda x: x.date))


def _paper_text(data: ProjectData, key: str) -> str | None:
    value = data.option(key)
    if not isinstance(value, dict):
        return None
    return _text(value.get("text"))
