"""Start-up and big-register budgets of the GUI (DESIGN.md, "Performance budgets").

1. Start to the painted register with the demo project, as a ratio to a
   bare PySide6 QMainWindow + QTableView measured in the same run (goal
   <= 1.5; <= 2 with ``--demo``): each process is timed from its start to
   the moment it notes in the file ``MAATWERK_PAINT_MARK`` names (the bare
   table's first paint; the register's rows first painted, by the light
   window of ui/first_paint.py), best of N, alternately. The time to the
   full window taken over and drawn is printed beside it, for information.
2. A generated project of 10,000 measures x 12 criteria: cold start to a
   painted window with it (goal < 1 s to a usable window), and, in one
   process, opening it, sorting by a criterion and scrolling to the end.

Run by hand:  python benchmarks/bench_startup.py [--runs 5]
Offscreen by default (QT_QPA_PLATFORM=offscreen); set it to xcb or
windows to measure on a real display. ``benchmarks/run_all.py`` prints
the same start-up rows with the rest of issue 11's table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from run_all import BARE, _best_painted, _installed  # noqa: E402 - the same window and timing

# Open, sort and scroll in one process, timed inside it.
BIG = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.settings import Preferences
prefs = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))
w = MainWindow(prefs, Language("nl"))
w.resize(1500, 860)
w.show()
app.processEvents()
t1 = time.perf_counter()
assert w.open_path(Path(sys.argv[1]))
w.repaint(); app.processEvents()
t2 = time.perf_counter()
reg = w.register
col = reg.model.column_of("criterion:c05")
reg.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
w.repaint(); app.processEvents()
t3 = time.perf_counter()
reg.table.scrollToBottom(); reg.table.viewport().repaint(); app.processEvents()
bar = reg.table.verticalScrollBar()
for v in range(bar.maximum(), 0, -max(1, bar.maximum() // 20)):
    bar.setValue(v); reg.table.viewport().repaint()
t4 = time.perf_counter()
reg.search.setText("IJmuiden"); app.processEvents()
t5 = time.perf_counter()
rows = reg.proxy.rowCount()
w.controller.close()
print(json.dumps({"startup": t1 - t0, "open": t2 - t1, "sort": t3 - t2,
                  "scroll_21_pages": t4 - t3, "search": t5 - t4, "rows": rows,
                  "total_rows": reg.model.rowCount()}))
"""


