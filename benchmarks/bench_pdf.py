"""Performance budget of the position paper, runnable by hand.

    /work/venv/bin/python benchmarks/bench_pdf.py [--measures 100] [--repeat 3] [--out FILE]

Builds a project of N measures (default 100) by cloning the demo project's
measures with their assessments, exposure and emission changes and
positions, then times, for the internal audience (which sees the most text):

* building the report model (not part of the budget, shown for context);
* the chart series;
* ``to_pdf`` with charts (goal: < 5 s for 100 measures, DESIGN.md);

and prints the best and median of a few runs, the page count and size, and
the comparison with the goal. The best-of-N time is the figure to compare
(the least disturbed by other processes); the load average is printed so
a slow figure can be read in context.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

GOAL_S = 5.0


def scaled_demo(n: int) -> dict[str, Any]:
    """The demo project with its measures cloned up to `n` (codes B001...)."""
    from workbench.interchange.demo import demo_json_path

    data: dict[str, Any] = json.loads(demo_json_path().read_text(encoding="utf-8"))
    originals = list(data["measures"])
    per = {
        k: [r for r in data[k] if "measure" in r]
        for k in ("assessments", "exposure_changes", "emission_changes", "positions")
    }
    i = 0
    while len(data["measures"]) < n:
        src = originals[i % len(originals)]
        i += 1
        code = f"B{i:03d}"
        clone = copy.deepcopy(src)
        clone.update(code=code, title=f"{src['title']} (variant {i})", requires=[], excludes=[])
        data["measures"].append(clone)
        for key, rows in per.items():
            for row in rows:
                if row["measure"] == src["code"]:
                    data[key].append({**copy.deepcopy(row), "measure": code})
    data["measures"] = data["measures"][:n]
    keep = {m["code"] for m in data["measures"]}
    for key in per:
        data[key] = [r for r in data[key] if r["measure"] in keep]
    for p in data["packages"]:
        p["measures"] = [c for c in p["measures"] if c in keep]
    return data


def timed(function: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """(best, median, last result) over `repeat` runs after one warm-up run."""
    result = function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measures", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="also write the PDF here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        os.environ.setdefault("MAATWERK_DATA_DIR", tmp)
        from workbench.interchange.load import load_file
        from workbench.reports.model import build_report
        from workbench.reports.pdf import to_pdf
        from workbench.reports.series import chart_series
        from workbench.services import ProjectService
        from workbench.store import ProjectDocument

        source = Path(tmp) / "bench.json"
        source.write_text(json.dumps(scaled_demo(args.measures)), encoding="utf-8")
        target = Path(tmp) / "bench.mwb"
        load_file(source, target)
        doc = ProjectDocument.open(target)
        try:
            svc = ProjectService(doc)
            b_rep, m_rep, report = timed(lambda: build_report(svc, "internal"), args.repeat)
            assert not isinstance(report, (bytes, type(None)))
            rep: Any = report
            b_ser, m_ser, _ = timed(lambda: chart_series(rep), args.repeat)
            b_pdf, m_pdf, pdf = timed(lambda: to_pdf(rep), args.repeat)
        finally:
            doc.close()
    assert isinstance(pdf, bytes)
    import io

    import pypdf

    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    if args.out is not None:
        args.out.write_bytes(pdf)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    n = len(rep.measures)
    print(f"position paper, {n} measures, audience internal (the most text)")
    print(f"  load average {load:.2f}")
    print(f"  report model   best {b_rep * 1000:8.1f} ms   median {m_rep * 1000:8.1f} ms")
    print(f"  chart series   best {b_ser * 1000:8.1f} ms   median {m_ser * 1000:8.1f} ms")
    print(f"  to_pdf         best {b_pdf * 1000:8.1f} ms   median {m_pdf * 1000:8.1f} ms")
    print(f"  {pages} pages, {len(pdf) / 1024:.0f} KiB, {b_pdf / pages * 1000:.1f} ms per page")
    verdict = "meets" if b_pdf < GOAL_S else "MISSES"
    print(f"  goal < {GOAL_S:.0f} s: {verdict} ({b_pdf / GOAL_S:.0%} of the budget)")
    try:
        import rl_accel  # noqa: F401

        accel = "with"
    except ImportError:
        accel = "without"
    print(f"  reportlab runs {accel} its C accelerator (rl_accel)")


if __name__ == "__main__":
    main()
