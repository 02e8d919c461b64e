"""`workbench portfolio | frontier`: the best package within a budget, and at each budget.

Both read the matrix, the profile and the positions of the one analysis and
build the same problem as the GUI's optimiser dialog
(:func:`workbench.analysis.decisions.portfolio_problem`). Amounts are read as
a user types them ("300 mln", "1,5 mld", 300000000) and printed the way the
rest of the workbench prints them ("€ 297 mln"); the package's health gain is
the analysis' own total (:func:`workbench.analysis.packages.health_total`).
The JSON shapes are documented in docs/cli.md and keep plain numbers.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.analysis.packages import Triple
from workbench.cli.context import analysis, language, matrix_of, profile_of
from workbench.cli.output import emit_json, emit_table
from workbench.i18n import Language, Term, UserError, label
from workbench.i18n.numbers import money, num, parse_money

# Text output labels (nl, en).
_T: dict[str, tuple[str, str]] = {
    "best": (
        "Beste pakket binnen {budget}: {n} maatregelen, kosten {cost}, gezondheidswinst {dalys}.",
        "Best package within {budget}: {n} measures, cost {cost}, health gain {dalys}.",
    ),
    "goal_value": (
        "Doelwaarde {value}: de som van de scores (0-1) van de maatregelen onder de weging "
        "„{profile}”.",
        "Objective value {value}: the sum of the measures' scores (0-1) under the weight "
        "profile “{profile}”.",
    ),
    "goal_health": (
        "Doel: de gezondheidswinst zelf ({value} DALY/jaar).",
        "Objective: the health gain itself ({value} DALY/year).",
    ),
    "measures": ("Maatregelen: {codes}", "Measures: {codes}"),
    "infeasible": (
        "Geen pakket mogelijk binnen {budget}. Deze eisen botsen:",
        "No package is possible within {budget}. These requirements conflict:",
    ),
    "not_solved": (
        "De optimalisatie vond geen oplossing: {message}",
        "The optimiser found no solution: {message}",
    ),
    "dalys": ("{best} DALY/jaar ({low}–{high})", "{best} DALY/year ({low}–{high})"),
    "unknown": ("onbekend", "unknown"),
    "budget": ("budget", "budget"),
    "goal": ("doelwaarde", "objective"),
    "cost": ("kosten", "cost"),
    "health": ("DALY/jaar", "DALY/year"),
    "codes": ("maatregelen", "measures"),
    "none": ("geen pakket mogelijk", "no package possible"),
    "untick": (
        "Laat de rode lijnen van een partij weg met --ignore-red-lines-of PARTIJ ({parties}), "
        "of alle met --ignore-red-lines.",
        "Leave out a party's red lines with --ignore-red-lines-of PARTY ({parties}), "
        "or all with --ignore-red-lines.",
    ),
}

_HELP = {
    "budget": 'het budget in euro\'s, bijvoorbeeld 300000000, "300 mln" of "1,5 mld"',
    "from": 'laagste budget (bijvoorbeeld "0" of "100 mln")',
    "to": 'hoogste budget (bijvoorbeeld "1 mld")',
    "steps": "aantal budgetten van laag naar hoog (standaard 10)",
    "objective": "value: som van de scores onder een weging; health: de DALY's zelf",
    "profile": "de weging voor de waarde (standaard de eerste)",
    "must": "deze maatregel moet erin (herhaal voor meer)",
    "exclude": "deze maatregel moet eruit (herhaal voor meer)",
    "by_year": "alleen maatregelen die uiterlijk in dit jaar ingaan",
    "respect": "respecteer de rode lijnen van deze partij (sleutel; herhaal voor meer)",
    "respect_only": "respecteer alleen de rode lijnen van deze partij (sleutel; herhaal voor "
    "meer; standaard die van elke partij)",
    "ignore": "negeer de rode lijnen van elke partij",
    "ignore_of": "negeer de rode lijnen van deze partij (sleutel; herhaal voor meer)",
    "json": "uitvoer als JSON (docs/cli.md)",
}


def _t(key: str, lang: Language) -> str:
    nl, en = _T[key]
    return en if lang == "en" else nl


def add_parsers(sub: Any) -> None:
    for name, helptext in (
        ("portfolio", "beste pakket binnen een budget"),
        ("frontier", "beste pakket bij elk budget"),
    ):
        p = sub.add_parser(name, help=helptext, description=helptext)
        p.add_argument("project", type=Path, metavar="DOSSIER")
        if name == "portfolio":
            p.add_argument("--budget", required=True, metavar="BEDRAG", help=_HELP["budget"])
        else:
            p.add_argument("--from", dest="start", required=True, metavar="BEDRAG",
                           help=_HELP["from"])  # fmt: skip
            p.add_argument("--to", dest="stop", required=True, metavar="BEDRAG", help=_HELP["to"])
            p.add_argument("--steps", type=int, default=10, help=_HELP["steps"])
        p.add_argument(
            "--objective", choices=["value", "health"], default="value", help=_HELP["objective"]
        )
        p.add_argument("--profile", metavar="WEGING", help=_HELP["profile"])
        p.add_argument("--must", action="append", default=[], metavar="CODE", help=_HELP["must"])
        p.add_argument(
            "--exclude", action="append", default=[], metavar="CODE", help=_HELP["exclude"]
        )
        p.add_argument("--by-year", type=int, metavar="JAAR", help=_HELP["by_year"])
        if name == "portfolio":
            # Red lines count by default (every party's); pick or ignore parties.
            red = p.add_mutually_exclusive_group()
            red.add_argument("--respect-red-lines", action="append", default=[],
                             metavar="PARTIJ", help=_HELP["respect_only"])  # fmt: skip
            red.add_argument("--ignore-red-lines", action="store_true", help=_HELP["ignore"])
            red.add_argument("--ignore-red-lines-of", action="append", default=[],
                             metavar="PARTIJ", help=_HELP["ignore_of"])  # fmt: skip
        else:
            p.add_argument("--respect-red-lines", action="append", default=[],
                           metavar="PARTIJ", help=_HELP["respect"])  # fmt: skip
        p.add_argument("--json", action="store_true", help=_HELP["json"])
        p.set_defaults(func=cmd_portfolio if name == "portfolio" else cmd_frontier)


def amount(text: str, option: str, lang: Language) -> float:
    """An amount the user typed ("300 mln", "-5"), or the one-line message saying it is none."""
    raw = str(text).strip()
    sign = -1.0 if raw[:1] in ("-", "−") else 1.0
    value = parse_money(raw[1:] if sign < 0 else raw, lang)
    if value is None:
        value = parse_money(raw[1:] if sign < 0 else raw, "en" if lang != "en" else "nl")
    if value is None:
        raise UserError("cli.not_amount", where=option, got=text)
    return sign * value


@dataclass(frozen=True)
class _Problem:
    problem: Any
    profile_name: str
    dalys: Any  # codes -> Triple | None (the analysis' health total)
    respected: tuple[str, ...] = ()  # party keys whose red lines hold
    clash: Any = None  # PortfolioResult -> RedLineClash | None


def _respected(args: argparse.Namespace, data: Any) -> tuple[str, ...]:
    """The parties whose red lines count: every party's unless the user picks or ignores."""
    from workbench.analysis.red_lines import red_line_parties

    if getattr(args, "ignore_red_lines", False):
        return ()
    if args.respect_red_lines or not hasattr(args, "ignore_red_lines_of"):
        return tuple(args.respect_red_lines)  # frontier: only the parties named
    keys = {str(p["key"]) for p in data.rows("stakeholder")}
    for party in args.ignore_red_lines_of:
        if party not in keys:
            raise UserError(
                "value.unknown_ref", where="--ignore-red-lines-of",
                kind=Term("entity.stakeholder"), got=party,
            )  # fmt: skip
    ignored = set(args.ignore_red_lines_of)
    return tuple(k for k, _name in red_line_parties(data) if k not in ignored)


