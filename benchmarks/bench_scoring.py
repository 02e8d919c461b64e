"""Performance budgets of the scoring engine, runnable by hand.

    /work/venv/bin/python benchmarks/bench_scoring.py [--quick]

Prints, per budget in DESIGN.md / issue 3, the best and median wall time
over a few repetitions and whether it meets the goal:

* re-ranking 1,000 measures x 12 criteria after a weight change (< 16 ms);
* SMAA-2, 10,000 draws x 1,000 measures x 12 criteria (< 1 s);
* portfolio optimum, 200 measures with requires/excludes/group links (< 1 s);
* TOPSIS on the same 1,000 x 12 matrix, ours side by side with pymcdm's in
  one run (goal: no slower).

The machine may be shared; the load average is printed so a slow figure can
be read in context. The best-of-N time is the figure to compare with the
goal (it is the least disturbed by other processes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from workbench.scoring import (
    DecisionMatrix,
    LinearValue,
    PortfolioProblem,
    UniformWeights,
    direct_weights,
    optimise,
    rank_additive,
    rank_topsis,
    smaa2,
)
from workbench.scoring.topsis import topsis_kernel

N, M = 1_000, 12


def timed(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(best, median) seconds over ``repeat`` runs after one warm-up run."""
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def report(label: str, best: float, median: float, goal: float | None) -> None:
    verdict = ""
    if goal is not None:
        verdict = f"goal < {goal * 1e3:8.1f} ms: {'MET' if best < goal else 'MISSED'}"
    print(f"{label:<60} best {best * 1e3:9.2f} ms  median {median * 1e3:9.2f} ms  {verdict}")


def decision_matrix(seed: int = 0) -> DecisionMatrix:
    rng = np.random.default_rng(seed)
    best = rng.uniform(20, 80, (N, M))
    low = best - rng.uniform(0, 15, (N, M))
    high = best + rng.uniform(0, 15, (N, M))
    functions = [
        LinearValue.lower_is_better(0, 100) if j % 3 == 0 else LinearValue(0, 100)
        for j in range(M)
    ]
    return DecisionMatrix(
        tuple(f"M{i:04d}" for i in range(N)), tuple(f"c{j}" for j in range(M)),
        low, best, high, functions,
    )


def bench_rerank(matrix: DecisionMatrix, repeat: int) -> None:
    rng = np.random.default_rng(1)
    rank_additive(matrix, np.ones(M))  # the values are computed once per matrix

    def rerank() -> object:
        return rank_additive(matrix, rng.uniform(0.1, 1.0, M))

    report("re-rank 1,000 x 12 after a weight change", *timed(rerank, repeat), goal=0.016)


def bench_smaa(matrix: DecisionMatrix, repeat: int, draws: int) -> None:
    def run() -> object:
        return smaa2(matrix, UniformWeights(), draws=draws, seed=2024)

    result = smaa2(matrix, UniformWeights(), draws=draws, seed=2024)
    label = f"SMAA-2 {draws:,} x 1,000 x 12 (uniform weights)"
    report(label, *timed(run, repeat), goal=1.0 if draws == 10_000 else None)
    print(f"    confidence factors computed: {int(np.isfinite(result.confidence).sum())}, "
          f"pairwise set: {len(result.pairwise_codes)}, workers: default")

    weights = direct_weights(matrix.criteria, np.ones(M))
    from workbench.scoring import FixedWeights

    def fixed() -> object:
        return smaa2(matrix, FixedWeights(weights), draws=draws, seed=2024)

    report(f"SMAA-2 {draws:,} x 1,000 x 12 (fixed weights)", *timed(fixed, repeat), goal=None)

    def no_confidence() -> object:
        return smaa2(matrix, UniformWeights(), draws=draws, seed=2024, confidence_limit=0)

    report(f"SMAA-2 {draws:,} x 1,000 x 12 (uniform, no confidence)",
           *timed(no_confidence, repeat), goal=None)


