"""Reading a draft agreement from an untrusted .docx or .pdf into paragraphs.

A .docx passes the partner-workbook guard first (size, zip members and
compression ratio, macros, DTDs and entities: :mod:`workbench.imports.guard`
with the Word container), then docx2python reads it: paragraphs with Word's
list numbering rendered as text and their style names (Heading 1, Kop 2).
A .pdf is size-checked the same way and read by pdfplumber, a bounded number
of pages; its lines are joined into paragraphs (a heading or a numbered line
starts one). Any failure is one :class:`UserError`; nothing is written here.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.drafts.numbering import heading_opening, member_opening
from workbench.drafts.structure import Paragraph
from workbench.i18n import UserError
from workbench.imports.guard import DOCX, Limits, read_guarded

MAX_PAGES = 400
MAX_CHARS = 2_000_000
LIMITS = Limits()


@dataclass(frozen=True)
class DraftFile:
    """What was read from a file: its name, SHA-256 and paragraphs."""

    name: str
    sha256: str
    paragraphs: tuple[Paragraph, ...]


def read_draft(path: Path) -> DraftFile:
    """The paragraphs of a .docx or .pdf draft, or a UserError naming what is wrong."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".docm", ".dotm", ".doc"):
        data = read_guarded(path, LIMITS, DOCX)
        paragraphs = _docx_paragraphs(data, path.name)
    elif suffix == ".pdf":
        data = _read_pdf_bytes(path)
        paragraphs = _pdf_paragraphs(data, path.name)
    else:
        raise UserError("draft.kind", path=path.name)
    total = sum(len(p.text) for p in paragraphs)
    if total > MAX_CHARS:
        raise UserError("draft.too_long", path=path.name, detail=f"{total} tekens", limit=MAX_CHARS)
    if not any(p.text.strip() for p in paragraphs):
        raise UserError("draft.empty", path=path.name)
    return DraftFile(path.name, hashlib.sha256(data).hexdigest(), tuple(paragraphs))


def _flatten(items: Any) -> Iterator[Any]:
    if isinstance(items, list):
        for item in items:
            yield from _flatten(item)
    else:
        yield items


def _docx_paragraphs(data: bytes, name: str) -> list[Paragraph]:
    from docx2python import docx2python

    try:
        with docx2python(io.BytesIO(data), html=False) as content:
            pars = list(_flatten(content.document_pars))
    except UserError:
        raise
    except Exception as exc:  # a damaged part: docx2python raises many kinds
        raise UserError("draft.unreadable", path=name, detail=type(exc).__name__) from None
    out: list[Paragraph] = []
    for par in pars:
        text = "".join(run.text for run in par.runs)
        # docx2python renders list numbers as "1)\t" or "a.\t"; a tab is a space here
        out.append(Paragraph(text.replace("\t", " ").strip(), str(par.style or "")))
    return out


def _read_pdf_bytes(path: Path) -> bytes:
    from workbench.interchange.reading import regular_size

    size = regular_size(path)
    if size > LIMITS.max_file_bytes:
        raise UserError("import.too_large", path=path.name, size=size,
                        limit=LIMITS.max_file_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("cli.io", path=path, detail=exc.strerror or str(exc)) from None
    if not data.startswith(b"%PDF-"):
        raise UserError("draft.unreadable", path=path.name, detail="geen PDF")
    return data


_SENTENCE_END = (".", ";", ":")


def _pdf_paragraphs(data: bytes, name: str) -> list[Paragraph]:
    import pdfplumber

    lines: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise UserError("draft.too_long", path=name, detail=f"{len(pdf.pages)} pagina's",
                                limit=MAX_PAGES)
            for page in pdf.pages:
                lines.extend((page.extract_text() or "").splitlines())
    except UserError:
        raise
    except Exception as exc:  # encrypted or damaged: pdfminer raises many kinds
        raise UserError("draft.unreadable", path=name, detail=type(exc).__name__) from None
    return join_lines(lines)


_PAGE_NUMBER = re.compile(r"^\s*(pagina\s+)?\d+(\s*(van|/)\s*\d+)?\s*$", re.I)


def join_lines(lines: list[str]) -> list[Paragraph]:
    """Lines of a PDF page as paragraphs: a heading or numbered line starts one."""
    out: list[str] = []
    after_heading = False
    for raw in lines:
        line = raw.strip()
        if not line or _PAGE_NUMBER.match(line):
            continue
        heading = heading_opening(line) is not None
        starts = (
            not out
            or heading
            or after_heading
            or member_opening(line) is not None
            or (out[-1].endswith(_SENTENCE_END) and line[:1].isupper())
        )
        if starts:
            out.append(line)
        else:
            out[-1] = f"{out[-1]} {line}"
        after_heading = heading and len(line) <= 120 and not line.endswith(_SENTENCE_END)
    return [Paragraph(text) for text in out]
