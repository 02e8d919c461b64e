"""`workbench health`: the health calculator on a project."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli.output import emit_json, emit_table
from workbench.cli.project_cmds import open_read_only
from workbench.i18n import Term, UserError
from workbench.services import ProjectService


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


def _fmt(x: float, digits: int = 2) -> str:
    return f"{x:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _range(r: Any, digits: int = 2) -> str:
    return f"{_fmt(r.best, digits)} ({_fmt(r.low, digits)}–{_fmt(r.high, digits)})"


def cmd_health(args: argparse.Namespace) -> int:
    from pathlib import Path

    from workbench.analysis.health import project_health
    from workbench.health import HealthInputError

    if not 1990 <= args.horizon <= 2100:
        raise UserError("value.range", where="--horizon", got=args.horizon, low=1990, high=2100)
    doc = open_read_only(Path(args.project))
    try:
        svc = ProjectService(doc)
        if args.measure is not None and svc.id_for("measure", args.measure) is None:
            raise UserError(
                "value.unknown_ref",
                where="--measure",
                kind=Term("entity.measure"),
                got=args.measure,
            )
        try:
            results = project_health(
                svc,
                measure_code=args.measure,
                horizon_year=args.horizon,
                language=args.lang or "nl",
            )
        except HealthInputError as exc:
            raise UserError("health.input", detail=str(exc)) from None
    finally:
        doc.close()
    if args.json:
        emit_json({"horizon_year": args.horizon, "measures": [r.to_dict() for r in results]})
        return 0
    rows = []
    for r in results:
        cum = r.cumulative_dalys_to_horizon
        rows.append(
            [
                r.code,
                _range(r.deaths_avoided_per_year),
                _range(r.dalys_per_year, 1),
                _range(r.value_eur_per_year.scaled(1e-6), 2),
                "–" if cum is None else _range(cum, 1),
            ]
        )
    emit_table(
        ["code", "sterfgevallen/jaar", "DALY/jaar", "mln euro/jaar", f"DALY t/m {args.horizon}"],
        rows,
    )
    return 0
