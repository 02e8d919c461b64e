"""Load on the team server: W concurrent writers making N edits each.

Prints edits per second, checks that every edit is present exactly once
(the final titles, one audit entry per edit, unique audit sequence numbers)
and the delay from a commit to its notification on a listening connection.
Needs an administrator's URL without schema (as .ci/run sets it):

    MAATWERK_TEST_PG=postgresql://postgres@/maatwerk_test?host=/dir \\
        python benchmarks/bench_server_load.py [--writers 10] [--edits 1000]

The issue's goal: 10 writers x 1,000 edits, every edit present once, the
audit log complete, notifications well within a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
import uuid

from sqlalchemy import func, select, text

from workbench.model import AuditEntry
from workbench.server.listen import ChangeListener
from workbench.server.setup import grant, init
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import connect_raw, parse_target


def _url(admin: str, user: str) -> str:
    scheme, rest = admin.split("://", 1)
    return f"{scheme}://{user}@{rest.split('@', 1)[-1]}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", type=int, default=10)
    ap.add_argument("--edits", type=int, default=1000)
    args = ap.parse_args()
    base = os.environ.get("MAATWERK_TEST_PG")
    if not base:
        print("MAATWERK_TEST_PG is not set (an administrator's URL without schema)")
        return 2
    schema = "bench_" + uuid.uuid4().hex[:8]
    admin = f"{base}{'&' if '?' in base else '?'}schema={schema}"
    init(admin)
    users = [f"bench_w{i}" for i in range(args.writers)]
    for u in users:
        grant(admin, u, "editor")
    try:
        return _run(admin, users, args.edits)
    finally:
        conn = connect_raw(parse_target(admin), autocommit=True)
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        for kind in ("owner", "editor", "reader", "internal", "tables"):
            conn.execute(f'DROP OWNED BY "mw_{schema}_{kind}"')
            conn.execute(f'DROP ROLE "mw_{schema}_{kind}"')
        conn.close()


def _run(admin: str, users: list[str], edits: int) -> int:
    docs = [ServerDocument.connect(_url(admin, u)) for u in users]
    ids = [ProjectService(d).create("measure", {"code": f"M{i:02d}", "title": "0"}).created[0]
           for i, d in enumerate(docs)]
    before = docs[0].audit_seq()
    errors: list[BaseException] = []

    def write(i: int) -> None:
        svc = ProjectService(docs[i])
        try:
            for n in range(1, edits + 1):
                svc.update("measure", ids[i], {"title": str(n)})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(len(users))]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - start
    total = edits * len(users)
    print(f"{len(users)} writers x {edits} edits = {total} edits in {took:.1f} s: "
          f"{total / took:.0f} edits/s (2-core machine, one server)")
    svc = ProjectService(docs[0])
    with docs[0].engine.connect() as conn:
        updates = conn.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.seq > before, AuditEntry.action == "update")).scalar()
        dup = conn.execute(text(
            "SELECT count(*) FROM (SELECT seq FROM audit_entry GROUP BY seq "
            "HAVING count(*) > 1) d")).scalar()
    titles = [svc.get("measure", i)["title"] for i in ids]
    ok = not errors and updates == total and dup == 0 and titles == [str(edits)] * len(ids)
    print(f"every edit present once: {'yes' if ok else 'NO'} (audit updates {updates} of "
          f"{total}, duplicate sequence numbers {dup}, errors {len(errors)})")

    listener = ChangeListener(_url(admin, users[0]))
    delays = []
    for n in range(20):
        listener.drain()
        t0 = time.perf_counter()
        svc.update("measure", ids[0], {"title": f"n{n}"})
        heard = listener.drain(timeout=2.0)
        if "measure" in heard:
            delays.append(time.perf_counter() - t0)
    listener.close()
    for d in docs:
        d.close()
    if delays:
        print(f"edit to notification: median {statistics.median(delays) * 1000:.1f} ms, "
              f"max {max(delays) * 1000:.1f} ms over {len(delays)} edits (goal: < 1000 ms)")
    return 0 if ok and len(delays) == 20 and max(delays) < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
