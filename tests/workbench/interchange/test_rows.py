"""Fresh ids of a load: RFC 9562 version 7 UUIDs, in the order they were made."""

from __future__ import annotations

import time
import uuid
from itertools import islice

from workbench.interchange.rows import fresh_ids


def test_fresh_ids_are_version_7_uuids_in_increasing_order_across_batches() -> None:
    before = time.time_ns() // 1_000_000
    ids = list(islice(fresh_ids(batch=64), 1000))  # 15 batch boundaries
    after = time.time_ns() // 1_000_000
    parsed = [uuid.UUID(i) for i in ids]
    assert all(str(u) == i for u, i in zip(parsed, ids, strict=True))  # canonical text
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in parsed)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(before <= u.int >> 80 <= after for u in parsed)  # 48-bit Unix milliseconds


def test_two_loads_never_share_an_id() -> None:
    a = set(islice(fresh_ids(), 10_000))
    b = set(islice(fresh_ids(), 10_000))
    assert not a & b
