"""The export dialog, driven offscreen: choices per audience, preview, export, open when done."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl

from tests.workbench.reports.conftest import CANARIES, canary_project  # noqa: F401
from ui.export_dialog import ExportDialog
from workbench.services import ProjectService


@pytest.fixture
def dialog(  # type: ignore[no-untyped-def]
    qtbot,
    svc: ProjectService,
    canary_project: dict[str, str],  # noqa: F811
    tmp_path: Path,
):
    opened: list[QUrl] = []
    d = ExportDialog(svc, directory=tmp_path, open_url=opened.append)
    d.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(d)
    d.show()
    yield d
    d.reject()  # before the project closes: no preview may run against a closed file


def _choose(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    if hasattr(widget, "itemText"):
        return [widget.itemText(i) for i in range(widget.count())]
    return [widget.item(i).text() for i in range(widget.count())]


def test_only_what_the_audience_may_see_is_offered(dialog: ExportDialog) -> None:
    assert dialog.selected_audience() == "partners"
    assert _texts(dialog.profile) == ["IJmond-gemeenten"]
    assert _texts(dialog.packages) == ["Inzet IJmond"]
    _choose(dialog.audience, "internal")
    assert "KANARIE-WEGING" in _texts(dialog.profile)
    assert "KANARIE-PAKKET" in _texts(dialog.packages)
    assert dialog.target.text().endswith("-internal.pdf")


def test_export_writes_the_partners_paper_and_opens_it(
    qtbot,
    dialog: ExportDialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "positiepaper.pdf"
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_written is not None, timeout=30_000)
    assert dialog.progress.value() == 100
    data = target.read_bytes()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    flat = re.sub(r"\s+", "", text)
    assert "P01" in text and "Vertrouwelijk – alleen voor coalitiepartners" in text
    assert [c for c in CANARIES.values() if c in flat] == []
    assert dialog.opened == [QUrl.fromLocalFile(str(target))]  # type: ignore[attr-defined]
    assert dialog.export_button.isEnabled()


def test_without_open_when_done_nothing_is_opened(
    qtbot,
    dialog: ExportDialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog.open_when_done.setChecked(False)
    _choose(dialog.language, "en")
    dialog.target.setText(str(tmp_path / "paper.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_written is not None, timeout=30_000)
    assert dialog.opened == []  # type: ignore[attr-defined]
    assert (tmp_path / "paper.pdf").read_bytes().startswith(b"%PDF-")


def test_preview_shows_the_first_pages(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed; the preview shows the outline instead")
    qtbot.waitUntil(lambda: len(dialog.preview_images) > 1, timeout=30_000)
    assert not dialog.preview_images[0].isNull()
    assert "P01 – Ertsopslag overkappen" in "\n".join(dialog.outline)


def test_a_refused_audience_explains_itself_and_writes_nothing(
    qtbot,
    dialog: ExportDialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    _choose(dialog.audience, "public")  # no weighting is public in this project
    assert _texts(dialog.profile) == []
    dialog.target.setText(str(tmp_path / "public.pdf"))
    dialog.export()
    assert "weging" in dialog.status.text()
    assert not (tmp_path / "public.pdf").exists() and dialog.last_written is None


def test_a_missing_folder_is_refused(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.target.setText(str(tmp_path / "nope" / "paper.pdf"))
    dialog.export()
    assert dialog.last_written is None and dialog.status.text()


def test_workbook_export(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("workbench.reports.xlsx")
    _choose(dialog.format, "xlsx")
    assert dialog.target.text().endswith(".xlsx")
    target = tmp_path / "vergelijking.xlsx"
    dialog.target.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_written is not None, timeout=30_000)
    assert target.read_bytes().startswith(b"PK")
