"""The import dialog: every change listed, accepted ones applied as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.workbench.imports.support import build_scoring_project, edit, export
from ui.import_dialog import ImportDialog
from workbench.commands import Command, History
from workbench.i18n import UserError
from workbench.services import ProjectService
from workbench.store import ProjectDocument


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = ProjectDocument.create(tmp_path / "dossier.mwb", title="Dialoogtest")
    svc = ProjectService(doc)
    build_scoring_project(svc, n=6)
    exported = export(svc, tmp_path / "vergelijking.xlsx")
    yield svc, exported
    doc.close()


def _best(svc: ProjectService, code: str, key: str) -> float:
    mid, cid = svc.id_for("measure", code), svc.id_for("criterion", key)
    (row,) = [a for a in svc.rows("assessment", measure_id=mid) if a["criterion_id"] == cid]
    return float(row["best"])


def _returned(svc: ProjectService, exported: Path, tmp_path: Path) -> Path:
    edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "health:best"): _best(svc, "M02", "health") + 0.5,
        ("Partijen", "M03", "stance:prov"): -2,
    }, weights={"noise": 0.2})
    return tmp_path / "terug.xlsx"


def test_lists_every_change_and_applies_the_checked_ones_as_one_step(
    qtbot, project, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    svc, exported = project
    history = History(svc)
    pushed: list[Command] = []

    def push(cmd: Command) -> object:
        pushed.append(cmd)
        return history.push(cmd)

    before = _best(svc, "M02", "health")
    dialog = ImportDialog.from_file(svc, _returned(svc, exported, tmp_path), push)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 3
    rows = {table.item(i, 2).text() + "/" + table.item(i, 3).text(): i
            for i in range(table.rowCount())}
    assert set(rows) == {"M02/health", "M03/prov", "team/noise"}
    assert table.item(rows["M02/health"], 0).text().startswith("Vergelijking!")
    dialog.set_checked(rows["team/noise"], False)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied and len(pushed) == 1  # one undoable command
    assert _best(svc, "M02", "health") == pytest.approx(before + 0.5)
    pid = svc.id_for("weight_profile", "team")
    noise = svc.id_for("criterion", "noise")
    assert [w["weight"] for w in svc.rows("weight", profile_id=pid)
            if w["criterion_id"] == noise] == [10.0]
    history.undo()
    assert _best(svc, "M02", "health") == before


def test_cancel_changes_nothing(qtbot, project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc, exported = project
    pushed: list[Command] = []
    before = _best(svc, "M02", "health")
    dialog = ImportDialog.from_file(svc, _returned(svc, exported, tmp_path), pushed.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert pushed == [] and not dialog.applied
    assert _best(svc, "M02", "health") == before


def test_nothing_checked_means_no_apply(qtbot, project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc, exported = project
    dialog = ImportDialog.from_file(svc, _returned(svc, exported, tmp_path), lambda c: None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()


def test_problems_block_apply_and_are_listed_per_cell(
    qtbot, project, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    svc, exported = project
    refs = edit(exported, tmp_path / "fout.xlsx",
                {("Vergelijking", "M02", "health:best"): "veel"})
    dialog = ImportDialog.from_file(svc, tmp_path / "fout.xlsx", lambda c: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.apply_button.isEnabled()
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith(refs[("Vergelijking", "M02",
                                                           "health:best")])


def test_a_refused_file_raises_for_the_caller(project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc, _exported = project
    bad = tmp_path / "macro.xlsm"
    bad.write_bytes(b"PK")
    with pytest.raises(UserError):
        ImportDialog.from_file(svc, bad, lambda c: None)
