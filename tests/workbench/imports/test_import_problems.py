"""Bad cells are listed one by one with their reference, and nothing is applied."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from workbench.i18n import UserError
from workbench.imports import build_command, plan_import, read_partner_workbook
from workbench.services import ProjectService

from .support import build_scoring_project, cell_of, edit, export

pytestmark = pytest.mark.both_backends


@pytest.fixture
def exported(svc: ProjectService, tmp_path: Path) -> Path:
    build_scoring_project(svc, n=8)
    return export(svc, tmp_path / "vergelijking.xlsx")


def test_each_bad_cell_is_named(svc: ProjectService, exported: Path, tmp_path: Path) -> None:
    refs = edit(exported, tmp_path / "terug.xlsx", {
        ("Vergelijking", "M02", "health:best"): "veel",
        ("Vergelijking", "M03", "feasibility:best"): "enorm",
        ("Vergelijking", "M06", "cost:low"): 9e9,  # low above best and high
        ("Partijen", "M01", "stance:tata"): 5,
        ("Vergelijking", "M01", "dust:best"): True,
    }, weights={"cost": -1})
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    texts = [e.text() for e in plan.errors]
    assert f'{refs[("Vergelijking", "M02", "health:best")]}: verwacht een getal, maar kreeg ' \
           '"veel".' in texts
    assert any(t.startswith(refs[("Vergelijking", "M03", "feasibility:best")])
               and 'onbekend niveau "enorm"' in t for t in texts)
    assert any(t.startswith(refs[("Vergelijking", "M06", "cost:low")]) and "laag ≤ beste ≤ hoog"
               in t for t in texts)
    assert any(t.startswith(refs[("Partijen", "M01", "stance:tata")]) and "-2 tot en met 2" in t
               for t in texts)
    assert any(t.startswith(refs[("Vergelijking", "M01", "dust:best")]) for t in texts)
    assert any("Toelichting!C" in t and "buiten 0" in t for t in texts)
    assert len(texts) == 6
    with pytest.raises(UserError):
        build_command(svc, plan)


def test_unknown_and_duplicate_codes(svc: ProjectService, exported: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Vergelijking"]
    m01, m02 = cell_of(wb, "Vergelijking", "M01", "code"), cell_of(wb, "Vergelijking", "M02",
                                                                     "code")
    ws[m01].value = "Z99"
    ws[m02].value = "M03"
    wb.save(tmp_path / "terug.xlsx")
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    texts = sorted(e.text() for e in plan.errors)
    assert f'Vergelijking!{m01}: onbekende maatregel "Z99".' in texts
    assert any(t.startswith("Vergelijking!A") and "M03 staat twee keer" in t for t in texts)


def test_a_formula_without_a_calculated_value_is_flagged(
    svc: ProjectService, exported: Path, tmp_path: Path
) -> None:
    refs = edit(exported, tmp_path / "terug.xlsx",
                {("Vergelijking", "M02", "health:best"): "=10+20"})
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    (error,) = plan.errors
    assert error.cell == refs[("Vergelijking", "M02", "health:best")]
    assert "formule zonder berekende waarde" in error.text()


def test_a_computed_assessment_is_not_taken_over(
    svc: ProjectService, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.analysis import register as register_module
    from workbench.services import queries

    real = register_module.register

    def with_computed(s: ProjectService) -> queries.Register:
        reg = real(s)
        # M02's health as the calculator would give it: the same numbers, marked computed
        ms = [m if m.code != "M02" else replace(
            m, estimates={**m.estimates, "health": m.estimates["health"]._replace(
                computed=True)})
            for m in reg.measures]
        return queries.Register(reg.criteria, ms)

    refs = edit(exported, tmp_path / "terug.xlsx",
                {("Vergelijking", "M02", "health:best"): 2.5})
    monkeypatch.setattr("workbench.imports.plan.register", with_computed)
    plan = plan_import(svc, read_partner_workbook(tmp_path / "terug.xlsx"))
    assert plan.ok and not [c for c in plan.changes if c.code == "M02"]
    (warning,) = plan.warnings
    assert warning.cell == refs[("Vergelijking", "M02", "health:best")]
