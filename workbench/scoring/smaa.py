"""SMAA-2: rank acceptability, central weights, confidence and winning indices.

This module owns the stochastic multicriteria acceptability analysis
(Lahdelma & Salminen 2001) on the additive value model: draw values
(:mod:`workbench.scoring.smaa_sampling`) and weights, rank the alternatives
in every draw, and summarise: rank acceptability b[i, r] (share of draws in
which i has rank r + 1), central weights (mean weights over the draws in
which i ranks first), confidence factors (share of value draws in which i
ranks first at its own central weights), pairwise winning indices
P(rank i < rank k) and the probability of being in the top k.

Reproducibility: the seed (drawn and recorded when not given) is split with
``SeedSequence.spawn`` into one stream for the weights and one per block of
draws; blocks are fixed-size, so the output is identical for a given seed
whatever the number of worker threads. Speed: blocks run on a small thread
pool (numpy's sort, matmul and generators release the GIL); within a block
draws are processed in cache-sized chunks so memory stays bounded; ranks
come from one argsort per draw and rank counts from one bincount per block.
The confidence factors need the value draws again at new weights; rather
than storing them, a second pass regenerates the identical streams.

Bounded outputs: pairwise winning indices are computed among the
``pairwise_limit`` alternatives that rank best at the mean weights, and
confidence factors for the ``confidence_limit`` alternatives with the highest
first-rank acceptability (a full 1,000 x 1,000 winning matrix would cost
10^10 comparisons). Others are NaN and listed nowhere as computed. Ties
between simulated scores have probability zero and are broken by order.

Incomplete measures follow the additive ranking's rule in every draw and in
every output (ranks, central weights, confidence factors, pairwise
indices): a measure missing an assessment on a criterion with positive
weight ranks after every complete one, and the incomplete ones are ordered
among themselves by the low end of their interval (gaps at value 0). With
fixed weights a gap on a zero-weight criterion does not count; random
weights are positive with probability one, so there any gap does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from workbench.scoring._arrays import (
    BoolArray,
    FloatArray,
    IntArray,
    check_choice,
    check_positive_int,
    competition_ranks,
    lock,
)
from workbench.scoring.additive import additive_kernel
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.result import JsonValue
from workbench.scoring.smaa_sampling import (
    DISTRIBUTIONS,
    Distribution,
    F32Array,
    FixedWeights,
    UniformWeights,
    ValueSampler,
    WeightModel,
    sample_weights,
    weight_model_name,
)

BLOCK_DRAWS = 500
_CHUNK_CELLS = 200_000  # ~800 kB of float32 per chunk: stays in the L2/L3 cache
_T = TypeVar("_T")


@dataclass(frozen=True, eq=False)
class SMAAResult:
    """Everything SMAA-2 reports, with the settings needed to reproduce it.

    Arrays are read-only; rows follow ``alternatives``. ``rank_acceptability``
    is (n, n) with column 0 = rank 1. ``central_weights`` is (n, m), NaN for
    alternatives that never rank first. ``confidence`` is NaN where not
    computed (never first, or beyond ``confidence_limit``).
    ``pairwise_winning[a, b]`` is P(rank of pairwise_codes[a] < rank of
    pairwise_codes[b]).
    """

    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    seed: int
    draws: int
    distribution: str
    weight_model: str
    weight_order: tuple[str, ...]
    complete: BoolArray
    rank_acceptability: FloatArray
    central_weights: FloatArray
    confidence: FloatArray
    pairwise_codes: tuple[str, ...]
    pairwise_winning: FloatArray
    mean_weights: FloatArray

    @property
    def first_rank_acceptability(self) -> FloatArray:
        return lock(self.rank_acceptability[:, 0].copy())

    @property
    def expected_rank(self) -> FloatArray:
        """Sum over r of r * b[i, r] (ranks from 1)."""
        ranks = np.arange(1, len(self.alternatives) + 1)
        return lock(self.rank_acceptability @ ranks)

    def top_k_probability(self, k: int) -> FloatArray:
        """P(alternative in the first ``k`` ranks) = sum of its first k acceptabilities."""
        k = check_positive_int(k, "k")
        return lock(self.rank_acceptability[:, :k].sum(axis=1))

    def to_dict(self, top_k: int = 3) -> dict[str, JsonValue | FloatArray]:
        """The documented JSON shape of ``workbench smaa --json``.

        Rank acceptabilities stay numpy rows (NaN where there is no number):
        a JSON writer that takes arrays (orjson) writes 10^6 of them without a
        Python float each; :func:`workbench.cli.output.json_bytes` turns NaN
        into null, as it does for every number that is not there.
        """

        def numbers(row: FloatArray) -> list[JsonValue]:
            return [None if np.isnan(x) else float(x) for x in row]

        top = self.top_k_probability(top_k)
        central: dict[str, JsonValue] = {}
        for i, code in enumerate(self.alternatives):
            if not np.isnan(self.central_weights[i, 0]):
                central[code] = dict(
                    zip(self.criteria, numbers(self.central_weights[i]), strict=True)
                )
        acceptability = np.ascontiguousarray(self.rank_acceptability, dtype=np.float64)
        return {
            "seed": self.seed,
            "draws": self.draws,
            "distribution": self.distribution,
            "weights": self.weight_model,
            "weight_order": list(self.weight_order),
            "rank_acceptability": dict(zip(self.alternatives, acceptability, strict=True)),
            "central_weights": central,
            "confidence": {
                code: None if np.isnan(c) else float(c)
                for code, c in zip(self.alternatives, self.confidence, strict=True)
            },
            "top_k": top_k,
            "top_k_probability": {
                code: float(p) for code, p in zip(self.alternatives, top, strict=True)
            },
            "complete": {
                code: bool(c) for code, c in zip(self.alternatives, self.complete, strict=True)
            },
            "pairwise_winning": {
                code: dict(
                    zip(self.pairwise_codes, numbers(self.pairwise_winning[a]), strict=True)
                )
                for a, code in enumerate(self.pairwise_codes)
            },
        }


@dataclass
class _Partial:
    counts: IntArray
    first_weight_sum: FloatArray
    pairwise: IntArray


def _map_blocks(function: Callable[[int], _T], blocks: int, workers: int) -> list[_T]:
    if workers <= 1 or blocks <= 1:
        return [function(b) for b in range(blocks)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, range(blocks)))


def _default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def _confidence_pass(
    matrix: DecisionMatrix,
    sampler: ValueSampler,
    central: FloatArray,
    candidates: IntArray,
    penalty: F32Array | None,
    distribution: Distribution,
    streams: Sequence[np.random.SeedSequence],
    draws: int,
    workers: int,
) -> FloatArray:
    """Share of value draws in which each candidate ranks first at its central weights.

    Re-creates pass one's value draws from the same streams. Alternatives
    whose best possible score at a candidate's central weights is below the
    candidate's worst possible score cannot beat it; when that holds for
    every candidate they are left out of the arithmetic (their random
    numbers are still consumed, so the kept rows get identical values).
    ``penalty`` (per alternative, 2 where incomplete) keeps the incomplete
    group after the complete one, as in pass one.
    """
    n, m = matrix.shape
    lo, hi = sampler.value_bounds
    lower = np.einsum("km,km->k", central, lo[candidates])
    upper = hi @ central.T  # (n, K)
    if penalty is not None:
        lower = lower - penalty[candidates]
        upper = upper - penalty[:, None]
    # float32 scores: a margin keeps rounding from pruning a true contender.
    relevant = np.any(upper >= lower[None, :] - 1e-5, axis=1)
    relevant[candidates] = True
    rows = np.flatnonzero(relevant)
    # Gathering a subset of the raw stream only pays when it is a small one.
    subset = rows.size < n // 2
    if not subset:
        rows = np.arange(n)
    sub = ValueSampler(matrix, distribution, rows=rows) if subset else sampler
    position = np.searchsorted(rows, candidates)
    central32 = central.astype(np.float32)  # (K, m)
    row_penalty = None if penalty is None or not penalty[rows].any() else penalty[rows]
    r = rows.size
    chunk = max(1, min(BLOCK_DRAWS, _CHUNK_CELLS // (n * m)))

    def block_hits(block: int) -> IntArray:
        start = block * BLOCK_DRAWS
        stop = min(draws, start + BLOCK_DRAWS)
        bitgen = np.random.SFC64(streams[block + 1])
        buffer: F32Array = np.empty((chunk, r, m), dtype=np.float32)
        scratch: F32Array = np.empty((chunk, r, m), dtype=np.float32)
        hits = np.zeros(candidates.size, dtype=np.int64)
        for s0 in range(start, stop, chunk):
            count = min(chunk, stop - s0)
            v = sub.draw(bitgen, count, buffer, scratch)
            # (K, m) @ (c, m, r) -> (c, K, r): the argmax runs along contiguous rows.
            scores = np.matmul(central32, v.transpose(0, 2, 1))
            if row_penalty is not None:
                scores -= row_penalty
            winners = scores.argmax(axis=2)
            hits += (winners == position[None, :]).sum(axis=0)
        return hits

    blocks = len(streams) - 1
    hits = sum(_map_blocks(block_hits, blocks, workers), start=np.zeros(candidates.size, np.int64))
    result: FloatArray = hits / draws
    return result


def smaa2(
    matrix: DecisionMatrix,
    weights: WeightModel | None = None,
    *,
    draws: int = 10_000,
    seed: int | None = None,
    distribution: str = "triangular",
    pairwise_limit: int = 50,
    confidence_limit: int = 10,
    workers: int | None = None,
) -> SMAAResult:
    """Run SMAA-2 on ``matrix``; see the module docstring for what is reported.

    ``weights`` defaults to :class:`UniformWeights`. ``seed=None`` draws a
    fresh seed and records it in the result; passing it back reproduces the
    run exactly. ``workers`` defaults to the available cores (at most 4).
    """
    model: WeightModel = UniformWeights() if weights is None else weights
    dist = check_choice(distribution, DISTRIBUTIONS, "distribution")
    draws = check_positive_int(draws, "draws")
    n, m = matrix.shape
    sequence = np.random.SeedSequence(seed)
    recorded_seed = int(sequence.entropy) if seed is None else int(seed)  # type: ignore[arg-type]
    blocks = -(-draws // BLOCK_DRAWS)
    streams = sequence.spawn(blocks + 1)
    w_all = sample_weights(model, matrix.criteria, draws, np.random.default_rng(streams[0]))
    w32 = w_all.astype(np.float32)
    mean_weights = w_all.mean(axis=0)
    fixed = isinstance(model, FixedWeights)

    # Pairwise indices among those that rank best at the mean weights. The
    # mean weights use a criterion iff some draw does (fixed weights: the
    # profile's; random ones: every criterion), so ``complete`` here is the
    # incomplete-measure rule of every draw.
    at_mean = additive_kernel(matrix.values("best"), mean_weights)
    complete = at_mean.complete
    pairwise_idx = np.argsort(competition_ranks(at_mean.score_low, complete), kind="stable")[
        : min(n, pairwise_limit)
    ]
    sampler = ValueSampler(matrix, dist)
    chunk = max(1, min(BLOCK_DRAWS, _CHUNK_CELLS // (n * m)))
    workers = _default_workers() if workers is None else max(1, workers)
    rank_positions = np.arange(n, dtype=np.int64)
    base_t: F32Array = sampler.base.T.copy() if sampler.separable else np.empty((m, n), np.float32)
    # As in the additive ranking, an incomplete measure ranks after every
    # complete one in each draw; its gaps are drawn at value 0, which orders
    # the incomplete ones among themselves by their low end. Scores lie in
    # [0, 1], so a penalty of 2 is enough.
    incomplete = ~complete
    penalty: F32Array | None = (
        np.where(incomplete, 2.0, 0.0).astype(np.float32) if incomplete.any() else None
    )

    def chunks(block: int) -> tuple[np.random.BitGenerator, int, int]:
        start = block * BLOCK_DRAWS
        return np.random.SFC64(streams[block + 1]), start, min(draws, start + BLOCK_DRAWS)

    def run_block(block: int) -> _Partial:
        bitgen, start, stop = chunks(block)
        buffer: F32Array = np.empty((chunk, n, m), dtype=np.float32)
        scratch: F32Array = np.empty((chunk, n, m), dtype=np.float32)
        order = np.empty((stop - start, n), dtype=np.int64)
        separable = sampler.separable
        for s0 in range(start, stop, chunk):
            count = min(chunk, stop - s0)
            v = sampler.draw(bitgen, count, buffer, scratch, add_base=not separable)
            # Stacked matmul, never a 2-D BLAS call: in this environment a
            # (16000 x 12) @ (12 x k) gemm from two worker threads was ~30x
            # slower than numpy's stacked loop (BLAS threads oversubscribing).
            weights_now = w32[:1, :, None] if fixed else w32[s0 : s0 + count, :, None]
            scores = np.matmul(v, weights_now)[..., 0]
            if separable:
                # The constant part of every value, weighted: (count, n).
                scores += np.matmul(weights_now[..., 0][:, None, :], base_t)[:, 0, :]
            if penalty is not None:
                scores -= penalty
            np.negative(scores, out=scores)
            order[s0 - start : s0 - start + count] = np.argsort(scores, axis=1)
        inverse = np.empty_like(order)
        np.put_along_axis(inverse, order, rank_positions[None, :], axis=1)
        # Count (alternative, rank) pairs alternative by alternative: each
        # alternative's increments then land in one cache-resident row of the
        # n x n histogram instead of being scattered over all of it (~4x faster).
        flat = (inverse.T + (rank_positions * n)[:, None]).ravel()
        counts = np.bincount(flat, minlength=n * n)
        first = order[:, 0]
        first_weight_sum = np.stack(
            [np.bincount(first, weights=w_all[start:stop, j], minlength=n) for j in range(m)],
            axis=1,
        ).astype(np.float64)  # weighted bincount is float64 already; this is for mypy
        sub = inverse[:, pairwise_idx]
        pairwise = (sub[:, :, None] < sub[:, None, :]).sum(axis=0)
        return _Partial(counts.reshape(n, n), first_weight_sum, pairwise)

    partials = _map_blocks(run_block, blocks, workers)
    counts = sum((p.counts for p in partials), start=np.zeros((n, n), dtype=np.int64))
    first_weight_sum = sum(
        (p.first_weight_sum for p in partials), start=np.zeros((n, m), dtype=np.float64)
    )
    pairwise = sum(
        (p.pairwise for p in partials),
        start=np.zeros((pairwise_idx.size, pairwise_idx.size), dtype=np.int64),
    )
    first_count = counts[:, 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        central = first_weight_sum / first_count[:, None]
    central[first_count == 0] = np.nan

    confidence = np.full(n, np.nan)
    candidates = np.argsort(-first_count, kind="stable")[: min(n, confidence_limit)]
    candidates = candidates[first_count[candidates] > 0]
    if fixed:
        # Same value draws, same weights: the confidence factor *is* b[i, 1].
        confidence[candidates] = first_count[candidates] / draws
    elif candidates.size:
        confidence[candidates] = _confidence_pass(
            matrix, sampler, central[candidates], candidates, penalty, dist, streams, draws,
            workers,
        )

    order_keys: Sequence[str] = ()
    if not isinstance(model, FixedWeights | UniformWeights):
        order_keys = model.order
    return SMAAResult(
        alternatives=matrix.alternatives,
        criteria=matrix.criteria,
        seed=recorded_seed,
        draws=draws,
        distribution=dist,
        weight_model=weight_model_name(model),
        weight_order=tuple(order_keys),
        complete=lock(complete),
        rank_acceptability=lock(counts / draws),
        central_weights=lock(central),
        confidence=lock(confidence),
        pairwise_codes=tuple(matrix.alternatives[i] for i in pairwise_idx),
        pairwise_winning=lock(pairwise / draws),
        mean_weights=lock(mean_weights),
    )
