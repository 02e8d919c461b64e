"""Save is atomic: a failure at any step leaves the user's file exactly as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbench.i18n import UserError
from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store import files as store_files


def _boom(*_args: Any, **_kw: Any) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("step", ["replace", "fsync", "check"])
def test_failure_during_save_keeps_the_old_file(
    svc: ProjectService,
    doc: ProjectDocument,
    project_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    svc.create("measure", {"code": "M01", "title": "Eerste versie"})
    doc.save()
    before = project_path.read_bytes()
    svc.create("measure", {"code": "M02", "title": "Tweede versie"})
    if step == "replace":
        monkeypatch.setattr(store_files.os, "replace", _boom)
    elif step == "fsync":
        monkeypatch.setattr(store_files, "fsync_path", _boom)
    else:
        monkeypatch.setattr(store_files, "integrity_problem", lambda _c: "pagina 3 is stuk")
    with pytest.raises(UserError) as err:
        doc.save()
    assert "ongewijzigd" in str(err.value)
    assert project_path.read_bytes() == before
    assert doc.modified
    # No temporary copy is left lying next to the user's file.
    assert sorted(p.name for p in project_path.parent.iterdir()) == [
        "dossier.mwb",
        "dossier.mwb.lock",
    ]
