"""A redline as HTML for Qt's rich text: insertions green, deletions struck, flags marked.

Shared by the Concepten page and the measure's wording timeline, so a
changed year or modal verb looks the same everywhere.
"""

from __future__ import annotations

from html import escape

from workbench.drafts.redline import Segment, token_flags, tokens

INSERT = "color:#1a7f37;text-decoration:underline"
DELETE = "color:#b42318;text-decoration:line-through"
FLAG = "background:#fff1a8"


def marked(segments: tuple[Segment, ...], keep: str = "both") -> str:
    """HTML of a redline: `keep` is "both" (inline), "old" or "new" (side by side)."""
    out = []
    for s in segments:
        if s.op == "equal":
            out.append(escape(s.text))
            continue
        if (s.op == "insert" and keep == "old") or (s.op == "delete" and keep == "new"):
            continue
        text = "".join(
            f'<span style="{FLAG}">{escape(t)}</span>' if token_flags(t) else escape(t)
            for t in tokens(s.text))
        out.append(f'<span style="{INSERT if s.op == "insert" else DELETE}">{text}</span>')
    return "".join(out).replace("\n", "<br>")
