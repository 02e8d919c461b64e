"""Commands carry the row version they read: a stale edit or a stale undo is refused."""

from __future__ import annotations

import pytest

from workbench.commands import History, Macro, UpdateEntity
from workbench.services import ProjectService
from workbench.services.project import StaleEdit

pytestmark = pytest.mark.both_backends


def _measure(svc: ProjectService) -> str:
    return svc.create("measure", {"code": "M01", "title": "Een"}).created[0]


def test_an_edit_made_on_an_older_read_is_refused_and_the_other_value_stays(
    svc: ProjectService,
) -> None:
    mid = _measure(svc)
    read = svc.get("measure", mid)["row_version"]
    svc.update("measure", mid, {"title": "Van een collega"})  # someone else, meanwhile
    history = History(svc)
    with pytest.raises(StaleEdit) as err:
        history.push(UpdateEntity("measure", mid, {"title": "Van mij"}, version=read))
    assert err.value.current["title"] == "Van een collega"
    assert svc.get("measure", mid)["title"] == "Van een collega"
    assert not history.can_undo


def test_an_edit_on_the_current_read_passes_and_says_the_version_after(
    svc: ProjectService,
) -> None:
    mid = _measure(svc)
    read = svc.get("measure", mid)["row_version"]
    cmd = UpdateEntity("measure", mid, {"title": "Twee"}, version=read)
    History(svc).push(cmd)
    assert svc.get("measure", mid)["title"] == "Twee"
    assert cmd.after == read + 1 == svc.get("measure", mid)["row_version"]


def test_undo_does_not_overwrite_a_later_value_of_someone_else(svc: ProjectService) -> None:
    mid = _measure(svc)
    history = History(svc)
    history.push(UpdateEntity("measure", mid, {"title": "Twee"}))
    svc.update("measure", mid, {"title": "Drie, van een collega"})
    with pytest.raises(StaleEdit):
        history.undo()
    assert svc.get("measure", mid)["title"] == "Drie, van een collega"


def test_redo_does_not_overwrite_a_later_value_of_someone_else(svc: ProjectService) -> None:
    mid = _measure(svc)
    history = History(svc)
    history.push(UpdateEntity("measure", mid, {"title": "Twee"}))
    history.undo()
    svc.update("measure", mid, {"title": "Drie, van een collega"})
    with pytest.raises(StaleEdit):
        history.redo()
    assert svc.get("measure", mid)["title"] == "Drie, van een collega"


def test_undo_and_redo_of_two_edits_of_one_row_in_one_step(svc: ProjectService) -> None:
    mid = _measure(svc)
    history = History(svc)
    history.push(Macro(("twee", "two"), [
        UpdateEntity("measure", mid, {"title": "Twee"}),
        UpdateEntity("measure", mid, {"start_year": 2027}),
    ]))
    history.undo()
    row = svc.get("measure", mid)
    assert (row["title"], row["start_year"]) == ("Een", None)
    history.redo()
    row = svc.get("measure", mid)
    assert (row["title"], row["start_year"]) == ("Twee", 2027)
