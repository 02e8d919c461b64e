"""Meeting mode: canary strings in every internal field never reach the screen.

The sample project gets a canary in each internal item (a measure's title,
description, notes, conditions and red line of a position, a party's notes,
a rationale, draft wording and comment, an internal draft, profile and
package, a package description, meeting notes). With meeting mode on, a walk
over every page (each tab shown in turn, each detail tab, each party in the
positions page) reads every label, line edit, text area, the window title
and every item model's display and tooltip texts: no canary may appear.
After leaving (confirmed) they appear again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import answer_prompt
from tests.ui.sample import build_sample
from ui.main_window import MainWindow
from workbench.services import ProjectService
from workbench.store import ProjectDocument

# Shown again after leaving meeting mode (the base pages show them).
SHOWN = {
    "KANARIE_TITEL",
    "KANARIE_OMSCHRIJVING",
    "KANARIE_NOTITIE",
    "KANARIE_VOORWAARDE",
    "KANARIE_PARTIJNOTITIE",
    "KANARIE_ONDERBOUWING",
    "KANARIE_TEKST",
    "KANARIE_COMMENTAAR",
    "KANARIE_CONCEPT",
    "KANARIE_PROFIEL",
    "KANARIE_PAKKET",
    "KANARIE_PAKKETOMSCHRIJVING",
}
# Internal too, but no base page shows them (a view page may).
ELSEWHERE = {
    "KANARIE_VERGADERNOTITIE",
    "KANARIE_RODELIJN",
    # the record (Vergaderingen page): internal decisions, commitments, action items
    "KANARIE_BESLUIT",
    "KANARIE_TOEZEGGING",
    "KANARIE_ACTIE",
}


def build_canaries(path: Path) -> dict[str, str]:
    ids = build_sample(path)
    doc = ProjectDocument.open(path)
    svc = ProjectService(doc)
    try:
        m1, m2 = ids["M01"], ids["M02"]
        svc.update(
            "measure",
            m1,
            {
                "visibility": "public",
                "description": "KANARIE_OMSCHRIJVING",
                "description_visibility": "internal",
            },
        )
        svc.update("measure", m2, {"title": "KANARIE_TITEL"})  # internal by default
        svc.create("measure_note", {"measure_id": m1, "text": "KANARIE_NOTITIE"})
        svc.create(
            "measure_note", {"measure_id": m1, "text": "Openbare notitie", "visibility": "public"}
        )
        svc.create(
            "position",
            {
                "stakeholder_id": ids["velsen"],
                "measure_id": m1,
                "stance": 2,
                "red_line": True,
                "conditions": "KANARIE_VOORWAARDE KANARIE_RODELIJN",
                "date": dt.date(2026, 4, 1),
            },
        )
        svc.update("stakeholder", ids["tata"], {"notes": "KANARIE_PARTIJNOTITIE"})
        (health,) = [
            a for a in svc.rows("assessment", measure_id=m1) if a["criterion_id"] == ids["health"]
        ]
        svc.update("assessment", str(health["id"]), {"rationale": "KANARIE_ONDERBOUWING"})
        svc.update("draft", ids["c1"], {"visibility": "public"})
        (term,) = svc.rows("draft_term", measure_id=m1)
        svc.update(
            "draft_term",
            str(term["id"]),
            {"wording": "KANARIE_TEKST", "comment": "KANARIE_COMMENTAAR"},
        )
        svc.create("draft", {"key": "geheim", "name": "KANARIE_CONCEPT"})
        svc.create("weight_profile", {"key": "tata_schatting", "name": "KANARIE_PROFIEL"})
        svc.create("package", {"key": "geheim", "name": "KANARIE_PAKKET"})
        svc.update(
            "package",
            ids["ask"],
            {"visibility": "public", "description": "KANARIE_PAKKETOMSCHRIJVING"},
        )
        svc.update("weight_profile", ids["ours"], {"visibility": "public"})
        svc.create(
            "meeting",
            {
                "key": "o1",
                "title": "Overleg",
                "date": dt.date(2026, 5, 1),
                "visibility": "public",
                "notes": "KANARIE_VERGADERNOTITIE",
                "decisions": "KANARIE_BESLUIT",
            },
        )
        o1 = svc.id_for("meeting", "o1")
        svc.create("commitment", {"meeting_id": o1, "stakeholder_id": ids["velsen"],
                                  "measure_id": m1, "text": "KANARIE_TOEZEGGING"})
        svc.create("action_item", {"meeting_id": o1, "text": "KANARIE_ACTIE"})
        doc.save()
    finally:
        doc.close()
    return ids


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private in PySide6
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, out: list[str]) -> None:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for r in range(model.rowCount(parent)):
        for c in range(_columns(model, parent)):
            idx = model.index(r, c, parent)
            out.extend(str(idx.data(role)) for role in roles if idx.data(role) is not None)
            if c == 0 and model.rowCount(idx) > 0:
                _model_texts(model, idx, out)
    for c in range(_columns(model, parent)):
        for role in roles:
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            if value is not None:
                out.append(str(value))


def _widget_texts(w: QWidget) -> list[str]:
    out = [w.toolTip(), w.windowTitle()]
    if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
        out.append(w.text())
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        out.append(w.toPlainText())
    elif isinstance(w, QComboBox):
        out.extend(w.itemText(i) for i in range(w.count()))
    return out


def texts_by_source(roots: list[QWidget]) -> dict[str, list[str]]:
    """Every text a person could read under `roots`, by the widget or model showing it."""
    found: dict[str, list[str]] = {}
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            found.setdefault(f"{type(w).__name__} {w.objectName()}", []).extend(_widget_texts(w))
        for model in root.findChildren(QAbstractItemModel):
            out: list[str] = []
            _model_texts(model, QModelIndex(), out)
            parent = type(model.parent()).__name__
            found.setdefault(f"{type(model).__name__} in {parent}", []).extend(out)
    return found


def base_pages(window: MainWindow) -> list[QWidget]:
    """The pages this shell owns: register, entity tables, the detail panel, the banner."""
    tables = [window.register, window.criteria, window.parties, window.positions]
    packages = window.view_pages["packages"].tables  # the package tables live on their page
    return [*tables, window.profiles, packages, window.sidebar, window.detail, window.banner]


def walk(window: MainWindow, roots: list[QWidget]) -> tuple[str, list[str]]:
    """Show every page, party and detail tab in turn; what `roots` show, and any leak."""
    texts: list[str] = [window.windowTitle()]
    leaks: list[str] = []

    def look() -> None:
        for source, found in texts_by_source(roots).items():
            text = "\n".join(found)
            texts.append(text)
            for c in sorted(SHOWN | ELSEWHERE):
                if c in text:
                    leaks.append(f"{c} in {source} (tab {window.tabs.currentIndex()})")

    for key in window.view_names():  # every task page and every part of one
        window.show_view(key)
        QApplication.processEvents()
        if window.positions.isVisible():
            combo = window.positions.party
            for p in range(combo.count()):
                combo.setCurrentIndex(p)
                QApplication.processEvents()
                look()
        look()
    window.tabs.setCurrentIndex(0)
    for j in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(j)
        QApplication.processEvents()
        look()
    return "\n".join(texts), sorted(set(leaks))


@pytest.fixture
def canary_window(make_window, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "kanaries.mwb"
    ids = build_canaries(path)
    window = make_window(path)
    window.register.select(ids["M01"])
    return window, ids


def test_meeting_mode_hides_every_canary_and_leaving_shows_them(canary_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, ids = canary_window
    before, _ = walk(window, base_pages(window))
    assert all(c in before for c in SHOWN), [c for c in SHOWN if c not in before]

    window.meeting.toggle.trigger()
    assert window.meeting.on and window.banner.isVisible()
    assert "Vergadermodus" in window.banner.text()
    window.register.select(ids["M01"])  # a public measure: its public parts stay
    during, leaks = walk(window, base_pages(window))
    assert not leaks, "meeting mode shows:\n" + "\n".join(leaks)
    assert "Openbare notitie" in during  # public content stays visible
    assert "Kooksfabriek 2 eerder sluiten" in during

    seen = answer_prompt("leaveMeetingMode", "Interne informatie tonen")
    window.meeting.toggle.trigger()
    qtbot.waitUntil(lambda: not window.meeting.on, timeout=3000)
    assert seen and "rode lijnen" in seen[0]
    window.register.select(ids["M01"])
    after, _ = walk(window, base_pages(window))
    assert all(c in after for c in SHOWN)


def test_leaving_needs_confirmation(canary_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ids = canary_window
    window.meeting.toggle.trigger()
    answer_prompt("leaveMeetingMode", "In vergadermodus blijven")
    window.meeting.toggle.trigger()  # the box is answered "stay"
    assert window.meeting.on
    assert window.meeting.toggle.isChecked()
    assert window.banner.isVisible()


def test_meeting_mode_reaches_a_project_opened_later(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.meeting.set_on(True)
    path = tmp_path / "later.mwb"
    build_canaries(path)
    assert window.open_path(path)
    assert "KANARIE_TITEL" not in walk(window, base_pages(window))[0]


def test_large_text_changes_the_application_font(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size = app.font().pointSizeF()
    window.meeting.large_font.trigger()
    assert app.font().pointSizeF() == pytest.approx(size * 1.5)
    window.meeting.large_font.trigger()
    assert app.font().pointSizeF() == pytest.approx(size)


VIEW_KEYS = (
    "matrix", "weights", "value", "uncertainty", "ranking", "health", "parties", "packages",
    "meetings", "drafts",
)  # fmt: skip


@pytest.mark.parametrize("key", VIEW_KEYS)
def test_meeting_mode_hides_canaries_on_view_page(canary_window, key, request) -> None:  # type: ignore[no-untyped-def]
    window, _ids = canary_window
    page = window.view_pages[key]
    window.meeting.set_on(True)
    window.show_view(key)
    QApplication.processEvents()
    leaks = [
        f"{c} in {source}"
        for source, texts in texts_by_source([page]).items()
        for c in sorted(SHOWN | ELSEWHERE)
        if any(c in t for t in texts)
    ]
    assert not leaks, "meeting mode shows:\n" + "\n".join(leaks)


def test_a_new_measure_in_meeting_mode_takes_a_free_code(canary_window) -> None:  # type: ignore[no-untyped-def]
    window, _ids = canary_window
    window.meeting.set_on(True)
    assert window.register.model.rowCount() == 1  # only the public measure is shown
    window.add_measure()
    editor = window.controller.editor
    assert editor is not None
    codes = sorted(str(m["code"]) for m in editor.svc.rows("measure"))
    assert codes[-1] == "M07" and len(codes) == 7
    assert not window.errors.history
    # the shared screen is told a measure was added, but not its (internal) code
    message = window.statusBar().currentMessage()
    assert "intern" in message and "M07" not in message


# Internal measures of the sample: their codes and titles are confidential too.
INTERNAL_MEASURES = {
    "M02": "KANARIE_TITEL",
    "M03": "Windscherm bij de ertsopslag",
    "M04": "Onafhankelijk emissiemeetnet",
    "M05": "Tonaal geluid terugdringen",
    "M06": "Geurbronnenprogramma",
}


def chart_texts(root: QWidget) -> list[str]:
    """What the pyqtgraph charts under `root` show: axis labels and ticks, legends, text
    items and the data labels of scatter points (the measure codes a click selects)."""
    import pyqtgraph as pg

    out: list[str] = []
    for plot in root.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        for name in ("left", "bottom", "top", "right"):
            axis = item.getAxis(name)
            out.append(str(axis.labelText))
            for level in axis._tickLevels or []:
                out.extend(str(label) for _value, label in level)
        legend = item.legend
        if legend is not None:
            out.extend(label.text for _sample, label in legend.items)
        for graphic in item.items:
            if isinstance(graphic, pg.TextItem):
                out.append(graphic.toPlainText())
            if isinstance(graphic, pg.ScatterPlotItem):
                out.extend(str(p.data()) for p in graphic.points())
    return out


def _leaks(window: MainWindow, canaries: set[str]) -> list[str]:
    roots = [window.tabs.widget(i) for i in range(window.tabs.count())]
    roots += [window.detail, window.banner]
    found: list[str] = []
    for source, texts in texts_by_source(roots).items():
        found += [f"{c} in {source}" for c in sorted(canaries) if any(c in t for t in texts)]
    for root in roots:
        for text in chart_texts(root):
            found += [f"{c} in a chart of {type(root).__name__}" for c in canaries if c in text]
    for text in (window.statusBar().currentMessage(), window.windowTitle()):
        found += [f"{c} in the status bar or title" for c in canaries if c in text]
    return sorted(set(found))


def test_every_page_seen_before_meeting_mode_shows_nothing_internal(canary_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 9: a negotiator prepares the meeting (looks at every page and chart), then
    switches meeting mode on. Nothing drawn before may stay on screen."""
    window, _ids = canary_window
    for key in window.view_names():
        window.show_view(key)
        QApplication.processEvents()
    canaries = SHOWN | ELSEWHERE | set(INTERNAL_MEASURES.values())
    codes = set(INTERNAL_MEASURES)
    before = "\n".join(chart_texts(window))
    assert "M02" in before  # the internal measures were drawn before meeting mode

    window.meeting.set_on(True)
    leaks = _leaks(window, canaries)
    # the internal measures' codes must not be in any chart either
    for text in chart_texts(window):
        leaks += [f"{c} in a chart" for c in codes if c in text.split()]
    assert not leaks, "meeting mode shows:\n" + "\n".join(leaks)
    # every page and every part of one, shown again in meeting mode
    for key in window.view_names():
        window.show_view(key)
        QApplication.processEvents()
        assert not _leaks(window, canaries), key


