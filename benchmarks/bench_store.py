"""Project file budgets of issue 11: load, open and dump a generated 10,000 x 12 project.

Prints each figure with its goal (wall clock, and the process's CPU time
beside it, since the machine may be shared): load from JSON < 2 s, open
(copy, check, lock) plus the register's rows < 0.5 s, dump to JSON < 1 s.
Each is the best of a few runs in one process (imports warmed first).
Run: python benchmarks/bench_store.py [N_MEASURES] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _best(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of `fn` over `runs` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("measures", type=int, nargs="?", default=10_000)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    n, runs = args.measures, args.runs
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MAATWERK_DATA_DIR"] = str(Path(tmp) / "data")
        from workbench.analysis.build import _CACHE, analysis_for
        from workbench.interchange import dumps, load_file
        from workbench.interchange.synthetic import generated_project
        from workbench.services import ProjectService
        from workbench.store import ProjectDocument

        src = Path(tmp) / "groot.json"
        src.write_text(json.dumps(generated_project(n, 12), ensure_ascii=False),
                       encoding="utf-8")
        size_mb = src.stat().st_size / 1e6
        target = Path(tmp) / "groot.mwb"
        load_file(src, target)  # warms every import on the way
        count = iter(range(10**6))
        t_load = _best(lambda: load_file(src, Path(tmp) / f"l{next(count)}.mwb"), runs)

        def open_register() -> None:
            _CACHE.clear()
            doc = ProjectDocument.open(target, read_only=True)
            try:
                assert len(analysis_for(ProjectService(doc)).register.measures) == n
            finally:
                doc.close()

        open_register()
        t_open = _best(open_register, runs)
        doc = ProjectDocument.open(target, read_only=True)
        try:
            text = dumps(ProjectService(doc))
            t_dump = _best(lambda: dumps(ProjectService(doc)), runs)
        finally:
            doc.close()

    print(f"project: {n:,} measures x 12 criteria ({size_mb:.1f} MB JSON, "
          f"load average {os.getloadavg()[0]:.2f}, best of {runs})")
    for what, (wall, cpu), goal in (
        ("load JSON -> new project file", t_load, 2.0),
        ("open + register rows", t_open, 0.5),
        (f"dump project -> JSON ({len(text) / 1e6:.1f} MB)", t_dump, 1.0),
    ):
        verdict = "met" if wall < goal else "MISSED"
        print(f"{what:38} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU"
              f"   goal < {goal * 1000:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
