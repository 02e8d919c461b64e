"""Helpers for the import tests: an exported workbook on disk and cell edits to it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from tests.workbench.reports.xlsx_support import build_scoring_project
from workbench.reports.model import build_report
from workbench.reports.xlsx import to_xlsx
from workbench.reports.xlsx_layout import FIRST_ROW, KEY_ROW
from workbench.services import ProjectService

__all__ = ["build_scoring_project", "cell_of", "edit", "export", "rebuild_zip"]


def export(svc: ProjectService, path: Path, audience: str = "partners",
           profile: str = "team") -> Path:
    report = build_report(svc, audience, profile_key=profile)  # type: ignore[arg-type]
    path.write_bytes(to_xlsx(report))
    return path


def cell_of(wb: Any, sheet: str, code: str, key: str) -> str:
    """The coordinate of the cell in `code`'s row and the column keyed `key`."""
    ws = wb[sheet]
    col = next(c.column_letter for c in ws[KEY_ROW] if c.value == key)
    row = next(r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value == code)
    return f"{col}{row}"


def edit(src: Path, dst: Path, changes: dict[tuple[str, str, str], Any],
         weights: dict[str, float] | None = None) -> dict[tuple[str, str, str], str]:
    """Set cells (sheet, code, key) -> value and weights; returns each cell's reference."""
    wb = openpyxl.load_workbook(src)
    refs = {}
    for (sheet, code, key), value in changes.items():
        coord = cell_of(wb, sheet, code, key)
        wb[sheet][coord].value = value
        refs[(sheet, code, key)] = f"{sheet}!{coord}"
    for key, value in (weights or {}).items():
        (dest,) = wb.defined_names[f"weight_{key}"].destinations
        wb[dest[0]][dest[1].replace("$", "")].value = value
    wb.save(dst)
    return refs


def rebuild_zip(src: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None,
                compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of an xlsx with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", compression) as z:
        for item in zin.infolist():
            z.writestr(item.filename, replace.get(item.filename, zin.read(item.filename)))
        for name, data in (add or {}).items():
            z.writestr(name, data)
    return out.getvalue()
