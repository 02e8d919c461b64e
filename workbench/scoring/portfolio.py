"""Best package within a budget (MILP with HiGHS), its conflicts, and the frontier.

This module owns solving a :class:`~workbench.scoring.portfolio_model.PortfolioProblem`
with ``scipy.optimize.milp``: one binary per measure, maximise total benefit
subject to the named constraints, with a relative MIP gap of zero so
"optimal" means proven optimal. An infeasible problem is never relaxed: the
result names an irreducible set of conflicting constraints, found by a
deletion filter (drop one constraint at a time; if the rest is still
infeasible it was not needed, otherwise it stays), first over whole kinds
of constraint and then over single items. The efficient frontier solves the
same problem at a range of budgets; because a package that fits a budget
also fits every larger one, each point keeps the better of its own optimum
and the previous point's package, so the frontier never decreases even
within the solver's tolerances.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from workbench.scoring._arrays import FloatArray
from workbench.scoring.errors import Language, ScoringError
from workbench.scoring.portfolio_model import Constraint, PortfolioProblem

Status = Literal["optimal", "infeasible", "not-solved"]

# Integer feasibility on binaries: HiGHS returns 0.9999999 for 1.
_ROUND = 0.5


@dataclass(frozen=True)
class PortfolioResult:
    """The optimum or the reason there is none."""

    status: Status
    objective: str
    budget: float
    selected: tuple[str, ...]
    total_cost: float
    objective_value: float
    conflicts: tuple[Constraint, ...] = ()
    message: str = ""

    def to_dict(self, language: Language = "nl") -> dict[str, object]:
        """The documented JSON shape of ``workbench portfolio --json``."""
        data: dict[str, object] = {
            "status": self.status,
            "budget": self.budget,
            "selected": list(self.selected),
            "total_cost": self.total_cost,
            "objective": self.objective,
            "objective_value": self.objective_value,
        }
        if self.status == "infeasible":
            data["conflicts"] = [
                {"kind": c.kind, "codes": list(c.codes), "party": c.party, "group": c.group,
                 "description": c.describe(language)}
                for c in self.conflicts
            ]
        if self.message:
            data["message"] = self.message
        return data


def _model(
    problem: PortfolioProblem, items: Sequence[Constraint]
) -> tuple[FloatArray, FloatArray, list[FloatArray], list[float], list[float]]:
    """Bounds and constraint rows for the given constraint items."""
    n = len(problem.codes)
    lb, ub = np.zeros(n), np.ones(n)
    rows: list[FloatArray] = []
    lo: list[float] = []
    hi: list[float] = []

    def row(entries: dict[int, float], low: float, high: float) -> None:
        r = np.zeros(n)
        for i, a in entries.items():
            r[i] = a
        rows.append(r)
        lo.append(low)
        hi.append(high)

    for item in items:
        idx = [problem.index(c) for c in item.codes]
        if item.kind == "budget":
            rows.append(np.asarray(problem.cost, dtype=np.float64))
            lo.append(-np.inf)
            hi.append(float(item.amount or 0.0))
        elif item.kind in ("must-in", "insists"):
            lb[idx[0]] = 1.0
        elif item.kind in ("must-out", "refuses", "year"):
            ub[idx[0]] = 0.0
        elif item.kind == "requires":
            row({idx[0]: 1.0, idx[1]: -1.0}, -np.inf, 0.0)
        elif item.kind == "excludes":
            row({idx[0]: 1.0, idx[1]: 1.0}, -np.inf, 1.0)
        elif item.kind == "group":
            row(dict.fromkeys(idx, 1.0), -np.inf, 1.0)
        elif item.kind == "min-count":
            row(dict.fromkeys(range(n), 1.0), float(item.amount or 0), np.inf)
        elif item.kind == "max-count":
            row(dict.fromkeys(range(n), 1.0), -np.inf, float(item.amount or 0))
    return lb, ub, rows, lo, hi


def _solve(
    problem: PortfolioProblem, items: Sequence[Constraint], objective: FloatArray
) -> tuple[int, FloatArray | None, str]:
    """Run HiGHS; returns (scipy status, x or None, message)."""
    from scipy.optimize import Bounds, LinearConstraint, milp  # heavy import, on demand

    lb, ub, rows, lo, hi = _model(problem, items)
    if np.any(lb > ub):
        return 2, None, "bounds conflict"  # must-in and must-out on one measure
    constraints: list[Any] = []
    if rows:
        constraints.append(LinearConstraint(np.vstack(rows), np.array(lo), np.array(hi)))
    result = milp(
        c=-objective,
        integrality=np.ones(len(problem.codes)),
        bounds=Bounds(lb, ub),
        constraints=constraints,
        options={"mip_rel_gap": 0.0},
    )
    x = None if result.x is None else np.asarray(result.x, dtype=np.float64)
    return int(result.status), x, str(result.message)


def _feasible(problem: PortfolioProblem, items: Sequence[Constraint]) -> bool:
    status, _, _ = _solve(problem, items, np.zeros(len(problem.codes)))
    return status != 2


def conflicting_constraints(
    problem: PortfolioProblem, items: Sequence[Constraint]
) -> tuple[Constraint, ...]:
    """An irreducible infeasible subset of ``items`` (deletion filter).

    Coarse pass over kinds first: whole kinds that are not needed for the
    infeasibility are dropped with one solve each, which keeps the number of
    solves small when there are hundreds of links.
    """
    kept = list(items)
    for kind in dict.fromkeys(item.kind for item in items):
        trial = [item for item in kept if item.kind != kind]
        if not _feasible(problem, trial):
            kept = trial
    position = 0
    while position < len(kept):
        trial = kept[:position] + kept[position + 1 :]
        if not _feasible(problem, trial):
            kept = trial
        else:
            position += 1
    return tuple(kept)


def _result(
    problem: PortfolioProblem, budget: float, x: FloatArray, status: Status
) -> PortfolioResult:
    chosen = x > _ROUND
    return PortfolioResult(
        status=status,
        objective=problem.objective,
        budget=budget,
        selected=tuple(c for c, ok in zip(problem.codes, chosen, strict=True) if ok),
        total_cost=float(problem.cost[chosen].sum()),
        objective_value=float(problem.benefit[chosen].sum()),
    )


def optimise(problem: PortfolioProblem, budget: float) -> PortfolioResult:
    """The best package within ``budget``: proven optimal, or infeasible with conflicts."""
    if not np.isfinite(budget) or budget < 0:
        raise ScoringError("budget_negative", value=float(budget))
    items = problem.constraints(budget)
    status, x, message = _solve(problem, items, np.asarray(problem.benefit))
    if status == 0 and x is not None:
        return _result(problem, float(budget), x, "optimal")
    if status == 2:
        return PortfolioResult(
            status="infeasible",
            objective=problem.objective,
            budget=float(budget),
            selected=(),
            total_cost=0.0,
            objective_value=float("nan"),
            conflicts=conflicting_constraints(problem, items),
        )
    # Time/node limits or a solver failure: say so, never report a guess.
    return PortfolioResult(
        status="not-solved",
        objective=problem.objective,
        budget=float(budget),
        selected=(),
        total_cost=0.0,
        objective_value=float("nan"),
        message=message,
    )


@dataclass(frozen=True)
class FrontierPoint:
    budget: float
    result: PortfolioResult


def efficient_frontier(
    problem: PortfolioProblem, start: float, stop: float, steps: int
) -> tuple[FrontierPoint, ...]:
    """Best package at ``steps`` budgets from ``start`` to ``stop`` (inclusive).

    Infeasible budgets (e.g. below the cost of the must-in measures) report
    their conflicts. The objective never decreases along the frontier.
    """
    if not (np.isfinite(start) and np.isfinite(stop)) or start < 0 or stop < start or steps < 1:
        raise ScoringError("frontier_range", start=float(start), stop=float(stop), steps=steps)
    budgets = np.linspace(start, stop, steps) if steps > 1 else np.array([float(start)])
    points: list[FrontierPoint] = []
    previous: PortfolioResult | None = None
    for budget in budgets:
        result = optimise(problem, float(budget))
        if (
            previous is not None
            and previous.status == "optimal"
            and result.status == "optimal"
            and result.objective_value < previous.objective_value
        ):
            # The previous package still fits the larger budget and is better.
            result = PortfolioResult(
                "optimal", previous.objective, float(budget), previous.selected,
                previous.total_cost, previous.objective_value,
            )
        points.append(FrontierPoint(float(budget), result))
        previous = result
    return tuple(points)
