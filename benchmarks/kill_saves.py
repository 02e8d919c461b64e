"""Kill -9 during edits and saves: no corrupt file, no lost save, nothing left behind.

A worker process opens a project, then edits and saves in a tight loop,
printing ``saved N`` after each save returns. The driver kills it with
SIGKILL at a random moment (while starting, opening, editing or saving),
then does what the next start does (offer recovery, here: discard; open
the file for writing; close) and checks:

- corrupt: the file must open with every check (header, size, schema,
  quick check);
- lost: every save the worker reported must be in the file (the save
  being written when the kill came may or may not be);
- left behind: after that next start the project's folder holds only the
  project file, and the working folder is empty.

Run: python benchmarks/kill_saves.py [--iterations 30] [--max-seconds 150] [--seed S]
Exit status 0 when all three counts are 0. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def worker(path: Path) -> None:
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    doc = ProjectDocument.open(path)
    svc = ProjectService(doc)
    n = len(svc.rows("measure"))
    print("opened", n, flush=True)
    while True:
        n += 1
        svc.create("measure", {"code": f"K{n:05d}", "title": f"Maatregel {n}", "theme": "dust",
                               "description": "vertrouwelijk " * 50})
        doc.save()
        print("saved", n, flush=True)


def _next_start(path: Path) -> tuple[int | None, str]:
    """What the next session does; returns (measures in the file or None, problem)."""
    from workbench.i18n import UserError
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument, discard, find_recoverable

    for cand in find_recoverable():
        if cand.target != path:
            return None, f"recovery offered for {cand.target}"
        discard(cand.working)
    try:
        doc = ProjectDocument.open(path)
    except UserError as exc:
        return None, str(exc)
    try:
        return len(ProjectService(doc).rows("measure")), ""
    finally:
        doc.close()


def drive(
    iterations: int, max_seconds: float, seed: int, verbose: bool = True,
    folder_name: str = "dossiers #1",
) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kill-saves ") as tmp:
        data = Path(tmp) / "data"
        os.environ["MAATWERK_DATA_DIR"] = str(data)
        from workbench.store import ProjectDocument
        from workbench.store.paths import working_dir

        folder = Path(tmp) / folder_name
        folder.mkdir()
        path = (folder / "Onderhandeling.mwb").resolve()
        ProjectDocument.create(path, title="Kill-test").close()
        env = dict(os.environ, MAATWERK_DATA_DIR=str(data))
        corrupt = lost = left = 0
        done = 0
        saves = 0
        start = time.monotonic()
        while done < iterations and time.monotonic() - start < max_seconds:
            proc = subprocess.Popen(
                [sys.executable, __file__, "--worker", str(path)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
            )
            time.sleep(rng.uniform(0.2, 2.5))
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate()
            reported = [int(line.split()[1]) for line in out.splitlines()
                        if line.startswith("saved ")]
            opened = [int(line.split()[1]) for line in out.splitlines()
                      if line.startswith("opened ")]
            last = max(reported, default=opened[0] if opened else None)
            saves += len(reported)
            count, problem = _next_start(path)
            if count is None:
                corrupt += 1
            elif last is not None and count < last:
                lost += 1
                problem = f"{count} measures in the file, {last} saved"
            strays = sorted(p.name for p in folder.iterdir() if p != path)
            strays += sorted(p.name for p in working_dir().iterdir())
            if strays:
                left += 1
                problem = (problem + "; " if problem else "") + "left: " + ", ".join(strays)
                for p in folder.iterdir():
                    if p != path:
                        p.unlink()
            done += 1
            if verbose:
                state = problem or "ok"
                print(f"  kill {done:2d}: {len(reported):3d} saves reported, file has "
                      f"{count} measures; {state}", flush=True)
            if err.strip() and "Traceback" in err and "KeyboardInterrupt" not in err:
                print("  worker error:", err.strip().splitlines()[-1], flush=True)
        elapsed = time.monotonic() - start
    print(f"kill -9 during saves: {done} kills, {saves} completed saves in {elapsed:.0f} s")
    print(f"  corrupt files: {corrupt} (goal 0)")
    print(f"  lost saves:    {lost} (goal 0)")
    print(f"  left behind:   {left} (goal 0)")
    return 0 if done > 0 and corrupt == lost == left == 0 else 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--iterations", type=int, default=30)
    p.add_argument("--max-seconds", type=float, default=150.0)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--folder", default="dossiers #1", help="name of the project's folder")
    args = p.parse_args()
    if args.worker is not None:
        worker(args.worker)
        return 0
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"seed {seed}")
    return drive(args.iterations, args.max_seconds, seed, verbose=not args.quiet,
                 folder_name=args.folder)


if __name__ == "__main__":
    sys.exit(main())
