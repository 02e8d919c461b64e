"""Issue 10: fuzzing `load` and partner `import` (hypothesis, bounded to stay fast).

For mutated interchange documents and mutated partner workbooks this asserts:
no internal error, every message one line, nothing written on refusal (no
project file after a refused `load`, the project byte for byte unchanged after
a refused `import`), and every document `load` accepts runs every read command
(info, measures, dump, health, rank, smaa, sensitivity, parties, portfolio,
frontier, export xlsx and pdf for the partners) without an internal error.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server_project import state_of
from workbench.cli.main import main
from workbench.reports.xlsx_layout import FIRST_ROW, NAME_AUDIENCE, NAME_PROFILE

from .builders import minimal

pytestmark = pytest.mark.both_backends


def base_document() -> dict[str, Any]:
    """The minimal document with what every command needs: cost, shared rows, health."""
    doc = copy.deepcopy(minimal())  # minimal() shares its level list between calls
    doc["criteria"].append({"key": "cost", "name": "Kosten", "kind": "cost", "unit": "EUR",
                            "direction": "lower_is_better",
                            "scale": {"type": "linear", "worst": 1e8, "best": 0}})
    doc["measures"][1].update(visibility="partners", description="Gedeeld")
    doc["measures"].append({"code": "M03", "title": "Geheim", "visibility": "internal"})
    doc["assessments"] += [
        {"measure": "M02", "criterion": "health", "low": 1, "best": 2, "high": 4},
        {"measure": "M02", "criterion": "cost", "best": 2e6},
        {"measure": "M01", "criterion": "cost", "low": 1e6, "best": 3e6, "high": 5e6},
        {"measure": "M03", "criterion": "cost", "best": 1e6},
    ]
    doc["weight_profiles"][0]["visibility"] = "partners"
    doc["weight_profiles"][0]["weights"]["cost"] = 0.2
    doc["weight_profiles"].append({"key": "geheim", "name": "Geheim", "visibility": "internal",
                                   "weights": {"health": 1.0}})
    doc["stakeholders"].append({"key": "velsen", "name": "Velsen", "kind": "municipality"})
    doc["positions"].append({"stakeholder": "velsen", "measure": "M02", "stance": 1,
                             "visibility": "partners", "date": "2026-03-11"})
    doc["populations"] = [{"key": "ijmond", "name": "IJmond", "size": 160000,
                           "baseline_mortality": 0.009}]
    doc["exposure_changes"] = [{"measure": "M02", "population": "ijmond", "agent": "pm25",
                                "low": -0.3, "best": -0.2, "high": -0.1}]
    doc["health_parameters"] = [{"key": "voly", "value": 80000, "source": "eigen schatting"}]
    return doc


COMMANDS: list[list[str]] = [
    ["info"], ["measures"], ["dump"], ["health"], ["rank"],
    ["smaa", "--draws", "40", "--seed", "1"], ["sensitivity", "--profile", "ijmond"],
    ["parties"], ["portfolio", "--budget", "10000000"],
    ["frontier", "--from", "0", "--to", "10000000", "--steps", "3"],
    ["export", "--format", "xlsx", "--audience", "partners", "-o", "{out}.xlsx"],
    ["export", "--format", "pdf", "--audience", "partners", "-o", "{out}.pdf"],
]


def run(argv: list[str]) -> tuple[int, str]:
    """The command's exit code and its stderr."""
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        rc = main(argv)
    return rc, err.getvalue()


def assert_clean(rc: int, err: str, what: object) -> None:
    assert "interne fout" not in err and "Traceback" not in err, (what, err)
    assert rc in (0, 1), (what, rc, err)
    if rc == 1:
        assert err.endswith("\n") and err.splitlines()[-1].startswith("fout: "), (what, err)
    for line in err.splitlines():
        assert len(line) < 1200, (what, line[:200])


def run_every_command(project: str, folder: Path) -> None:
    before = state_of(project)
    for argv in COMMANDS:
        args = [a.replace("{out}", str(folder / "uit")) for a in argv]
        rc, err = run([args[0], project, *args[1:]])
        assert_clean(rc, err, args)
        assert err.count("\n") <= 1, (args, err)
    assert state_of(project) == before  # reading never writes


def test_the_base_document_runs_every_command_cleanly(
    tmp_path: Path, on_backend: Callable[[Path], str]
) -> None:
    source = tmp_path / "d.json"
    source.write_text(json.dumps(base_document()))
    project = tmp_path / "d.mwb"
    assert run(["load", str(project), "--from", str(source)]) == (0, "")
    target = on_backend(project)
    for argv in COMMANDS:
        args = [a.replace("{out}", str(tmp_path / "uit")) for a in argv]
        rc, err = run([args[0], target, *args[1:]])
        assert (rc, err) == (0, ""), args


# -- load ---------------------------------------------------------------------------


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [path] + [p for k, v in node.items() for p in _leaves(v, (*path, k))]
    if isinstance(node, list):
        return [path] + [p for i, v in enumerate(node) for p in _leaves(v, (*path, i))]
    return [path]


PATHS = [p for p in _leaves(base_document()) if p]
KEYS = ["M01", "M02", "M03", "health", "cost", "tata", "velsen", "ijmond", "geheim", "voly",
        "rr_pm25_mortality", "rr_no2_mortality", "discount_rate", "pm25", "no2", "noise_lden"]
