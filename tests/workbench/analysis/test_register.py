"""The register read column by column: the same figures as row by row, for every audience."""

from __future__ import annotations

import math

import numpy as np
import pytest

from workbench.analysis import matrix as matrix_module
from workbench.analysis.build import analysis_for
from workbench.analysis.data import ProjectData
from workbench.analysis.register import Estimates, register_of
from workbench.services import ProjectService
from workbench.services.queries import Estimate

pytestmark = pytest.mark.both_backends


def _figures(reg) -> list[tuple[str, dict[str, tuple[float, float, float, bool]]]]:  # type: ignore[no-untyped-def]
    return [(m.code, {k: tuple(e) for k, e in m.estimates.items()}) for m in reg.measures]


def test_the_teams_columns_give_the_register_the_rows_give(demo_svc: ProjectService) -> None:
    # the project service has no columns: its register is read row by row
    by_rows = register_of(demo_svc)
    by_columns = register_of(ProjectData(demo_svc, "internal"))
    assert _figures(by_columns) == _figures(by_rows)
    assert sum(len(m.estimates) for m in by_rows.measures) == len(demo_svc.rows("assessment"))


def test_each_audience_sees_the_estimates_of_its_own_measures_only(
    demo_svc: ProjectService,
) -> None:
    internal = {m.code: m for m in analysis_for(demo_svc, "internal").register.measures}
    for audience in ("partners", "public"):
        reg = analysis_for(demo_svc, audience).register
        hidden = set(internal) - {m.code for m in reg.measures}
        assert hidden  # the demo has measures this audience may not see
        for m in reg.measures:  # the figures of a visible measure are the team's
            assert dict(m.estimates) == dict(internal[m.code].estimates)


def test_a_missing_estimate_is_missing_and_a_computed_one_replaces_the_entered(
    demo_svc: ProjectService,
) -> None:
    reg = analysis_for(demo_svc).register
    keys = [c.key for c in reg.criteria]
    gaps = [(m, k) for m in reg.measures for k in keys if k not in m.estimates]
    assert gaps  # the demo leaves some cells open
    m, key = gaps[0]
    assert m.estimates.get(key) is None
    with pytest.raises(KeyError):
        m.estimates[key]
    assert len(m.estimates) == len(list(m.estimates)) < len(keys)
    computed = [e for m in reg.measures for e in m.estimates.values() if e.computed]
    assert computed and all(isinstance(e, Estimate) for e in computed)
    assert all(not math.isnan(e.best) for m in reg.measures for e in m.estimates.values())
    assert isinstance(reg.measures[0].estimates, Estimates)


def test_the_matrix_from_the_grid_equals_the_matrix_cell_by_cell(
    demo_svc: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Levels become positions and computed health figures enter, either way."""
    a = analysis_for(demo_svc)
    fast = a.matrix
    assert fast is not None
    assert any(c.scale["type"] == "levels" for c in fast.criteria)
    monkeypatch.setattr(matrix_module, "estimate_arrays", lambda *_: None)
    slow = matrix_module.project_matrix(a.data, reg=a.register)
    for name in ("low", "best", "high"):
        assert np.array_equal(getattr(fast.matrix, name), getattr(slow.matrix, name),
                              equal_nan=True), name
