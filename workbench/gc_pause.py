"""Pausing Python's cyclic garbage collector while a large project is read or written.

Loading, dumping or opening a 10,000 x 12 project makes hundreds of
thousands of dicts, lists and rows that form no reference cycles. Every
700 new containers the collector runs, and every few runs it walks all
of them again (and, in the window, every Qt wrapper and module): a fifth
of the time of those operations. Reference counting frees all of it
anyway, and collection resumes when the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic collector off inside the block (as it was before, after it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
