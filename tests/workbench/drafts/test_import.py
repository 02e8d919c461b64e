"""Importing drafts: a PDF works like a .docx; hostile or unreadable files change nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from workbench.drafts.store import clauses, import_draft, version, versions
from workbench.i18n import UserError
from workbench.services import ProjectService

from .builders import V02, V03, docx_bytes, write_docx, write_pdf

pytestmark = pytest.mark.both_backends


def _state(svc: ProjectService) -> tuple[int, int]:
    with svc.doc.engine.connect() as conn:
        seq = conn.execute(text("SELECT coalesce(max(seq), 0) FROM audit_entry")).scalar()
        n = conn.execute(text("SELECT count(*) FROM draft_clause")).scalar()
    return int(seq or 0), int(n or 0)


def test_pdf_draft_matches_the_docx_version(project: ProjectService, tmp_path: Path) -> None:
    import_draft(project, write_docx(tmp_path / "a.docx", V02))
    result = import_draft(project, write_pdf(tmp_path / "b.pdf", V03), name="Concept 0.3")
    v = version(project, result.key)
    assert v.source_name == "b.pdf" and len(v.source_sha256) == 64
    paths = [c.path for c in clauses(project, v.id)]
    assert "Artikel 4a lid 1" in paths and "Artikel 6 lid 2" in paths
    renumbered = [r for r in result.matching.reviews if r.kind == "renumbered"]
    assert {(r.old_path, r.new_path) for r in renumbered} >= {
        ("Artikel 3 lid 3", "Artikel 3 lid 2")}


def _rezip(data: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, content in (extra or {}).items():
            z.writestr(name, content)
    return out.getvalue()


BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document>&lol2;</w:document>')


@pytest.mark.parametrize(
    ("name", "make", "key"),
    [
        ("entity.docx", lambda d: _rezip(d, {"word/document.xml": BOMB}), "import.xml_entities"),
        ("macro.docx", lambda d: _rezip(d, {}, {"word/vbaProject.bin": b"x"}), "draft.macros"),
        ("macro.docm", lambda d: d, "draft.macros"),
        ("bom.docx", lambda d: _rezip(d, {}, {"word/media/big.bin": b"\0" * (8 * 2**20)}),
         "import.zip_limits"),
        ("boek.docx", lambda d: _rezip(d, {}, {}).replace(b"word/document.xml",
                                                         b"word/documenx.xml"), None),
        ("leeg.docx", lambda d: b"dit is geen zip", "draft.not_docx"),
        ("tekst.txt", lambda d: b"Artikel 1", "draft.kind"),
        ("kapot.pdf", lambda d: b"%PDF-1.4 kapot", "draft.unreadable"),
    ],
)
def test_hostile_files_are_refused_and_change_nothing(
    drafts: ProjectService, tmp_path: Path, name: str, make: object, key: str | None
) -> None:
    before = _state(drafts), [v.key for v in versions(drafts)]
    path = tmp_path / name
    path.write_bytes(make(docx_bytes(V02)))  # type: ignore[operator]
    with pytest.raises(UserError) as err:
        import_draft(drafts, path)
    if key is not None:
        assert err.value.key == key
    assert "\n" not in err.value.text("nl")
    assert (_state(drafts), [v.key for v in versions(drafts)]) == before