def _problem(args: argparse.Namespace) -> _Problem:
    from workbench.analysis.decisions import portfolio_problem
    from workbench.analysis.packages import health_total
    from workbench.analysis.red_lines import red_line_clash

    value = args.objective == "value"
    with analysis(args, audience="internal", profile=args.profile if value else None) as a:
        pm = matrix_of(a)
        prof = profile_of(a) if value else None
        respected = _respected(args, a.data)
        problem = portfolio_problem(
            a.data,
            pm,
            objective=args.objective,
            profile=prof,
            must=tuple(args.must),
            exclude=tuple(args.exclude),
            by_year=args.by_year,
            respect=respected,
        )
        lang, data = language(args), a.data
        return _Problem(
            problem,
            "" if prof is None else prof.name,
            lambda codes: health_total(pm, codes),
            respected,
            lambda result: red_line_clash(data, problem, result, lang),
        )


def _dalys(t: Triple | None, lang: Language) -> str:
    if t is None:
        return _t("unknown", lang)
    return _t("dalys", lang).format(
        best=num(t.best, lang, 1), low=num(t.low, lang, 1), high=num(t.high, lang, 1)
    )


def cmd_portfolio(args: argparse.Namespace) -> int:
    from workbench.scoring import optimise

    lang = language(args)
    budget = amount(args.budget, "--budget", lang)
    if budget < 0:
        raise UserError("analysis.budget_negative", budget=money(budget, lang))
    p = _problem(args)
    result = optimise(p.problem, budget)
    clash = p.clash(result)
    if args.json:
        data = result.to_dict(lang)
        data["red_lines_respected"] = list(p.respected)
        if clash is not None:
            data["red_line_clash"] = {"sentence": clash.sentence, "parties": list(clash.parties)}
        emit_json(data)
        return 0
    if result.status == "optimal":
        print(
            _t("best", lang).format(
                budget=money(budget, lang),
                n=len(result.selected),
                cost=money(result.total_cost, lang),
                dalys=_dalys(p.dalys(result.selected), lang),
            )
        )
        if args.objective == "value":
            goal = _t("goal_value", lang).format(
                value=num(result.objective_value, lang, 3), profile=p.profile_name
            )
        else:
            goal = _t("goal_health", lang).format(value=num(result.objective_value, lang, 1))
        print(goal)
        print(_t("measures", lang).format(codes=", ".join(result.selected) or "–"))
    elif clash is not None:
        print(clash.sentence)
        print(_t("untick", lang).format(parties=", ".join(clash.parties)))
    elif result.status == "infeasible":
        print(_t("infeasible", lang).format(budget=money(budget, lang)))
        for c in result.conflicts:
            print(f"- {c.describe(lang)}")
    else:
        print(_t("not_solved", lang).format(message=result.message))
    return 0


