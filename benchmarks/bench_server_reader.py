"""What the reader's views cost: opening and analysing the demo as a reader and as an editor.

A reader reads every table through a security-barrier view of the schema
``S-lezer`` (internal texts NULL; row-level security still per user); an
editor reads the tables. Opening checks the schema's shape, the views
included. Prints the median of R runs of each, and the reader/editor ratio.
Needs an administrator's URL without schema (as .ci/run sets it):

    MAATWERK_TEST_PG=postgresql://postgres@/maatwerk_test?host=/dir \\
        python benchmarks/bench_server_reader.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from workbench.analysis.audience import RULES
from workbench.analysis.build import analysis_for
from workbench.analysis.data import ProjectData
from workbench.interchange.demo import create_demo
from workbench.server.setup import grant, init
from workbench.server.transfer import push
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import connect_raw, parse_target


def _url(admin: str, user: str) -> str:
    scheme, rest = admin.split("://", 1)
    return f"{scheme}://{user}@{rest.split('@', 1)[-1]}"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = os.environ.get("MAATWERK_TEST_PG")
    if not base:
        print("MAATWERK_TEST_PG is not set: no server to measure", file=sys.stderr)
        return 2
    schema = "b_" + uuid.uuid4().hex[:10]
    admin = f"{base}{'&' if '?' in base else '?'}schema={schema}"
    init(admin)
    grant(admin, "bench_owner", "owner")
    grant(admin, "bench_reader", "reader")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ.setdefault("MAATWERK_DATA_DIR", tmp)
            demo = Path(tmp) / "demo.mwb"
            create_demo(demo)
            push(demo, _url(admin, "bench_owner"))
        print(f"demo project on the server, {args.runs} runs each, median:")
        results: dict[str, tuple[float, float]] = {}
        for user in ("bench_owner", "bench_reader"):
            url = _url(admin, user)
            opened = _median_ms(lambda u=url: ServerDocument.connect(u).close(), args.runs)
            doc = ServerDocument.connect(url)
            try:
                svc = ProjectService(doc)

                def analyse(s: ProjectService = svc) -> None:
                    data = ProjectData(s, "partners")
                    for entity in RULES:
                        data.rows(entity)
                    analysis_for(s, "partners", None, "nl").register  # noqa: B018

                analysed = _median_ms(analyse, args.runs)
            finally:
                doc.close()
            results[user] = (opened, analysed)
            print(f"  {user:13s} open (shape check incl. views) {opened:7.1f} ms, "
                  f"read every rule entity + partners register {analysed:7.1f} ms")
        (eo, ea), (ro, ra) = results["bench_owner"], results["bench_reader"]
        print(f"reader / editor: open {ro / eo:.2f}x, read + register {ra / ea:.2f}x "
              "(the cost of reading through the views)")
    finally:
        conn = connect_raw(parse_target(admin), autocommit=True)
        try:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            for kind in ("owner", "editor", "reader", "internal", "tables"):
                conn.execute(f'DROP OWNED BY "mw_{schema}_{kind}"')
                conn.execute(f'DROP ROLE IF EXISTS "mw_{schema}_{kind}"')
        finally:
            conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
