"""Style rule 1: workbench.health imports without Qt, pyqtgraph or ui.

The package is imported in a fresh interpreter in which those imports fail, so
a stray Qt import anywhere in it breaks this test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6', 'pyqtgraph', 'ui'}:
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
import pkgutil, importlib, workbench.health as pkg
for info in pkgutil.iter_modules(pkg.__path__, 'workbench.health.'):
    importlib.import_module(info.name)
print('ok')
"""


def test_health_package_imports_with_qt_blocked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
