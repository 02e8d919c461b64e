"""Live formulas: LibreOffice recalculates the workbook and agrees with the engine.

One LibreOffice run recalculates two workbooks: the export as written, and
a copy in which a partner changed weight cells with openpyxl. Scores, ranks,
values per criterion and package totals read back from the recalculated
copies must equal what :func:`rank_additive` computes for the same weights.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from workbench.analysis.matrix import profile, project_matrix
from workbench.imports import plan_import, read_partner_workbook
from workbench.reports.model import build_report
from workbench.reports.xlsx import to_xlsx
from workbench.reports.xlsx_layout import FIRST_ROW, KEY_ROW
from workbench.scoring.additive import rank_additive
from workbench.scoring.weights import direct_weights
from workbench.services import ProjectService
from workbench.store import ProjectDocument

from .xlsx_support import build_scoring_project, needs_soffice, recalculate

pytestmark = needs_soffice

CHANGED = {"health": 0.05, "noise": 0.6}  # the partner's new weight cells


@dataclass
class Recalculated:
    matrix: Any
    weights: dict[str, float]
    report: Any
    as_exported: dict[str, dict[str, Any]]
    changed: dict[str, dict[str, Any]]
    packages: list[Any]
    plans: list[Any]  # import plans of the two LibreOffice-saved copies


def _rows(path: Path, sheet: str = "Vergelijking") -> dict[str, dict[str, Any]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet]
    keys = [c.value for c in ws[KEY_ROW]]
    out = {}
    for row in ws.iter_rows(min_row=FIRST_ROW, values_only=True):
        if row[0] is None:
            break
        out[str(row[0])] = dict(zip(keys, row, strict=False))
    return out


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Recalculated]:
    tmp = tmp_path_factory.mktemp("recalc")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(tmp / "data"))
        doc = ProjectDocument.create(tmp / "p.mwb", title="Rekentest")
        try:
            svc = ProjectService(doc)
            build_scoring_project(svc)
            report = build_report(svc, "partners", profile_key="team")
            pm = project_matrix(svc)
            weights = profile(svc, "team", [c.key for c in pm.criteria]).weights.as_dict()
            exported = tmp / "export.xlsx"
            exported.write_bytes(to_xlsx(report))
            wb = openpyxl.load_workbook(exported)
            for name, value in CHANGED.items():
                (dest,) = wb.defined_names[f"weight_{name}"].destinations
                wb[dest[0]][dest[1].replace("$", "")].value = value
            changed = tmp / "changed.xlsx"
            wb.save(changed)
            out = recalculate([exported, changed], tmp / "out")
            plans = [plan_import(svc, read_partner_workbook(f)) for f in out]
            yield Recalculated(pm.matrix, weights, report, _rows(out[0]), _rows(out[1]),
                               list(openpyxl.load_workbook(out[0], data_only=True)["Pakketten"]
                                    .iter_rows(values_only=True)), plans)
        finally:
            doc.close()


def _engine(matrix: Any, weights: dict[str, float]) -> dict[str, tuple[float, int]]:
    keys = list(matrix.criteria)
    result = rank_additive(matrix, direct_weights(keys, [weights[k] for k in keys]))
    return {code: (float(result.scores[i]), int(result.ranks[i]))
            for i, code in enumerate(matrix.alternatives)}


def _check(sheet: dict[str, dict[str, Any]], engine: dict[str, tuple[float, int]]) -> None:
    assert set(sheet) == set(engine)
    for code, (score, rank) in engine.items():
        got = sheet[code]
        if math.isnan(score):
            assert got["score"] in (None, ""), code
        else:
            assert got["score"] == pytest.approx(score, rel=1e-12, abs=1e-13), code
        assert got["rank"] == rank, code


def test_scores_and_ranks_equal_the_engine(recalculated: Recalculated) -> None:
    _check(recalculated.as_exported, _engine(recalculated.matrix, recalculated.weights))


def test_the_project_has_ties_incomplete_and_empty_measures(recalculated: Recalculated) -> None:
    ranks = [r["rank"] for r in recalculated.as_exported.values()]
    assert len(ranks) != len(set(ranks))  # M03 and M04 share a rank
    assert recalculated.as_exported["M03"]["rank"] == recalculated.as_exported["M04"]["rank"]
    assert recalculated.as_exported["M05"]["missing"] == 1
    assert recalculated.as_exported["M24"]["score"] in (None, "")


def test_values_per_criterion_follow_every_scale_kind(recalculated: Recalculated) -> None:
    values = recalculated.matrix.values("best")
    for i, code in enumerate(recalculated.matrix.alternatives):
        for j, key in enumerate(recalculated.matrix.criteria):
            got = recalculated.as_exported[code][f"value:{key}"]
            if np.isnan(values[i, j]):
                assert got in (None, ""), (code, key)
            else:
                assert got == pytest.approx(values[i, j], abs=1e-12), (code, key)


def test_the_report_and_the_workbook_agree(recalculated: Recalculated) -> None:
    for m in recalculated.report.measures:
        assert recalculated.as_exported[m.code]["rank"] == m.rank


def test_a_changed_weight_recalculates_as_the_engine_does(recalculated: Recalculated) -> None:
    weights = {**recalculated.weights, **CHANGED}
    engine = _engine(recalculated.matrix, weights)
    _check(recalculated.changed, engine)
    before = {c: r["rank"] for c, r in recalculated.as_exported.items()}
    after = {c: r["rank"] for c, r in recalculated.changed.items()}
    assert before != after  # the change matters, so the comparison is not vacuous


def test_package_totals_follow_the_comparison(recalculated: Recalculated) -> None:
    (pkg,) = recalculated.report.packages
    rows = recalculated.packages
    by_label = {r[1]: r for r in rows if r[1] is not None}
    cost = next(v for k, v in by_label.items() if str(k).startswith("Totaal Kosten"))
    count = by_label["Aantal maatregelen"]
    scores = by_label["Som van de scores"]
    col = len(count) - 1
    while count[col] is None:
        col -= 1
    assert count[col] == len(pkg.measures)
    assert pkg.cost is not None and cost[col] == pytest.approx(pkg.cost.best, rel=1e-12)
    assert scores[col] == pytest.approx(pkg.value_by_profile["team"], rel=1e-12)


def test_a_workbook_saved_by_libreoffice_imports_without_spurious_changes(
    recalculated: Recalculated,
) -> None:
    """LibreOffice stores 15 digits and cached results; only real edits come back."""
    untouched, changed = recalculated.plans
    assert untouched.ok and untouched.changes == () and untouched.warnings == ()
    assert changed.ok
    got = {(c.entity, c.key): c.new for c in changed.changes}
    # raw weights sum to 100 in the project, so the cells read back on that scale
    assert got == {("weight", "health"): pytest.approx(5.0),
                   ("weight", "noise"): pytest.approx(60.0)}
