"""Parties' perspectives: agreement between rankings, stances and red lines.

This module owns the comparisons across parties: Kendall's tau between the
rankings of two weight profiles, the measures every profile places in its
top k, a per-measure flag derived from the parties' stances and red lines,
and per package which parties' red lines it violates.

The rule, exactly. A stance is an integer from -2 (strongly against) to +2
(strongly for), or absent. A red line attaches to a stance and needs a
sign: with a positive stance the party *insists* on the measure, with a
negative stance it *refuses* it (a red line on a neutral or absent stance
is refused as input). Per measure:

* ``blocked``   -- at least one party refuses it;
* ``contested`` -- not blocked, and at least one party is against (< 0);
* ``consensus`` -- nobody is against and at least one party is for (> 0);
* ``open``      -- nobody is for or against (no stances, or only neutral).

A package violates a party's red lines when it includes a measure the party
refuses or leaves out a measure the party insists on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from workbench.scoring._arrays import BoolArray, FloatArray, check_positive_int, frozen, lock
from workbench.scoring.errors import ScoringError
from workbench.scoring.result import RankingResult

MeasureFlag = Literal["consensus", "contested", "blocked", "open"]


def kendall_tau(a: RankingResult, b: RankingResult) -> float:
    """Kendall's tau-b between two rankings of the same alternatives (scipy).

    Computed on the ranks, so ties and the incomplete-last rule count as
    they appear in each ranking. NaN when a ranking has no variation.
    """
    if a.alternatives != b.alternatives:
        raise ScoringError("rankings_length")
    from scipy.stats import kendalltau  # heavy import, only when asked

    return float(kendalltau(a.ranks, b.ranks).statistic)


def tau_matrix(rankings: Mapping[str, RankingResult]) -> tuple[tuple[str, ...], FloatArray]:
    """Profile names and the symmetric matrix of Kendall's tau between them."""
    names = tuple(rankings)
    tau = np.eye(len(names))
    for x in range(len(names)):
        for y in range(x + 1, len(names)):
            tau[x, y] = tau[y, x] = kendall_tau(rankings[names[x]], rankings[names[y]])
    return names, lock(tau)


def common_top_k(rankings: Mapping[str, RankingResult], k: int) -> tuple[str, ...]:
    """Alternatives with rank <= k in every ranking (in the first ranking's order).

    Ties at rank k are in (competition ranks). Only alternatives complete
    in every ranking qualify: an incomplete one has no point score, so even
    when fewer than k alternatives are complete it is not "in the top k".
    """
    k = check_positive_int(k, "k")
    results = list(rankings.values())
    if not results:
        return ()
    inside = np.ones(len(results[0].alternatives), dtype=bool)
    for result in results:
        if result.alternatives != results[0].alternatives:
            raise ScoringError("rankings_length")
        inside &= (result.ranks <= k) & result.complete
    first = results[0]
    return tuple(first.alternatives[i] for i in first.order if inside[i])


@dataclass(frozen=True, eq=False)
class Positions:
    """Stances (NaN = no position) and red lines, measures x parties."""

    measures: tuple[str, ...]
    parties: tuple[str, ...]
    stances: FloatArray
    red_lines: BoolArray

    def __post_init__(self) -> None:
        stances = frozen(self.stances)
        red = frozen(self.red_lines, dtype=np.bool_)
        shape = (len(self.measures), len(self.parties))
        for name, array in (("stances", stances), ("red_lines", red)):
            if array.shape != shape:
                raise ScoringError("matrix_shape", name=name, got=array.shape, expected=shape)
        for i, j in np.argwhere(~np.isnan(stances)):
            value = float(stances[i, j])
            if value not in (-2.0, -1.0, 0.0, 1.0, 2.0):
                raise ScoringError(
                    "stance_range", party=self.parties[j], code=self.measures[i], value=value
                )
        for i, j in np.argwhere(red & ~(np.nan_to_num(stances) != 0)):
            raise ScoringError("red_line_neutral", party=self.parties[j], code=self.measures[i])
        object.__setattr__(self, "stances", stances)
        object.__setattr__(self, "red_lines", red)

    @classmethod
    def from_records(
        cls,
        measures: Sequence[str],
        parties: Sequence[str],
        records: Iterable[tuple[str, str, int, bool]],
    ) -> Positions:
        """Build from (measure, party, stance, red_line) rows; unknown codes are refused."""
        m_index = {code: i for i, code in enumerate(measures)}
        p_index = {party: j for j, party in enumerate(parties)}
        stances = np.full((len(measures), len(parties)), np.nan)
        red = np.zeros_like(stances, dtype=bool)
        for measure, party, stance, red_line in records:
            if measure not in m_index:
                raise ScoringError("unknown_code", code=measure)
            if party not in p_index:
                raise ScoringError("unknown_code", code=party)
            stances[m_index[measure], p_index[party]] = stance
            red[m_index[measure], p_index[party]] = red_line
        return cls(tuple(measures), tuple(parties), stances, red)

    @property
    def insists(self) -> BoolArray:
        return lock(self.red_lines & (np.nan_to_num(self.stances) > 0))

    @property
    def refuses(self) -> BoolArray:
        return lock(self.red_lines & (np.nan_to_num(self.stances) < 0))


