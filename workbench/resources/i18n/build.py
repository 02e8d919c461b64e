"""Regenerate the UI translation catalogs: extract with lupdate, compile with lrelease.

Run from the repository root:  python workbench/resources/i18n/build.py
It updates workbench_nl.ts and workbench_en.ts from the tr()/translate()/
QT_TRANSLATE_NOOP texts in ui/ (keeping existing translations), then
compiles both to .qm. Translate new texts in the .ts files (Qt Linguist, or
by hand: fill <translation> and drop type="unfinished"), then run it again.
The source texts are English, so the English catalog only needs plural
forms; Dutch is the default UI language (see ui/settings.py).

Dutch texts may also be kept in `nl/*.tsv` files (context, English source,
Dutch translation; tab-separated, one per line): they fill any unfinished
entry of workbench_nl.ts, so each part of the UI can keep its own list.
The script prints how many Dutch texts are still untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
LANGUAGES = ("nl", "en")


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(local) if local.exists() else shutil.which(f"pyside6-{name}") or name


def _tsv_translations() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for tsv in sorted((HERE / "nl").glob("*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{tsv.name}:{n}: expected context<TAB>source<TAB>translation")
            context, source, text = (x.replace("\\n", "\n") for x in parts)
            found[(context, source)] = text
    return found


def _fill_dutch(ts: Path) -> int:
    """Fill unfinished Dutch entries from the .tsv lists; return how many stay open."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    table = _tsv_translations()
    missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            text = table.get((name, message.findtext("source") or ""))
            if text is None:
                missing += 1
                continue
            tr.text = text
            del tr.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"workbench_{lang}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources, "-ts", str(ts)],
                       cwd=ROOT, check=True)
        if lang == "nl":
            missing = _fill_dutch(ts)
            print(f"nl: {missing} text(s) still without a Dutch translation")
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