def test_dialogs_opened_in_meeting_mode_show_nothing_internal(canary_window) -> None:  # type: ignore[no-untyped-def]
    """The optimiser, the export dialog and a position's history, opened on a shared
    screen, offer only what the partners may see."""
    from ui.export_dialog import ExportDialog

    window, _ids = canary_window
    editor = window.controller.editor
    for code in ("M01", "M03"):  # two measures the partners may see
        editor.svc.update("measure", editor.svc.id_for("measure", code) or "",
                          {"visibility": "partners"})
    window.meeting.set_on(True)
    canaries = SHOWN | ELSEWHERE | {INTERNAL_MEASURES[c] for c in ("M02", "M04", "M05", "M06")}
    window.show_view("packages")
    QApplication.processEvents()
    optimiser = window.view_pages["packages"].open_optimiser()
    assert optimiser is not None
    offered = [optimiser.must.item(i).text() for i in range(optimiser.must.count())]
    assert offered and all(t.split()[0] in {"M01", "M03"} for t in offered)
    export = ExportDialog(editor.svc, parent=window, screen_audience=editor.audience)
    assert [export.audience.itemData(i) for i in range(export.audience.count())] == [
        "partners", "public"]
    try:
        leaks = [
            f"{c} in {source}"
            for source, texts in texts_by_source([optimiser, export]).items()
            for c in sorted(canaries)
            if any(c in t for t in texts)
        ]
        assert not leaks, "meeting mode shows:\n" + "\n".join(leaks)
    finally:
        optimiser.close()
        export.done(0)  # stops its preview timer (close() does nothing on a dialog never shown)
