"""Reading a project into the report model through the audience's allow-list.

Every text is copied only after :func:`may_see` admits its visibility; rows an
audience may not see (measures, positions, profiles, packages, sources,
meetings) are skipped before anything of them is kept.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from workbench.analysis.matrix import Profile, profiles, project_matrix
from workbench.i18n import Language, Term, UserError
from workbench.reports.audience import Audience
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
from workbench.scoring.additive import rank_additive
from workbench.services import ProjectService, queries
from workbench.store import SCHEMA_VERSION

MaySee = Callable[[Audience, Any], bool]


def _text(ok: bool, value: Any) -> str | None:
    return str(value) if ok and value not in (None, "") else None


def _num(x: float) -> float | None:
    return None if math.isnan(x) else float(x)


def collect(
    svc: ProjectService,
    audience: Audience,
    *,
    profile_key: str | None,
    package_keys: tuple[str, ...],
    language: Language,
    horizon_year: int,
    now: dt.datetime,
    version: str,
    may_see: MaySee,
) -> Report:
    def ok(vis: Any) -> bool:
        return may_see(audience, vis)

    measure_rows = [m for m in svc.rows("measure") if ok(m["visibility"])]
    if not measure_rows:
        raise UserError("report.nothing_visible", audience=audience)
    code_of = {m["id"]: m["code"] for m in measure_rows}
    pm = project_matrix(svc, measure_codes=list(code_of.values()))
    crit_keys = [c.key for c in pm.criteria]
    visible_profiles = [p for p in profiles(svc, crit_keys) if ok(p.visibility)]
    prof = _pick_profile(svc, visible_profiles, profile_key, audience)
    ranking = rank_additive(pm.matrix, prof.weights)
    values = pm.matrix.values("best")
    weights = prof.weights.as_dict()

    criteria = tuple(
        RCriterion(
            c.key, c.name, c.kind, c.unit, c.direction, c.scale, c.computed, weights.get(c.key, 0.0)
        )
        for c in pm.criteria
    )
    crit_by_id = {c.id: c for c in pm.criteria}
    sources = {s["id"]: s for s in svc.rows("source") if ok(s["visibility"])}
    typed = {(a["measure_id"], a["criterion_id"]): a for a in svc.rows("assessment")}
    parties = {p["id"]: p for p in svc.rows("stakeholder")}
    positions = _current_positions(svc)
    drafts = {d["id"]: d for d in svc.rows("draft") if ok(d["visibility"])}
    terms: dict[str, list[RTerm]] = {}
    for t in svc.rows("draft_term"):
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
                _text(ok(t["wording_visibility"]), t["wording"]),
                _text(ok(t["comment_visibility"]), t["comment"]),
            )
        )
    links = svc.rows("measure_link")

    measures: list[RMeasure] = []
    for i in ranking.order:
        row = pm.measures[int(i)]
        src = next(m for m in measure_rows if m["id"] == row.id)
        assessments: dict[str, RAssessment] = {}
        for j, c in enumerate(pm.criteria):
            e = row.estimates.get(c.key)
            if e is None:
                continue
            a = typed.get((row.id, c.id))
            vis_ok = a is not None and ok(a["visibility"])
            source = sources.get(a["source_id"]) if a is not None and a["source_id"] else None
            assessments[c.key] = RAssessment(
                e.low,
                e.best,
                e.high,
                float(values[int(i), j]),
                e.computed,
                c.level_label(e.best),
                _text(vis_ok and not e.computed, a["rationale"] if a else None),
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
                statutory_baseline=_text(
                    ok(src["description_visibility"]), src["statutory_baseline"]
                ),
                origin=row.origin,
                payer=row.payer,
                start_year=row.start_year,
                deadline_year=row.deadline_year,
                description=_text(ok(src["description_visibility"]), src["description"]),
                notes=tuple(
                    n["text"]
                    for n in svc.rows("measure_note", measure_id=row.id)
                    if ok(n["visibility"]) and n["text"]
                ),
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
                        _text(True, p["conditions"]),
                        p["date"],
                    )
                    for p in positions.get(row.id, [])
                    if ok(p["visibility"])
                ),
                terms=tuple(terms.get(row.id, [])),
                requires=tuple(
                    sorted(
                        code_of[lk["other_id"]]
                        for lk in links
                        if lk["measure_id"] == row.id
                        and lk["kind"] == "requires"
                        and lk["other_id"] in code_of
                    )
                ),
                excludes=tuple(
                    sorted(
                        code_of[lk["other_id"]]
                        for lk in links
                        if lk["measure_id"] == row.id
                        and lk["kind"] == "excludes"
                        and lk["other_id"] in code_of
                    )
                ),
            )
        )
    del crit_by_id

    report_profiles = tuple(
        RProfile(
            p.key,
            p.name,
            p.method,
            p.weights.as_dict(),
            _text(True, _profile_description(svc, p.key)),
        )
        for p in visible_profiles
    )
    packages = _packages(svc, ok, package_keys, measures, pm.criteria, visible_profiles, pm)
    health, errors = _health(svc, set(code_of.values()), horizon_year, language)
    return Report(
        provenance=Provenance(
            project_title=str(svc.option("title", "")),
            file_name="" if svc.doc.path is None else svc.doc.path.name,
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
            team=str(svc.option("team", "IJmond-gemeenten")),
        ),
        criteria=criteria,
        measures=tuple(measures),
        packages=packages,
        profiles=report_profiles,
        parties=tuple(
            RParty(
                p["key"], p["name"], str(p["kind"]), _text(ok(p["notes_visibility"]), p["notes"])
            )
            for p in parties.values()
        ),
        sources=tuple(
            RSource(s["key"], s["title"], s["publisher"], s["year"], s["url"], s["citation"])
            for s in sources.values()
        ),
        health=health,
        parameters=_parameters(svc, language),
        meetings=_meetings(svc, ok, code_of, parties),
        intro=_paper_text(svc, "paper_intro", ok),
        stance=_paper_text(svc, "paper_stance", ok),
        health_errors={code_of[k]: v for k, v in errors.items() if k in code_of},
    )


def _pick_profile(
    svc: ProjectService, visible: list[Profile], key: str | None, audience: Audience
) -> Profile:
    if key is None:
        if not visible:
            raise UserError("report.no_visible_profile", audience=audience)
        return visible[0]
    for p in visible:
        if p.key == key:
            return p
    if svc.id_for("weight_profile", key) is not None:
        raise UserError("report.profile_hidden", profile=key, audience=audience)
    raise UserError(
        "value.unknown_ref", where="--profile", kind=Term("entity.weight_profile"), got=key
    )


def _profile_description(svc: ProjectService, key: str) -> str:
    pid = svc.id_for("weight_profile", key)
    return "" if pid is None else str(svc.get("weight_profile", pid)["description"])


def _current_positions(svc: ProjectService) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in queries.current_positions(svc).values():
        out.setdefault(p["measure_id"], []).append(p)
    return out


def _packages(
    svc: ProjectService,
    ok: Callable[[Any], bool],
    keys: tuple[str, ...],
    measures: list[RMeasure],
    criteria: Any,
    visible_profiles: list[Profile],
    pm: Any,
) -> tuple[RPackage, ...]:
    from workbench.scoring.additive import rank_additive as _rank

    by_code = {m.code: m for m in measures}
    rows = [p for p in svc.rows("package") if ok(p["visibility"])]
    if keys:
        known = {p["key"]: p for p in rows}
        for k in keys:
            if k not in known:
                if svc.id_for("package", k) is not None:
                    raise UserError("report.package_hidden", package=k)
                raise UserError(
                    "value.unknown_ref", where="--package", kind=Term("entity.package"), got=k
                )
        rows = [known[k] for k in keys]
    cost_key = next((c.key for c in criteria if c.kind == "cost"), None)
    health_key = next((c.key for c in criteria if c.kind == "health"), None)
    scores = {p.key: _rank(pm.matrix, p.weights) for p in visible_profiles}
    code_of = {m["id"]: m["code"] for m in svc.rows("measure")}
    out = []
    for p in rows:
        codes = tuple(
            sorted(
                code_of[r["measure_id"]]
                for r in svc.rows("package_member", package_id=p["id"])
                if code_of[r["measure_id"]] in by_code
            )
        )
        out.append(
            RPackage(
                p["key"],
                p["name"],
                _text(ok(p["description_visibility"]), p["description"]),
                codes,
                _total(by_code, codes, cost_key),
                _total(by_code, codes, health_key),
                {
                    k: float(sum(r.score_of(c) for c in codes if not math.isnan(r.score_of(c))))
                    for k, r in scores.items()
                },
            )
        )
    return tuple(out)


def _total(by_code: dict[str, RMeasure], codes: tuple[str, ...], key: str | None) -> Triple | None:
    if key is None:
        return None
    parts = [by_code[c].assessments[key] for c in codes if key in by_code[c].assessments]
    return Triple(sum(a.low for a in parts), sum(a.best for a in parts), sum(a.high for a in parts))


def _health(
    svc: ProjectService, visible: set[str], horizon: int, language: Language
) -> tuple[tuple[RHealth, ...], dict[str, str]]:
    from workbench.analysis.health import load_inputs
    from workbench.health import HealthInputError, assess_measures

    inputs = load_inputs(svc, language)
    out: list[RHealth] = []
    errors: dict[str, str] = {}
    for m in inputs.measures:
        if m.code not in visible:
            continue
        try:
            (r,) = assess_measures(
                (m,), inputs.populations, inputs.parameters, horizon_year=horizon, language=language
            )
        except HealthInputError as exc:
            errors[inputs.measure_ids[m.code]] = str(exc)
            continue

        def t(x: Any) -> Triple:
            return Triple(x.low, x.best, x.high)

        out.append(
            RHealth(
                r.code,
                t(r.deaths_avoided_per_year),
                t(r.dalys_per_year),
                t(r.value_eur_per_year),
                None if r.cumulative_dalys_to_horizon is None else t(r.cumulative_dalys_to_horizon),
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


def _parameters(svc: ProjectService, language: Language) -> tuple[RParameter, ...]:
    from workbench.analysis.health import parameter_set

    return tuple(
        RParameter(p.key.value, p.value, p.low, p.high, p.unit, p.source, p.description)
        for p in parameter_set(svc, language).values()
    )


def _meetings(
    svc: ProjectService,
    ok: Callable[[Any], bool],
    code_of: dict[str, str],
    parties: dict[str, dict[str, Any]],
) -> tuple[RMeeting, ...]:
    out = []
    for m in svc.rows("meeting"):
        if not ok(m["visibility"]):
            continue
        out.append(
            RMeeting(
                m["key"],
                m["title"],
                m["date"],
                m["location"],
                tuple(
                    parties[r["stakeholder_id"]]["name"]
                    for r in svc.rows("meeting_party", meeting_id=m["id"])
                ),
                tuple(
                    code_of[r["measure_id"]]
                    for r in svc.rows("meeting_measure", meeting_id=m["id"])
                    if r["measure_id"] in code_of
                ),
                _text(ok(m["notes_visibility"]), m["notes"]),
                _text(ok(m["decisions_visibility"]), m["decisions"]),
                tuple(
                    a["text"]
                    for a in svc.rows("action_item", meeting_id=m["id"])
                    if ok(a["visibility"])
                ),
            )
        )
    return tuple(sorted(out, key=lambda x: x.date))


def _paper_text(svc: ProjectService, key: str, ok: Callable[[Any], bool]) -> str | None:
    value = svc.option(key)
    if not isinstance(value, dict):
        return None
    return _text(ok(value.get("visibility")), value.get("text"))
