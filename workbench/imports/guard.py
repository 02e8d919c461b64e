"""Hostile-file checks on a partner workbook, all made before any XML is parsed.

:func:`read_guarded` reads the file once into memory (refusing it when it is
too large), then inspects the zip container without trusting it: the
extension and the parts must not carry macros (``.xlsm``, ``vbaProject.bin``,
a macro-enabled content type), the number of parts, their declared sizes and
their compression ratios must stay within :class:`Limits` (a zip bomb is
refused), encrypted parts are refused, and every XML part is streamed
(bounded by those sizes) and refused when it declares a DOCTYPE or ENTITY.
Only then may openpyxl parse it -- and openpyxl itself parses through
defusedxml, which :func:`require_defused_reader` insists on as a second wall.
A FIFO, device or folder is refused before it is opened. The reader then
reads at most :attr:`Limits.max_cells` cells per sheet within
:attr:`Limits.max_seconds` (see :mod:`.workbook`).
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from workbench.i18n import UserError
from workbench.interchange.reading import file_kind, regular_size

MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlsb", ".xlam", ".xls")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    """Hard limits for an untrusted workbook; generous for any real comparison sheet."""

    max_file_bytes: int = 25 * 2**20
    max_members: int = 400
    max_member_bytes: int = 100 * 2**20
    max_total_bytes: int = 250 * 2**20
    max_ratio: float = 200.0
    ratio_from_bytes: int = 2**20  # small parts may compress very well; ratios count above this
    max_rows: int = 50_000
    max_cols: int = 2_000
    # Cells read per sheet, counting the empty ones openpyxl yields between
    # filled cells: a comparison sheet of 1,000 measures x 12 criteria has
    # about 50,000. Cells beside the table count too, so a sheet padded with
    # millions of them is refused after this many instead of read for minutes.
    max_cells: int = 400_000
    # Wall-clock time for reading the cells of one workbook.
    max_seconds: float = 60.0


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Container:
    """Which Office file a guarded read expects: its parts and its refusal messages."""

    required: tuple[str, ...] = ("xl/workbook.xml", "[content_types].xml")
    macro_suffixes: tuple[str, ...] = MACRO_SUFFIXES
    wrong_kind: str = "import.not_xlsx"  # message key, with {path}
    macros: str = "import.macros"  # message key, with {path} and {detail}


XLSX = Container()
# A Word document (a draft agreement, workbench.drafts): same limits, its own parts.
DOCX = Container(
    required=("word/document.xml", "[content_types].xml"),
    macro_suffixes=(".docm", ".dotm", ".doc"),
    wrong_kind="draft.not_docx",
    macros="draft.macros",
)


def require_defused_reader() -> None:
    """Refuse to read workbooks unless openpyxl parses XML through defusedxml."""
    import openpyxl

    # With lxml (OPENPYXL_LXML, see workbench/__init__.py) openpyxl would bypass defusedxml.
    if not getattr(openpyxl, "DEFUSEDXML", False) or getattr(openpyxl, "LXML", False):
        raise UserError("import.unsafe_reader")


def read_guarded(
    path: Path, limits: Limits = DEFAULT_LIMITS, container: Container = XLSX
) -> bytes:
    """The bytes of `path` once every check passed; a UserError naming the problem otherwise."""
    name = path.name
    if path.suffix.lower() in container.macro_suffixes:
        raise UserError(container.macros, path=name, detail=path.suffix.lower())
    # A FIFO or device is refused before it is opened: opening a FIFO waits for
    # a writer, and a device may never end.
    size = regular_size(path)
    if size > limits.max_file_bytes:
        raise UserError("import.too_large", path=name, size=size, limit=limits.max_file_bytes)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            kind = file_kind(os.fstat(fh.fileno()).st_mode)
            if kind is not None:
                raise UserError("file.not_regular", path=path, kind=kind)
            data = fh.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        raise UserError("store.not_found", path=path) from None
    except OSError as exc:
        raise UserError("cli.io", path=path, detail=exc.strerror or str(exc)) from None
    if len(data) > limits.max_file_bytes:
        raise UserError("import.too_large", path=name, size=len(data),
                        limit=limits.max_file_bytes)
    check_container(data, name, limits, container)
    return data


def check_container(
    data: bytes, name: str, limits: Limits = DEFAULT_LIMITS, container: Container = XLSX
) -> None:
    """All container checks on workbook bytes (see the module docstring)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UserError(container.wrong_kind, path=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_members(infos, name, limits, container)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _scan_xml(archive, info, name, container)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise UserError("import.unreadable", path=name, detail=str(exc) or "zip") from None


def _check_members(
    infos: list[zipfile.ZipInfo], name: str, limits: Limits, container: Container = XLSX
) -> None:
    if len(infos) > limits.max_members:
        raise UserError("import.zip_limits", path=name,
                        detail=f"{len(infos)} onderdelen (maximaal {limits.max_members})")
    names = {i.filename.lower() for i in infos}
    for lowered in names:
        if lowered.endswith("vbaproject.bin") or lowered.endswith("vbaprojectsignature.bin"):
            raise UserError(container.macros, path=name, detail=lowered)
    if any(part not in names for part in container.required):
        raise UserError(container.wrong_kind, path=name)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UserError("import.encrypted", path=name)
        if info.file_size > limits.max_member_bytes:
            raise UserError("import.zip_limits", path=name,
                            detail=f"{info.filename}: {info.file_size} bytes uitgepakt")
        total += info.file_size
        if info.file_size >= limits.ratio_from_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise UserError("import.zip_limits", path=name,
                                detail=f"{info.filename}: compressieverhouding {ratio:.0f}:1")
    if total > limits.max_total_bytes:
        raise UserError("import.zip_limits", path=name,
                        detail=f"{total} bytes uitgepakt (maximaal {limits.max_total_bytes})")


def _scan_xml(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, container: Container = XLSX
) -> None:
    """Stream one XML part (zipfile stops at its checked size) looking for declarations."""
    tail = b""
    first = True
    with archive.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            if first:
                first = False
                if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                    chunk = chunk.decode("utf-16", errors="replace").encode("utf-8")
                    _refuse_declarations(chunk, info.filename, name)
                    # A UTF-16 part is unusual enough to refuse outright.
                    raise UserError(container.wrong_kind, path=name)
            window = tail + chunk
            _refuse_declarations(window, info.filename, name)
            tail = window[-16:]
    if info.filename == "[Content_Types].xml":
        content = archive.read(info)
        if b"macroEnabled" in content or b"vbaProject" in content:
            raise UserError(container.macros, path=name, detail="macroEnabled")


def _refuse_declarations(window: bytes, part: str, name: str) -> None:
    if any(marker in window for marker in _FORBIDDEN):
        raise UserError("import.xml_entities", path=name, part=part)
