"""What-if weights (issue 12): a scratch copy with rank-shift arrows, discard, save as new."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.analysis.matrix import project_matrix
from workbench.analysis.views import profile_weights
from workbench.scoring import direct_weights_from_mapping, rank_additive


def _page(window):  # type: ignore[no-untyped-def]
    assert window.show_view("weights")
    return window.view_pages["weights"]


def _drag(page, key: str, value: int) -> None:  # type: ignore[no-untyped-def]
    slider = page.sliders.sliders[key]
    slider.setSliderDown(True)
    slider.setValue(value)
    slider.setSliderDown(False)  # the release that would store the weight


def _shown_shifts(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    model = page.ranking
    assert model.columnCount() == 4
    return {
        model.index(r, 0).data(Qt.ItemDataRole.UserRole): model.index(r, 3).data()
        for r in range(model.rowCount())
    }


def test_scratch_weights_store_nothing_and_show_rank_shifts(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    stored = {k: w for k, (_id, w) in profile_weights(svc, ids["ours"]).items()}
    steps = page.editor.stack.count()
    assert page.ranking.columnCount() == 3  # no arrows outside what-if
    page.whatif.set_on(True)
    _drag(page, "cost", 900)
    assert page.editor.stack.count() == steps  # nothing stored while playing
    assert {k: w for k, (_id, w) in profile_weights(svc, ids["ours"]).items()} == stored
    # the arrows: places moved from the stored profile's ranking to the scratch one
    matrix = project_matrix(svc).matrix
    full = {c: stored.get(c, 0.0) for c in matrix.criteria}  # absent weights are 0
    before = rank_additive(matrix, direct_weights_from_mapping(full))
    after = rank_additive(matrix, direct_weights_from_mapping(page.sliders.raw()))
    rank_before = dict(zip(before.alternatives, before.ranks, strict=True))
    expected = {}
    for code, rank in zip(after.alternatives, after.ranks, strict=True):
        moved = int(rank_before[code]) - int(rank)
        expected[code] = "" if moved == 0 else f"▲ {moved}" if moved > 0 else f"▼ {-moved}"
    assert any(expected.values()), "the drag should move some measure"
    assert _shown_shifts(page) == expected
    # Verwerpen: the stored weights are back, the arrows go
    page.whatif.discard_button.click()
    assert not page.whatif.on and page.ranking.columnCount() == 3
    assert page.sliders.raw()["cost"] == pytest.approx(stored.get("cost", 0.0))
    assert page.editor.stack.count() == steps


def test_save_as_new_profile_is_one_undo_step(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    before = {str(r["key"]) for r in svc.rows("weight_profile")}
    steps = page.editor.stack.count()
    page.whatif.set_on(True)
    _drag(page, "cost", 900)
    raw = page.sliders.raw()
    page.save_whatif("Kosten zwaar")
    assert page.editor.stack.count() == steps + 1
    (new,) = [r for r in svc.rows("weight_profile") if str(r["key"]) not in before]
    assert new["name"] == "Kosten zwaar"
    saved = {k: w for k, (_id, w) in profile_weights(svc, str(new["id"])).items()}
    assert saved == pytest.approx({k: w for k, w in raw.items() if w > 0})
    assert saved["cost"] == pytest.approx(0.9)
    # the stored profile itself is untouched
    assert "cost" not in profile_weights(svc, ids["ours"])
    assert page.current_profile_key() == new["key"] and not page.whatif.on
    page.editor.stack.undo()
    assert {str(r["key"]) for r in svc.rows("weight_profile")} == before
