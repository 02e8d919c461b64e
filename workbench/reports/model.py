"""The report model: everything one audience may see, and nothing else.

:func:`build_report` reads the project through the services and copies into
frozen dataclasses only the items whose visibility the audience's allow-list
admits; text it may not see becomes ``None`` (never an empty string that
could be mistaken for "no text"). Writers receive this model alone. It also
carries provenance (project, file version, date, method, weights, profile,
packages, language) and the scores, ranks and contributions computed for the
visible measures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.analysis.packages import Triple as Triple  # one triple type for both
from workbench.i18n import Language

if TYPE_CHECKING:
    from workbench.analysis.build import Analysis
from workbench.reports.audience import Audience
from workbench.services import ProjectService


@dataclass(frozen=True)
class RCriterion:
    key: str
    name: str
    kind: str
    unit: str
    direction: str
    scale: dict[str, Any]
    computed: bool
    weight: float


@dataclass(frozen=True)
class RAssessment:
    low: float
    best: float
    high: float
    value: float  # the value function on the best estimate, 0..1
    computed: bool
    label: str | None  # the verbal level of `best`, for a levels scale
    rationale: str | None
    source: str | None
    confidence: str | None

    @property
    def origin(self) -> str:
        """entered | computed (see workbench.analysis.register)."""
        return "computed" if self.computed else "entered"


@dataclass(frozen=True)
class RPosition:
    party: str
    party_name: str
    stance: int
    red_line: bool
    priority: str | None
    conditions: str | None
    date: dt.date


@dataclass(frozen=True)
class RTerm:
    draft: str
    draft_name: str
    clause: str
    target: str
    deadline_year: int | None
    wording: str | None
    comment: str | None


@dataclass(frozen=True)
class RMeasure:
    code: str
    title: str
    theme: str
    status: str
    above_statutory: bool
    statutory_baseline: str | None
    origin: str
    payer: str
    start_year: int | None
    deadline_year: int | None
    description: str | None
    notes: tuple[str, ...]
    assessments: dict[str, RAssessment]
    score: float | None
    rank: int
    complete: bool
    contributions: dict[str, float | None]
    positions: tuple[RPosition, ...]
    terms: tuple[RTerm, ...]
    requires: tuple[str, ...]
    excludes: tuple[str, ...]
    # The score as an interval: equal ends for a complete measure; for an
    # incomplete one its missing criteria at value 0 (low) and 1 (high).
    score_low: float | None = None
    score_high: float | None = None


@dataclass(frozen=True)
class RPackage:
    key: str
    name: str
    description: str | None
    measures: tuple[str, ...]
    cost: Triple | None
    health: Triple | None
    value_by_profile: dict[str, float]
    value: float | None = None  # under the report's profile
    missing: dict[str, tuple[str, ...]] = field(default_factory=dict)  # criterion -> codes
    unscored: tuple[str, ...] = ()  # members left out of the value


@dataclass(frozen=True)
class RProfile:
    key: str
    name: str
    method: str
    weights: dict[str, float]
    description: str | None


@dataclass(frozen=True)
class RParty:
    key: str
    name: str
    kind: str
    notes: str | None


@dataclass(frozen=True)
class RSource:
    key: str
    title: str
    publisher: str
    year: int | None
    url: str
    citation: str


@dataclass(frozen=True)
class ROutcome:
    measure: str
    population: str
    agent: str
    outcome: str
    cases: Triple


@dataclass(frozen=True)
class RHealth:
    """The calculator's results; deaths, DALYs and their euros are None for a measure
    without exposure changes (emission changes alone give no DALY figure)."""

    measure: str
    deaths: Triple | None
    dalys: Triple | None
    value_eur: Triple | None
    cumulative_dalys: Triple | None
    horizon_year: int
    outcomes: tuple[ROutcome, ...]


@dataclass(frozen=True)
class RParameter:
    key: str
    value: float
    low: float | None
    high: float | None
    unit: str
    source: str
    description: str


@dataclass(frozen=True)
class RMeeting:
    key: str
    title: str
    date: dt.date
    location: str
    parties: tuple[str, ...]
    measures: tuple[str, ...]
    notes: str | None
    decisions: str | None
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Provenance:
    project_title: str
    file_name: str
    schema_version: int
    app_version: str
    generated: dt.datetime
    audience: Audience
    language: Language
    method: str
    normalisation: str
    profile_key: str
    profile_name: str
    weights: dict[str, float]
    weights_normalised: bool
    packages: tuple[str, ...]
    team: str


@dataclass(frozen=True)
class Report:
    provenance: Provenance
    criteria: tuple[RCriterion, ...]
    measures: tuple[RMeasure, ...]  # ranked, best first
    packages: tuple[RPackage, ...]
    profiles: tuple[RProfile, ...]
    parties: tuple[RParty, ...]
    sources: tuple[RSource, ...]
    health: tuple[RHealth, ...]
    parameters: tuple[RParameter, ...]
    meetings: tuple[RMeeting, ...]
    intro: str | None
    stance: str | None
    health_errors: dict[str, str] = field(default_factory=dict)

    def measure(self, code: str) -> RMeasure:
        for m in self.measures:
            if m.code == code:
                return m
        raise KeyError(code)


def build_report(
    svc: ProjectService,
    audience: Audience,
    *,
    profile_key: str | None = None,
    package_keys: Sequence[str] = (),
    language: Language = "nl",
    horizon_year: int = 2030,
    now: dt.datetime | None = None,
) -> Report:
    """The report for `audience` (every visible package when `package_keys` is empty).

    Built from the one analysis of the project's state for that audience and
    profile; refuses an unknown or invisible profile or package.
    """
    from workbench.analysis.build import analysis_for

    analysis = analysis_for(svc, audience, profile_key, language)
    return report_of(analysis, tuple(package_keys), horizon_year=horizon_year, now=now)


def report_of(
    analysis: Analysis,
    package_keys: Sequence[str] | None = None,
    *,
    horizon_year: int = 2030,
    now: dt.datetime | None = None,
) -> Report:
    """The export model of `analysis` (every visible package when `package_keys` is empty)."""
    from workbench import __version__
    from workbench.reports.collect import collect

    return collect(
        analysis,
        package_keys=None if package_keys is None else tuple(package_keys),
        horizon_year=horizon_year,
        now=now or dt.datetime.now().astimezone().replace(microsecond=0),
        version=__version__,
    )
