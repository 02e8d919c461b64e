"""Two versions compared for one audience: the redline, its cost, comments and links.

:func:`compare_versions` is what every face shows (the CLI's ``draft diff``,
the Concepten page, the PDF, Word and xlsx exports): it reads the versions
through the analysis' audience-filtered data, so a comment or link the
audience may not see is not there to be printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.drafts.clauses import Clause
from workbench.drafts.cost import HORIZONS, DraftCost, draft_cost, summary
from workbench.drafts.redline import Change, Redline, compare
from workbench.drafts.store import Version, clauses, links, version
from workbench.i18n import Language

if TYPE_CHECKING:
    from workbench.analysis.build import Analysis


@dataclass(frozen=True)
class Comparison:
    old: Version
    new: Version
    old_clauses: tuple[Clause, ...]
    new_clauses: tuple[Clause, ...]
    redline: Redline
    cost: DraftCost
    comments: tuple[dict[str, Any], ...]  # visible comments on either version
    links: dict[str, list[dict[str, Any]]]  # stable clause id -> visible links
    language: Language = "nl"

    def changes(self, substantive_only: bool = False) -> tuple[Change, ...]:
        return self.redline.substantive() if substantive_only else self.redline.changes

    def ranked(self, substantive_only: bool = False) -> list[Change]:
        """The changes that matter first: with a DALY figure (largest first), then touching
        a linked measure, then flagged (years, numbers, modal verbs), then substantive."""
        def weight(c: Change) -> tuple[int, float, int, int, int]:
            cost = self.cost.of(c.clause_id)
            dalys = None if cost is None else cost.dalys_to(2030)
            return (0 if dalys is not None else 1, -abs(dalys or 0.0),
                    0 if cost is not None else 1, 0 if c.flags else 1, 0 if c.substantive else 1)

        return sorted(self.changes(substantive_only), key=weight)

    def measures_of(self, change: Change) -> tuple[str, ...]:
        cost = self.cost.of(change.clause_id)
        return () if cost is None else cost.codes

    def dalys(self, change: Change, horizon: int = 2030) -> float | None:
        cost = self.cost.of(change.clause_id)
        return None if cost is None else cost.dalys_to(horizon)

    def at_stake(self, change: Change, horizon: int = 2030) -> float | None:
        """DALYs a weakened clause no longer promises (not counted as lost)."""
        cost = self.cost.of(change.clause_id)
        return None if cost is None else cost.at_stake_to(horizon)

    def comments_on(self, clause_id: str) -> list[dict[str, Any]]:
        return [c for c in self.comments if c["clause_id"] == clause_id]

    @property
    def summary(self) -> str:
        return summary(self.cost, self.old.name, self.new.name, self.language)


def compare_versions(analysis: Analysis, old_key: str, new_key: str) -> Comparison:
    data = analysis.data
    old, new = version(data, old_key), version(data, new_key)
    oc, nc = clauses(data, old.id), clauses(data, new.id)
    redline = compare(old.key, oc, new.key, nc)
    cost = draft_cost(analysis, redline, oc, nc)
    comments = tuple(
        c for c in data.rows("draft_comment") if c["draft_id"] in (old.id, new.id)
    )
    return Comparison(old, new, tuple(oc), tuple(nc), redline, cost, comments, links(data),
                      analysis.language)


def to_json(cmp: Comparison, substantive_only: bool = False) -> dict[str, Any]:
    """The documented shape of ``workbench draft diff --json`` (docs/cli.md)."""
    changes = [
        {
            "clause_id": c.clause_id,
            "old_label": c.old_label,
            "new_label": c.new_label,
            "kind": c.kind,
            "substantive": c.substantive,
            "old_text": c.old_text,
            "new_text": c.new_text,
            "measures": list(cmp.measures_of(c)),
            "dalys_to_2030": cmp.dalys(c, 2030),
            "dalys_to_2035": cmp.dalys(c, 2035),
            "dalys_at_stake_to_2030": cmp.at_stake(c, 2030),
        }
        for c in cmp.changes(substantive_only)
    ]
    return {
        "old": cmp.old.key,
        "new": cmp.new.key,
        "changes": changes,
        "summary": {
            "text": cmp.summary,
            "changes": len(cmp.redline.changes),
            "substantive": len(cmp.redline.substantive()),
            "measures": list(cmp.cost.measures),
            **{f"dalys_to_{h}": cmp.cost.dalys_to(h) for h in HORIZONS},
        },
    }
