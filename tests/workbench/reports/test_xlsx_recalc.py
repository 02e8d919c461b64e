"""Live formulas: LibreOffice recalculates the workbook and agrees with the engine.

One LibreOffice run recalculates two workbooks: the export as written, and
a copy in which a partner changed weight cells with openpyxl. Scores, ranks,
values per criterion and package totals read back from the recalculated
copies must equal what :func:`rank_additive` computes for the same weights;
the intervals of incomplete measures and their ranks must also equal a plain
Python computation written here from the rule (missing criteria at 0 and at
1, incomplete after complete by low end). A second run recalculates the
demo's workbooks: the named package totals equal the analysis'.
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
from workbench.reports.model import build_report, report_of
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


def _by_hand(matrix: Any, weights: dict[str, float]) -> dict[str, tuple[float, float, int]]:
    """(low, high, rank) per measure, from the rule alone, in plain Python."""
    keys = list(matrix.criteria)
    total = sum(weights[k] for k in keys)
    values = matrix.values("best").tolist()
    rows = {}
    for code, vals in zip(matrix.alternatives, values, strict=True):
        w = {k: weights[k] / total for k in keys}
        got = {k: v for k, v in zip(keys, vals, strict=True) if v == v}  # v != v: NaN
        low = sum(w[k] * v for k, v in got.items())
        lacking = sum(w[k] for k in keys if k not in got)
        complete = not any(w[k] > 0 for k in keys if k not in got)
        rows[code] = (low, low + lacking, complete)
    # complete before incomplete, each by low end; equal keys share the better rank
    key = {c: (r[2], round(r[0], 12)) for c, r in rows.items()}
    return {c: (r[0], r[1], 1 + sum(1 for o in key.values() if o > key[c]))
            for c, r in rows.items()}


def _check(sheet: dict[str, dict[str, Any]], engine: dict[str, tuple[float, int]]) -> None:
    assert set(sheet) == set(engine)
    for code, (score, rank) in engine.items():
        got = sheet[code]
        if math.isnan(score):
            assert got["score"] in (None, ""), code
        else:
            assert got["score"] == pytest.approx(score, rel=1e-12, abs=1e-13), code
        assert got["rank"] == rank, code


def _check_intervals(sheet: dict[str, dict[str, Any]], hand: dict[str, tuple[float, float, int]],
                     ) -> None:
    assert set(sheet) == set(hand)
    for code, (low, high, rank) in hand.items():
        got = sheet[code]
        assert got["score_low"] == pytest.approx(low, rel=1e-12, abs=1e-13), code
        assert got["score_high"] == pytest.approx(high, rel=1e-12, abs=1e-13), code
        assert got["rank"] == rank, code
        incomplete = got["missing"] > 0
        assert got["group"] == ("onvolledig beoordeeld" if incomplete else "volledig beoordeeld")
        if incomplete:
            assert got["score"] in (None, ""), code
            assert high > low


def test_scores_and_ranks_equal_the_engine(recalculated: Recalculated) -> None:
    _check(recalculated.as_exported, _engine(recalculated.matrix, recalculated.weights))


def test_intervals_and_ranks_equal_a_computation_by_hand(recalculated: Recalculated) -> None:
    _check_intervals(recalculated.as_exported,
                     _by_hand(recalculated.matrix, recalculated.weights))
    _check_intervals(recalculated.changed,
                     _by_hand(recalculated.matrix, {**recalculated.weights, **CHANGED}))


def test_incomplete_measures_come_after_every_complete_one(recalculated: Recalculated) -> None:
    rows = list(recalculated.as_exported.values())  # in sheet order
    groups = [r["missing"] > 0 for r in rows]
    assert groups == sorted(groups) and any(groups) and not all(groups)
    complete = [r["rank"] for r in rows if r["missing"] == 0]
    assert max(complete) < min(r["rank"] for r in rows if r["missing"] > 0)
    # an incomplete measure with a high end above every complete score still ranks after them
    best = max(r["score"] for r in rows if r["missing"] == 0)
    assert any(r["score_high"] > best for r in rows if r["missing"] > 0)


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
    count = by_label["Aantal maatregelen"]
    col = len(count) - 1
    while count[col] is None:
        col -= 1
    assert count[col] == len(pkg.measures)
    assert pkg.cost is not None and pkg.health is not None and pkg.value is not None
    for field, word in (("low", "laag"), ("best", "beste"), ("high", "hoog")):
        assert by_label[f"Kosten {word}"][col] == pytest.approx(getattr(pkg.cost, field),
                                                                rel=1e-12)
        assert by_label[f"Gezondheid {word}"][col] == pytest.approx(getattr(pkg.health, field),
                                                                    rel=1e-12)
    assert by_label["Pakketwaarde"][col] == pytest.approx(pkg.value, rel=1e-12)
    # a member without a weighted figure (M10 lacks noise) is left out and counted, not
    # valued as zero
    assert pkg.unscored == ("M10",) and pkg.missing == {"noise": ("M10",)}
    assert by_label["Niet gewaardeerd (aantal)"][col] == 1
    assert by_label["Gezondheid: leden zonder cijfer"][col] == 0
    assert by_label["Ontbrekende cijfers bij export"][col] == "Geluid: M10"


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


@dataclass
class DemoBooks:
    packages: dict[str, dict[str, Any]]  # audience -> {package key: PackageTotals}
    named: dict[str, dict[str, Any]]  # audience -> {defined name: recalculated value}
    compare: dict[str, dict[str, dict[str, Any]]]  # audience -> Vergelijking rows


@pytest.fixture(scope="module")
def demo_books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoBooks]:
    """The demo's partners' and internal workbooks under profile ijmond, recalculated."""
    from workbench.analysis.build import analysis_for
    from workbench.interchange.demo import create_demo

    tmp = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(tmp / "data"))
        create_demo(tmp / "x.mwb")
        doc = ProjectDocument.open(tmp / "x.mwb")
        try:
            svc = ProjectService(doc)
            files, packages = [], {}
            for audience in ("partners", "internal"):
                analysis = analysis_for(svc, audience, "ijmond")
                packages[audience] = {p.key: p for p in analysis.packages}
                f = tmp / f"{audience}.xlsx"
                f.write_bytes(to_xlsx(report_of(analysis)))
                files.append(f)
            out = recalculate(files, tmp / "out")
        finally:
            doc.close()
    named: dict[str, dict[str, Any]] = {}
    for audience, f in zip(("partners", "internal"), out, strict=True):
        wb = openpyxl.load_workbook(f, data_only=True)
        named[audience] = {}
        for name, dn in wb.defined_names.items():
            if name.startswith("package_"):
                ((sheet, cell),) = dn.destinations
                named[audience][name] = wb[sheet][cell.replace("$", "")].value
    yield DemoBooks(packages, named,
                    {a: _rows(f) for a, f in zip(("partners", "internal"), out, strict=True)})


def test_demo_package_names_equal_the_analysis(demo_books: DemoBooks) -> None:
    """Issue 9: 'JLoI zoals ondertekend' and 'Inzet IJmond' are worth the same under ijmond
    in the workbook as in Pakketanalyse (the old workbook said 4,44 and 14,18); since issue 12
    without M20 (the new steel route itself): 3,25 and 6,31, recomputed by hand from the
    demo (were 3,73 and 6,79)."""
    partners = demo_books.named["partners"]
    assert partners["package_jloi_value"] == pytest.approx(3.2547, abs=0.0005)
    assert partners["package_ask_value"] == pytest.approx(6.3146, abs=0.0005)
    for audience, packages in demo_books.packages.items():
        named = demo_books.named[audience]
        assert set(named) == {f"package_{k}_{f}" for k in packages
                              for f in ("cost", "dalys", "value")}
        for key, p in packages.items():
            assert p.cost is not None and p.dalys is not None and p.value is not None
            assert named[f"package_{key}_cost"] == pytest.approx(p.cost.best, rel=1e-12)
            assert named[f"package_{key}_dalys"] == pytest.approx(p.dalys.best, rel=1e-12)
            assert named[f"package_{key}_value"] == pytest.approx(p.value, rel=1e-12)
    # the internal package is named only in the internal workbook
    assert "compromise" in demo_books.packages["internal"]
    assert not any("compromise" in n for n in partners)


def test_demo_monitoring_measures_are_intervals_after_the_complete_ones(
    demo_books: DemoBooks,
) -> None:
    rows = demo_books.compare["partners"]
    order = list(rows)
    last_complete = max(i for i, r in enumerate(rows.values()) if r["missing"] == 0)
    for code in ("M13", "M11"):
        r = rows[code]
        assert r["score"] in (None, "") and r["group"] == "onvolledig beoordeeld"
        assert r["score_low"] == pytest.approx(0.4994 if code == "M13" else 0.4955, abs=1e-4)
        assert order.index(code) > last_complete
        assert r["rank"] > max(x["rank"] for x in rows.values() if x["missing"] == 0)
