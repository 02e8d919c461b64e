"""The GUI's view data from the core: matrix cells with values and provenance, profile weights."""

from __future__ import annotations

import pytest

from tests.server_project import open_target
from tests.ui.sample import build_sample
from workbench.analysis.views import matrix_cells, profile_weights, smaa_in_chunks
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample_svc(tmp_path, on_backend):  # type: ignore[no-untyped-def]
    path = tmp_path / "s.mwb"
    ids = build_sample(path)
    doc = open_target(on_backend(path))
    yield ProjectService(doc), ids
    doc.close()


def test_cells_hold_triples_values_and_missing(sample_svc) -> None:  # type: ignore[no-untyped-def]
    svc, _ids = sample_svc
    mc = matrix_cells(svc)
    codes = [m.code for m in mc.pm.measures]
    keys = [c.key for c in mc.pm.criteria]
    m01 = mc.cells[codes.index("M01")]
    health = m01[keys.index("health")]
    assert health is not None and (health.low, health.best, health.high) == (12.0, 20.0, 31.0)
    assert health.value == pytest.approx(20 / 60)
    assert health.assessment_id is not None
    feas = mc.cells[codes.index("M02")][keys.index("feasibility")]
    assert feas is not None and feas.level == "middel" and feas.value == pytest.approx(0.5)
    # M06 has no assessments: missing, never zero
    assert all(c is None for c in mc.cells[codes.index("M06")])


def test_profile_weights_by_key(sample_svc) -> None:  # type: ignore[no-untyped-def]
    svc, ids = sample_svc
    weights = profile_weights(svc, ids["ours"])
    assert set(weights) == {"health"} and weights["health"][1] == 0.6


def test_smaa_in_chunks_merges_and_stops(sample_svc) -> None:  # type: ignore[no-untyped-def]
    svc, _ids = sample_svc
    matrix = matrix_cells(svc).pm.matrix
    seen: list[tuple[int, int]] = []
    r = smaa_in_chunks(
        matrix, None, draws=300, seed=7, chunks=3, progress=lambda i, n: seen.append((i, n))
    )
    assert r is not None and seen == [(1, 3), (2, 3), (3, 3)]
    again = smaa_in_chunks(matrix, None, draws=300, seed=7, chunks=3)
    assert again is not None and (again.rank_acceptability == r.rank_acceptability).all()
    n = len(matrix.alternatives)
    assert r.rank_acceptability.shape == (n, n)
    assert r.top_k_probability(n)[r.complete] == pytest.approx(1.0)
    calls = iter([False, True])
    assert (
        smaa_in_chunks(matrix, None, draws=300, seed=7, chunks=3, should_stop=lambda: next(calls))
        is None
    )


def test_meeting_mode_shows_only_measures_not_internal(sample_svc) -> None:  # type: ignore[no-untyped-def]
    from workbench.analysis.build import analysis_for

    svc, ids = sample_svc
    everyone = {m.code for m in analysis_for(svc, "internal").measures}
    svc.update("measure", ids["M01"], {"visibility": "public"})
    partners = analysis_for(svc, "partners")
    assert [m.code for m in partners.measures] == ["M01"] and len(everyone) > 1
    mc = matrix_cells(partners.data, pm=partners.matrix)
    assert [m.code for m in mc.pm.measures] == ["M01"] and len(mc.cells) == 1
