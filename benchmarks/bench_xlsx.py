"""Performance budget of the comparison workbook, runnable by hand.

    /work/venv/bin/python benchmarks/bench_xlsx.py [--measures 1000] [--criteria 12] [--repeat 3]

Builds a report model of N measures x M criteria directly (linear,
piecewise and verbal scales, a few gaps, parties with positions, three
packages, health rows), then times ``to_xlsx`` (goal: < 3 s for 1,000
measures, DESIGN.md) against writing the same cell values -- raw estimates,
values, scores, ranks, texts -- with plain openpyxl and no styles, formulas,
tables, validation or charts. Prints best and median of a few runs, the file
sizes and the ratio; the best-of-N time is the figure to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_S = 3.0


def synthetic_report(n: int, m: int, seed: int = 1) -> Any:
    import numpy as np

    from workbench.reports.model import (
        Provenance,
        RAssessment,
        RCriterion,
        Report,
        RHealth,
        RMeasure,
        ROutcome,
        RPackage,
        RParty,
        RPosition,
        RProfile,
        RSource,
        Triple,
    )

    rng = np.random.default_rng(seed)
    levels = [{"label": "laag", "value": 0.0}, {"label": "middel", "value": 0.5},
              {"label": "hoog", "value": 1.0}]
    crits = []
    for j in range(m):
        kind = ("linear", "piecewise", "levels")[j % 3]
        scale: dict[str, Any] = (
            {"type": "linear", "worst": 0, "best": 100} if kind == "linear" else
            {"type": "piecewise", "points": [[0, 0], [30, 0.6], [100, 1]]} if kind == "piecewise"
            else {"type": "levels", "levels": levels})
        crits.append(RCriterion(f"c{j:02d}", f"Criterium {j}", "cost" if j == 0 else "other",
                                "EUR" if j == 0 else "", "higher_is_better", scale, False,
                                1.0 / m))
    parties = tuple(RParty(f"p{k}", f"Partij {k}", "other", None) for k in range(6))
    measures = []
    for i in range(n):
        assessments = {}
        for j, c in enumerate(crits):
            if (i + j) % 17 == 0:
                continue
            if c.scale["type"] == "levels":
                v = float(levels[int(rng.integers(0, 3))]["value"])
                assessments[c.key] = RAssessment(v, v, v, v, False, "middel", None, None, None)
            else:
                b = float(rng.uniform(0, 100))
                assessments[c.key] = RAssessment(b - 5, b, b + 5, b / 100, False, None,
                                                 "onderbouwing", "s1", None)
        positions = tuple(RPosition(p.key, p.name, int(rng.integers(-2, 3)), False, None, None,
                                    dt.date(2026, 1, 1)) for p in parties[: i % 4])
        measures.append(RMeasure(
            f"M{i:04d}", f"Maatregel {i} met een redelijk lange titel", "dust", "proposed", True,
            None, "our_agenda", "company", 2026, 2030, "Omschrijving", ("notitie",),
            assessments, float(rng.uniform()), i + 1, len(assessments) == m,
            {c.key: None for c in crits}, positions, (), (), ()))
    packages = tuple(RPackage(f"k{q}", f"Pakket {q}", None,
                              tuple(mm.code for mm in measures[q::3]), None, None, {})
                     for q in range(3))
    health = tuple(RHealth(mm.code, Triple(0.1, 0.2, 0.3), Triple(1, 2, 3), Triple(1e5, 2e5, 3e5),
                           None, 2030, (ROutcome(mm.code, "volwassenen", "pm25", "mortality",
                                                 Triple(0.1, 0.2, 0.3)),))
                   for mm in measures[: n // 2])
    prov = Provenance("Benchmark", "bench.mwb", 2, "0.1.0", dt.datetime(2026, 5, 1, 12, 0),
                      "partners", "nl", "additive", "value-functions", "team", "Team",
                      {c.key: c.weight for c in crits}, False, tuple(p.key for p in packages),
                      "IJmond-gemeenten")
    return Report(prov, tuple(crits), tuple(measures), packages,
                  (RProfile("team", "Team", "direct", {c.key: c.weight for c in crits}, None),),
                  parties, (RSource("s1", "Bron", "RIVM", 2024, "", ""),), health, (), (),
                  None, None)


def plain_openpyxl(report: Any) -> bytes:
    """The same values, written with plain openpyxl: no styles, formulas or extras."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for m in report.measures:
        row: list[Any] = [m.code, m.title, m.status]
        for c in report.criteria:
            a = m.assessments.get(c.key)
            row += [None, None, None] if a is None else [a.low, a.best, a.high]
        row += [None if m.assessments.get(c.key) is None else m.assessments[c.key].value
                for c in report.criteria]
        row += [m.score, m.rank, m.score, 1.0, 0, m.score]
        ws.append(row)
    parties = wb.create_sheet("Partijen")
    for m in report.measures:
        parties.append([m.code, m.title, *(p.stance for p in m.positions)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def timed(fn: Callable[[], bytes], repeat: int) -> tuple[list[float], bytes]:
    times, out = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return times, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measures", type=int, default=1000)
    parser.add_argument("--criteria", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the workbook here")
    args = parser.parse_args()

    from workbench.reports.xlsx import to_xlsx

    report = synthetic_report(args.measures, args.criteria)
    to_xlsx(synthetic_report(5, 3))  # warm imports
    ours, data = timed(lambda: to_xlsx(report), args.repeat)
    plain, plain_data = timed(lambda: plain_openpyxl(report), args.repeat)
    if args.out:
        args.out.write_bytes(data)
    best, base = min(ours), min(plain)
    print(f"xlsx export, {args.measures} measures x {args.criteria} criteria "
          f"(load average {os.getloadavg()[0]:.2f}):")
    print(f"  to_xlsx:        best {best:.2f} s, median {statistics.median(ours):.2f} s, "
          f"{len(data) / 1e6:.2f} MB")
    print(f"  plain openpyxl: best {base:.2f} s, median {statistics.median(plain):.2f} s, "
          f"{len(plain_data) / 1e6:.2f} MB (same values, no styles/formulas/extras)")
    print(f"  ratio:          {best / base:.1f}x plain openpyxl")
    verdict = "within" if best < GOAL_S else "OVER"
    print(f"  goal:           < {GOAL_S:.0f} s -> {verdict} budget ({best / GOAL_S:.0%} of it)")


if __name__ == "__main__":
    main()
