"""The one confidentiality rule's helpers that pages use instead of comparing audiences."""

from __future__ import annotations

import pytest

from workbench.analysis.audience import narrower, within
from workbench.analysis.build import analysis_for
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def test_an_export_from_a_shared_screen_sees_no_more_than_the_screen() -> None:
    assert within("public", "partners") and within("partners", "partners")
    assert not within("internal", "partners")
    assert narrower("internal", "partners") == "partners"
    assert narrower("public", "partners") == "public"
    assert narrower("internal", "internal") == "internal"


def test_a_hidden_row_is_told_apart_from_a_deleted_one(svc: ProjectService, basics) -> None:  # type: ignore[no-untyped-def]
    mid = str(svc.rows("measure")[0]["id"])
    svc.update("measure", mid, {"visibility": "internal"})
    partners = analysis_for(svc, "partners").data
    assert partners.is_hidden("measure", mid)
    assert not analysis_for(svc, "internal").data.is_hidden("measure", mid)
    assert not partners.is_hidden("measure", "no-such-id")


def test_a_weight_edit_reuses_the_register_and_a_score_edit_does_not(
    svc: ProjectService, basics  # type: ignore[no-untyped-def]
) -> None:
    """The analysis is rebuilt incrementally: only what the changed entities feed."""
    pid = str(svc.create("weight_profile", {"key": "p", "name": "P"}).created[0])
    crit = str(svc.rows("criterion")[0]["id"])
    wid = str(svc.create("weight", {"profile_id": pid, "criterion_id": crit,
                                    "weight": 1.0}).created[0])
    before = analysis_for(svc)
    reg = before.register
    svc.update("weight", wid, {"weight": 0.5})
    after = analysis_for(svc)
    assert after is not before and after.register is reg
    a = svc.rows("assessment")[0]
    svc.update("assessment", str(a["id"]), {"high": float(a["high"]) + 1})
    assert analysis_for(svc).register is not reg
