from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.scoring import (
    DecisionMatrix,
    LinearValue,
    PortfolioProblem,
    ScoringError,
    direct_weights,
    efficient_frontier,
    optimise,
    portfolio_inputs,
)

# Reference: mcda-cases.md, "Worked example (ten projects, cost/value)".
PROJECTS = ("AI service", "data platform", "app", "SEO", "performance", "testing",
            "security", "i18n", "API platform", "BI dashboard")
COST = (150, 200, 180, 50, 120, 80, 60, 100, 160, 90)
VALUE = (400, 350, 300, 180, 250, 200, 150, 220, 280, 190)
LINKS = {
    "requires": (("AI service", "data platform"),),
    "excludes": (("app", "API platform"),),
}


def test_portfolio_ten_projects_with_links() -> None:
    problem = PortfolioProblem(PROJECTS, COST, VALUE, min_count=3, **LINKS)  # type: ignore[arg-type]
    result = optimise(problem, 500)
    assert result.status == "optimal"
    assert result.objective_value == 1190
    assert result.total_cost == 500
    assert set(result.selected) == {"SEO", "performance", "testing", "security", "i18n",
                                    "BI dashboard"}


def test_portfolio_ten_projects_without_links() -> None:
    result = optimise(PortfolioProblem(PROJECTS, COST, VALUE, min_count=3), 500)
    assert result.status == "optimal"
    assert result.objective_value == 1250


def test_infeasible_names_the_conflicting_constraints_only() -> None:
    problem = PortfolioProblem(
        PROJECTS, COST, VALUE,
        must_in=frozenset({"app", "SEO"}),
        insists={"Tata": frozenset({"API platform"})},
        must_out=frozenset({"security"}),
        **LINKS,  # type: ignore[arg-type]
    )
    result = optimise(problem, 10_000)
    assert result.status == "infeasible"
    assert result.selected == ()
    described = sorted((c.kind, c.codes) for c in result.conflicts)
    assert described == [("excludes", ("app", "API platform")), ("insists", ("API platform",)),
                         ("must-in", ("app",))]
    texts = [c.describe("nl") for c in result.conflicts]
    assert "rode lijn: 'Tata' eist 'API platform'" in texts
    data = result.to_dict("en")
    assert data["status"] == "infeasible" and len(data["conflicts"]) == 3  # type: ignore[arg-type]


def test_budget_below_must_in_is_a_budget_conflict() -> None:
    problem = PortfolioProblem(PROJECTS, COST, VALUE, must_in=frozenset({"AI service"}),
                               **LINKS)  # type: ignore[arg-type]
    result = optimise(problem, 300)  # AI service needs the data platform: 350
    kinds = sorted(c.kind for c in result.conflicts)
    assert result.status == "infeasible"
    assert kinds == ["budget", "must-in", "requires"]


def test_by_year_and_refusals_keep_measures_out() -> None:
    problem = PortfolioProblem(
        PROJECTS, COST, VALUE,
        effective_year={code: 2026 for code in PROJECTS} | {"AI service": 2032},
        by_year=2030,
        refuses={"Velsen": frozenset({"SEO"})},
    )
    result = optimise(problem, 10_000)
    assert result.status == "optimal"
    assert "AI service" not in result.selected and "SEO" not in result.selected
    assert result.objective_value == sum(VALUE) - 400 - 180


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"must_in": frozenset({"app"}), "must_out": frozenset({"app"})}, "must_and_out"),
        ({"requires": (("app", "nope"),)}, "unknown_code"),
        ({"excludes": (("app", "app"),)}, "self_link"),
    ],
)
def test_bad_problems_are_refused(kwargs: dict[str, object], key: str) -> None:
    with pytest.raises(ScoringError) as caught:
        PortfolioProblem(PROJECTS, COST, VALUE, **kwargs)  # type: ignore[arg-type]
    assert caught.value.key == key


def test_negative_budget_and_missing_cost_are_refused() -> None:
    with pytest.raises(ScoringError):
        optimise(PortfolioProblem(PROJECTS, COST, VALUE), -1)
    with pytest.raises(ScoringError) as caught:
        PortfolioProblem(("a", "b"), [1.0, np.nan], [1.0, 2.0])
    assert caught.value.key == "cost_missing"


def _brute_force(cost: np.ndarray, value: np.ndarray, budget: float,
                 requires: list[tuple[int, int]], excludes: list[tuple[int, int]],
                 group: list[int]) -> float | None:
    best: float | None = None
    n = len(cost)
    for bits in itertools.product((0, 1), repeat=n):
        x = np.array(bits)
        if cost @ x > budget + 1e-9:
            continue
        if any(x[a] > x[b] for a, b in requires) or any(x[a] + x[b] > 1 for a, b in excludes):
            continue
        if group and x[group].sum() > 1:
            continue
        total = float(value @ x)
        best = total if best is None else max(best, total)
    return best


@st.composite
def instances(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, float, list[tuple[int, int]],
                                        list[tuple[int, int]], list[int]]:
    n = draw(st.integers(2, 8))
    cost = np.array(draw(st.lists(st.integers(0, 50), min_size=n, max_size=n)), dtype=float)
    value = np.array(draw(st.lists(st.integers(0, 50), min_size=n, max_size=n)), dtype=float)
    budget = float(draw(st.integers(0, 150)))
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    requires = draw(st.lists(pair, max_size=3))
    excludes = draw(st.lists(pair, max_size=3))
    group = sorted(draw(st.sets(st.integers(0, n - 1), max_size=3)))
    return cost, value, budget, requires, excludes, group


