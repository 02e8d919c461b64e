"""Export time against the length of one long text field (issue 10, finding 5).

    /work/venv/bin/python benchmarks/bench_long_text.py [--sizes 10000,100000,1000000]

Builds the demo project's report for the internal audience, then gives its
first measure a description, a note and a draft wording of N characters each
(words and line breaks, as pasted text looks) and times ``to_pdf`` and
``to_xlsx`` for each N. The report model is changed directly, so lengths
beyond the 20,000-character field limit of ``load`` can be measured: the
writers must stay bounded even for text that never passed validation.

Before the fix the paper took 8.7 s for 100 KB and over 300 s for 1 MB
(quadratic). The comparison printed: the time for each size against the
time for the smallest (the paper cuts each field at a few thousand
characters, so the ratio should stay near 1; the workbook writes the text
whole, so its ratio may grow at most linearly with N).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def long_text(n: int) -> str:
    words = ["stof", "geur", "geluid", "uitstoot", "kooksfabriek", "norm", "meting", "handhaving"]
    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        w = words[i % len(words)]
        sep = "\n" if i % 97 == 96 else " "
        out.append(w + sep)
        size += len(w) + 1
        i += 1
    return "".join(out)[:n]


def with_long_text(report: Any, n: int) -> Any:
    text = long_text(n)
    first = report.measures[0]
    terms = tuple(dataclasses.replace(t, wording=text) for t in first.terms[:1]) + first.terms[1:]
    changed = dataclasses.replace(first, description=text, notes=(text, *first.notes), terms=terms)
    return dataclasses.replace(report, measures=(changed, *report.measures[1:]))


def best_of(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        os.environ.setdefault("MAATWERK_DATA_DIR", tmp)
        from workbench.interchange.demo import create_demo
        from workbench.reports.model import build_report
        from workbench.reports.pdf import to_pdf
        from workbench.reports.xlsx import to_xlsx
        from workbench.services import ProjectService
        from workbench.store import ProjectDocument

        target = Path(tmp) / "demo.mwb"
        create_demo(target)
        doc = ProjectDocument.open(target, read_only=True)
        try:
            base = build_report(ProjectService(doc), "internal")
        finally:
            doc.close()

    base_pdf = best_of(lambda: to_pdf(base), args.repeat)
    base_xlsx = best_of(lambda: to_xlsx(base), args.repeat)
    print("export time against one field's length (demo project, audience internal)")
    print(f"  without long text: pdf {base_pdf:6.2f} s   xlsx {base_xlsx:6.2f} s")
    first: tuple[float, float] | None = None
    for n in sizes:
        report = with_long_text(base, n)
        t_pdf = best_of(lambda r=report: to_pdf(r), args.repeat)  # type: ignore[misc]
        t_xlsx = best_of(lambda r=report: to_xlsx(r), args.repeat)  # type: ignore[misc]
        if first is None:
            first = (t_pdf, t_xlsx)
        print(
            f"  {n:>9,} chars: pdf {t_pdf:6.2f} s (x{t_pdf / first[0]:4.1f})"
            f"   xlsx {t_xlsx:6.2f} s (x{t_xlsx / first[1]:4.1f})"
            f"   length x{n / sizes[0]:g}"
        )
    print("  expected: pdf ratio about 1 (each field cut in the paper); xlsx ratio "
          "at most the length ratio (linear)")


if __name__ == "__main__":
    main()
