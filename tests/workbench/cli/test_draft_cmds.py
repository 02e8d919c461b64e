"""`workbench draft import|list|link|diff|export` on generated drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.server_project import open_target, state_of
from workbench.cli.main import main
from workbench.services import ProjectService

from ..drafts.builders import V02, V03, write_docx
from ..drafts.conftest import project  # noqa: F401 (fixture)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def saved(project: ProjectService, doc_target: str) -> str:  # noqa: F811
    """The saved and closed project: a file's path or a server project's URL."""
    project.doc.close()
    return doc_target


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_link_diff(saved: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    a, b = write_docx(tmp_path / "0.2.docx", V02), write_docx(tmp_path / "0.3.docx", V03)
    code, out, _ = _run(capsys, "draft", "import", str(saved), str(a), "--name", "Concept 0.2",
                        "--date", "2026-03-02", "--from", "BZK")
    assert code == 0 and out.startswith("c1: 22 bepalingen ingelezen")
    code, out, _ = _run(capsys, "draft", "import", str(saved), str(b), "--name", "Concept 0.3")
    assert code == 0 and out.startswith("c2: 23 bepalingen ingelezen")
    assert "Artikel 3 lid 2 was Artikel 3 lid 3 (vernummerd)" in out
    code, out, _ = _run(capsys, "draft", "list", str(saved), "--json")
    assert json.loads(out) == [
        {"key": "c1", "name": "Concept 0.2", "date": "2026-03-02", "from": "BZK", "clauses": 22},
        {"key": "c2", "name": "Concept 0.3", "date": None, "from": "", "clauses": 23},
    ]
    code, out, _ = _run(capsys, "draft", "link", str(saved), "c1", "artikel 2 lid 1", "M01")
    assert code == 0 and out.strip() == "M01 gekoppeld aan Artikel 2 lid 1 (implements)"
    code, out, _ = _run(capsys, "draft", "diff", str(saved), "c1", "c2", "--substantive",
                        "--json")
    doc = json.loads(out)
    assert (doc["old"], doc["new"]) == ("c1", "c2")
    by = {(c["old_label"], c["new_label"]): c for c in doc["changes"]}
    deadline = by[("Artikel 2 lid 1", "Artikel 2 lid 1")]
    assert deadline["kind"] == "changed" and deadline["substantive"] is True
    assert deadline["measures"] == ["M01"] and deadline["dalys_to_2030"] == -4.0
    assert "31 december 2029" in deadline["old_text"]
    assert "31 december 2030" in deadline["new_text"]
    assert ("Artikel 1 onderdeel b", "Artikel 1 onderdeel b") not in by
    assert by[(None, "Artikel 4a")]["kind"] == "inserted"
    assert doc["summary"]["dalys_to_2030"] == -4.0
    code, out, _ = _run(capsys, "draft", "diff", str(saved), "c1", "c2")
    assert out.strip().endswith("Concept 0.3 t.o.v. Concept 0.2: 1 maatregelen geraakt, "
                                "-4 DALY tot 2030")


def test_export_and_errors(saved: str, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    for name, v in (("0.2.docx", V02), ("0.3.docx", V03)):
        path = write_docx(tmp_path / name, v)
        assert _run(capsys, "draft", "import", str(saved), str(path))[0] == 0
    for fmt in ("pdf", "docx", "xlsx"):
        out_file = tmp_path / f"redline.{fmt}"
        code, _out, err = _run(capsys, "draft", "export", str(saved), "c1", "c2", "--format", fmt,
                              "--audience", "partners", "-o", str(out_file))
        assert code == 0, err
        assert out_file.stat().st_size > 1000
    code, _, err = _run(capsys, "draft", "diff", str(saved), "c1", "c9")
    assert code == 1 and err == "fout: Conceptversie c9 bestaat niet (of is niet zichtbaar).\n"
    code, _, err = _run(capsys, "draft", "link", str(saved), "c1", "Artikel 99", "M01")
    assert code == 1 and err.startswith("fout: Conceptversie c1 heeft geen bepaling")
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"geen zip")
    before = state_of(saved)
    code, _, err = _run(capsys, "draft", "import", str(saved), str(bad))
    assert code == 1 and err == "fout: kapot.docx is geen Word-document (.docx).\n"
    assert state_of(saved) == before
    open_target(saved, read_only=True).close()
