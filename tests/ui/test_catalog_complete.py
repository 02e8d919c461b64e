"""Every text of the interface has its Dutch translation in the shipped catalog.

The texts are extracted from ui/ afresh with lupdate (as the catalog build does)
into a temporary catalog; each one must be in the committed workbench_nl.ts,
translated. A text written in a way lupdate cannot see (a wrapper function)
is not in either: tests/ui/test_language.py's pages then show English. A text
added but not translated, or a catalog not rebuilt, fails here.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.resources.i18n.build import ROOT, tool

CATALOG = ROOT / "workbench" / "resources" / "i18n" / "workbench_nl.ts"


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, message.findtext("source") or "")] = (tr.text or "") if done else None
    return out


def test_every_interface_text_has_its_dutch_translation(tmp_path: Path) -> None:
    lupdate = tool("lupdate")
    if shutil.which(lupdate) is None and not Path(lupdate).exists():
        pytest.fail("pyside6-lupdate is not installed (it comes with PySide6)")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-target-language", "nl",
                    *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    shipped = _messages(CATALOG)
    # contexts lupdate derives from an attribute (self.window.tr) are not real contexts
    wanted = [key for key in _messages(fresh) if "." not in key[0]]
    assert len(wanted) > 500  # the extraction found the interface
    missing = [key for key in wanted if not shipped.get(key)]
    assert missing == [], f"{len(missing)} without Dutch, e.g. {missing[:5]}"
