"""The light first screen (ui/first_paint.py, ui/light_register.py): the real register's texts.

The oracle is the real register page of :class:`~ui.main_window.MainWindow`
on the same file, read after the light window: same columns, order, codes,
titles and texts (a figure the real register computes from exposure is
left blank, never guessed), and no measure the real window would not show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import app as app_module
from ui.first_paint import LARGE_FONT_FACTOR, LightWindow, take_over, wait_for_paint
from ui.i18n import Language
from ui.light_register import MISSING_TEXT, read_register, start_audience
from ui.main_window import MainWindow
from workbench.interchange.demo import create_demo
from workbench.store.files import SQLITE_MAGIC

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def langs():  # type: ignore[no-untyped-def]
    """Languages made by a test, their catalogs removed after it (they are app-wide)."""
    made: list[Language] = []

    def make(code: str = "nl") -> Language:
        made.append(Language(code))
        return made[-1]

    yield make
    for lang in made:
        lang.uninstall()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first-paint") / "demo.mwb"
    create_demo(path)
    return path


def _texts(model, rows: int, cols: int) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[str(model.index(r, c).data() or "") for c in range(cols)] for r in range(rows)]


def _rows(view):  # type: ignore[no-untyped-def]
    return [view.model.row_at(i) for i in range(view.model.rowCount())]


def _light(
    path: Path, lang: Language, audience: str = "internal", item_cells: int | None = None
) -> LightWindow:
    reg = read_register(path, lang, audience)  # type: ignore[arg-type]
    assert reg is not None
    window = LightWindow(reg, item_cells=item_cells)
    window.resize(1300, 800)
    return window


@pytest.mark.parametrize(("lang", "item_cells"), [("nl", None), ("en", None), ("nl", 0)])
def test_light_register_is_the_real_one(make_window, demo_file, qtbot, langs, lang, item_cells):  # type: ignore[no-untyped-def]
    # item_cells=0: the model a register too large for Qt items gets
    light = _light(demo_file, langs(lang), item_cells=item_cells)
    qtbot.addWidget(light)
    light.show()
    wait_for_paint(light)
    assert light.table.painted
    real = make_window(demo_file, lang=lang)
    reg = real.register
    model, lmodel = reg.proxy, light.table.model()
    cols = model.columnCount()
    assert lmodel.columnCount() == cols and lmodel.rowCount() == model.rowCount() > 0
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(cols)]
    lheads = light.table.horizontalHeader().model()
    assert [lheads.headerData(c, Qt.Orientation.Horizontal) for c in range(cols)] == heads
    real_texts = _texts(model, model.rowCount(), cols)
    light_texts = _texts(lmodel, lmodel.rowCount(), cols)
    # codes and titles, row by row in the register's order
    assert [r[:2] for r in light_texts] == [r[:2] for r in real_texts]
    computed = {
        c for c, spec in enumerate(reg.model.columns) if spec.key.startswith("criterion:")
        and any(m.estimates.get(spec.key.split(":", 1)[1], None) is not None
                and m.estimates[spec.key.split(":", 1)[1]].computed for m in _rows(reg))
    }
    assert computed, "the demo has a health criterion computed from exposure"
    blanks = 0
    for lrow, rrow, mrow in zip(light_texts, real_texts, _rows(reg), strict=True):
        for c, (lt, rt) in enumerate(zip(lrow, rrow, strict=True)):
            if lt == "" and c in computed:
                key = reg.model.columns[c].key.split(":", 1)[1]
                assert mrow.estimates[key].computed  # blank only where the real one computes
                blanks += 1
            else:
                assert lt == rt, (mrow.code, heads[c], lt, rt)
    assert blanks > 0
    # the check boxes and the marked gaps, as the real page shows them
    for r in range(model.rowCount()):
        for c in range(cols):
            role = Qt.ItemDataRole.CheckStateRole
            mine, theirs = lmodel.index(r, c).data(role), model.index(r, c).data(role)
            assert getattr(mine, "value", mine) == getattr(theirs, "value", theirs)
            role = Qt.ItemDataRole.TextAlignmentRole
            mine, theirs = lmodel.index(r, c).data(role), model.index(r, c).data(role)
            if light_texts[r][c]:  # a computed figure's blank cell is not compared
                assert int(getattr(mine, "value", mine)) == int(getattr(theirs, "value", theirs))
    # the same column widths, so the table does not jump at the takeover
    for c in range(cols):
        if c not in computed:
            assert light.table.columnWidth(c) == reg.table.columnWidth(c), heads[c]


def test_light_window_starts_in_the_real_audience(make_window, demo_file, langs) -> None:  # type: ignore[no-untyped-def]
    # Canary: the app cannot start in meeting mode (it is not remembered), so the
    # light window reads the internal register. Were meeting mode ever remembered,
    # this fails until start_audience() follows it.
    real = make_window(demo_file)
    assert real.meeting.audience == start_audience() == "internal"
    light = read_register(demo_file, langs(), start_audience())
    assert light is not None
    assert [r[0].text for r in light.rows] == [m.code for m in _rows(real.register)]


def test_internal_measure_off_a_partners_first_screen(make_window, demo_file, langs) -> None:  # type: ignore[no-untyped-def]
    internal = read_register(demo_file, langs(), "internal")
    partners = read_register(demo_file, langs(), "partners")
    assert internal is not None and partners is not None
    real = make_window(demo_file)
    real.meeting.set_on(True)
    shown = [m.code for m in _rows(real.register)]
    assert [r[0].text for r in partners.rows] == shown
    hidden = {r[0].text for r in internal.rows} - set(shown)
    assert hidden, "the demo holds internal measures"
    assert not hidden & {r[0].text for r in partners.rows}
    assert not any(code in r[1].text for r in partners.rows for code in hidden)


def test_files_the_checks_refuse_get_no_light_register(tmp_path, demo_file, langs) -> None:  # type: ignore[no-untyped-def]
    lang = langs()
    assert read_register(tmp_path / "bestaat-niet.mwb", lang, "internal") is None
    junk = tmp_path / "rommel.mwb"
    junk.write_bytes(b"geen dossier" * 100)
    assert read_register(junk, lang, "internal") is None
    cut = tmp_path / "afgekapt.mwb"
    cut.write_bytes(demo_file.read_bytes()[:8192])
    assert read_register(cut, lang, "internal") is None
    plain = tmp_path / "plain.mwb"
    import sqlite3

    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert plain.read_bytes()[:16] == SQLITE_MAGIC
    assert read_register(plain, lang, "internal") is None


def test_the_copies_of_the_register_specs_agree() -> None:
    from ui.meeting import LARGE_FONT_FACTOR as REAL_FACTOR
    from ui.models.table_model import MISSING_TEXT as REAL_MISSING
    from ui.register.columns import measure_columns

    assert MISSING_TEXT == REAL_MISSING
    assert LARGE_FONT_FACTOR == REAL_FACTOR
    from ui.light_register import MEASURE_COLUMNS

    assert [(k, h, w) for k, h, w, _ in MEASURE_COLUMNS] == [
        (s.key, s.header, s.width) for s in measure_columns()
    ]


def test_real_window_takes_over_in_place(prefs, demo_file, qtbot, langs) -> None:  # type: ignore[no-untyped-def]
    light = _light(demo_file, langs())
    light.resize(1900, 900)  # wider than the real window's minimum
    light.show()
    wait_for_paint(light)
    light.table.selectRow(4)
    light.table.setFocus()
    chosen = light.current_id()
    assert chosen is not None
    real = MainWindow(prefs, langs())
    take_over(light, real)
    assert real.isVisible() and not light.isVisible()
    assert real.geometry() == light.geometry()
    assert real.open_path(demo_file)
    app_module._carry_over(chosen, True, real)
    assert real.register.current_id() == chosen
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is real, timeout=2000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is real.register.table, timeout=2000)
    finally:
        real.controller.close()
        real.hide()
        real.deleteLater()


# -- the whole start, as a process -------------------------------------------------


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    mark = tmp_path / "painted.txt"
    mark.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "MAATWERK_DATA_DIR": str(tmp_path / "data"),
        "MAATWERK_PAINT_MARK": str(mark),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    names = [ln.split()[0] for ln in mark.read_text().splitlines()] if mark.exists() else []
    return done, names


def test_a_start_paints_the_light_register_before_the_full_window(tmp_path, demo_file) -> None:  # type: ignore[no-untyped-def]
    done, marks = _run(tmp_path, str(demo_file), "--screenshot", str(tmp_path / "a.png"))
    assert done.returncode == 0, done.stderr
    assert marks == ["register", "ready"]
    # the light window imports none of the full window's weight (once the expected
    # schema is cached in the data folder: the first start after an install builds it)
    code = (
        "import sys; from pathlib import Path; from PySide6.QtWidgets import QApplication; "
        "app = QApplication([]); from ui.i18n import Language; import ui.app; "
        "from ui.first_paint import LightWindow; from ui.light_register import read_register; "
        f"LightWindow(read_register(Path({str(demo_file)!r}), Language('nl'), 'internal')); "
        "print(','.join(m for m in ('sqlalchemy', 'numpy', 'ui.main_window', 'workbench.model')"
        " if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "MAATWERK_DATA_DIR": str(tmp_path / "data")}
    for _ in range(2):  # the second start finds the schema cached
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
    assert out.stdout.strip() == ""


def test_a_bad_file_gets_its_dutch_line_and_no_light_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kapot.mwb"
    bad.write_bytes(b"dit is geen dossier" * 50)
    done, marks = _run(tmp_path, str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if "propagateSizeHints" not in ln]
    assert len(lines) == 1 and lines[0].startswith("maatwerk-workbench: "), done.stderr
    assert "kapot.mwb" in lines[0] and "Traceback" not in done.stderr
    assert "register" not in marks


def test_demo_fresh_paints_first_and_makes_a_new_copy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shot = str(tmp_path / "d.png")
    done, marks = _run(tmp_path, "--demo", "--screenshot", shot)
    assert done.returncode == 0, done.stderr
    assert marks == ["register", "ready"]
    copies = set((tmp_path / "data" / "demo").glob("Demo-*.mwb"))
    assert len(copies) == 1
    done, marks = _run(tmp_path, "--demo", "--fresh", "--screenshot", shot)
    assert done.returncode == 0, done.stderr
    assert marks == ["register", "ready"]
    # a new copy (the untouched old one is cleaned up, as every --demo start does)
    after = set((tmp_path / "data" / "demo").glob("Demo-*.mwb"))
    assert len(after) == 1 and after.isdisjoint(copies)


def test_pages_prepared_in_idle_time_still_show_figures(make_window, demo_file, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.first_paint import page_warmups, prepare_pages

    window = make_window(demo_file)
    pages = {k: p for k, p in window.view_pages.items() if hasattr(p, "ensure_built")}
    lazy = list(pages.values())
    assert lazy and not any(p.built for p in lazy)
    assert len(page_warmups(window)) > len(lazy)
    prepare_pages(window)
    qtbot.waitUntil(lambda: all(p.built for p in lazy), timeout=20000)
    assert window.current_view() == "register"  # nothing was shown meanwhile
    for key, page in pages.items():
        assert window.show_view(key)
        qtbot.waitUntil(lambda page=page: not page.dirty, timeout=5000)
        assert page.message.text() == "", key  # no "nothing to show" message
        assert all(getattr(page, kind).isVisible() for kind in page.kinds[:1]), key


def test_rows_read_after_the_connection_closed_are_blank_not_missing(demo_file, langs) -> None:  # type: ignore[no-untyped-def]
    reg = read_register(demo_file, langs(), "internal")
    assert reg is not None
    first = reg.rows[0]  # read while the light window is open
    assert any(c.text and c.text != MISSING_TEXT for c in first[8:])
    reg.close()  # what the takeover does
    late = reg.rows[len(reg.rows) - 1]
    assert late[0].text  # the measure's own fields were read at the start
    assert all(c.text == "" and not c.missing for c in late[8:])
    assert reg.rows[0] is first  # a row is read once


def test_an_empty_register_counts_as_painted(tmp_path, langs, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workbench.store import ProjectDocument

    empty = tmp_path / "leeg.mwb"
    ProjectDocument.create(empty, title="Leeg").close()
    reg = read_register(empty, langs(), "internal")
    assert reg is not None and len(reg.rows) == 0
    light = LightWindow(reg)
    qtbot.addWidget(light)
    light.show()
    wait_for_paint(light)
    assert light.table.painted  # painted, not the wait's time-out
    reg.close()