# Where a start with the demo spends its time, stage by stage, in one process.
STAGES = """
import json, sys, time
t = [time.perf_counter()]
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1]); t.append(time.perf_counter())
import sqlalchemy; t.append(time.perf_counter())
import workbench.store, workbench.services, workbench.commands; t.append(time.perf_counter())
from ui.main_window import MainWindow
from ui.i18n import Language
from ui.settings import Preferences
t.append(time.perf_counter())
w = MainWindow(Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat)), Language("nl"))
w.resize(1500, 860); w.show(); t.append(time.perf_counter())
from pathlib import Path
from workbench.store import ProjectDocument
doc = ProjectDocument.open(Path(sys.argv[1])); t.append(time.perf_counter())
from workbench.services import ProjectService
from workbench.analysis.register import register
register(ProjectService(doc)); t.append(time.perf_counter())
w.controller.adopt(doc); t.append(time.perf_counter())
QTimer.singleShot(0, app.quit); app.exec(); w.grab(); t.append(time.perf_counter())
w.controller.close()
names = ["Qt application", "import sqlalchemy", "import the rest of the core", "import ui",
         "build and show the window", "ProjectDocument.open", "queries.register (core)",
         "bind the panels (incl. register again)", "first paint and grab"]
print(json.dumps(dict(zip(names, [b - a for a, b in zip(t, t[1:])]))))
"""


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["MAATWERK_DATA_DIR"] = str(work / "data")
    env["XDG_CONFIG_HOME"] = str(work / "config")  # never the user's settings
    env["PYTHONPATH"] = str(ROOT)
    return env


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def make_big(path: Path, n: int = 10_000, criteria: int = 12) -> None:
    """A generated project through the interchange loader (the core's own path)."""
    from workbench.interchange import load_file

    rnd = random.Random(2026)
    themes = ["dust", "pah", "metals", "nox", "noise", "odour", "co2", "monitoring", "other"]
    statuses = ["idea", "proposed", "in_draft", "agreed", "rejected", "parked"]
    places = ["Wijk aan Zee", "Beverwijk", "Velsen-Noord", "IJmuiden", "Heemskerk"]
    crit = [{"key": f"c{i:02d}", "name": f"Criterium {i + 1}", "kind": "other", "unit": "punt",
             "direction": "higher_is_better",
             "scale": {"type": "linear", "worst": 0, "best": 100}} for i in range(criteria)]
    measures, assessments = [], []
    for i in range(n):
        code = f"M{i:05d}"
        measures.append({"code": code, "title": f"Maatregel {i} voor {rnd.choice(places)}",
                         "theme": rnd.choice(themes), "status": rnd.choice(statuses),
                         "above_statutory": rnd.random() < 0.8, "start_year": 2026,
                         "deadline_year": 2026 + rnd.randrange(6)})
        for c in crit:
            if rnd.random() < 0.9:  # some gaps: missing stays missing
                best = round(rnd.uniform(0, 100), 2)
                assessments.append({"measure": code, "criterion": c["key"],
                                    "low": round(best * 0.8, 2), "best": best,
                                    "high": round(best * 1.2, 2)})
    data = {"format": "maatwerk-workbench", "version": 1,
            "project": {"title": "Groot dossier", "language": "nl"},
            "criteria": crit, "measures": measures, "assessments": assessments}
    js = path.with_suffix(".json")
    js.write_text(json.dumps(data), encoding="utf-8")
    load_file(js, path)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        work = Path(tmp)
        env = _installed(_env(work), work)  # bytecode cached, as an installed app starts
        os.environ.update({k: env[k] for k in ("MAATWERK_DATA_DIR",)})
        from workbench.interchange.demo import create_demo

        demo = work / "demo.mwb"
        create_demo(demo)
        png = str(work / "shot.png")
        bare_cmd = [py, "-c", BARE, png]
        mark = work / "painted.txt"
        for name, cmd, goal in (
            ("workbench with the demo file", [py, str(ROOT / "main.py"), str(demo),
                                              "--screenshot", png], 1.5),
            ("python main.py --demo", [py, str(ROOT / "main.py"), "--demo", "--screenshot", png],
             2.0),
        ):
            tb, t = _best_painted(bare_cmd, cmd, env, args.runs, mark)
            a, r, b = t["register"], t["ready"], tb["register"]
            ca, cb = t["cpu:register"], tb["cpu:register"]
            print(f"bare QMainWindow + QTableView to its painted table {b * 1000:6.0f} ms"
                  f" (best of {args.runs})")
            print(f"{name:28s} to the painted register {a * 1000:6.0f} ms   ratio {a / b:4.2f}"
                  f"  (goal <= {goal:.2f}: {'met' if a / b <= goal else 'NOT met'})")
            print(f"{'':28s} CPU to the same moments {ca * 1000:6.0f} ms   ratio {ca / cb:4.2f}"
                  f"  (information: bare {cb * 1000:.0f} ms)")
            print(f"{'':28s} to the full window ready {r * 1000:6.0f} ms   ratio {r / b:4.2f}"
                  "  (information)")
        out = subprocess.run([py, "-c", STAGES, str(demo), str(work / "s.ini")], env=env,
                             cwd=ROOT, check=True, capture_output=True, text=True).stdout
        print("  where a demo start spends its time (one run):")
        for name, sec in json.loads(out.strip().splitlines()[-1]).items():
            print(f"    {name:40s} {sec * 1000:6.0f} ms")

        big = work / "big.mwb"
        t = time.perf_counter()
        make_big(big)
        print(f"generated 10,000 x 12 project {time.perf_counter() - t:7.1f} s (not budgeted)")
        cold = statistics.median(
            _wall([py, str(ROOT / "main.py"), str(big), "--screenshot", png], env)
            for _ in range(3))
        print(f"cold start with 10,000 measures {cold * 1000:5.0f} ms"
              f"  (goal < 1000 ms: {'met' if cold < 1 else 'NOT met'})")
        out = subprocess.run([py, "-c", BIG, str(big), str(work / "s.ini")], env=env, cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"  in one process: open {r['open'] * 1000:.0f} ms, sort by a criterion "
              f"{r['sort'] * 1000:.0f} ms, scroll 21 pages {r['scroll_21_pages'] * 1000:.0f} ms, "
              f"search {r['search'] * 1000:.0f} ms ({r['rows']} of {r['total_rows']} rows)")
        usable = r["open"]
        print(f"  open to a usable window       {usable * 1000:5.0f} ms"
              f"  (goal < 1000 ms: {'met' if usable < 1 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