VALUES = st.one_of(
    st.sampled_from(KEYS),
    st.sampled_from(["public", "partners", "internal", "dust", "agreed", "direct", "levels",
                     "2026-03-12", "20260312", "2026-W10-1", "2026-02-30", "\ud800", "\udfff x",
                     "", " ", "a\nb\r\nc", "=1+1", "x" * 20_001]),
    st.integers(min_value=-5, max_value=3000),
    st.sampled_from([10**400, -(10**309), 2**63, 2**53 + 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.booleans(),
    st.text(max_size=20),
    st.just([]),
    st.just({}),
)
OVERRIDE = st.fixed_dictionaries(
    {"key": st.sampled_from(KEYS), "value": st.floats(-2, 3), "source": st.sampled_from(["s", ""])},
    optional={"low": st.floats(-2, 3), "high": st.floats(-2, 3)},
)


def _gentle(value: Any) -> st.SearchStrategy[Any]:
    """A value of the same type as `value`, so that many mutated documents are accepted."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(min_value=-3, max_value=2100)
    if isinstance(value, float):
        return st.floats(min_value=-1e9, max_value=1e9)
    if isinstance(value, str):
        return st.text(max_size=30)
    return st.just(value)


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    doc = base_document()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        node: Any = doc
        try:
            for part in path[:-1]:
                node = node[part]
            removable = isinstance(node, dict) and path[-1] in node
            if removable and draw(st.integers(0, 7)) == 0:
                del node[path[-1]]
                continue
            old = node[path[-1]]
            node[path[-1]] = draw(_gentle(old) if draw(st.booleans()) else VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced the parent
    if draw(st.integers(0, 3)) == 0:
        doc["health_parameters"] = [draw(OVERRIDE)]
    return doc


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_load_fuzz(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "d.json"
        source.write_text(json.dumps(doc, ensure_ascii=True, allow_nan=True))
        project = folder / "d.mwb"
        rc, err = run(["load", str(project), "--from", str(source)])
        assert_clean(rc, err, doc)
        if rc == 1:
            assert err.count("\n") == 1, err
            assert not project.exists()  # nothing written on refusal
            return
        run_every_command(str(project), folder)


# -- import -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The base project and the workbook exported from it for the partners."""
    folder = tmp_path_factory.mktemp("fuzz")
    mp = pytest.MonkeyPatch()
    mp.setenv("MAATWERK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    try:
        source = folder / "d.json"
        source.write_text(json.dumps(base_document()))
        project = folder / "d.mwb"
        assert run(["load", str(project), "--from", str(source)]) == (0, "")
        book = folder / "partners.xlsx"
        assert run(["export", str(project), "--format", "xlsx", "--audience", "partners",
                    "-o", str(book)])[0] == 0
    finally:
        mp.undo()
    return project.read_bytes(), book.read_bytes()


CELL_VALUES = st.one_of(
    st.sampled_from(["M01", "M02", "M03", "M99", "geheim", "ijmond", "internal", "public", "",
                     "=1/0", "=SUM(A1:A2)", "laag", "hoog", "a\nb", "\x00", "1e400"]),
    st.integers(min_value=-3, max_value=3),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from([1e308, -1e308, 10**20]),
    st.none(),
    st.booleans(),
    st.text(max_size=12),
)


@st.composite
def cell_edits(draw: st.DrawFn) -> list[tuple[str, int, int, Any]]:
    edits = []
    for _ in range(draw(st.integers(1, 4))):
        sheet = draw(st.sampled_from(["Vergelijking", "Partijen", "Toelichting"]))
        row = draw(st.integers(FIRST_ROW - 2, FIRST_ROW + 6))
        col = draw(st.integers(1, 14))
        edits.append((sheet, row, col, draw(CELL_VALUES)))
    return edits


@settings(max_examples=10, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(edits=cell_edits(), named=st.sampled_from([None, NAME_PROFILE, NAME_AUDIENCE]),
       named_value=CELL_VALUES)
def test_import_fuzz(exported: tuple[bytes, bytes], on_backend: Callable[[Path], str],
                     edits: list[tuple[str, int, int, Any]], named: str | None,
                     named_value: Any) -> None:
    project_bytes, book_bytes = exported
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "d.mwb"
        path.write_bytes(project_bytes)
        project = on_backend(path)  # the file, or a server project pushed from it
        before = state_of(project)
        wb = openpyxl.load_workbook(io.BytesIO(book_bytes))
        for sheet, row, col, value in edits:
            try:
                wb[sheet].cell(row, col).value = value
            except Exception:  # openpyxl refuses the value, or the cell is merged
                continue
        if named is not None:
            ((sheet_name, coord),) = wb.defined_names[named].destinations
            wb[sheet_name][coord.replace("$", "")].value = named_value
        book = folder / "terug.xlsx"
        try:
            wb.save(book)
        except (ValueError, TypeError):
            return  # not a workbook openpyxl can write; nothing to import
        rc, err = run(["import", project, str(book)])
        assert_clean(rc, err, (edits, named, named_value))
        if rc == 1:
            assert state_of(project) == before  # nothing written on refusal
        else:
            run_every_command(project, folder)
