"""Hostile files are refused before parsing, each with one clear message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workbench.i18n import UserError
from workbench.imports import Limits, read_partner_workbook
from workbench.services import ProjectService

from .support import build_scoring_project, export, rebuild_zip

pytestmark = pytest.mark.both_backends

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="&lol4;" sheetId="1" r:id="rId1"/></sheets></workbook>"""


@pytest.fixture
def good(svc: ProjectService, tmp_path: Path) -> bytes:
    build_scoring_project(svc, n=4)
    return export(svc, tmp_path / "goed.xlsx").read_bytes()


def _refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(UserError) as err:
        read_partner_workbook(path, *(() if limits is None else (limits,)))
    text = str(err.value)
    assert ("\n" not in text and path.name in text) or "defusedxml" in text
    return text


def test_entity_bomb_is_refused_before_parsing(good: bytes, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    bomb.write_bytes(rebuild_zip(good, {"xl/workbook.xml": BOMB}))
    text = _refused(bomb)
    assert "DOCTYPE- of ENTITY-declaratie" in text and "xl/workbook.xml" in text


def test_openpyxl_itself_reads_through_defusedxml(good: bytes, tmp_path: Path) -> None:
    """The second wall: even without our scan, the entity bomb would not expand."""
    import defusedxml

    assert openpyxl.DEFUSEDXML
    bomb = rebuild_zip(good, {"xl/workbook.xml": BOMB})
    with pytest.raises(ValueError) as err:
        openpyxl.load_workbook(io.BytesIO(bomb), read_only=True)
    # openpyxl wraps the parser's refusal; the cause is defusedxml's EntitiesForbidden
    assert isinstance(err.value.__cause__, defusedxml.DefusedXmlException)


def test_zip_bomb_is_refused(good: bytes, tmp_path: Path) -> None:
    zeros = b"0" * (60 * 2**20)  # 60 MiB that deflate to ~60 KiB
    bomb = tmp_path / "zipbom.xlsx"
    bomb.write_bytes(rebuild_zip(good, {}, add={"xl/media/image1.png": zeros}))
    assert bomb.stat().st_size < 2**20
    assert "compressieverhouding" in _refused(bomb)


def test_total_uncompressed_size_is_limited(good: bytes, tmp_path: Path) -> None:
    path = tmp_path / "groot.xlsx"
    path.write_bytes(good)
    assert "zip-bom" in _refused(path, Limits(max_total_bytes=10_000))


def test_member_count_is_limited(good: bytes, tmp_path: Path) -> None:
    many = tmp_path / "veel.xlsx"
    many.write_bytes(rebuild_zip(good, {}, add={f"xl/extra{i}.txt": b"x" for i in range(50)}))
    assert "onderdelen" in _refused(many, Limits(max_members=40))


def test_file_size_is_limited(good: bytes, tmp_path: Path) -> None:
    path = tmp_path / "vergelijking.xlsx"
    path.write_bytes(good)
    assert "te groot" in _refused(path, Limits(max_file_bytes=1000))


@pytest.mark.parametrize("how", ["suffix", "vba_part", "content_type"])
def test_macros_are_refused(good: bytes, tmp_path: Path, how: str) -> None:
    if how == "suffix":
        path = tmp_path / "macro.xlsm"
        path.write_bytes(good)
    elif how == "vba_part":
        path = tmp_path / "macro.xlsx"
        path.write_bytes(rebuild_zip(good, {}, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))
    else:
        with zipfile.ZipFile(io.BytesIO(good)) as z:
            types = z.read("[Content_Types].xml").replace(
                b"sheet.main+xml", b"sheet.macroEnabled.main+xml")
        path = tmp_path / "macro.xlsx"
        path.write_bytes(rebuild_zip(good, {"[Content_Types].xml": types}))
    assert "macro's" in _refused(path)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "tekst.xlsx"
    path.write_text("geen zip", encoding="utf-8")
    assert "geen Excel-werkboek" in _refused(path)
    other = tmp_path / "ander.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    other.write_bytes(buffer.getvalue())
    assert "geen Excel-werkboek" in _refused(other)


def test_a_workbook_without_the_comparison_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Blad1"
    path = tmp_path / "ander.xlsx"
    wb.save(path)
    assert "geen werkblad 'Toelichting'" in _refused(path)


def test_a_workbook_of_another_format(good: bytes, tmp_path: Path, svc: ProjectService) -> None:
    from workbench.imports import plan_import

    wb = openpyxl.load_workbook(io.BytesIO(good))
    (dest,) = wb.defined_names["maatwerk_formaat"].destinations
    wb[dest[0]][dest[1].replace("$", "")].value = "iets anders"
    path = tmp_path / "vreemd.xlsx"
    wb.save(path)
    with pytest.raises(UserError) as err:
        plan_import(svc, read_partner_workbook(path))
    assert "geen vergelijkingswerkboek" in str(err.value)
