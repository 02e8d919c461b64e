"""`workbench smaa | sensitivity | parties | portfolio | frontier` (and `rank`, `packages`).

Faces of the one analysis (:func:`workbench.analysis.build.analysis_for`):
each command reads the matrix, the profiles, the rankings, the positions and
the package totals of the project's internal analysis and runs only the
method it is named after on them (SMAA, sensitivity, the optimiser); no
command builds its own matrix or totals. `rank` and `packages` live in
:mod:`.rank_cmds` and :mod:`.package_cmds`. The JSON shapes are the result
types' `to_dict()` and are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli import package_cmds, rank_cmds
from workbench.cli.context import analysis, language, matrix_of, profile_of
from workbench.cli.output import emit_json, emit_table, number
from workbench.i18n import Language, UserError


def add_parsers(sub: Any) -> None:
    rank_cmds.add_parsers(sub)
    package_cmds.add_parsers(sub)

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


def _num(x: float | None, digits: int = 3) -> str:
    return number(x, digits)


def cmd_smaa(args: argparse.Namespace) -> int:
    from workbench.scoring import FixedWeights, OrdinalWeights, UniformWeights, smaa2

    if args.draws < 1 or args.draws > 1_000_000:
        raise UserError("value.range", where="--draws", got=args.draws, low=1, high=1_000_000)
    key = args.order_profile if args.weights == "ordinal" else args.profile
    with analysis(args, audience="internal", profile=key) as a:
        pm = matrix_of(a)
        crit = pm.matrix.criteria
        model: Any
        if args.weights == "random":
            model = UniformWeights()
        elif args.weights == "ordinal":
            w = profile_of(a).weights.as_dict()
            model = OrdinalWeights(tuple(sorted(crit, key=lambda k: -w[k])))
        else:
            model = FixedWeights(profile_of(a).weights)
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
    from workbench.scoring import sensitivity

    with analysis(args, audience="internal") as a:
        pm = matrix_of(a)
        prof = profile_of(a)
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
    from workbench.analysis.build import analysis_for
    from workbench.scoring import common_top_k, tau_matrix

    with analysis(args, audience="internal") as a:
        matrix_of(a)
        # each profile's ranking is that profile's analysis (one definition of a ranking)
        rankings = {
            p.key: r
            for p in a.profiles
            if (r := analysis_for(a.data.svc, a.audience, p.key, a.language).ranking) is not None
        }
        standings = a.party_matrix.standings
        packages = a.packages
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
            for s in standings
        ],
        "packages": {
            p.key: [
                {
                    "party": v.party,
                    "refused_included": list(v.refused_included),
                    "insisted_missing": list(v.insisted_missing),
                }
                for v in p.violations
            ]
            for p in packages
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
    # The matrix, the profile and the positions of the one analysis; the same
    # problem builder (portfolio_problem) as the GUI's optimiser dialog.
    from workbench.analysis.decisions import portfolio_problem

    value = args.objective == "value"
    with analysis(args, audience="internal", profile=args.profile if value else None) as a:
        pm = matrix_of(a)
        return portfolio_problem(
            a.data,
            pm,
            objective=args.objective,
            profile=profile_of(a) if value else None,
            must=tuple(args.must),
            exclude=tuple(args.exclude),
            by_year=args.by_year,
            respect=tuple(args.respect_red_lines),
        )


def cmd_portfolio(args: argparse.Namespace) -> int:
    from workbench.scoring import optimise

    if args.budget < 0:
        raise UserError("analysis.budget_negative", budget=args.budget)
    problem = _problem(args)
    result = optimise(problem, args.budget)
    lang: Language = language(args)
    data = result.to_dict(lang)
    if args.json:
        emit_json(data)
        return 0
    if result.status == "optimal":
        print(
            f"Optimaal pakket ({args.objective} = {_num(result.objective_value)}), "
            f"kosten € {number(result.total_cost, 0)}"
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
                number(p["budget"], 0),
                _num(p["objective_value"]),
                number(p["total_cost"], 0),
                ", ".join(p["selected"]),
            ]
            for p in data["points"]
        ],
    )
    return 0
