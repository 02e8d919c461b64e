"""One analysis per project state, audience and weight profile.

:func:`analysis_for` gives the :class:`Analysis` of a project's current state
(its audit sequence) for an audience and a weight profile. The analysis is
built from :class:`~workbench.analysis.data.ProjectData`, the rows that
audience may see, and holds every figure a page, a command or an export
shows: the register with each figure's origin, the ranking under the
profile (incomplete measures as intervals), package totals, the party
analysis, health results and chart series. Parts are computed on first use
and kept (the object never changes once a part is computed), so a page pays
only for what it shows. Analyses are cached per project document; a later
state reuses the rows of every entity that did not change (a weight edit
re-reads the weights only).

GUI pages, CLI commands, the workbook and the paper are faces of it: they
format, they never compute or query a figure themselves. The report model
and the chart series, one layer up (workbench.reports), are built from it:
:func:`workbench.reports.model.report_of`, :func:`workbench.reports.series.series_of`.
"""

from __future__ import annotations

import weakref
from functools import cached_property
from typing import TYPE_CHECKING, Any

from workbench.analysis.audience import Audience, check_audience
from workbench.analysis.data import ProjectData, State, project_state
from workbench.analysis.matrix import Profile, ProjectMatrix, UnusableProfile, project_matrix
from workbench.analysis.register import criteria_of, register_of
from workbench.gc_pause import paused_gc
from workbench.i18n import Language, UserError
from workbench.scoring import RankingResult, rank_additive
from workbench.services import ProjectService
from workbench.services.queries import CriterionRow, Estimate, MeasureRow, Register

if TYPE_CHECKING:
    from workbench.analysis.negotiation import (
        AgreedMeasure,
        PackageTotals,
        PartyMatrix,
        PartyRanking,
    )


