"""`workbench health`: the health calculator on a project, as the analysis reads it.

The inputs are the analysis' rows (:attr:`Analysis.data`); a measure with
emission changes only has no computed DALY figure: its DALY-based figures
are null in JSON (:meth:`MeasureHealth.to_dict`) and "geen (alleen emissies)"
in the text table.
"""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli.context import analysis, language
from workbench.cli.output import emit_json, emit_table, estimate
from workbench.i18n import Term, UserError

_NO_DALYS = ("geen (alleen emissies)", "none (emissions only)")
_HEADERS = (
    ("code", "sterfgevallen/jaar", "DALY/jaar", "mln euro/jaar", "DALY t/m {year}"),
    ("code", "deaths/year", "DALY/year", "million euro/year", "DALY to {year}"),
)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("health", help="gezondheidseffect per maatregel (sterfte, DALY's, euro's)")
    p.add_argument("project")
    p.add_argument("--measure", metavar="CODE", help="alleen deze maatregel")
    p.add_argument(
        "--horizon",
        type=int,
        default=2030,
        metavar="JAAR",
        help="tel cumulatieve DALY's tot en met dit jaar (standaard 2030)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_health)


def _range(r: Any, digits: int, lang: str) -> str:
    return estimate(r.low, r.best, r.high, digits, lang)


def cmd_health(args: argparse.Namespace) -> int:
    from workbench.analysis.health import project_health
    from workbench.health import HealthInputError

    if not 1990 <= args.horizon <= 2100:
        raise UserError("value.range", where="--horizon", got=args.horizon, low=1990, high=2100)
    lang = language(args)
    with analysis(args, audience="internal") as a:
        if args.measure is not None and a.measure(args.measure) is None:
            raise UserError(
                "value.unknown_ref",
                where="--measure",
                kind=Term("entity.measure"),
                got=args.measure,
            )
        try:
            results = project_health(
                a.data, measure_code=args.measure, horizon_year=args.horizon, language=lang
            )
        except HealthInputError as exc:
            raise UserError("health.input", detail=str(exc)) from None
    if args.json:
        emit_json({"horizon_year": args.horizon, "measures": [r.to_dict() for r in results]})
        return 0
    rows = []
    for r in results:
        if not r.computes_dalys:
            none = _NO_DALYS[1] if lang == "en" else _NO_DALYS[0]
            rows.append([r.code, "–", none, "–", "–"])
            continue
        cum = r.cumulative_dalys_to_horizon
        rows.append(
            [
                r.code,
                _range(r.deaths_avoided_per_year, 2, lang),
                _range(r.dalys_per_year, 1, lang),
                _range(r.value_eur_per_year.scaled(1e-6), 2, lang),
                "–" if cum is None else _range(cum, 1, lang),
            ]
        )
    headers = _HEADERS[1] if lang == "en" else _HEADERS[0]
    emit_table([h.format(year=args.horizon) for h in headers], rows)
    return 0