@settings(max_examples=40, deadline=None)
@given(instances())
def test_milp_optimum_equals_brute_force(
    instance: tuple[np.ndarray, np.ndarray, float, list[tuple[int, int]],
                    list[tuple[int, int]], list[int]],
) -> None:
    cost, value, budget, requires, excludes, group = instance
    codes = tuple(f"m{i}" for i in range(len(cost)))
    problem = PortfolioProblem(
        codes, cost, value,
        requires=tuple((codes[a], codes[b]) for a, b in requires),
        excludes=tuple((codes[a], codes[b]) for a, b in excludes),
        groups={"g": tuple(codes[i] for i in group)} if group else {},
    )
    expected = _brute_force(cost, value, budget, requires, excludes, group)
    result = optimise(problem, budget)
    assert expected is not None  # the empty package always fits here
    assert result.status == "optimal"
    assert result.objective_value == pytest.approx(expected)
    assert result.total_cost <= budget + 1e-9


@settings(max_examples=20, deadline=None)
@given(instances(), st.integers(2, 8))
def test_frontier_never_decreases(
    instance: tuple[np.ndarray, np.ndarray, float, list[tuple[int, int]],
                    list[tuple[int, int]], list[int]],
    steps: int,
) -> None:
    cost, value, _, requires, excludes, _ = instance
    codes = tuple(f"m{i}" for i in range(len(cost)))
    problem = PortfolioProblem(codes, cost, value,
                               requires=tuple((codes[a], codes[b]) for a, b in requires),
                               excludes=tuple((codes[a], codes[b]) for a, b in excludes))
    points = efficient_frontier(problem, 0, float(cost.sum()), steps)
    values = [p.result.objective_value for p in points]
    assert all(b >= a for a, b in itertools.pairwise(values))
    assert values[-1] == pytest.approx(_brute_force(cost, value, float(cost.sum()), requires,
                                                    excludes, []))


def test_frontier_of_the_ten_projects_reaches_1190_at_500() -> None:
    problem = PortfolioProblem(PROJECTS, COST, VALUE, min_count=3, **LINKS)  # type: ignore[arg-type]
    points = efficient_frontier(problem, 100, 500, 5)
    assert [p.budget for p in points] == [100, 200, 300, 400, 500]
    assert points[-1].result.objective_value == 1190
    assert points[0].result.status == "infeasible"  # three projects cost at least 190


def test_portfolio_inputs_renormalise_weights_over_non_cost_criteria() -> None:
    m = DecisionMatrix.from_best(
        ["a", "b"], ["health", "cost", "feasibility"],
        [[10, 100, 0], [0, 50, 10]],
        [LinearValue(0, 10), LinearValue.lower_is_better(0, 100), LinearValue(0, 10)],
    )
    inputs = portfolio_inputs(m, cost_criterion="cost",
                              weights=direct_weights(m.criteria, [0.6, 0.2, 0.2]))
    assert inputs.cost.tolist() == [100, 50]
    assert inputs.benefit.tolist() == pytest.approx([0.75, 0.25])
    assert inputs.weights is not None and inputs.weights.normalised
    health = portfolio_inputs(m, cost_criterion="cost", objective="health",
                              health_criterion="health")
    assert health.benefit.tolist() == [10, 0]
    with pytest.raises(ScoringError):
        portfolio_inputs(m, cost_criterion="price", weights=[1, 1, 1])


def test_portfolio_inputs_leave_incomplete_measures_out_never_at_zero_or_renormalised() -> None:
    # "gap" lacks health (weight 0.6): no point value, so it is refused by
    # name, or left out and listed with skip_incomplete -- never valued at
    # 0.2 (gap as zero) or 1.0 (re-normalised over feasibility alone).
    # "free" lacks feasibility: incomplete too, until feasibility weighs 0.
    nan = np.nan
    m = DecisionMatrix.from_best(
        ["a", "gap", "free"], ["health", "cost", "feasibility"],
        [[10, 100, 0], [nan, 50, 10], [5, 20, nan]],
        [LinearValue(0, 10), LinearValue.lower_is_better(0, 100), LinearValue(0, 10)],
    )
    weights = direct_weights(m.criteria, [0.6, 0.2, 0.2])
    with pytest.raises(ScoringError) as refused:
        portfolio_inputs(m, cost_criterion="cost", weights=weights)
    assert "gap" in str(refused.value)
    inputs = portfolio_inputs(m, cost_criterion="cost", weights=weights, skip_incomplete=True)
    assert inputs.codes == ("a",) and inputs.dropped == ("gap", "free")
    assert inputs.benefit.tolist() == pytest.approx([0.75])
    zero_feasibility = direct_weights(m.criteria, [0.8, 0.2, 0.0])
    inputs = portfolio_inputs(m, cost_criterion="cost", weights=zero_feasibility,
                              skip_incomplete=True)
    assert inputs.codes == ("a", "free") and inputs.dropped == ("gap",)
    assert inputs.benefit.tolist() == pytest.approx([1.0, 0.5])
