"""`workbench smaa | sensitivity | parties` (and `rank`, `packages`, `portfolio`, `frontier`).

Faces of the one analysis (:func:`workbench.analysis.build.analysis_for`):
each command reads the matrix, the profiles, the rankings, the positions and
the package totals of the project's internal analysis and runs only the
method it is named after on them (SMAA, sensitivity, the optimiser); no
command builds its own matrix or totals. `rank`, `packages` and
`portfolio`/`frontier` live in :mod:`.rank_cmds`, :mod:`.package_cmds` and
:mod:`.portfolio_cmds`. The JSON shapes are the result
types' `to_dict()` and are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli import package_cmds, portfolio_cmds, rank_cmds
from workbench.cli.context import analysis, language, matrix_of, profile_of
from workbench.cli.output import emit_json, emit_table, number
from workbench.i18n import Language, UserError, label


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

    portfolio_cmds.add_parsers(sub)


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
        parties = a.party_matrix.parties
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
    party_names = {p.key: p.name for p in parties}
    package_names = {p.key: p.name for p in packages}
    _print_parties(data, party_names, package_names, language(args))
    return 0


# Text output labels of `parties` (nl, en).
_PARTIES: dict[str, tuple[str, str]] = {
    "common": (
        "In de top {top} van elke weging: {codes}",
        "In the top {top} of every profile: {codes}",
    ),
    "code": ("code", "code"),
    "standing": ("oordeel", "standing"),
    "for": ("voor (aantal)", "for (number)"),
    "against": ("tegen", "against"),
    "insists": ("rode lijn: eist", "red line: insists"),
    "refuses": ("rode lijn: weigert", "red line: refuses"),
    "package": (
        "Pakket {name}: rode lijnen geschonden van {parties}",
        "Package {name}: red lines crossed of {parties}",
    ),
    "none": ("geen", "none"),
}


def _print_parties(
    data: dict[str, Any], party: dict[str, str], package: dict[str, str], lang: Language
) -> None:
    """The parties' text table: words for the standings, parties and packages by name."""

    def t(key: str) -> str:
        return _PARTIES[key][1 if lang == "en" else 0]

    def names(keys: list[str]) -> str:
        return ", ".join(party.get(k, k) for k in keys)

    print(t("common").format(top=data["top"], codes=", ".join(data["common_top_k"]) or "–"))
    emit_table(
        [t("code"), t("standing"), t("for"), t("against"), t("insists"), t("refuses")],
        [
            [
                m["code"],
                label(f"standing.{m['flag']}", lang),
                len(m["supporters"]),
                names(m["opponents"]),
                names(m["insisting"]),
                names(m["refusing"]),
            ]
            for m in data["measures"]
        ],
    )
    for key, violations in data["packages"].items():
        text = "; ".join(party.get(v["party"], v["party"]) for v in violations) or t("none")
        print(t("package").format(name=package.get(key, key), parties=text))
