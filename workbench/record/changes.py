"""What changed between two project states, and its effect, computed by the one analysis.

:func:`compare` takes the analyses of an earlier and a later state (same
audience, same weight profile) and lists measures added, removed and
changed (field by field), scores moved (low/best/high per criterion),
positions shifted (a party's current stance or red line), packages changed
(members, DALYs per year) and the ranking's movement. Every figure is read
from the two analyses; nothing is recomputed here. :func:`changes_since`
builds the earlier analysis from a state rebuilt in a temporary copy
(:mod:`workbench.record.states`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from workbench.analysis.audience import Audience
from workbench.analysis.build import Analysis, analysis_for
from workbench.analysis.data import State
from workbench.i18n import Language
from workbench.record.states import state_copy
from workbench.services import ProjectService
from workbench.services.queries import Estimate, MeasureRow

# row_version is bookkeeping for concurrent edits, not a change a negotiator made
_MEASURE_FIELDS = tuple(
    f.name
    for f in fields(MeasureRow)
    if f.name not in ("id", "code", "estimates", "row_version")
)


@dataclass(frozen=True)
class FieldChange:
    code: str
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ScoreMove:
    code: str
    criterion: str
    old: tuple[float, float, float] | None
    new: tuple[float, float, float] | None


@dataclass(frozen=True)
class PositionShift:
    party: str
    code: str
    old_stance: int | None
    new_stance: int | None
    old_red_line: bool
    new_red_line: bool


@dataclass(frozen=True)
class PackageChange:
    key: str
    name: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    dalys_before: float | None  # best estimate, DALY per year
    dalys_after: float | None


@dataclass(frozen=True)
class RankMove:
    code: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class Comparison:
    measures_added: tuple[str, ...]
    measures_removed: tuple[str, ...]
    measures_changed: tuple[FieldChange, ...]
    scores_moved: tuple[ScoreMove, ...]
    positions_shifted: tuple[PositionShift, ...]
    packages_changed: tuple[PackageChange, ...]
    ranking: tuple[RankMove, ...]

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        return {k: list(v) for k, v in out.items()}

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


def _triple(e: Estimate | None) -> tuple[float, float, float] | None:
    return None if e is None else (float(e.low), float(e.best), float(e.high))


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _ranks(a: Analysis) -> dict[str, int]:
    r = a.ranking
    if r is None:
        return {}
    return {str(code): int(rank) for code, rank in zip(r.alternatives, r.ranks, strict=True)}


def _positions(a: Analysis) -> dict[tuple[str, str], tuple[int, bool]]:
    pm = a.party_matrix
    out: dict[tuple[str, str], tuple[int, bool]] = {}
    for code, row in zip(pm.codes, pm.cells, strict=True):
        for party, cell in zip(pm.parties, row, strict=True):
            if cell is not None:
                out[(party.key, code)] = (cell.stance, cell.red_line)
    return out


def compare(earlier: Analysis, current: Analysis) -> Comparison:
    """The differences from `earlier` to `current` (see the module docstring)."""
    before = {m.code: m for m in earlier.measures}
    after = {m.code: m for m in current.measures}
    changed: list[FieldChange] = []
    scores: list[ScoreMove] = []
    for code in sorted(set(before) & set(after)):
        b, a = before[code], after[code]
        for name in _MEASURE_FIELDS:
            old, new = _plain(getattr(b, name)), _plain(getattr(a, name))
            if old != new:
                changed.append(FieldChange(code, name, old, new))
        for crit in sorted(set(b.estimates) | set(a.estimates)):
            old_t, new_t = _triple(b.estimates.get(crit)), _triple(a.estimates.get(crit))
            if old_t != new_t:
                scores.append(ScoreMove(code, crit, old_t, new_t))
    pos_b, pos_a = _positions(earlier), _positions(current)
    shifts = []
    for key in sorted(set(pos_b) | set(pos_a)):
        ob, oa = pos_b.get(key), pos_a.get(key)
        if ob != oa:
            shifts.append(PositionShift(
                key[0], key[1], None if ob is None else ob[0], None if oa is None else oa[0],
                bool(ob and ob[1]), bool(oa and oa[1])))
    pk_b = {p.key: p for p in earlier.packages}
    pk_a = {p.key: p for p in current.packages}
    packages = []
    for pkey in sorted(set(pk_b) | set(pk_a)):
        pb, pa = pk_b.get(pkey), pk_a.get(pkey)
        codes_b = set(pb.codes) if pb else set()
        codes_a = set(pa.codes) if pa else set()
        d_b = pb.dalys.best if pb and pb.dalys else None
        d_a = pa.dalys.best if pa and pa.dalys else None
        if codes_b != codes_a or d_b != d_a or (pb is None) != (pa is None):
            name = pa.name if pa is not None else (pb.name if pb is not None else pkey)
            packages.append(PackageChange(pkey, name, tuple(sorted(codes_a - codes_b)),
                                          tuple(sorted(codes_b - codes_a)), d_b, d_a))
    r_b, r_a = _ranks(earlier), _ranks(current)
    ranking = [RankMove(c, r_b.get(c), r_a.get(c)) for c in sorted(set(r_b) | set(r_a))
               if r_b.get(c) != r_a.get(c)]
    ranking.sort(key=lambda m: (m.after is None, m.after or 0, m.code))
    return Comparison(
        tuple(sorted(set(after) - set(before))), tuple(sorted(set(before) - set(after))),
        tuple(changed), tuple(scores), tuple(shifts), tuple(packages), tuple(ranking),
    )


def changes_since(
    svc: ProjectService,
    state: State,
    audience: Audience = "internal",
    profile: str | None = None,
    language: Language = "nl",
) -> Comparison:
    """The comparison of `state` (rebuilt) with the current state of `svc`."""
    current = analysis_for(svc, audience, profile, language)
    with state_copy(svc, state) as earlier_svc:
        earlier = analysis_for(earlier_svc, audience, profile, language)
        return compare(earlier, current)