@dataclass(frozen=True)
class MeasureStanding:
    """One measure's flag and who stands where."""

    code: str
    flag: MeasureFlag
    supporters: tuple[str, ...]
    opponents: tuple[str, ...]
    insisting: tuple[str, ...]
    refusing: tuple[str, ...]


def measure_flags(positions: Positions) -> tuple[MeasureStanding, ...]:
    """Per measure the consensus / contested / blocked / open flag (rule in module doc)."""
    stances = np.nan_to_num(positions.stances)  # absent counts as neither for nor against
    insists, refuses = positions.insists, positions.refuses
    parties = positions.parties
    standings = []
    for i, code in enumerate(positions.measures):
        supporters = tuple(parties[j] for j in np.flatnonzero(stances[i] > 0))
        opponents = tuple(parties[j] for j in np.flatnonzero(stances[i] < 0))
        refusing = tuple(parties[j] for j in np.flatnonzero(refuses[i]))
        flag: MeasureFlag
        if refusing:
            flag = "blocked"
        elif opponents:
            flag = "contested"
        elif supporters:
            flag = "consensus"
        else:
            flag = "open"
        standings.append(
            MeasureStanding(
                code,
                flag,
                supporters,
                opponents,
                tuple(parties[j] for j in np.flatnonzero(insists[i])),
                refusing,
            )
        )
    return tuple(standings)


@dataclass(frozen=True)
class RedLineViolation:
    """How a package crosses one party's red lines."""

    party: str
    refused_included: tuple[str, ...]
    insisted_missing: tuple[str, ...]


def package_violations(
    positions: Positions, package: Iterable[str]
) -> tuple[RedLineViolation, ...]:
    """The parties whose red lines ``package`` violates (empty: it respects all)."""
    chosen = set(package)
    unknown = chosen.difference(positions.measures)
    if unknown:
        raise ScoringError("unknown_code", code=sorted(unknown)[0])
    included = np.array([code in chosen for code in positions.measures], dtype=bool)
    violations = []
    for j, party in enumerate(positions.parties):
        refused = np.flatnonzero(positions.refuses[:, j] & included)
        missing = np.flatnonzero(positions.insists[:, j] & ~included)
        if refused.size or missing.size:
            violations.append(
                RedLineViolation(
                    party,
                    tuple(positions.measures[i] for i in refused),
                    tuple(positions.measures[i] for i in missing),
                )
            )
    return tuple(violations)


def red_line_sets(positions: Positions, party: str) -> tuple[frozenset[str], frozenset[str]]:
    """(insisted, refused) measure codes of ``party``, for portfolio constraints."""
    if party not in positions.parties:
        raise ScoringError("unknown_code", code=party)
    j = positions.parties.index(party)
    measures = np.array(positions.measures, dtype=object)
    return (
        frozenset(str(c) for c in measures[positions.insists[:, j]]),
        frozenset(str(c) for c in measures[positions.refuses[:, j]]),
    )

