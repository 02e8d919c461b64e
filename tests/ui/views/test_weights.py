"""The weights page: live re-ranking through the core, one undo step per release, dialogs."""

from __future__ import annotations

import pytest

from workbench.analysis.matrix import project_matrix
from workbench.analysis.views import profile_weights
from workbench.scoring import direct_weights_from_mapping, rank_additive

# Wang & Chin 2011, /work/shared/reference/mcda-cases.md
WANG_CHIN = [
    [1, 4, 3, 1, 3, 4],
    [1 / 4, 1, 7, 3, 1 / 5, 1],
    [1 / 3, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 6],
    [1, 1 / 3, 5, 1, 1, 1 / 3],
    [1 / 3, 5, 5, 1, 1, 3],
    [1 / 4, 1, 6, 3, 1 / 3, 1],
]


def _page(window):  # type: ignore[no-untyped-def]
    assert window.show_view("weights")
    return window.view_pages["weights"]


def test_slider_reranks_live_and_release_is_one_undo_step(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    slider = page.sliders.sliders["cost"]
    before_order = page.displayed_order()
    steps = page.editor.stack.count()
    slider.setSliderDown(True)
    for v in (200, 500, 900):
        slider.setValue(v)
    # Live: the displayed order is the core's ranking with the slider's weights.
    raw = page.sliders.raw()
    assert raw["cost"] == pytest.approx(0.9)
    expected = rank_additive(project_matrix(svc).matrix, direct_weights_from_mapping(raw))
    assert page.displayed_order() == list(expected.ranked_codes())
    assert page.displayed_order() != before_order
    # the bars: the top of the same ranking (incomplete ones as ranges, after the complete)
    assert page.bars.codes == list(expected.ranked_codes())[:15]
    assert page.editor.stack.count() == steps  # nothing committed while dragging
    slider.setSliderDown(False)  # release
    assert page.editor.stack.count() == steps + 1
    assert profile_weights(svc, ids["ours"])["cost"][1] == pytest.approx(0.9)
    page.editor.stack.undo()
    assert "cost" not in profile_weights(svc, ids["ours"])
    assert page.sliders.raw()["cost"] == 0.0
    assert page.displayed_order() == before_order


def test_ahp_dialog_wang_chin_cr(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.sample import build_sample
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    path = tmp_path / "ahp.mwb"
    build_sample(path)
    doc = ProjectDocument.open(path)
    svc = ProjectService(doc)
    for k in ("c4", "c5", "c6"):
        svc.create(
            "criterion",
            {"key": k, "name": k.upper(), "scale": {"type": "linear", "worst": 0, "best": 1}},
        )
    doc.save()
    doc.close()
    window = make_window(path)
    page = _page(window)
    dialog = page.open_elicitation("ahp")
    dialog.set_matrix(WANG_CHIN)
    assert dialog.consistency_ratio == pytest.approx(0.229, abs=0.0005)
    assert "0,229" in dialog.cr.text()
    assert len(dialog.worst_cells) == 3
    steps = page.editor.stack.count()
    dialog.accept()
    assert page.editor.stack.count() == steps + 1
    prof = page.editor.svc.get("weight_profile", page.current_profile_id())
    assert prof["method"] == "ahp"
    stored = profile_weights(page.editor.svc, page.current_profile_id())
    assert stored["health"][1] == pytest.approx(0.3208, abs=1e-3)
    page.editor.stack.undo()
    assert page.editor.svc.get("weight_profile", page.current_profile_id())["method"] == "direct"


def test_swing_and_roc_save_one_macro(window, sample) -> None:  # type: ignore[no-untyped-def]
    _, ids = sample
    page = _page(window)
    svc = page.editor.svc
    dialog = page.open_elicitation("swing")
    dialog.set_points({"health": 100, "cost": 50, "feasibility": 50})
    steps = page.editor.stack.count()
    dialog.accept()
    assert page.editor.stack.count() == steps + 1
    w = profile_weights(svc, ids["ours"])
    assert w["health"][1] == pytest.approx(0.5) and w["cost"][1] == pytest.approx(0.25)
    dialog = page.open_elicitation("roc")
    dialog.set_order(["cost", "health", "feasibility"])
    dialog.accept()
    w = profile_weights(svc, ids["ours"])
    assert w["cost"][1] == pytest.approx(11 / 18)
    assert svc.get("weight_profile", ids["ours"])["elicitation"] == {
        "order": ["cost", "health", "feasibility"]
    }
    page.editor.stack.undo()
    assert svc.get("weight_profile", ids["ours"])["method"] == "swing"


def test_compare_two_profiles(window, sample) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    svc = page.editor.svc
    pid = svc.create(
        "weight_profile", {"key": "tata", "name": "Tata Steel (onze inschatting)"}
    ).created[0]
    svc.create(
        "weight",
        {"profile_id": pid, "criterion_id": svc.id_for("criterion", "cost"), "weight": 1.0},
    )
    page.reload()
    assert page.compare.b.currentData() == "tata"
    assert page.compare.table.rowCount() == 6
    shifts = [page.compare.table.item(r, 3).text() for r in range(page.compare.table.rowCount())]
    assert any(s.startswith(("▲", "▼")) for s in shifts)


def test_meeting_mode_hides_internal_profiles(window) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.window().meeting.set_on(True)
    names = [page.profile_list.item(i).text() for i in range(page.profile_list.count())]
    assert "Team IJmond" not in names
    assert not page.sliders.isEnabled()
    page.window().meeting.set_on(False)
    assert page.profile_list.count() == 1 and page.sliders.isEnabled()
