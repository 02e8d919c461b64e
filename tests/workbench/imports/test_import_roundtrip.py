"""Export -> change some cells -> import changes exactly those fields; undo restores."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.commands import History
from workbench.imports import build_command, plan_import, read_partner_workbook
from workbench.services import ProjectService

from .support import build_scoring_project, edit, export

pytestmark = pytest.mark.both_backends


@pytest.fixture
def exported(svc: ProjectService, tmp_path: Path) -> Path:
    build_scoring_project(svc, n=8)
    return export(svc, tmp_path / "vergelijking.xlsx")


def _assessment(svc: ProjectService, code: str, key: str) -> dict[str, float]:
    mid, cid = svc.id_for("measure", code), svc.id_for("criterion", key)
    (row,) = [a for a in svc.rows("assessment", measure_id=mid) if a["criterion_id"] == cid]
    return {f: row[f] for f in ("low", "best", "high")}


def _weights(svc: ProjectService) -> dict[str, float]:
    pid = svc.id_for("weight_profile", "team")
    key = {c["id"]: c["key"] for c in svc.rows("criterion")}
    return {key[w["criterion_id"]]: w["weight"] for w in svc.rows("weight", profile_id=pid)}


def test_an_untouched_workbook_changes_nothing(svc: ProjectService, exported: Path) -> None:
    plan = plan_import(svc, read_partner_workbook(exported))
    assert plan.ok and plan.changes == () and plan.profile == "team"


def test_changed_cells_become_exactly_those_changes(
    svc: ProjectService, exported: Path, tmp_path: Path
) -> None:
    before = _assessment(svc, "M02", "health")
    refs = edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "health:best"): before["best"] + 1.0,
        ("Vergelijking", "M01", "feasibility:high"): "hoog",
        ("Partijen", "M02", "stance:tata"): 2,
    }, weights={"noise": 0.3})
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    assert plan.ok, [e.text() for e in plan.errors]
    got = {(c.entity, c.code, c.key, c.field): (c.old, c.new, c.cell) for c in plan.changes}
    old_feas = _assessment(svc, "M01", "feasibility")
    expected_keys = {("assessment", "M02", "health", "best"),
                     ("weight", "team", "noise", "weight"),
                     ("position", "M02", "tata", "stance")}
    if old_feas["high"] != 1.0:
        expected_keys.add(("assessment", "M01", "feasibility", "high"))
    assert set(got) == expected_keys
    # openpyxl writes 16 significant digits, as spreadsheets hold them
    assert got[("assessment", "M02", "health", "best")] == (
        before["best"], pytest.approx(before["best"] + 1.0, rel=1e-15),
        refs[("Vergelijking", "M02", "health:best")])
    # weights were exported normalised (sum of raw = 100): 0.3 reads back as 30
    assert got[("weight", "team", "noise", "weight")][:2] == (10.0, pytest.approx(30.0))
    assert got[("position", "M02", "tata", "stance")][:3] == (
        0.0, 2.0, refs[("Partijen", "M02", "stance:tata")])


def test_apply_is_one_undoable_step(svc: ProjectService, exported: Path, tmp_path: Path) -> None:
    before = _assessment(svc, "M02", "health")
    weights = _weights(svc)
    stances = len(svc.rows("position"))
    edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "health:best"): before["best"] + 1.0,
        ("Vergelijking", "M02", "health:high"): before["high"] + 2.0,
        ("Partijen", "M03", "stance:prov"): -2,
    }, weights={"health": 0.5})
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    history = History(svc)
    history.push(build_command(svc, plan))
    after = _assessment(svc, "M02", "health")
    assert after == {"low": before["low"], "best": pytest.approx(before["best"] + 1.0),
                     "high": pytest.approx(before["high"] + 2.0)}
    assert _weights(svc)["health"] == pytest.approx(50.0)
    assert len(svc.rows("position")) == stances + 1
    # the applied workbook now matches the project: importing it again changes nothing
    again = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    assert [c for c in again.changes if c.entity != "weight"] == []
    history.undo()
    assert _assessment(svc, "M02", "health") == before
    assert _weights(svc) == weights
    assert len(svc.rows("position")) == stances
    history.redo()
    assert _assessment(svc, "M02", "health")["best"] == pytest.approx(before["best"] + 1.0)


def test_only_accepted_changes_are_applied(
    svc: ProjectService, exported: Path, tmp_path: Path
) -> None:
    before = _assessment(svc, "M02", "health")
    edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "health:best"): before["best"] + 1.0,
        ("Partijen", "M03", "stance:prov"): -2,
    })
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    keep = [i for i, c in enumerate(plan.changes) if c.entity == "position"]
    History(svc).push(build_command(svc, plan, keep))
    assert _assessment(svc, "M02", "health") == before
    prov = svc.id_for("stakeholder", "prov")
    m03 = svc.id_for("measure", "M03")
    stances = sorted(svc.rows("position", stakeholder_id=prov, measure_id=m03),
                     key=lambda p: p["recorded_at"])
    assert stances[-1]["stance"] == -2


def test_a_new_assessment_can_be_filled_in(
    svc: ProjectService, exported: Path, tmp_path: Path
) -> None:
    # M05 lacks its noise assessment (every fifth measure is incomplete)
    edit(exported, tmp_path / "terug.xlsx", {("Vergelijking", "M05", "noise:best"): 3.0})
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    assert {(c.field, c.old, c.new) for c in plan.changes} == {
        ("low", None, 3.0), ("best", None, 3.0), ("high", None, 3.0)}
    History(svc).push(build_command(svc, plan))
    assert _assessment(svc, "M05", "noise") == {"low": 3.0, "best": 3.0, "high": 3.0}


def test_empty_cells_never_delete(svc: ProjectService, exported: Path, tmp_path: Path) -> None:
    edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "health:low"): None,
        ("Vergelijking", "M02", "health:best"): None,
        ("Vergelijking", "M02", "health:high"): None,
        ("Partijen", "M01", "stance:tata"): None,
    })
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    assert plan.ok and plan.changes == ()
