"""What a fresh server project costs a both-back-ends test: a new schema or an emptied one.

Each test marked ``both_backends`` (tests/conftest.py) needs an empty
project on the test server. Making a schema (roles, migrations, triggers,
policies, grants) per test was the first way; now one schema per test
process is emptied between tests (tests/server_project.reset_project).
Prints both per test, with opening the project as the test user, and the
demo pushed into an emptied schema (demo_target). Needs the administrator's
URL as the tests do:

    MAATWERK_TEST_PG=postgresql://postgres@/maatwerk_test?host=/dir \\
        python benchmarks/bench_test_schemas.py [--rounds 10]

Budget (brief 16b): a fresh project per test well under 0,3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.server_project import (
    FIXTURE_USERS,
    PUSHER,
    TESTER,
    drop_project,
    make_project,
    reset_project,
)
from workbench.interchange.demo import create_demo
from workbench.server.transfer import push
from workbench.store.server_document import ServerDocument


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if not os.environ.get("MAATWERK_TEST_PG"):
        print("MAATWERK_TEST_PG is not set: no server to measure", file=sys.stderr)
        return 2
    os.environ.setdefault("MAATWERK_DATA_DIR", tempfile.mkdtemp(prefix="mwb-bench-"))
    fresh, reset, demo = [], [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        project = make_project(FIXTURE_USERS, title="Testdossier")
        ServerDocument.connect(project.url(TESTER)).close()
        drop_project(project)
        fresh.append(time.perf_counter() - t)
    home = make_project(FIXTURE_USERS)
    folder = Path(tempfile.mkdtemp(prefix="mwb-bench-demo-"))
    create_demo(folder / "demo.mwb")
    try:
        for _ in range(args.rounds):
            t = time.perf_counter()
            reset_project(home, title="Testdossier")
            ServerDocument.connect(home.url(TESTER)).close()
            reset.append(time.perf_counter() - t)
        for _ in range(args.rounds):
            t = time.perf_counter()
            reset_project(home)
            push(folder / "demo.mwb", home.url(PUSHER))
            ServerDocument.connect(home.url(TESTER)).close()
            demo.append(time.perf_counter() - t)
    finally:
        drop_project(home)
    print(f"median of {args.rounds} rounds, per test:")
    print(f"  new schema, open, drop   {_median_ms(fresh)}   (before)")
    print(f"  emptied schema, open     {_median_ms(reset)}   (now; "
          f"{statistics.median(fresh) / statistics.median(reset):.0f}x less)")
    print(f"  emptied + demo pushed    {_median_ms(demo)}   (demo_target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
