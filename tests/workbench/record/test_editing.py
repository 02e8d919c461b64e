"""Meeting edits as one undo step; a kept agenda and who may read it."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.data import ProjectData
from workbench.commands import History
from workbench.record import agenda
from workbench.record.editing import edit_meeting, free_meeting_key, new_meeting
from workbench.services import ProjectService

from .conftest import MEETING

pytestmark = pytest.mark.both_backends


def _parties(svc: ProjectService, mid: str) -> set[str]:
    return {str(r["stakeholder_id"]) for r in svc.rows("meeting_party", meeting_id=mid)}


def test_a_new_meeting_with_parties_is_one_step_and_takes_a_free_key(
    demo_svc: ProjectService,
) -> None:
    svc = demo_svc
    day = dt.date(2026, 2, 20)  # the demo already holds o2026-02-20
    assert free_meeting_key(svc, day) == "o2026-02-20-2"
    tata, prov = svc.id_for("stakeholder", "tata"), svc.id_for("stakeholder", "nh")
    assert tata and prov
    stack = History(svc)
    before = len(svc.rows("meeting"))
    cmd, mid = new_meeting(svc, {"title": "Donderdag", "date": day}, [tata, prov])
    stack.push(cmd)
    row = svc.get("meeting", str(mid))
    assert (row["key"], row["visibility"]) == ("o2026-02-20-2", "internal")
    assert _parties(svc, str(mid)) == {tata, prov}
    stack.undo()  # one step takes back the meeting and its parties
    assert len(svc.rows("meeting")) == before
    assert not svc.rows("meeting_party", meeting_id=str(mid))


def test_editing_parties_touches_only_the_offered_ones(demo_svc: ProjectService) -> None:
    svc = demo_svc
    mid = svc.id_for("meeting", MEETING)
    assert mid
    present = _parties(svc, mid)
    assert len(present) >= 2
    hidden, shown = sorted(present)[:1], sorted(present)[1:]
    others = {str(r["id"]) for r in svc.rows("stakeholder")} - present
    extra = sorted(others)[0]
    # the screen offers every party but `hidden`; the user unticks all shown, ticks `extra`
    offered = {str(r["id"]) for r in svc.rows("stakeholder")} - set(hidden)
    cmd = edit_meeting(svc, mid, {"location": "Velsen"}, [extra], offered)
    assert cmd is not None
    stack = History(svc)
    stack.push(cmd)
    assert _parties(svc, mid) == {*hidden, extra}
    assert svc.get("meeting", mid)["location"] == "Velsen"
    stack.undo()
    assert _parties(svc, mid) == present and set(shown) <= present
    assert edit_meeting(svc, mid, {}, present, offered | set(hidden)) is None


def test_a_kept_agenda_is_read_back_only_by_whom_may_see_it(demo_svc: ProjectService) -> None:
    svc = demo_svc
    mid = svc.id_for("meeting", MEETING)
    assert mid
    items = [agenda.AgendaItem("own", "Opening"), agenda.AgendaItem("open", "Meetplan M05")]
    stack = History(svc)
    stack.push(agenda.save(mid, items))
    assert agenda.saved(ProjectData(svc, "internal"), mid) == (items, "internal")
    assert agenda.saved(ProjectData(svc, "partners"), mid) is None
    stack.push(agenda.save(mid, items[1:], "partners"))
    assert agenda.saved(ProjectData(svc, "partners"), mid) == (items[1:], "partners")
    stack.undo()
    stack.undo()
    assert agenda.saved(ProjectData(svc, "internal"), mid) is None
