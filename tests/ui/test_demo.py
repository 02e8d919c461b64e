"""Demo copies: a ready-made template, the untouched copy reused, --fresh, cleanup, repair."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ui.demo import KEEP_EDITED, create_demo_copy, demo_template, template_path


def _measures(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM measure").fetchone()[0])
    finally:
        conn.close()


def test_the_untouched_copy_is_reused_and_fresh_makes_a_new_one() -> None:
    first = create_demo_copy()
    assert _measures(first) > 20
    assert create_demo_copy() == first
    content = first.read_bytes()
    fresh = create_demo_copy(fresh=True)
    assert fresh != first and fresh.read_bytes() == content
    # The first copy held nothing of the user's: cleaned up.
    assert not first.exists()


def test_an_edited_copy_is_not_reused_and_a_locked_one_stays(tmp_path: Path) -> None:
    edited = create_demo_copy()
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE measure SET title = 'mijn versie' WHERE code = 'M01'")
    conn.commit()
    conn.close()
    other = create_demo_copy()
    assert other != edited and edited.exists()
    lock = other.with_name(other.name + ".lock")
    lock.write_text("{}")
    third = create_demo_copy()
    assert third not in (edited, other) and other.exists()


def test_only_the_newest_edited_copies_are_kept() -> None:
    edited = []
    for i in range(KEEP_EDITED + 2):
        path = create_demo_copy(fresh=True)
        with path.open("r+b") as fh:  # a byte past the header differs: edited
            fh.seek(200)
            fh.write(bytes([i + 1]))
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
        edited.append(path)
    final = create_demo_copy()  # may take the name of a removed copy
    kept = [p for p in edited if p.exists() and p != final]
    assert kept == edited[-KEEP_EDITED:]


def test_a_corrupt_cached_demo_is_replaced() -> None:
    template = demo_template()
    good = template.read_bytes()
    template.write_bytes(good[:4096])  # cut short
    copy = create_demo_copy(fresh=True)
    assert template_path() == template and len(template.read_bytes()) == len(good)
    assert _measures(copy) == _measures(template) > 20
