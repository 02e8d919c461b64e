"""History from the audit log: who, when, old, new and origin of every kind of edit."""

from __future__ import annotations

import pytest

from workbench.commands import History, UpdateEntity, set_position
from workbench.record import snapshots
from workbench.record.history import history
from workbench.record.origins import OriginMacro
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def _assessment(svc: ProjectService, code: str, crit: str) -> dict[str, object]:
    mid, cid = svc.id_for("measure", code), svc.id_for("criterion", crit)
    return next(a for a in svc.rows("assessment")
                if a["measure_id"] == mid and a["criterion_id"] == cid)


def test_score_weight_position_and_field_edits_appear_with_user_old_new(
    demo_svc: ProjectService,
) -> None:
    svc = demo_svc
    start = svc.doc.audit_seq()
    a = _assessment(svc, "M05", "cost")
    stack = History(svc)
    stack.push(UpdateEntity("assessment", str(a["id"]), {"best": 13e6}))
    w = svc.rows("weight", profile_id=svc.id_for("weight_profile", "ijmond"))[0]
    stack.push(UpdateEntity("weight", str(w["id"]), {"weight": 0.77}))
    tata, m05 = svc.id_for("stakeholder", "tata"), svc.id_for("measure", "M05")
    assert tata and m05
    stack.push(set_position(svc, tata, m05, {"stance": -2}))
    stack.push(UpdateEntity("measure", m05, {"deadline_year": 2028}))
    got = {(e.entity, e.code, e.field): e for e in history(svc, since_seq=start)}
    score = got[("assessment", "M05/cost", "best")]
    assert (score.old, score.new, score.user) == (12e6, 13e6, "testgebruiker")
    assert got[("weight", f"ijmond/{_crit(svc, w)}", "weight")].new == 0.77
    assert got[("position", "tata/M05", "stance")].new == -2
    field = got[("measure", "M05", "deadline_year")]
    assert (field.old, field.new) == (2027, 2028)
    assert all(e.origin is None for e in got.values())


def _crit(svc: ProjectService, w: dict[str, object]) -> str:
    return str(svc.get("criterion", str(w["criterion_id"]))["key"])


def test_undo_is_its_own_entry_and_never_erases(demo_svc: ProjectService) -> None:
    svc = demo_svc
    start = svc.doc.audit_seq()
    m05 = svc.id_for("measure", "M05")
    assert m05
    stack = History(svc)
    stack.push(UpdateEntity("measure", m05, {"deadline_year": 2028}))
    stack.undo()
    values = [(e.old, e.new) for e in history(svc, since_seq=start, measure="M05")]
    assert values == [(2027, 2028), (2028, 2027)]


def test_entries_during_an_open_meeting_name_the_meeting(demo_svc: ProjectService) -> None:
    svc = demo_svc
    mid = snapshots.meeting_id(svc, "o2026-03-24")
    m05 = svc.id_for("measure", "M05")
    assert m05
    state = snapshots.mark(svc, mid, "open")
    svc.update("measure", m05, {"deadline_year": 2028})
    snapshots.mark(svc, mid, "close")
    svc.update("measure", m05, {"deadline_year": 2029})
    entries = history(svc, since_seq=state.seq)
    assert [e.as_json()["origin"] for e in entries] == ["overleg o2026-03-24", None]


def test_an_import_macro_names_its_file_and_its_undo(demo_svc: ProjectService) -> None:
    svc = demo_svc
    start = svc.doc.audit_seq()
    a = _assessment(svc, "M05", "cost")
    stack = History(svc)
    stack.push(OriginMacro(("imp", "imp"), [UpdateEntity("assessment", str(a["id"]),
                                                         {"high": 25e6})],
                           kind="import", name="partner.xlsx"))
    stack.undo()
    origins = [(e.new, e.as_json()["origin"]) for e in history(svc, since_seq=start)]
    assert origins == [(25e6, "import partner.xlsx"), (20e6, "ongedaan gemaakt partner.xlsx")]
