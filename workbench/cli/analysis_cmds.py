"""`workbench rank | smaa | sensitivity | parties | portfolio | frontier`.

Thin shells over :mod:`workbench.analysis` and :mod:`workbench.scoring`; the
JSON shapes are the result types' `to_dict()` and are documented in
docs/cli.md.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.cli.output import emit_json, emit_table
from workbench.cli.project_cmds import open_read_only
from workbench.i18n import Language, UserError
from workbench.services import ProjectService


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("rank", help="rangorde van de maatregelen onder een weging")
    p.add_argument("project", type=Path)
    p.add_argument("--profile", metavar="KEY")
    p.add_argument("--method", choices=["additive", "topsis", "promethee2"], default="additive")
    p.add_argument(
        "--normalisation",
        choices=["vector", "minmax"],
        default="vector",
        help="alleen voor TOPSIS (standaard vector)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rank)

    p = sub.add_parser("smaa", help="onzekerheid: rangacceptatie (SMAA-2)")
    p.add_argument("project", type=Path)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--profile", metavar="KEY")
    g.add_argument("--weights", choices=["random", "ordinal"])
    p.add_argument(
        "--order-profile",
        metavar="KEY",
        help="bij --weights ordinal: de weging die de volgorde bepaalt",
    )
    p.add_argument("--draws", type=int, default=10_000)
    p.add_argument("--seed", type=int)
    p.add_argument("--top", type=int, default=3)
    p.add_argument("--distribution", choices=["triangular", "pert"], default="triangular")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_smaa)

    p = sub.add_parser("sensitivity", help="stabiliteit van de gewichten, tornado")
    p.add_argument("project", type=Path)
    p.add_argument("--profile", metavar="KEY", required=True)
    p.add_argument("--top", type=int, default=3)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sensitivity)

    p = sub.add_parser("parties", help="rangorde per partij, overeenstemming, rode lijnen")
    p.add_argument("project", type=Path)
    p.add_argument("--top", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_parties)

    for name, helptext in (
        ("portfolio", "beste pakket binnen een budget"),
        ("frontier", "beste pakket bij elk budget"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("project", type=Path)
        if name == "portfolio":
            p.add_argument("--budget", type=float, required=True, metavar="EUR")
        else:
            p.add_argument("--from", dest="start", type=float, required=True, metavar="EUR")
            p.add_argument("--to", dest="stop", type=float, required=True, metavar="EUR")
            p.add_argument("--steps", type=int, default=10)
        p.add_argument("--objective", choices=["value", "health"], default="value")
        p.add_argument("--profile", metavar="KEY")
        p.add_argument("--must", action="append", default=[], metavar="CODE")
        p.add_argument("--exclude", action="append", default=[], metavar="CODE")
        p.add_argument("--by-year", type=int, metavar="JAAR")
        p.add_argument("--respect-red-lines", action="append", default=[], metavar="PARTIJ")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_portfolio if name == "portfolio" else cmd_frontier)


@contextmanager
def _project(path: Path) -> Iterator[ProjectService]:
    doc = open_read_only(path)
    try:
        yield ProjectService(doc)
    finally:
        doc.close()


def _num(x: float, digits: int = 3) -> str:
    return "–" if math.isnan(x) else f"{x:.{digits}f}".replace(".", ",")


def cmd_rank(args: argparse.Namespace) -> int:
    from workbench.analysis.matrix import profile, project_matrix
    from workbench.scoring import rank_additive, rank_promethee2, rank_topsis

    with _project(args.project) as svc:
        pm = project_matrix(svc)
        prof = profile(svc, args.profile, pm.matrix.criteria)
    if args.method == "additive":
        result = rank_additive(pm.matrix, prof.weights)
    elif args.method == "topsis":
        result = rank_topsis(pm.matrix, prof.weights, normalisation=args.normalisation)
    else:
        result = rank_promethee2(pm.matrix, prof.weights)
    data = result.to_dict()
    data["profile"] = prof.key
    if args.json:
        emit_json(data)
        return 0
    print(
        f"Weging: {prof.name} ({prof.key}); methode: {result.method}, "
        f"normalisatie: {result.normalisation}"
        + ("; gewichten genormaliseerd" if result.weights_normalised else "")
    )
    titles = {m.code: m.title for m in pm.measures}
    emit_table(
        ["rang", "code", "titel", "score", "volledig"],
        [
            [
                int(result.ranks[i]),
                result.alternatives[i],
                titles[result.alternatives[i]][:50],
                _num(float(result.scores[i])),
                "ja" if result.complete[i] else "nee",
            ]
            for i in result.order
        ],
    )
    return 0


def cmd_smaa(args: argparse.Namespace) -> int:
    from workbench.analysis.matrix import profile, project_matrix
    from workbench.scoring import FixedWeights, OrdinalWeights, UniformWeights, smaa2

    if args.draws < 1 or args.draws > 1_000_000:
        raise UserError("value.range", where="--draws", got=args.draws, low=1, high=1_000_000)
    with _project(args.project) as svc:
        pm = project_matrix(svc)
        crit = pm.matrix.criteria
        model: Any
        if args.weights == "random":
            model = UniformWeights()
        elif args.weights == "ordinal":
            order_prof = profile(svc, args.order_profile, crit)
            w = order_prof.weights.as_dict()
            model = OrdinalWeights(tuple(sorted(crit, key=lambda k: -w[k])))
        else:
            model = FixedWeights(profile(svc, args.profile, crit).weights)
    result = smaa2(
        pm.matrix, model, draws=args.draws, seed=args.seed, distribution=args.distribution
    )
    data = result.to_dict(args.top)
    if args.json:
        emit_json(data)
        return 0
    print(f"SMAA-2: {result.draws} trekkingen, seed {result.seed}")
    topk = result.top_k_probability(args.top)
    order = sorted(
        range(len(pm.matrix.alternatives)), key=lambda i: -result.rank_acceptability[i, 0]
    )
    emit_table(
        ["code", "P(rang 1)", f"P(top {args.top})"],
        [
            [
                pm.matrix.alternatives[i],
                _num(float(result.rank_acceptability[i, 0])),
                _num(float(topk[i])),
            ]
            for i in order
        ],
    )
    return 0


def cmd_sensitivity(args: argparse.Namespace) -> int:
    from workbench.analysis.matrix import profile, project_matrix
    from workbench.scoring import sensitivity

    with _project(args.project) as svc:
        pm = project_matrix(svc)
        prof = profile(svc, args.profile, pm.matrix.criteria)
    result = sensitivity(pm.matrix, prof.weights, top_k=args.top)
    data = result.to_dict()
    if args.json:
        emit_json(data)
        return 0
    print(f"Eerste plaats: {result.leader}; top {args.top}: {', '.join(result.top_set)}")
    emit_table(
        [
            "criterium",
            "gewicht",
            "eerste plaats stabiel van",
            "tot",
            f"top {args.top} stabiel van",
            "tot",
        ],
        [
            [
                a.criterion,
                _num(a.weight),
                _num(a.lower),
                _num(a.upper),
                _num(b.lower),
                _num(b.upper),
            ]
            for a, b in zip(result.first_place, result.top_k_set, strict=True)
        ],
    )
    return 0


def cmd_parties(args: argparse.Namespace) -> int:
    from workbench.analysis.decisions import current_positions
    from workbench.analysis.matrix import profiles, project_matrix
    from workbench.scoring import (
        common_top_k,
        measure_flags,
        package_violations,
        rank_additive,
        tau_matrix,
    )

    with _project(args.project) as svc:
        pm = project_matrix(svc)
        profs = profiles(svc, pm.matrix.criteria)
        positions = current_positions(svc, pm.matrix.alternatives)
        code_of = {m.id: m.code for m in pm.measures}
        packages = {
            p["key"]: sorted(
                code_of[r["measure_id"]]
                for r in svc.rows("package_member", package_id=p["id"])
                if r["measure_id"] in code_of
            )
            for p in svc.rows("package")
        }
    rankings = {p.key: rank_additive(pm.matrix, p.weights) for p in profs}
    names, tau = tau_matrix(rankings) if len(rankings) > 1 else (tuple(rankings), None)
    data: dict[str, Any] = {
        "top": args.top,
        "rankings": {k: list(r.ranked_codes()) for k, r in rankings.items()},
        "kendall_tau": {
            a: {b: float(tau[i, j]) for j, b in enumerate(names)} for i, a in enumerate(names)
        }
        if tau is not None
        else {},
        "common_top_k": list(common_top_k(rankings, args.top)) if rankings else [],
        "measures": [
            {
                "code": s.code,
                "flag": s.flag,
                "supporters": list(s.supporters),
                "opponents": list(s.opponents),
                "insisting": list(s.insisting),
                "refusing": list(s.refusing),
            }
            for s in measure_flags(positions)
        ],
        "packages": {
            key: [
                {
                    "party": v.party,
                    "refused_included": list(v.refused_included),
                    "insisted_missing": list(v.insisted_missing),
                }
                for v in package_violations(positions, codes)
            ]
            for key, codes in packages.items()
        },
    }
    if args.json:
        emit_json(data)
        return 0
    print(f"In de top {args.top} van elke weging: {', '.join(data['common_top_k']) or '–'}")
    emit_table(
        ["code", "oordeel", "voor", "tegen", "rode lijn: eist", "rode lijn: weigert"],
        [
            [
                m["code"],
                m["flag"],
                ", ".join(m["supporters"]),
                ", ".join(m["opponents"]),
                ", ".join(m["insisting"]),
                ", ".join(m["refusing"]),
            ]
            for m in data["measures"]
        ],
    )
    for key, violations in data["packages"].items():
        text = "; ".join(v["party"] for v in violations) or "geen"
        print(f"Pakket {key}: rode lijnen geschonden van {text}")
    return 0


def _problem(args: argparse.Namespace) -> Any:
    # One builder for the CLI and the GUI's optimiser dialog, so both give the same package.
    from workbench.analysis.negotiation import OptimiserSettings, optimiser_problem

    settings = OptimiserSettings(
        objective=args.objective,
        profile=args.profile,
        must=tuple(args.must),
        exclude=tuple(args.exclude),
        by_year=args.by_year,
        respect=tuple(args.respect_red_lines),
    )
    with _project(args.project) as svc:
        return optimiser_problem(svc, settings)


def cmd_portfolio(args: argparse.Namespace) -> int:
    from workbench.scoring import optimise

    if args.budget < 0:
        raise UserError("analysis.budget_negative", budget=args.budget)
    problem = _problem(args)
    result = optimise(problem, args.budget)
    lang: Language = "en" if args.lang == "en" else "nl"
    data = result.to_dict(lang)
    if args.json:
        emit_json(data)
        return 0
    if result.status == "optimal":
        print(
            f"Optimaal pakket ({args.objective} = {_num(result.objective_value)}), "
            f"kosten € {result.total_cost:,.0f}".replace(",", ".")
        )
        print("Maatregelen: " + ", ".join(result.selected))
    else:
        print(f"Geen pakket mogelijk ({result.status}). Deze eisen botsen:")
        for c in result.conflicts:
            print(f"- {c.describe(lang)}")
    return 0


def cmd_frontier(args: argparse.Namespace) -> int:
    from workbench.scoring import efficient_frontier

    if args.start < 0 or args.stop < args.start:
        raise UserError("analysis.frontier_range", start=args.start, stop=args.stop)
    if not 1 <= args.steps <= 500:
        raise UserError("value.range", where="--steps", got=args.steps, low=1, high=500)
    problem = _problem(args)
    points = efficient_frontier(problem, args.start, args.stop, args.steps)
    data = {
        "objective": args.objective,
        "points": [
            {
                "budget": p.budget,
                "status": p.result.status,
                "objective_value": p.result.objective_value
                if p.result.status == "optimal"
                else None,
                "total_cost": p.result.total_cost if p.result.status == "optimal" else None,
                "selected": list(p.result.selected),
            }
            for p in points
        ],
    }
    if args.json:
        emit_json(data)
        return 0
    emit_table(
        ["budget (EUR)", "doel", "kosten", "maatregelen"],
        [
            [
                f"{p['budget']:,.0f}".replace(",", "."),
                "–" if p["objective_value"] is None else _num(p["objective_value"]),
                "–" if p["total_cost"] is None else f"{p['total_cost']:,.0f}".replace(",", "."),
                ", ".join(p["selected"]),
            ]
            for p in data["points"]
        ],
    )
    return 0