def portfolio_problem(seed: int = 3, n: int = 200) -> tuple[PortfolioProblem, float]:
    rng = np.random.default_rng(seed)
    codes = tuple(f"P{i:03d}" for i in range(n))
    cost = rng.integers(10, 500, n).astype(float) * 1_000
    value = np.round(cost / 1_000 * rng.uniform(0.5, 1.5, n) + rng.uniform(0, 100, n), 3)
    pairs = rng.choice(n, size=(120, 2))
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    requires = tuple((codes[a], codes[b]) for a, b in pairs[:60])
    excludes = tuple((codes[a], codes[b]) for a, b in pairs[60:])
    groups = {f"G{g}": tuple(codes[i] for i in rng.choice(n, 4, replace=False))
              for g in range(10)}
    problem = PortfolioProblem(codes, cost, value, requires=requires, excludes=excludes,
                               groups=groups)
    return problem, float(cost.sum() * 0.3)


def bench_portfolio(repeat: int) -> None:
    problem, budget = portfolio_problem()
    result = optimise(problem, budget)
    report("portfolio 200 measures, 60 requires/60 excludes/10 groups",
           *timed(lambda: optimise(problem, budget), repeat), goal=1.0)
    print(f"    status {result.status}, {len(result.selected)} selected, "
          f"objective {result.objective_value:.1f}")
    # Infeasible variant: two measures that exclude each other are both
    # required; the conflict search (deletion filter) runs extra solves.
    a, b = problem.excludes[0]
    conflicted = PortfolioProblem(
        problem.codes, problem.cost, problem.benefit, requires=problem.requires,
        excludes=problem.excludes, groups=problem.groups, must_in=frozenset({a, b}),
    )
    infeasible = optimise(conflicted, budget)
    report("portfolio 200 measures, infeasible + conflict search",
           *timed(lambda: optimise(conflicted, budget), max(1, repeat // 2)), goal=None)
    print(f"    status {infeasible.status}, conflicts: "
          f"{'; '.join(c.describe('en') for c in infeasible.conflicts)}")


def bench_topsis(repeat: int) -> None:
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    rng = np.random.default_rng(4)
    raw = rng.uniform(1, 100, (N, M))
    # Benefit-only so that both libraries must give identical closeness.
    matrix = DecisionMatrix.from_best(
        tuple(f"M{i}" for i in range(N)), tuple(f"c{j}" for j in range(M)), raw,
        [LinearValue(0, 100)] * M,
    )
    weights = direct_weights(matrix.criteria, rng.uniform(0.1, 1, M))
    theirs = TOPSIS(normalization_function=vector_normalization)
    types = np.ones(M)
    ours = rank_topsis(matrix, weights).scores
    reference = theirs(raw, weights.values, types)
    print(f"    max |ours - pymcdm| closeness: {np.max(np.abs(ours - reference)):.2e}")
    best_p, median_p = timed(lambda: theirs(raw, weights.values, types), repeat)
    best_q, median_q = timed(
        lambda: theirs(raw, weights.values, types, validation=False), repeat
    )
    best_o, median_o = timed(lambda: rank_topsis(matrix, weights), repeat)
    best_k, median_k = timed(
        lambda: topsis_kernel(raw, weights.values, matrix.directions, "vector"), repeat
    )
    report("TOPSIS 1,000 x 12: pymcdm TOPSIS (vector)", best_p, median_p, goal=None)
    report("TOPSIS 1,000 x 12: pymcdm TOPSIS (vector, validation=False)", best_q, median_q,
           goal=None)
    report("TOPSIS 1,000 x 12: ours, rank_topsis (full result)", best_o, median_o, goal=None)
    report("TOPSIS 1,000 x 12: ours, topsis_kernel only", best_k, median_k, goal=None)
    verdict = "MET" if best_o <= min(best_p, best_q) else "MISSED"
    print(f"    goal 'no slower than pymcdm': {verdict} (ours full result / pymcdm = "
          f"{best_o / best_p:.2f}x, vs pymcdm without validation {best_o / best_q:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    print(f"cores available: {len(os.sched_getaffinity(0))}, load average: "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}, "
          f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}")
    matrix = decision_matrix()
    bench_rerank(matrix, repeat=50)
    bench_smaa(matrix, repeat=repeat, draws=10_000)
    bench_portfolio(repeat=repeat)
    bench_topsis(repeat=50)


if __name__ == "__main__":
    main()
