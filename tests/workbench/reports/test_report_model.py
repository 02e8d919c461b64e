"""The report model holds what the audience may see and nothing else."""

from __future__ import annotations

import pytest

from workbench.i18n import UserError
from workbench.reports.model import build_report
from workbench.services import ProjectService

from .conftest import CANARIES

pytestmark = pytest.mark.both_backends


def _everything(obj: object) -> str:
    return repr(obj)


@pytest.mark.parametrize("audience", ["partners", "public"])
def test_no_internal_canary_reaches_an_outside_audience(
    svc: ProjectService, canary_project: dict[str, str], audience: str
) -> None:
    profile = "ijmond" if audience == "partners" else None
    if audience == "public":
        svc.update(
            "weight_profile", svc.id_for("weight_profile", "ijmond") or "", {"visibility": "public"}
        )
    report = build_report(svc, audience, profile_key=profile)  # type: ignore[arg-type]
    text = _everything(report)
    leaked = [name for name, canary in CANARIES.items() if canary in text]
    assert leaked == []


def test_internal_report_holds_every_canary(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    report = build_report(svc, "internal", profile_key="tata_est")
    text = _everything(report)
    missing = [name for name, canary in CANARIES.items() if canary not in text]
    # The internal draft has no terms, so its name is the only trace of it: it is listed
    # nowhere in a report (drafts appear through their terms).
    assert missing == ["draft_name"]


def test_partners_see_partner_items_but_not_internal_ones(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    report = build_report(svc, "partners", profile_key="ijmond")
    assert [m.code for m in report.measures] == ["P01", "P02"]  # ranked: 0.458 > 0.402
    p01 = report.measure("P01")
    assert p01.notes == ("Openbare notitie",)
    assert p01.positions == ()  # Tata's red line is internal
    assert report.measure("P02").positions[0].stance == 1
    assert [p.key for p in report.profiles] == ["ijmond"]
    (pkg,) = report.packages
    assert pkg.measures == ("P01", "P02") and pkg.description is None
    assert p01.terms[0].clause == "4.2" and p01.terms[0].wording is None


def test_public_sees_only_public_measures(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    svc.update(
        "weight_profile", svc.id_for("weight_profile", "ijmond") or "", {"visibility": "public"}
    )
    report = build_report(svc, "public")
    assert [m.code for m in report.measures] == ["P01"]
    assert report.packages == () and report.meetings == ()


def test_an_internal_profile_is_refused_for_partners(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    with pytest.raises(UserError) as err:
        build_report(svc, "partners", profile_key="tata_est")
    assert "tata_est" in str(err.value) and "niet zichtbaar" in str(err.value)


def test_scores_and_totals_follow_the_profile(
    svc: ProjectService, canary_project: dict[str, str]
) -> None:
    report = build_report(svc, "partners", profile_key="ijmond")
    p01 = report.measure("P01")
    # health 20 on 0..60, cost 1e8 on 4e8..0: 0.7*(1/3) + 0.3*(0.75)
    assert p01.score == pytest.approx(0.7 / 3 + 0.3 * 0.75)
    (pkg,) = report.packages
    assert pkg.cost is not None and pkg.cost.best == pytest.approx(1e8 + 2e7)
    assert pkg.health is not None and pkg.health.best == pytest.approx(30.0)
    assert report.provenance.weights == {"health": 0.7, "cost": 0.3}
    assert report.provenance.audience == "partners"