def cmd_frontier(args: argparse.Namespace) -> int:
    from workbench.scoring import efficient_frontier

    lang = language(args)
    start, stop = amount(args.start, "--from", lang), amount(args.stop, "--to", lang)
    if start < 0 or stop < start:
        raise UserError("analysis.frontier_range", start=money(start, lang), stop=money(stop, lang))
    if not 1 <= args.steps <= 500:
        raise UserError("value.range", where="--steps", got=args.steps, low=1, high=500)
    p = _problem(args)
    points = efficient_frontier(p.problem, start, stop, args.steps)
    optimal = [pt.result.status == "optimal" for pt in points]
    data = {
        "objective": args.objective,
        "points": [
            {
                "budget": pt.budget,
                "status": pt.result.status,
                "objective_value": pt.result.objective_value if ok else None,
                "total_cost": pt.result.total_cost if ok else None,
                "selected": list(pt.result.selected),
            }
            for pt, ok in zip(points, optimal, strict=True)
        ],
    }
    if args.json:
        emit_json(data)
        return 0
    goal_label = (
        _t("goal", lang) if args.objective == "value" else label("portfolio.objective.health", lang)
    )
    emit_table(
        [_t("budget", lang), goal_label, _t("cost", lang), _t("health", lang), _t("codes", lang)],
        [
            [
                money(pt.budget, lang),
                num(pt.result.objective_value, lang, 3 if args.objective == "value" else 1)
                if ok
                else _t("none", lang),
                money(pt.result.total_cost, lang) if ok else "–",
                num(t.best, lang, 1) if ok and (t := p.dalys(pt.result.selected)) else "–",
                ", ".join(pt.result.selected),
            ]
            for pt, ok in zip(points, optimal, strict=True)
        ],
    )
    return 0
