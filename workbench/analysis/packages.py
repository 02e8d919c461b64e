"""Package totals: one definition of a package's cost, health and value.

For a package (a set of measures) under a weight profile:

- *cost* and *DALYs per year*: the sums of low, best and high of the
  register's figures (entered or computed, see
  :mod:`workbench.analysis.register`) over the members that have one; the
  members without one are listed in ``missing`` under the criterion's key,
  never counted as zero in silence (no member with a figure: the total is None);
- *value*: the package's benefit as the portfolio optimiser maximises it,
  the sum over members of their additive value on every criterion except
  cost (a cheap measure is not counted twice), with the profile's weights
  re-scaled over those criteria. A member that cannot be scored (a missing
  figure on a criterion with weight) is left out of the value and listed in
  ``unscored``;
- *red lines crossed*: whose red lines the package violates, from the
  parties' current positions.

Every page, command and export reads a package's totals from here, through
:attr:`workbench.analysis.build.Analysis.packages`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.analysis.data import Source
from workbench.analysis.matrix import Profile, ProjectMatrix
from workbench.scoring import RedLineViolation, package_violations
from workbench.scoring.additive import additive_kernel
from workbench.scoring.weights import as_weights


@dataclass(frozen=True)
class Triple:
    low: float
    best: float
    high: float

    def as_dict(self) -> dict[str, float]:
        return {"low": self.low, "best": self.best, "high": self.high}


@dataclass(frozen=True)
class PackageTotals:
    """One package's totals; see the module docstring for each figure's definition."""

    id: str
    key: str
    name: str
    visibility: str
    description: str | None
    codes: tuple[str, ...]
    cost: Triple | None
    dalys: Triple | None
    value: float | None  # under the analysis' profile
    values: dict[str, float]  # profile key -> value, for every usable visible profile
    unscored: dict[str, tuple[str, ...]]  # profile key -> members left out of its value
    missing: dict[str, tuple[str, ...]]  # criterion key -> members without a figure
    violations: tuple[RedLineViolation, ...]
    cost_key: str | None = None
    health_key: str | None = None

    @property
    def missing_cost(self) -> tuple[str, ...]:
        return self.codes if self.cost_key is None else self.missing.get(self.cost_key, ())

    @property
    def missing_dalys(self) -> tuple[str, ...]:
        return self.codes if self.health_key is None else self.missing.get(self.health_key, ())


def benefits(
    pm: ProjectMatrix, profile: Profile, cost_key: str | None
) -> dict[str, float] | None:
    """Each measure's value as the optimiser counts it (NaN: cannot be scored).

    None when the profile weighs nothing but cost: it defines no value.
    """
    m = pm.matrix
    full = as_weights(m.criteria, profile.weights)
    rest = tuple(k for k in m.criteria if k != cost_key)
    if not rest or not any(full.as_dict().get(k, 0.0) > 0 for k in rest):
        return None
    weights = full.restricted_to(rest)
    values = m.select(criteria=rest).values("best")
    # the same kernel and the same restriction as portfolio_inputs(objective="value")
    benefit = additive_kernel(values, weights.values).scores  # NaN: cannot be scored
    return {code: float(v) for code, v in zip(m.alternatives, benefit, strict=True)}


def _triple_sum(pm: ProjectMatrix | None, key: str | None, codes: Sequence[str]) -> Triple | None:
    """Sums of low, best and high over the members with a figure (None: no member has one)."""
    if pm is None or key is None:
        return None
    rows = {r.code: r for r in pm.measures}
    parts = [
        (e.low, e.best, e.high)
        for c in codes
        if c in rows and (e := rows[c].estimates.get(key)) is not None
    ]
    if not parts:
        return None
    return Triple(*(float(sum(p[k] for p in parts)) for k in range(3)))


def health_total(pm: ProjectMatrix | None, codes: Sequence[str]) -> Triple | None:
    """The summed health gain (low, best, high) of these measures: a package's DALY total."""
    crit = {} if pm is None else {c.kind: c.key for c in reversed(pm.criteria)}
    return _triple_sum(pm, crit.get("health"), codes)


def package_members(source: Source, package_id: str) -> tuple[str, ...]:
    """The codes of a package's members that the source holds, sorted."""
    code_of = {str(m["id"]): str(m["code"]) for m in source.rows("measure")}
    return tuple(
        sorted(
            code_of[str(r["measure_id"])]
            for r in source.rows("package_member", package_id=package_id)
            if str(r["measure_id"]) in code_of
        )
    )


def package_totals(
    source: Source,
    package_ids: Sequence[str],
    pm: ProjectMatrix | None,
    profiles: Sequence[Profile],
    profile: Profile | None,
    positions: object,
) -> list[PackageTotals]:
    """Totals of each package in `package_ids`, in that order."""
    crit = {} if pm is None else {c.kind: c.key for c in reversed(pm.criteria)}
    cost_key, health_key = crit.get("cost"), crit.get("health")
    by_profile: dict[str, Mapping[str, float]] = {}
    if pm is not None:
        for p in [*profiles, *([profile] if profile is not None else [])]:
            found = benefits(pm, p, cost_key)
            if found is not None:  # a profile weighing only cost defines no value
                by_profile[p.key] = found
    rows = {str(r["id"]): r for r in source.rows("package")}
    out = []
    for pid in package_ids:
        r = rows[pid]
        codes = package_members(source, pid)
        cost = _triple_sum(pm, cost_key, codes)
        dalys = _triple_sum(pm, health_key, codes)
        missing: dict[str, tuple[str, ...]] = {}
        if pm is not None:
            index = {c: i for i, c in enumerate(pm.matrix.alternatives)}
            for j, key in enumerate(pm.matrix.criteria):
                lacking = tuple(
                    c for c in codes if c not in index or math.isnan(pm.matrix.best[index[c], j])
                )
                if lacking:
                    missing[key] = lacking
        values: dict[str, float] = {}
        unscored: dict[str, tuple[str, ...]] = {}
        for key, benefit in by_profile.items():
            scored = [benefit[c] for c in codes if not math.isnan(benefit.get(c, math.nan))]
            values[key] = float(sum(scored))
            unscored[key] = tuple(c for c in codes if math.isnan(benefit.get(c, math.nan)))
        out.append(
            PackageTotals(
                pid,
                str(r["key"]),
                str(r["name"]),
                str(getattr(r["visibility"], "value", r["visibility"])),
                None if r.get("description") in (None, "") else str(r["description"]),
                codes,
                cost,
                dalys,
                None if profile is None else values.get(profile.key),
                values,
                unscored,
                missing,
                package_violations(positions, codes),  # type: ignore[arg-type]
                cost_key,
                health_key,
            )
        )
    return out
