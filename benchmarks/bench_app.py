"""Size and start time of the one-folder app built by packaging/build.

1. Size of dist/maatwerk-workbench/ (what a user copies to a laptop), with
   its five largest parts.
2. Start time: wall time of ``maatwerk-workbench --demo --screenshot`` (a
   fresh process that copies the demo, shows the main window offscreen,
   paints it, writes a PNG and exits), median of N runs, compared with the
   same command from the source tree (``python main.py``) in the same run.
3. The command line: ``workbench new --demo`` and a partners' PDF export.

Run by hand after packaging/build:  python benchmarks/bench_app.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "maatwerk-workbench")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app: Path = args.app
    gui, cli = app / f"maatwerk-workbench{EXE}", app / f"workbench{EXE}"
    if not gui.is_file():
        print(f"no built app in {app}: run packaging/build first", file=sys.stderr)
        return 1

    total = size_of(app)
    du = shutil.which("du")
    du_text = subprocess.run([du, "-sh", str(app)], capture_output=True, text=True).stdout.split()
    print(f"size: {total / 2**20:.0f} MiB ({du_text[0] if du_text else '?'} by du -sh) in {app}")
    parts = app / "_internal"
    if parts.is_dir():
        largest = sorted(parts.iterdir(), key=size_of, reverse=True)[:5]
        print("  largest: " + ", ".join(f"{p.name} {size_of(p) / 2**20:.0f} MiB" for p in largest))

    with tempfile.TemporaryDirectory(prefix="bench app ") as tmp:
        work = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "MAATWERK_DATA_DIR": str(work / "data")}
        built, source = [], []
        for n in range(args.runs):
            built.append(timed([str(gui), "--demo", "--screenshot", str(work / f"a{n}.png")],
                               env, work))
            source.append(timed([sys.executable, str(ROOT / "main.py"), "--demo",
                                 "--screenshot", str(work / f"s{n}.png")], env, ROOT))
        b, s = statistics.median(built), statistics.median(source)
        print(f"start (--demo --screenshot, median of {args.runs}): built app {b:.2f} s, "
              f"source tree {s:.2f} s, ratio {b / s:.2f}")
        project = work / "x.mwb"
        new = timed([str(cli), "new", str(project), "--demo"], env, work)
        pdf = timed([str(cli), "export", str(project), "--format", "pdf", "--audience",
                     "partners", "-o", str(work / "x.pdf")], env, work)
        print(f"command line (built): new --demo {new:.2f} s, pdf export for partners {pdf:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
