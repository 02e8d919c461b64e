"""Three-way merge of long texts (notes, wording, rationale) with merge3.

Texts are split into words with their trailing whitespace, so two
colleagues who edit different sentences of one paragraph both keep their
edit; edits that touch the same words (or adjacent ones with no unchanged
word between them) are not merged but left to a person. merge3 (the
Bazaar/Breezy three-way merge, on PyPI) does the region matching; we only
accept its result when no region conflicts.
"""

from __future__ import annotations

import re

import merge3

_TOKEN = re.compile(r"\S+\s*|\s+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """Both sides' edits applied to `base`, or None when any of them overlap."""
    m = merge3.Merge3(tokens(base), tokens(ours), tokens(theirs))
    out: list[str] = []
    a, b = tokens(ours), tokens(theirs)
    for region in m.merge_regions():
        kind = region[0]
        if kind == "conflict":
            return None
        if kind == "unchanged":
            out.extend(m.base[region[1] : region[2]])
        elif kind in ("a", "same"):
            out.extend(a[region[1] : region[2]])
        elif kind == "b":
            out.extend(b[region[1] : region[2]])
    return "".join(out)