class Analysis:
    """Every figure of one project state as one audience sees it under one profile."""

    def __init__(
        self,
        data: ProjectData,
        profile_key: str | None,
        language: Language,
        previous: Analysis | None = None,
    ) -> None:
        self.data = data
        self.audience: Audience = data.audience
        self.state: State = data.state
        self.profile_key = profile_key
        self.language: Language = language
        # parts of an earlier analysis whose inputs did not change
        self._previous = previous

    # -- the register ------------------------------------------------------
    @cached_property
    def register(self) -> Register:
        prev = self._previous
        if prev is not None and "register" in prev.__dict__ and self._unchanged(REGISTER_INPUTS):
            return prev.register
        with paused_gc():
            return register_of(self.data, self.language)

    @cached_property
    def criteria(self) -> list[CriterionRow]:
        # read on their own: a page listing profiles needs no register
        return criteria_of(self.data)

    @property
    def measures(self) -> list[MeasureRow]:
        return self.register.measures

    @cached_property
    def _by_code(self) -> dict[str, MeasureRow]:
        return {m.code: m for m in self.measures}

    def measure(self, code: str) -> MeasureRow | None:
        return self._by_code.get(code)

    def estimate(self, code: str, criterion: str) -> Estimate | None:
        m = self._by_code.get(code)
        return None if m is None else m.estimates.get(criterion)

    def criterion_of_kind(self, kind: str) -> CriterionRow | None:
        return next((c for c in self.criteria if c.kind == kind), None)

    @cached_property
    def matrix(self) -> ProjectMatrix | None:
        """The decision matrix of the visible measures, or None while there is nothing to rank."""
        try:
            return project_matrix(self.data, reg=self.register)
        except UserError as exc:
            if exc.key == "analysis.empty":
                return None
            raise

    # -- profiles and the ranking -----------------------------------------
    @cached_property
    def _all_profiles(self) -> list[Profile | UnusableProfile]:
        from workbench.analysis.matrix import _all_profiles

        return _all_profiles(self.data, [c.key for c in self.criteria])

    @property
    def profiles(self) -> list[Profile]:
        return [p for p in self._all_profiles if isinstance(p, Profile)]

    @cached_property
    def profile(self) -> Profile | None:
        """The chosen profile (or the first usable one); None when there is none.

        A key this audience may not see, or that does not exist, is a
        UserError: on the command line the user typed it; a page passes only
        keys it was offered.
        """
        key = self.profile_key
        if key is None:
            return self.profiles[0] if self.profiles else None
        for p in self._all_profiles:
            if p.key == key:
                if isinstance(p, UnusableProfile):
                    raise UserError("analysis.profile_unusable", profile=key, reason=p.reason)
                return p
        if self.data.exists_hidden("weight_profile", key):
            raise UserError("report.profile_hidden", profile=key, audience=self.audience)
        raise UserError(
            "analysis.profile_unknown",
            where="--profile",
            got=key,
            choices=", ".join(p.key for p in self._all_profiles) or "–",
        )

    @cached_property
    def ranking(self) -> RankingResult | None:
        """The additive ranking of the visible measures under :attr:`profile`."""
        pm, prof = self.matrix, self.profile
        if pm is None or prof is None:
            return None
        return rank_additive(pm.matrix, prof.weights)

    def rerank(self, weights: Any) -> RankingResult | None:
        """The ranking under other weights (a slider being dragged); nothing is stored."""
        pm = self.matrix
        return None if pm is None else rank_additive(pm.matrix, weights)

    # -- negotiation -------------------------------------------------------
    @cached_property
    def packages(self) -> tuple[PackageTotals, ...]:
        """Totals of every package this audience may see, members it may see only."""
        from workbench.analysis.negotiation import compare_packages

        ids = [str(p["id"]) for p in self.data.rows("package")]
        return tuple(compare_packages(self.data, ids, self.matrix, analysis=self))

    def package(self, key: str) -> PackageTotals | None:
        return next((p for p in self.packages if p.key == key), None)

    @cached_property
    def party_matrix(self) -> PartyMatrix:
        from workbench.analysis.negotiation import party_matrix

        return party_matrix(self.data)

    @cached_property
    def party_rankings(self) -> list[PartyRanking]:
        from workbench.analysis.negotiation import party_rankings

        return party_rankings(self.data, self.matrix)

    @cached_property
    def zone_of_agreement(self) -> list[AgreedMeasure]:
        from workbench.analysis.negotiation import zone_of_agreement

        return zone_of_agreement(self.data, self.matrix)

    # -- helpers -------------------------------------------------------------
    def _unchanged(self, entities: frozenset[str]) -> bool:
        prev = self._previous
        if prev is None:
            return False
        if prev.state == self.state:
            return True
        since = self.data.changed_since  # what follow() read from the audit log
        return since is not None and since[0] == prev.state and not (since[1] & entities)

# Entities whose change means the register must be rebuilt.
REGISTER_INPUTS: frozenset[str] = frozenset(
    {
        "measure",
        "criterion",
        "assessment",
        "population",
        "exposure_change",
        "emission_change",
        "health_parameter",
    }
)


class _Cache:
    """The latest analyses of each open project document (weakly keyed by document)."""

    def __init__(self) -> None:
        self._by_doc: weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], Analysis]] = (
            weakref.WeakKeyDictionary()
        )

    def get(
        self,
        svc: ProjectService,
        audience: Audience,
        profile_key: str | None,
        language: Language,
    ) -> Analysis:
        entries = self._by_doc.setdefault(svc.doc, {})
        state = project_state(svc)
        key = (state, audience, profile_key, language)
        found = entries.get(key)
        if found is not None:
            return found
        # the newest analysis of the same audience: its rows and register may be reused
        previous = next(
            (a for a in reversed(list(entries.values())) if a.audience == audience),
            None,
        )
        data = (
            previous.data.follow(state)
            if previous is not None and previous.data.svc is svc
            else ProjectData(svc, audience, state)
        )
        analysis = Analysis(data, profile_key, language, previous)
        # keep only this state's analyses, plus the new one
        for k in [k for k in entries if k[0] != state]:
            del entries[k]
        entries[key] = analysis
        return analysis

    def clear(self) -> None:
        self._by_doc.clear()


_CACHE = _Cache()


def analysis_for(
    svc: ProjectService,
    audience: Audience | str = "internal",
    profile_key: str | None = None,
    language: Language = "nl",
) -> Analysis:
    """The analysis of the project's current state for `audience` under `profile_key`."""
    return _CACHE.get(svc, check_audience(str(audience)), profile_key, language)
