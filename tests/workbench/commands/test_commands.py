"""Every command's do -> undo -> redo round trip restores exactly the right state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from workbench.commands import (
    Command,
    CreateEntity,
    DeleteEntity,
    History,
    Macro,
    SetOption,
    UpdateEntity,
    duplicate_measure,
    set_position,
)
from workbench.i18n import UserError
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends

TABLES = (
    "measure",
    "measure_note",
    "measure_link",
    "assessment",
    "position",
    "criterion",
    "stakeholder",
    "package",
    "package_member",
)


def state(svc: ProjectService) -> dict[str, Any]:
    # The row version is bookkeeping: every write raises it, undo included.
    snap: dict[str, Any] = {
        t: [{k: v for k, v in r.items() if k != "row_version"} for r in svc.rows(t)]
        for t in TABLES
    }
    snap["title"] = svc.option("title")
    return snap


def round_trip(svc: ProjectService, cmd: Command) -> None:
    before = state(svc)
    cmd.do(svc)
    after = state(svc)
    assert after != before, "the command changed nothing"
    cmd.undo(svc)
    assert state(svc) == before
    cmd.do(svc)
    assert state(svc) == after


Factory = Callable[[ProjectService, dict[str, str]], Command]

CASES: dict[str, Factory] = {
    "create measure": lambda s, ids: CreateEntity("measure", {"code": "M09", "title": "Nieuw"}),
    "update measure": lambda s, ids: UpdateEntity(
        "measure", ids["m1"], {"status": "agreed", "deadline_year": 2029}
    ),
    "delete measure with dependants": lambda s, ids: DeleteEntity("measure", ids["m1"]),
    "delete criterion": lambda s, ids: DeleteEntity("criterion", ids["health"]),
    "update assessment": lambda s, ids: UpdateEntity(
        "assessment", ids["a1"], {"low": 10.0, "best": 15.0}
    ),
    "set option": lambda s, ids: SetOption("title", "Ander dossier"),
    "duplicate measure": lambda s, ids: duplicate_measure(s, ids["m1"]),
    "new position keeps history": lambda s, ids: set_position(
        s, ids["party"], ids["m1"], {"stance": -1, "red_line": True}
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_do_undo_redo(svc: ProjectService, basics: dict[str, str], name: str) -> None:
    svc.create("measure_note", {"measure_id": basics["m1"], "text": "notitie"})
    svc.create(
        "measure_link", {"measure_id": basics["m1"], "other_id": basics["m2"], "kind": "excludes"}
    )
    round_trip(svc, CASES[name](svc, basics))


def test_duplicate_copies_assessments_notes_and_links(
    svc: ProjectService, basics: dict[str, str]
) -> None:
    svc.create(
        "measure_link", {"measure_id": basics["m1"], "other_id": basics["m2"], "kind": "requires"}
    )
    duplicate_measure(svc, basics["m1"]).do(svc)
    copy_id = svc.id_for("measure", "M01-2")
    assert copy_id is not None
    assert [a["best"] for a in svc.rows("assessment", measure_id=copy_id)] == [20.0]
    assert [(r["other_id"], r["kind"]) for r in svc.rows("measure_link", measure_id=copy_id)] == [
        (basics["m2"], "requires")
    ]


def test_set_position_keeps_the_earlier_stance(svc: ProjectService, basics: dict[str, str]) -> None:
    import datetime as dt

    set_position(svc, basics["party"], basics["m1"], {"stance": 1}, today=dt.date(2026, 3, 1)).do(
        svc
    )
    set_position(
        svc,
        basics["party"],
        basics["m1"],
        {"stance": -2, "red_line": True},
        today=dt.date(2026, 6, 1),
    ).do(svc)
    rows = sorted(svc.rows("position"), key=lambda r: r["date"])
    assert [(r["stance"], r["red_line"]) for r in rows] == [(1, False), (-2, True)]


def test_failing_macro_undoes_its_own_first_steps(
    svc: ProjectService, basics: dict[str, str]
) -> None:
    before = state(svc)
    macro = Macro(
        ("Twee", "Two"),
        [
            CreateEntity("measure", {"code": "M20", "title": "Goed"}),
            UpdateEntity("measure", basics["m1"], {"code": "M02"}),  # duplicate: fails
        ],
    )
    with pytest.raises(UserError):
        macro.do(svc)
    assert state(svc) == before


def test_history_tracks_the_clean_state(svc: ProjectService, basics: dict[str, str]) -> None:
    h = History(svc)
    h.set_clean()
    h.push(UpdateEntity("measure", basics["m1"], {"title": "A"}))
    assert not h.is_clean
    h.undo()
    assert h.is_clean and h.can_redo
    h.redo()
    h.undo()
    h.push(UpdateEntity("measure", basics["m1"], {"title": "B"}))
    h.undo()
    assert h.is_clean


def test_labels_in_both_languages() -> None:
    cmd = DeleteEntity("measure", "x")
    assert cmd.label("nl") == "maatregel verwijderen"
    assert cmd.label("en") == "Delete measure"
