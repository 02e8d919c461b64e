"""Merging two copies of a large project, runnable by hand.

    python benchmarks/bench_merge.py [--measures 1000] [--edits 100] [--repeat 3]

Builds a generated project (N measures x 12 criteria), hands out a copy
("Kopie voor collega"), edits both sides (`--edits` rows each: titles,
years, assessments; a tenth of them the same fields on both sides, so
conflicts occur) and times, best of `--repeat`:

* prepare: open their copy (checked), read both, rebuild the ancestor from
  the audit log, compare three ways;
* apply: write the merge in one transaction of the services (audited);
* end to end: `workbench merge OURS THEIRS -o OUT` in-process (opening and
  saving included);
* the effect on ranking and package totals (two analyses: ours before, the
  merged state after) is part of "apply"; "apply, no effect" shows its share;
* change set: the size of `workbench changeset` of their copy against the
  full copy, and `workbench merge OURS CHANGES.mwbc -o OUT` end to end.

The DESIGN budget is < 1 s for 1,000 measures with 100 edits on each side;
the script prints each figure beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--measures", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_merge_"))
    os.environ.setdefault("MAATWERK_DATA_DIR", str(tmp / "data"))
    from workbench.cli.main import main as cli
    from workbench.interchange.load import load_data
    from workbench.interchange.synthetic import generated_project
    from workbench.merge import copy_for_colleague, prepare
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    team, mine = tmp / "team.mwb", tmp / "kopie.mwb"
    load_data(generated_project(args.measures, 12), team)
    copy_for_colleague(team, mine)

    def edit(path: Path, start: int, field: str, value: object) -> None:
        doc = ProjectDocument.open(path)
        svc = ProjectService(doc)
        measures = svc.rows("measure")[start : start + args.edits]
        assessments = {a["measure_id"]: a for a in svc.rows("assessment")}
        with svc.batch() as tx:
            for i, m in enumerate(measures):
                if i % 2:
                    tx.update("measure", m["id"], {field: value})
                else:
                    a = assessments[m["id"]]
                    tx.update("assessment", a["id"], {"rationale": f"{field} {value}"})
        doc.save()
        doc.close()

    # Ours edits rows 0..E-1, theirs rows 0.9E..1.9E-1: a tenth overlaps.
    edit(team, 0, "title", "Onze titel")
    edit(mine, int(args.edits * 0.9), "title", "Hun titel")

    from workbench.merge.changeset import write_changes

    changes = tmp / "kopie.mwbc"
    write_changes(mine, changes)
    full, small = mine.stat().st_size, changes.stat().st_size
    print(f"change set of {args.edits} edited rows: {small / 1024:.0f} KiB against the full "
          f"copy {full / 1024:.0f} KiB ({full / small:.0f}x smaller)")
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        work = tmp / "work.mwb"
        shutil.copy(team, work)
        doc = ProjectDocument.open(work)
        svc = ProjectService(doc)
        t0 = time.perf_counter()
        cmd = prepare(svc, mine)
        t1 = time.perf_counter()
        cmd.do(svc)
        t2 = time.perf_counter()
        doc.close()
        shutil.copy(team, work)
        doc = ProjectDocument.open(work)
        svc = ProjectService(doc)
        bare = prepare(svc, mine)
        bare.with_effect = False
        t5 = time.perf_counter()
        bare.do(svc)
        best["apply, no effect"] = min(best.get("apply, no effect", 9e9), time.perf_counter() - t5)
        doc.close()
        out = tmp / "out.mwb"
        out.unlink(missing_ok=True)
        t3 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli(["merge", str(team), str(mine), "-o", str(out)])
        t4 = time.perf_counter()
        assert code in (0, 3), code
        out.unlink()
        t5 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli(["merge", str(team), str(changes), "-o", str(out)])
        best["change set e2e"] = min(best.get("change set e2e", 9e9), time.perf_counter() - t5)
        assert code in (0, 3), code
        for name, value in (("prepare", t1 - t0), ("apply", t2 - t1), ("end to end", t4 - t3)):
            best[name] = min(best.get(name, value), value)
    assert cmd.summary is not None
    print(
        f"{args.measures} measures x 12 criteria, {args.edits} edited rows per side: "
        f"{sum(cmd.summary.merged.values())} rows merged, {len(cmd.summary.conflicts)} conflicts",
        file=sys.stderr,
    )
    budget = 1.0
    for name, value in best.items():
        verdict = "within" if value < budget else "OVER"
        print(f"{name:>11}: {value * 1000:7.0f} ms (budget {budget * 1000:.0f} ms: {verdict})")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
