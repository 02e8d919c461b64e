"""The core runs headless: every workbench module imports with Qt made unimportable."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import textwrap

import workbench

BLOCKER = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys
    BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "ui")

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"blocked in the core: {name}")
            return None

    sys.meta_path.insert(0, Block())
    import workbench
    names = [m.name for m in pkgutil.walk_packages(workbench.__path__, "workbench.")
             if not m.name.endswith("__main__") and ".migrations." not in m.name]
    for name in names:
        importlib.import_module(name)
    print(len(names))
    """
)


def test_every_core_module_imports_without_qt() -> None:
    expected = [
        m.name
        for m in pkgutil.walk_packages(workbench.__path__, "workbench.")
        if not m.name.endswith("__main__") and ".migrations." not in m.name
    ]
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == len(expected) > 20


def test_blocker_really_blocks() -> None:
    probe = BLOCKER.replace("import workbench\n", "import PySide6\n", 1)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "blocked in the core" in result.stderr


def test_import_contract_holds() -> None:
    """import-linter's contract in pyproject.toml: workbench never imports Qt or ui."""
    import shutil
    from pathlib import Path

    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([exe], capture_output=True, text=True, timeout=300,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
