"""The store on a folder and file name with spaces and accents, and without os.fchmod.

Municipal laptops keep dossiers in folders such as "Dossier IJmond é ü";
Windows before Python 3.13 has no os.fchmod.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store.files import write_bytes_atomic
from workbench.store.lock import lock_path


def test_store_round_trip_on_a_path_with_spaces_and_accents(tmp_path: Path) -> None:
    path = tmp_path / "Dossier IJmond é ü" / "p r ó.mwb"
    path.parent.mkdir()
    doc = ProjectDocument.create(path, title="Maatwerk — café")
    try:
        assert lock_path(path).is_file()  # "p r ó.mwb.lock" beside it
        svc = ProjectService(doc)
        mid = svc.create("measure", {"code": "M01", "title": "Geluidsscherm"}).created[0]
        svc.update("measure", mid, {"title": "Geluidsscherm Wijk aan Zee — fase ü"})
        doc.save()
    finally:
        doc.close()
    assert not lock_path(path).exists()
    assert sorted(p.name for p in path.parent.iterdir()) == ["p r ó.mwb"]

    again = ProjectDocument.open(path)
    try:
        rows = ProjectService(again).rows("measure")
        assert [(r["code"], r["title"]) for r in rows] == [
            ("M01", "Geluidsscherm Wijk aan Zee — fase ü")
        ]
        assert again.title == "Maatwerk — café"
    finally:
        again.close()


def test_atomic_export_without_fchmod_gets_the_usual_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "fchmod")  # as on Windows with Python 3.11 and 3.12
    target = tmp_path / "Dossier IJmond é ü" / "papier voor partners ó.pdf"
    target.parent.mkdir()
    write_bytes_atomic(target, b"%PDF-1.4 inhoud")
    assert target.read_bytes() == b"%PDF-1.4 inhoud"
    assert list(target.parent.iterdir()) == [target]  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
