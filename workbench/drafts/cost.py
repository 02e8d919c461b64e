"""What a new draft costs: per change that touches a linked measure, from the one analysis.

Every figure is read from :func:`~workbench.analysis.build.analysis_for`'s
analysis, never recomputed: a measure's DALYs per year is its health
criterion's best estimate in the register (entered or computed), its cost the
cost criterion's best estimate, the parties' stances the analysis' party
matrix. The counting convention is the health calculator's
(:func:`workbench.health.timeline.years_counted`: from the effective year to
the horizon, both inclusive), so a year's delay costs one year of the
measure's DALYs. A change touches a measure linked to its clause or to one of
the clause's parents. Only an ``implements`` link carries a DALY figure:
dropped (the clause is gone and no other clause implements the measure),
added, deadline moved (a year replaced in place: the measure starts that
many years later or earlier), and a percentage target changed in place
(the measure's DALYs scale with the target: an emission or exposure cut of
20 instead of 30 procent gives 20/30 of the effect, since at the IJmond's
concentration changes the concentration-response is linear to well within
the estimate's range). A binding verb that became a weak one ("zal" ->
"kan") carries no DALY change, because "kan" does not say the measure will
not happen; it states the DALYs *at stake* (what the measure brings to the
horizon, no longer promised). A changed number that is not a year or a
percentage (dB, tonnes, euros) and other wording are named without a figure.
See docs/drafts.md.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from workbench.drafts.clauses import Clause, ancestors
from workbench.drafts.redline import Change, Redline, weakened
from workbench.health.timeline import years_counted

if TYPE_CHECKING:
    from workbench.analysis.build import Analysis

HORIZONS = (2030, 2035)

Effect = Literal[
    "dropped", "added", "delayed", "advanced", "weakened", "strengthened", "target", "wording"
]
_DIRECTION: dict[str, int] = {
    "dropped": -1, "delayed": -1, "weakened": -1, "added": 1, "advanced": 1, "strengthened": 1,
}


@dataclass(frozen=True)
class MeasureEffect:
    code: str
    title: str
    link_kind: str
    effect: Effect
    years: int | None  # deadline moved by this many years (later: positive)
    dalys: Mapping[int, float | None]  # horizon -> DALYs gained (+) or lost (-)
    cost: float | None  # change in the measure's cost (best), None when not a cost change
    support: Mapping[str, int]  # party key -> its stance, signed by the effect's direction
    # horizon -> DALYs no longer promised (weakened: the measure's whole effect to the horizon)
    at_stake: Mapping[int, float | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeCost:
    change: Change
    effects: tuple[MeasureEffect, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.code for e in self.effects))

    def dalys_to(self, horizon: int) -> float | None:
        """Sum over the touched measures with a figure; None when none has one."""
        values = [e.dalys.get(horizon) for e in self.effects]
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    def at_stake_to(self, horizon: int) -> float | None:
        known = [v for e in self.effects if (v := e.at_stake.get(horizon)) is not None]
        return sum(known) if known else None


@dataclass(frozen=True)
class DraftCost:
    changes: tuple[ChangeCost, ...]

    def of(self, clause_id: str) -> ChangeCost | None:
        return next((c for c in self.changes if c.change.clause_id == clause_id), None)

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(code for c in self.changes for code in c.codes))

    def dalys_to(self, horizon: int) -> float | None:
        values = [c.dalys_to(horizon) for c in self.changes]
        known = [v for v in values if v is not None]
        return sum(known) if known else None


def _best(analysis: Analysis, code: str, kind: str) -> float | None:
    crit = analysis.criterion_of_kind(kind)
    if crit is None:
        return None
    est = analysis.estimate(code, crit.key)
    if est is None or math.isnan(est.best):
        return None
    return float(est.best)


def _support(analysis: Analysis, code: str, direction: int) -> dict[str, int]:
    if direction == 0:
        return {}
    pm = analysis.party_matrix
    if code not in pm.codes:
        return {}
    row = pm.cells[pm.codes.index(code)]
    return {
        party.key: cell.stance * direction
        for party, cell in zip(pm.parties, row, strict=True)
        if cell is not None
    }


def draft_cost(
    analysis: Analysis,
    redline: Redline,
    old: Sequence[Clause],
    new: Sequence[Clause],
) -> DraftCost:
    """The consequence of every change in `redline` for the measures linked to it."""
    links = _links(analysis)
    new_ids = {c.clause_id for c in new}
    out: list[ChangeCost] = []
    for change in redline.changes:
        clause = change.new or change.old
        assert clause is not None
        version = new if change.new is not None else old
        touched = [change.clause_id] + [a.clause_id for a in ancestors(version, clause)]
        effects: list[MeasureEffect] = []
        for cid in touched:
            for link in links.get(cid, []):
                effects.append(_effect(analysis, change, link, links, new_ids))
        if effects:
            out.append(ChangeCost(change, tuple(effects)))
    return DraftCost(tuple(out))


def _links(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    from workbench.drafts.store import links

    return links(analysis.data)


def _implemented_elsewhere(
    code: str, links: Mapping[str, list[dict[str, Any]]], new_ids: set[str], but: str
) -> bool:
    return any(
        cid in new_ids and cid != but
        for cid, ls in links.items()
        for link in ls
        if link["code"] == code and _kind(link) == "implements"
    )


def _kind(link: Mapping[str, Any]) -> str:
    return str(getattr(link["kind"], "value", link["kind"]))


def _effect(
    analysis: Analysis,
    change: Change,
    link: Mapping[str, Any],
    links: Mapping[str, list[dict[str, Any]]],
    new_ids: set[str],
) -> MeasureEffect:
    code = str(link["code"])
    row = analysis.measure(code)
    title = row.title if row is not None else code
    deadline = None if row is None else (row.deadline_year or row.start_year)
    per_year = _best(analysis, code, "health")
    cost = _best(analysis, code, "cost")
    kind = _kind(link)
    effect: Effect = "wording"
    years: int | None = None
    dalys: dict[int, float | None] = {h: None for h in HORIZONS}
    cost_change: float | None = None
    at_stake: dict[int, float | None] = {}
    direction = 0
    implements = kind == "implements"
    own = str(link["clause_id"]) == change.clause_id
    if own and change.kind == "deleted" and implements and not _implemented_elsewhere(
        code, links, new_ids, change.clause_id
    ):
        effect = "dropped"
        cost_change = None if cost is None else -cost
        if per_year is not None and deadline is not None:
            dalys = {h: -per_year * years_counted(deadline, h) for h in HORIZONS}
    elif own and change.kind == "inserted" and implements:
        effect = "added"
        cost_change = cost
        if per_year is not None and deadline is not None:
            dalys = {h: per_year * years_counted(deadline, h) for h in HORIZONS}
    elif change.replaced_years:
        before, after = _deadline_pair(change.replaced_years, deadline)
        years = after - before
        effect = "delayed" if years > 0 else "advanced"
        if per_year is not None and implements:
            dalys = {
                h: per_year * (years_counted(after, h) - years_counted(before, h))
                for h in HORIZONS
            }
    elif change.replaced_percents:
        effect = "target"
        before_p, after_p = change.replaced_percents[0]
        direction = 1 if after_p > before_p else -1
        if per_year is not None and deadline is not None and implements and before_p > 0:
            share = after_p / before_p - 1.0
            dalys = {h: per_year * share * years_counted(deadline, h) for h in HORIZONS}
    elif (w := weakened(change.modal_change)) is not None:
        effect = "weakened" if w else "strengthened"
        if w and implements and per_year is not None and deadline is not None:
            at_stake = {h: per_year * years_counted(deadline, h) for h in HORIZONS}
    elif change.substantive and {"number", "amount"} & change.flags:
        effect = "target"
    return MeasureEffect(
        code, title, kind, effect, years, dalys, cost_change,
        _support(analysis, code, direction if effect == "target" else _DIRECTION.get(effect, 0)),
        at_stake,
    )


def _deadline_pair(pairs: tuple[tuple[int, int], ...], deadline: int | None) -> tuple[int, int]:
    """The replaced year that is the measure's deadline, else the first one replaced."""
    return next((p for p in pairs if p[0] == deadline), pairs[0])


def summary(cost: DraftCost, old_name: str, new_name: str, lang: str = "nl") -> str:
    """"Concept 0.3 t.o.v. 0.2: 3 maatregelen geraakt, -41 DALY tot 2030"."""
    from workbench.i18n import render

    dalys = cost.dalys_to(2030)
    n = len(cost.measures)
    if dalys is None:
        return render("draft.summary_unknown", "en" if lang == "en" else "nl",
                      old=old_name, new=new_name, count=n)
    return render("draft.summary", "en" if lang == "en" else "nl",
                  old=old_name, new=new_name, count=n, dalys=f"{dalys:+.0f}".replace("+0", "0"))
