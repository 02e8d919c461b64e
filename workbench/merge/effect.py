"""What a merge did to the figures: the ranking's top and each package's totals.

Taken from the one analysis (:func:`workbench.analysis.build.analysis_for`)
of our state before the merge and of the merged state, for the team's own
(internal) audience under the first usable weight profile; nothing is
computed here but the comparison. :func:`figures` reads the few figures a
summary shows from an analysis (before the merge writes anything, since the
analysis cache keeps only the newest state), :func:`effect` pairs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.analysis.build import Analysis, analysis_for
from workbench.i18n import Language, render
from workbench.i18n.numbers import num
from workbench.services import ProjectService

TOP = 5


@dataclass(frozen=True)
class Figures:
    """The figures of one state a merge summary compares."""

    profile: str | None
    top: tuple[str, ...]
    packages: dict[str, dict[str, Any]]


def _triple(t: Any) -> dict[str, float] | None:
    return None if t is None else dict(t.as_dict())


def figures_of(a: Analysis) -> Figures:
    ranking = a.ranking
    profile = a.profile
    return Figures(
        profile=None if profile is None else profile.key,
        top=() if ranking is None else ranking.ranked_codes()[:TOP],
        packages={
            p.key: {"cost": _triple(p.cost), "dalys_per_year": _triple(p.dalys),
                    "value": p.value}
            for p in a.packages
        },
    )


def figures(svc: ProjectService) -> Figures:
    """The figures of the project's current state (the team's own view)."""
    return figures_of(analysis_for(svc, "internal"))


@dataclass(frozen=True)
class Effect:
    before: Figures
    after: Figures

    @property
    def ranking_changed(self) -> bool:
        return self.before.top != self.after.top

    def changed_packages(self) -> list[str]:
        keys = sorted(self.before.packages.keys() | self.after.packages.keys())
        return [k for k in keys if self.before.packages.get(k) != self.after.packages.get(k)]

    def plain(self) -> dict[str, Any]:
        """The stable JSON of `merge --json` (docs/merge.md, "effect")."""
        keys = sorted(self.before.packages.keys() | self.after.packages.keys())
        return {
            "ranking": {
                "profile": self.after.profile or self.before.profile,
                "before": list(self.before.top),
                "after": list(self.after.top),
            },
            "packages": {
                k: {"before": self.before.packages.get(k), "after": self.after.packages.get(k)}
                for k in keys
            },
        }


def _best(fig: dict[str, Any] | None, key: str, lang: Language, decimals: int | None) -> str:
    value = None if fig is None else fig.get(key)
    if isinstance(value, dict):
        value = value.get("best")
    return "–" if value is None else num(float(value), lang, decimals)


def lines(effect: Effect, lang: Language) -> list[str]:
    """The effect as text lines (the command line's and the GUI's summary)."""
    b, a = effect.before, effect.after
    profile = a.profile or b.profile
    out: list[str] = []
    if profile is not None:
        key = "merge.effect_ranking" if effect.ranking_changed else "merge.effect_ranking_same"
        out.append(render(key, lang, n=TOP, profile=profile, before=", ".join(b.top) or "–",
                          after=", ".join(a.top) or "–"))
    changed = effect.changed_packages()
    for k in changed:
        fb, fa = b.packages.get(k), a.packages.get(k)
        out.append(render(
            "merge.effect_package", lang, package=k,
            cost_before=_best(fb, "cost", lang, None), cost_after=_best(fa, "cost", lang, None),
            dalys_before=_best(fb, "dalys_per_year", lang, 1),
            dalys_after=_best(fa, "dalys_per_year", lang, 1),
            value_before=_best(fb, "value", lang, 3), value_after=_best(fa, "value", lang, 3),
        ))
    if not changed and (b.packages or a.packages):
        out.append(render("merge.effect_packages_same", lang))
    return out
