"""The one confidentiality rule's helpers that pages use instead of comparing audiences."""

from __future__ import annotations

from workbench.analysis.audience import narrower, within
from workbench.analysis.build import analysis_for
from workbench.services import ProjectService


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
