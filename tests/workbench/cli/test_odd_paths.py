"""File names are names, never URI syntax (issue 10, finding 2).

`#`, `?`, `%41`, spaces, accents and non-Latin scripts in a project's name
or folder work through every command (new, info, measures, dump, load,
export, import) and leave no stray file (the old URI cut ``Concept #3.mwb``
to a new, empty ``Concept ``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.reports.xlsx_support import build_scoring_project
from workbench.cli.main import main
from workbench.services import ProjectService
from workbench.store import ProjectDocument

NAMES = [
    "Dossier#2.mwb",
    "Concept #3.mwb",
    "wat?.mwb",
    "what?mode=ro.mwb",
    "%41%20b.mwb",
    "Tata Steel — één café.mwb",
    "協議 Ωμέγα.mwb",
]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err == ""
    return out


@pytest.mark.parametrize("name", NAMES)
def test_every_command_reads_and_writes_the_named_file(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "map #1 ?x%41 é"
    folder.mkdir()
    path = folder / name
    _run(capsys, "new", str(path), "--title", "Raar pad")
    assert sorted(p.name for p in folder.iterdir()) == [name]

    info = json.loads(_run(capsys, "info", str(path), "--json"))
    assert info["title"] == "Raar pad" and info["integrity"] == "ok"

    # Give it content through the store, then read it back through the CLI.
    doc = ProjectDocument.open(path)
    try:
        svc = ProjectService(doc)
        build_scoring_project(svc, n=3)
        doc.save()
    finally:
        doc.close()
    assert "M01" in _run(capsys, "measures", str(path))

    dumped = folder / (Path(name).stem + ".json")
    _run(capsys, "dump", str(path), "-o", str(dumped))
    assert json.loads(dumped.read_text(encoding="utf-8"))["project"]["title"] == "Raar pad"

    copy = folder / ("kopie " + name)
    _run(capsys, "load", str(copy), "--from", str(dumped))
    assert json.loads(_run(capsys, "info", str(copy), "--json"))["counts"]["measure"] == 3

    book = folder / (Path(name).stem + ".xlsx")
    _run(capsys, "export", str(path), "--format", "xlsx", "--audience", "partners",
         "--profile", "team", "-o", str(book))
    assert book.stat().st_size > 0
    _run(capsys, "import", str(path), str(book), "--dry-run")

    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([name, dumped.name, copy.name, book.name])
