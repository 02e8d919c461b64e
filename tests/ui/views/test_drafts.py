"""The Concepten page on the demo: import two drafts, see the redline and its cost, link, undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.workbench.drafts.builders import V02, V03, write_docx
from workbench.drafts.comparison import compare_versions
from workbench.interchange.demo import create_demo


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mwb"
    create_demo(path)
    return path


@pytest.fixture
def page(make_window, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.mwb"
    shutil.copy(demo_file, path)
    window = make_window(path)
    assert window.show_view("drafts")
    return window.view_pages["drafts"]


def _column(table, j: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(i, j).text() for i in range(table.rowCount())]


def test_import_compare_link_and_undo(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo_versions = page.versions.rowCount()
    assert page.import_file(write_docx(tmp_path / "concept-0.2.docx", V02))
    assert page.import_file(write_docx(tmp_path / "concept-0.3.docx", V03))
    assert page.versions.rowCount() == demo_versions + 2
    assert "te controleren" in page.message.text()
    # the clause tree of the newest version, with the inserted article
    top = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert "Hoofdstuk 2" in top
    labels = _column(page.changes, 0)
    assert "Artikel 4a" in labels and "Artikel 1 onderdeel b" in labels
    page.substantive.setChecked(True)
    labels = _column(page.changes, 0)
    assert "Artikel 1 onderdeel b" not in labels and "Artikel 2 lid 1" in labels

    # link M18 (demo, 6 DALY/jaar) to the clause whose deadline moved: the list shows its cost
    row = labels.index("Artikel 2 lid 1")
    page.changes.selectRow(row)
    assert "2029" in page.redline.toPlainText() and "2030" in page.redline.toPlainText()
    page.measure_box.setCurrentIndex(page.measure_box.findData("M18"))
    page.link_selected()
    cmp = compare_versions(page.editor.analysis(), page.comparison.old.key,
                           page.comparison.new.key)
    change = next(c for c in cmp.redline.changes if c.new_label == "Artikel 2 lid 1")
    dalys = cmp.dalys(change)
    assert dalys is not None and dalys < 0
    assert "M18" in cmp.measures_of(change)
    row = _column(page.changes, 0).index("Artikel 2 lid 1")
    assert "M18" in page.changes.item(row, 3).text().split(", ")
    assert page.changes.item(row, 5).text() == f"{dalys:+.1f}"
    assert page.summary.text() == cmp.summary
    assert "DALY tot 2030" in page.summary.text()

    page.editor.stack.undo()  # the link
    row = _column(page.changes, 0).index("Artikel 2 lid 1")
    assert "M18" not in page.changes.item(row, 3).text()
    page.editor.stack.undo()  # the second import
    assert page.versions.rowCount() == demo_versions + 1
    page.editor.stack.redo()  # back, with the same clauses
    assert page.versions.rowCount() == demo_versions + 2
    assert "Artikel 2 lid 1" in _column(page.changes, 0)


def test_side_by_side_and_export(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.import_file(write_docx(tmp_path / "a.docx", V02))
    page.import_file(write_docx(tmp_path / "b.docx", V03))
    page.side_by_side.setChecked(True)
    assert "<table" in page.redline.toHtml()
    target = tmp_path / "redline.docx"
    page.export("docx", target)
    import docx

    document = docx.Document(str(target))
    assert document.element.body.xpath(".//w:ins") and document.element.body.xpath(".//w:del")


def _ids(page, key: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from workbench.drafts.store import clauses, version

    src = page.editor.source
    return {c.path: c.clause_id for c in clauses(src, version(src, key).id)}


def test_confirm_and_correct_the_matches(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.import_file(write_docx(tmp_path / "a.docx", V02))
    page.import_file(write_docx(tmp_path / "b.docx", V03))
    review = page.review
    assert page.left_tabs.currentWidget() is review  # shown after the import
    old_key, new_key = page.comparison.old.key, page.comparison.new.key
    rows = {(p.kind, p.old_path, p.path) for p in review.items}
    assert ("new", "", "Artikel 4a lid 1") in rows and ("deleted", "Artikel 3 lid 2", "") in rows
    assert review.table.rowCount() == len(review.items)
    assert f"{len(review.items)} te controleren" in page.message.text()

    # confirm the renumbering: off the list, nothing changed in the project
    count = page.editor.stack.count()
    renumbered = next(i for i, p in enumerate(review.items) if p.kind == "renumbered")
    review.table.selectRow(renumbered)
    review.confirm_button.click()
    assert not any(p.kind == "renumbered" for p in review.items)
    assert page.editor.stack.count() == count

    # correct: the gone lid 2 continues as the new 4a lid 1, chosen in the row's chooser
    gone = next(i for i, p in enumerate(review.items) if p.kind == "deleted")
    box = review.table.cellWidget(gone, 3)
    box.setCurrentIndex(box.findData("Artikel 4a lid 1"))
    QApplication.processEvents()  # the correction runs after the chooser's signal
    assert _ids(page, new_key)["Artikel 4a lid 1"] == _ids(page, old_key)["Artikel 3 lid 2"]
    assert page.editor.stack.count() == count + 1  # one undo step
    rows = {(p.kind, p.old_path, p.path) for p in review.items}
    assert ("moved", "Artikel 3 lid 2", "Artikel 4a lid 1") in rows
    assert not any(p.kind == "deleted" for p in review.items)
    # the redline now pairs them: no inserted 4a lid 1 any more
    assert ("Artikel 4a lid 1") in _column(page.changes, 0)
    kinds = dict(zip(_column(page.changes, 0), _column(page.changes, 2), strict=True))
    assert kinds["Artikel 4a lid 1"] == "verplaatst"

    page.editor.stack.undo()
    assert _ids(page, new_key)["Artikel 4a lid 1"] not in _ids(page, old_key).values()
    assert any(p.kind == "deleted" for p in review.items)


def test_accept_and_reject_link_suggestions(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # the demo's M04 "Schrootopslag overkappen" and M06 "Slakverwerking overkappen"
    text = [(s, t.replace("volledig overkappen", "volledig overkappen (schrootopslag overkappen; "
                          "slakverwerking overkappen)")) for s, t in V03]
    page.import_file(write_docx(tmp_path / "b.docx", text))
    page.left_tabs.setCurrentWidget(page.suggestions)
    panel = page.suggestions
    found = {(s.code, s.path) for s in panel.items}
    assert {("M04", "Artikel 3 lid 1"), ("M06", "Artikel 3 lid 1")} <= found
    assert panel.table.rowCount() == len(panel.items)
    i = next(i for i, s in enumerate(panel.items) if s.code == "M06")
    panel.table.selectRow(i)
    panel.reject_selected()
    assert not any(s.code == "M06" and s.path == "Artikel 3 lid 1" for s in panel.items)
    i = next(i for i, s in enumerate(panel.items) if s.code == "M04")
    panel.table.selectRow(i)
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("mentions"))
    assert panel.accept_selected()
    m04 = page.editor.svc.id_for("measure", "M04")
    links = [r for r in page.editor.svc.rows("clause_link", measure_id=m04)
             if r["clause_id"] == _ids(page, panel.draft_key)["Artikel 3 lid 1"]]
    assert [str(getattr(r["kind"], "value", r["kind"])) for r in links] == ["mentions"]
    assert "schrootopslag overkappen" in links[0]["quote"]
    assert not any(s.code == "M04" and s.path == "Artikel 3 lid 1" for s in panel.items)
    page.editor.stack.undo()
    assert any(s.code == "M04" and s.path == "Artikel 3 lid 1" for s in panel.items)


def test_measure_detail_shows_its_wording_in_every_version(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.import_file(write_docx(tmp_path / "a.docx", V02))
    page.import_file(write_docx(tmp_path / "b.docx", V03))
    keys = [page.comparison.old.key, page.comparison.new.key]
    row = _column(page.changes, 0).index("Artikel 2 lid 1")
    page.changes.selectRow(row)
    page.measure_box.setCurrentIndex(page.measure_box.findData("M18"))
    page.link_selected()
    detail = page.window().detail
    detail.show_measure(page.editor.source.id_for("measure", "M18"))
    timeline = detail.timeline
    assert [s.version.key for s in timeline.steps][-2:] == keys
    text = timeline.view.toPlainText()
    assert text.count("Artikel 2 lid 1") >= 2 and "gewijzigd" in text
    html = timeline.view.toHtml()
    # the year struck through and the new one underlined, as on the Concepten page
    assert "line-through" in html.split("2029")[-2][-200:]
    assert "underline" in html.split(">2030<")[0][-200:]
    page.editor.stack.undo()  # the link: the timeline follows the change
    assert timeline.steps == []
    assert "Niet gekoppeld" in timeline.view.toPlainText()


def test_the_demo_opens_on_its_two_draft_texts(page) -> None:  # type: ignore[no-untyped-def]
    assert (page.comparison.old.name, page.comparison.new.name) == (
        "Concept maatwerkafspraak v0.2", "Concept maatwerkafspraak v0.3")
    assert "5 maatregelen geraakt" in page.summary.text()
    labels = _column(page.changes, 0)
    # the changes with a health figure first: the ertsopslag one year later, piekgeluid added
    assert set(labels[:2]) == {"Artikel 3 lid 1", "Artikel 4a lid 1"}
    assert page.review.draft_key == "c3"
    assert {(p.kind, p.old_path, p.path) for p in page.review.items} >= {
        ("renumbered", "Artikel 6 lid 1", "Artikel 6 lid 2"), ("new", "", "Artikel 4a")}
    assert ("M26", "Artikel 6 lid 4") in {(s.code, s.path) for s in page.suggestions.items}
    # tonaal geluid "zal" -> "kan": no DALYs lost, the measure's DALYs to 2030 at stake
    row = labels.index("Artikel 4 lid 1")
    at_stake = page.comparison.at_stake(page.shown[row])
    assert at_stake is not None and at_stake > 0
    assert page.changes.item(row, 5).text() == f"({at_stake:.1f} op het spel)"
