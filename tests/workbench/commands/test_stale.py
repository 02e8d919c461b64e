"""A stale command: which update was refused, and the same edit over the other's version."""

from __future__ import annotations

import logging

import pytest

from workbench.commands import CreateEntity, History, Macro, UpdateEntity, over_theirs, stale_part
from workbench.commands.base import UNVERSIONED
from workbench.services import ProjectService
from workbench.services.project import StaleEdit

pytestmark = pytest.mark.both_backends


def _measures(svc: ProjectService) -> tuple[str, str]:
    one = svc.create("measure", {"code": "M01", "title": "Een"}).created[0]
    two = svc.create("measure", {"code": "M02", "title": "Twee"}).created[0]
    return one, two


def _version(svc: ProjectService, mid: str) -> int:
    return int(svc.get("measure", mid)["row_version"])


def test_a_macro_with_a_stale_part_writes_nothing_and_names_that_part(
    svc: ProjectService,
) -> None:
    one, two = _measures(svc)
    read = {one: _version(svc, one), two: _version(svc, two)}
    svc.update("measure", two, {"title": "Twee, van een collega"})
    macro = Macro(("x", "x"), [
        UpdateEntity("measure", one, {"title": "Een, van mij"}, version=read[one]),
        UpdateEntity("measure", two, {"title": "Twee, van mij"}, version=read[two]),
    ])
    with pytest.raises(StaleEdit) as err:
        History(svc).push(macro)
    # refused before any part was written: the first measure is untouched, version too
    assert svc.get("measure", one)["title"] == "Een" and _version(svc, one) == read[one]
    part = stale_part(macro, err.value)
    assert part is not None and part.id == two and dict(part.new) == {"title": "Twee, van mij"}


def test_keep_mine_is_the_whole_edit_over_their_version_as_one_undo_step(
    svc: ProjectService,
) -> None:
    one, two = _measures(svc)
    read = {one: _version(svc, one), two: _version(svc, two)}
    svc.update("measure", two, {"title": "Twee, van een collega"})
    note = CreateEntity("measure_note", {"measure_id": one, "text": "Waarom"})
    macro = Macro(("x", "x"), [
        UpdateEntity("measure", one, {"title": "Een, van mij"}, version=read[one]),
        note,
        UpdateEntity("measure", two, {"title": "Twee, van mij"}, version=read[two]),
    ])
    history = History(svc)
    with pytest.raises(StaleEdit) as err:
        history.push(macro)
    retry = over_theirs(macro, err.value)
    assert retry is not None
    history.push(retry)
    assert svc.get("measure", one)["title"] == "Een, van mij"
    assert svc.get("measure", two)["title"] == "Twee, van mij"
    assert [r["id"] for r in svc.rows("measure_note")] == [note.id]
    history.undo()  # one step: back to the colleague's title, not to the one first read
    assert svc.get("measure", two)["title"] == "Twee, van een collega"
    assert svc.get("measure", one)["title"] == "Een" and svc.rows("measure_note") == []
    assert not history.can_undo


def test_keep_mine_still_catches_a_second_stale_part(svc: ProjectService) -> None:
    one, two = _measures(svc)
    read = {one: _version(svc, one), two: _version(svc, two)}
    svc.update("measure", one, {"title": "Een, van een collega"})
    svc.update("measure", two, {"title": "Twee, van een collega"})
    macro = Macro(("x", "x"), [
        UpdateEntity("measure", one, {"title": "Een, van mij"}, version=read[one]),
        UpdateEntity("measure", two, {"title": "Twee, van mij"}, version=read[two]),
    ])
    with pytest.raises(StaleEdit) as first:
        macro.do(svc)
    retry = over_theirs(macro, first.value)
    assert retry is not None
    with pytest.raises(StaleEdit) as second:
        retry.do(svc)
    assert second.value.current["id"] == two  # asked about too, not overwritten
    assert svc.get("measure", one)["title"] == "Een, van een collega"


def test_a_command_without_a_refused_update_cannot_keep_mine(svc: ProjectService) -> None:
    one, _two = _measures(svc)
    svc.update("measure", one, {"title": "Van een collega"})
    with pytest.raises(StaleEdit) as err:
        UpdateEntity("measure", one, {"title": "x"}, version=1).do(svc)
    other = CreateEntity("measure", {"code": "M03", "title": "Drie"})
    assert stale_part(other, err.value) is None and over_theirs(other, err.value) is None


def test_an_update_without_a_version_read_is_reported(
    svc: ProjectService, caplog: pytest.LogCaptureFixture
) -> None:
    one, two = _measures(svc)
    caplog.set_level(logging.DEBUG, logger=UNVERSIONED.name)
    History(svc).push(UpdateEntity("measure", one, {"title": "x"}, version=_version(svc, one)))
    assert not [r for r in caplog.records if r.name == UNVERSIONED.name]
    History(svc).push(UpdateEntity("measure", two, {"title": "y"}))
    [record] = [r for r in caplog.records if r.name == UNVERSIONED.name]
    assert two in record.getMessage() and "title" in record.getMessage()
