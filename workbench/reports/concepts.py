"""The terms the paper explains, in the very words of the workbench's F1 help.

One text, two places: the paragraphs of workbench/resources/help/<lang>/*.html
marked ``class="concept"`` (what a figure means and how it is computed, not
how to use a screen) are the F1 help of their page and the paper's
"Begrippen" under its method. The markup is the help's own small subset
(<b>, <i>, entities), which reportlab's paragraphs read as they are.
"""

from __future__ import annotations

import re

from workbench.i18n.catalog import Language
from workbench.resources import resource_path

# the pages whose terms the paper explains, in the paper's order
PAGES = ("matrix", "value", "uncertainty", "packages")
_CONCEPT = re.compile(r'<p class="concept">(.*?)</p>', re.DOTALL)
_TITLE = re.compile(r"<h3>(.*?)</h3>", re.DOTALL)


def concepts(lang: Language) -> list[tuple[str, list[str]]]:
    """Per help page: its title and its concept paragraphs (inline markup kept)."""
    out = []
    for page in PAGES:
        text = resource_path("help", lang, f"{page}.html").read_text(encoding="utf-8")
        title = _TITLE.search(text)
        paragraphs = [" ".join(p.split()) for p in _CONCEPT.findall(text)]
        if title is not None and paragraphs:
            out.append((title.group(1).strip(), paragraphs))
    return out
