"""The portfolio problem: measures, costs, benefits and named constraints.

This module owns what a "best package within a budget" question *is*,
before any solver sees it: the measures with their cost and benefit, and
every restriction as a named :class:`Constraint` (budget, must in / out,
requires, excludes, at most one of a group, effective by a year, a party's
red lines, a minimum or maximum number of measures). Constraints are kept
as individual items so that an infeasible problem can be explained by the
items that conflict. It also builds cost and benefit from a decision
matrix: cost from the cost criterion's best estimates, benefit either the
additive value over the non-cost criteria (the profile's weights rescaled
to sum to 1 over those criteria, the same for every measure) or the health
criterion's best estimates. A measure that is incomplete under those
weights has no point value (see :mod:`workbench.scoring.additive`); it is
never valued as if its gaps were zero nor over its assessed criteria only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from workbench.scoring._arrays import FloatArray, check_choice, frozen
from workbench.scoring.additive import additive_kernel
from workbench.scoring.errors import Language, ScoringError, format_message
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.weights import Weights, as_weights

Objective = Literal["value", "health"]
OBJECTIVES: tuple[Objective, ...] = ("value", "health")
ConstraintKind = Literal[
    "budget", "must-in", "must-out", "requires", "excludes", "group", "year",
    "insists", "refuses", "min-count", "max-count",
]


@dataclass(frozen=True)
class Constraint:
    """One named restriction; ``codes`` are the measures it mentions."""

    kind: ConstraintKind
    codes: tuple[str, ...] = ()
    party: str | None = None
    group: str | None = None
    amount: float | None = None  # budget, year or count

    def describe(self, language: Language = "nl") -> str:
        """A one-line description for the user (e.g. in an infeasibility report)."""
        first = self.codes[0] if self.codes else ""
        other = self.codes[1] if len(self.codes) > 1 else ""
        key = {
            "budget": "c_budget", "must-in": "c_must_in", "must-out": "c_must_out",
            "requires": "c_requires", "excludes": "c_excludes", "group": "c_group",
            "year": "c_year", "insists": "c_insists", "refuses": "c_refuses",
            "min-count": "c_min_count", "max-count": "c_max_count",
        }[self.kind]
        from workbench.i18n.numbers import money

        amount = self.amount if self.amount is not None else 0.0
        return format_message(
            key, language, code=first, other=other, party=self.party or "",
            group=self.group or "", budget=money(amount, language), year=int(amount),
            count=int(amount),
        )


@dataclass(frozen=True, eq=False)
class PortfolioProblem:
    """Measures with cost and benefit, and the constraints other than the budget.

    The budget is an argument of :func:`~workbench.scoring.portfolio.optimise`
    so that one problem serves a whole efficient frontier. ``effective_year``
    maps a code to the year it takes effect; with ``by_year`` set, measures
    effective later (or with no year) are out.
    """

    codes: tuple[str, ...]
    cost: FloatArray
    benefit: FloatArray
    objective: str = "value"
    must_in: frozenset[str] = frozenset()
    must_out: frozenset[str] = frozenset()
    requires: tuple[tuple[str, str], ...] = ()
    excludes: tuple[tuple[str, str], ...] = ()
    groups: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    effective_year: Mapping[str, int] = field(default_factory=dict)
    by_year: int | None = None
    insists: Mapping[str, frozenset[str]] = field(default_factory=dict)
    refuses: Mapping[str, frozenset[str]] = field(default_factory=dict)
    min_count: int | None = None
    max_count: int | None = None

    def __post_init__(self) -> None:
        codes = tuple(self.codes)
        object.__setattr__(self, "codes", codes)
        if len(set(codes)) != len(codes):
            dupe = next(c for c in codes if codes.count(c) > 1)
            raise ScoringError("duplicate_code", code=dupe)
        cost, benefit = frozen(self.cost), frozen(self.benefit)
        for name, array in (("cost", cost), ("benefit", benefit)):
            if array.shape != (len(codes),):
                raise ScoringError("matrix_shape", name=name, got=array.shape,
                                   expected=(len(codes),))
        for i in np.flatnonzero(~np.isfinite(cost)):
            raise ScoringError("cost_missing", code=codes[i])
        for i in np.flatnonzero(~np.isfinite(benefit)):
            raise ScoringError("benefit_missing", code=codes[i], objective=self.objective)
        object.__setattr__(self, "cost", cost)
        object.__setattr__(self, "benefit", benefit)
        known = set(codes)
        mentioned: list[str] = [*self.must_in, *self.must_out, *self.effective_year]
        for a, b in (*self.requires, *self.excludes):
            if a == b:
                raise ScoringError("self_link", code=a)
            mentioned += [a, b]
        for group in self.groups.values():
            mentioned += list(group)
        for sets in (self.insists, self.refuses):
            for members in sets.values():
                mentioned += list(members)
        for code in mentioned:
            if code not in known:
                raise ScoringError("unknown_code", code=code)
        for code in sorted(self.must_in & self.must_out):
            raise ScoringError("must_and_out", code=code)

    def index(self, code: str) -> int:
        return self.codes.index(code)

    def constraints(self, budget: float | None) -> tuple[Constraint, ...]:
        """Every restriction as a named item (the budget first, if given)."""
        items: list[Constraint] = []
        if budget is not None:
            items.append(Constraint("budget", amount=float(budget)))
        items += [Constraint("must-in", (c,)) for c in sorted(self.must_in)]
        items += [Constraint("must-out", (c,)) for c in sorted(self.must_out)]
        items += [Constraint("requires", (a, b)) for a, b in self.requires]
        items += [Constraint("excludes", (a, b)) for a, b in self.excludes]
        items += [Constraint("group", tuple(m), group=g) for g, m in self.groups.items()]
        if self.by_year is not None:
            late = [c for c in self.codes if self.effective_year.get(c, self.by_year + 1)
                    > self.by_year]
            items += [Constraint("year", (c,), amount=self.by_year) for c in late]
        for party, members in self.insists.items():
            items += [Constraint("insists", (c,), party=party) for c in sorted(members)]
        for party, members in self.refuses.items():
            items += [Constraint("refuses", (c,), party=party) for c in sorted(members)]
        if self.min_count is not None:
            items.append(Constraint("min-count", amount=self.min_count))
        if self.max_count is not None:
            items.append(Constraint("max-count", amount=self.max_count))
        return tuple(items)


@dataclass(frozen=True, eq=False)
class PortfolioInputs:
    """Cost and benefit per measure as derived from a decision matrix."""

    codes: tuple[str, ...]
    cost: FloatArray
    benefit: FloatArray
    objective: Objective
    weights: Weights | None
    dropped: tuple[str, ...]


def portfolio_inputs(
    matrix: DecisionMatrix,
    *,
    cost_criterion: str,
    objective: str = "value",
    weights: Weights | npt.ArrayLike | None = None,
    health_criterion: str | None = None,
    skip_incomplete: bool = False,
) -> PortfolioInputs:
    """Cost and benefit arrays for the portfolio from ``matrix``.

    ``objective="value"`` needs ``weights`` over the matrix criteria; the
    cost criterion is dropped and the rest renormalised (so a cheap measure
    is not counted twice). ``objective="health"`` needs ``health_criterion``.
    A measure lacking its cost or benefit -- for ``"value"`` that includes
    every measure missing an assessment on a non-cost criterion with
    positive weight -- is refused by name, or with ``skip_incomplete`` left
    out and listed in ``dropped`` (in matrix order).
    """
    chosen = check_choice(objective, OBJECTIVES, "objective")
    if cost_criterion not in matrix.criteria:
        raise ScoringError("no_criterion_role", role="cost", criterion=cost_criterion)
    c = matrix.criterion_index(cost_criterion)
    cost = matrix.best[:, c]
    used_weights: Weights | None = None
    if chosen == "value":
        if weights is None:
            raise ScoringError("weights_size", got=0, expected=len(matrix.criteria))
        full = as_weights(matrix.criteria, weights)
        rest = tuple(k for k in matrix.criteria if k != cost_criterion)
        used_weights = full.restricted_to(rest)
        values = matrix.select(criteria=rest).values("best")
        # An incomplete measure has no point value (NaN), never a re-normalised one.
        benefit = additive_kernel(values, used_weights.values).scores
    else:
        if health_criterion is None or health_criterion not in matrix.criteria:
            raise ScoringError("no_criterion_role", role="health", criterion=health_criterion)
        benefit = matrix.best[:, matrix.criterion_index(health_criterion)]
    usable = np.isfinite(cost) & np.isfinite(benefit)
    if not skip_incomplete:
        for i in np.flatnonzero(~np.isfinite(cost)):
            raise ScoringError("cost_missing", code=matrix.alternatives[i])
        for i in np.flatnonzero(~np.isfinite(benefit)):
            raise ScoringError("benefit_missing", code=matrix.alternatives[i], objective=chosen)
    keep = np.flatnonzero(usable)
    return PortfolioInputs(
        tuple(matrix.alternatives[i] for i in keep),
        frozen(cost[keep]),
        frozen(benefit[keep]),
        chosen,
        used_weights,
        tuple(matrix.alternatives[i] for i in np.flatnonzero(~usable)),
    )


def problem_from_inputs(inputs: PortfolioInputs, **constraints: object) -> PortfolioProblem:
    """Convenience: a :class:`PortfolioProblem` from inputs plus constraint keywords."""
    return PortfolioProblem(
        inputs.codes, inputs.cost, inputs.benefit, inputs.objective, **constraints  # type: ignore[arg-type]
    )


def links_from_pairs(pairs: Iterable[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    """Normalise user-given link pairs to a tuple of 2-tuples."""
    return tuple((str(a), str(b)) for a, b in pairs)
