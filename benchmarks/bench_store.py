"""Project file budgets: load, open and dump a generated 10,000 x 12 project.

Prints each figure with the design's goal: opening a project of 10,000
measures (to the register's rows) < 1 s; dump and load of the same project
are reported (no fixed goal; they should take seconds, not minutes).
Run: python benchmarks/bench_store.py [N_MEASURES]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MAATWERK_DATA_DIR"] = str(Path(tmp) / "data")
        from workbench.analysis.register import register
        from workbench.interchange import dumps, load_file
        from workbench.interchange.synthetic import generated_project
        from workbench.services import ProjectService
        from workbench.store import ProjectDocument

        src = Path(tmp) / "groot.json"
        src.write_text(json.dumps(generated_project(n, 12), ensure_ascii=False),
                       encoding="utf-8")
        size_mb = src.stat().st_size / 1e6
        target = Path(tmp) / "groot.mwb"
        t0 = time.perf_counter()
        load_file(src, target)
        t_load = time.perf_counter() - t0

        t0 = time.perf_counter()
        doc = ProjectDocument.open(target)
        t_open = time.perf_counter() - t0
        t0 = time.perf_counter()
        reg = register(ProjectService(doc))
        t_register = time.perf_counter() - t0
        t0 = time.perf_counter()
        text = dumps(ProjectService(doc))
        t_dump = time.perf_counter() - t0
        doc.close()

    print(f"project: {n:,} measures x 12 criteria ({size_mb:.1f} MB JSON)")
    print(f"load JSON -> new project file     {t_load * 1000:8.0f} ms")
    print(f"open (copy, check, lock)          {t_open * 1000:8.0f} ms")
    print(f"register rows ({len(reg.measures):,})           {t_register * 1000:8.0f} ms")
    total = t_open + t_register
    verdict = "MET" if total < 1.0 else "MISSED"
    print(f"open + register                   {total * 1000:8.0f} ms   goal < 1000 ms: {verdict}")
    print(f"dump project -> JSON ({len(text) / 1e6:.1f} MB)     {t_dump * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
