"""Regenerate the UI translation catalogs: extract with lupdate, compile with lrelease.

Run from the repository root:  python resources/i18n/build.py
It updates workbench_nl.ts and workbench_en.ts from the tr()/translate()/
QT_TRANSLATE_NOOP texts in ui/ (keeping existing translations), then
compiles both to .qm. Translate new texts in the .ts files (Qt Linguist, or
by hand: fill <translation> and drop type="unfinished"), then run it again.
The source texts are English, so the English catalog only needs plural
forms; Dutch is the default UI language (see ui/settings.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("nl", "en")


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(local) if local.exists() else shutil.which(f"pyside6-{name}") or name


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"workbench_{lang}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources, "-ts", str(ts)],
                       cwd=ROOT, check=True)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
