"""A weight-slider tick and release, timed through the GUI path, runnable by hand.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_slider.py [--measures 1000] [--ticks 40]

Opens a generated project (N measures x 12 criteria, the demo's 31 with
``--demo``) in the real main window, shows the Weights page and then:

* tick: from ``slider.setValue(v)`` (the slider's new value) until the
  ranking table's viewport and the bar chart have been painted
  (``repaint()`` paints synchronously) -- goal 16 ms;
* release: ``setSliderDown(False)`` (one undo step, stored in the project)
  until the events are processed and the visible page is painted -- goal
  100 ms; the SQL statements the release runs are counted.

Prints the best and median of each, the goal and whether it is met; the
core's re-rank alone (Analysis.rerank) is printed beside it, so the GUI's
share of a tick is visible.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _project(folder: Path, measures: int, demo: bool) -> Path:
    from workbench.interchange.load import load_file

    path = folder / "slider.mwb"
    if demo:
        from workbench.interchange.demo import create_demo

        create_demo(path)
        return path
    from workbench.interchange.synthetic import generated_project

    data = generated_project(measures, 12)
    src = folder / "slider.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    load_file(src, path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--measures", type=int, default=1000)
    ap.add_argument("--ticks", type=int, default=40)
    ap.add_argument("--releases", type=int, default=8)
    ap.add_argument("--demo", action="store_true")
    args = ap.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    folder = Path(tempfile.mkdtemp(prefix="bench-slider-"))
    os.environ.setdefault("MAATWERK_DATA_DIR", str(folder / "data"))
    path = _project(folder, args.measures, args.demo)

    from ui.i18n import Language
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    app = QApplication.instance() or QApplication([])
    prefs = Preferences(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prefs, Language("nl"))
    window.resize(1300, 800)
    window.show()
    assert window.open_path(path)
    assert window.show_view("weights")
    app.processEvents()
    page = window.view_pages["weights"]
    app.processEvents()
    key = next(iter(page.sliders.sliders))
    slider = page.sliders.sliders[key]
    n = page.ranking.rowCount()

    def painted() -> None:
        page.table.viewport().repaint()
        if page.bars is not None:
            page.bars.plot.viewport().repaint()

    # -- ticks ---------------------------------------------------------------------
    slider.setSliderDown(True)
    ticks: list[float] = []
    core: list[float] = []
    for t in range(args.ticks):
        value = 100 + (t * 37) % 800
        start = time.perf_counter()
        slider.setValue(value)
        app.processEvents()
        painted()
        ticks.append((time.perf_counter() - start) * 1000)
        raw = page.sliders.raw()
        from workbench.scoring import direct_weights_from_mapping

        w = direct_weights_from_mapping(raw)
        start = time.perf_counter()
        page.analysis.rerank(w)
        core.append((time.perf_counter() - start) * 1000)
    slider.setSliderDown(False)
    app.processEvents()

    # -- releases --------------------------------------------------------------------
    engine = page.editor.svc.doc.engine
    statements: list[int] = []
    count = [0]

    def on_sql(*_a: object) -> None:
        count[0] += 1

    event.listen(engine, "before_cursor_execute", on_sql)
    releases: list[float] = []
    for r in range(args.releases):
        slider.setSliderDown(True)
        slider.setValue(150 + 70 * r)
        app.processEvents()
        count[0] = 0
        start = time.perf_counter()
        slider.setSliderDown(False)
        app.processEvents()
        painted()
        releases.append((time.perf_counter() - start) * 1000)
        statements.append(count[0])
    event.remove(engine, "before_cursor_execute", on_sql)

    def row(label: str, xs: list[float], goal: float) -> None:
        best, med = min(xs), statistics.median(xs)
        verdict = "met" if best <= goal else "NOT met"
        print(f"{label:<44} best {best:8.2f} ms  median {med:8.2f} ms  goal {goal:g} ms: {verdict}")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{n} measures x 12 criteria on the Weights page (load average {load:.2f})")
    row("slider tick -> table and bars painted", ticks, 16)
    print(f"{'  of which the core re-rank (Analysis.rerank)':<44} "
          f"best {min(core):8.2f} ms  median {statistics.median(core):8.2f} ms")
    row("slider release -> stored, undo step, painted", releases, 100)
    print(f"{'  SQL statements per release':<44} {statistics.median(statements):.0f}")
    window.controller.stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
