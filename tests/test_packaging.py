"""The wheel carries the package data an installed workbench needs.

A non-editable install (and the one-folder app, which collects the same
files) finds the demo, fonts and UI catalogs through importlib.resources
inside the package; this builds the wheel from a copy of the source into a
temporary folder and lists its members.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "workbench" / "resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for package in ("workbench", "ui"):
        shutil.copytree(
            ROOT / package, src / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("maatwerk_workbench-*.whl")
    return zipfile.ZipFile(built)


def _shipped_resources() -> list[str]:
    skip = {"build.py", ".keep"}
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in RESOURCES.rglob("*")
        if p.is_file() and p.name not in skip and "__pycache__" not in p.parts
    )


def test_every_resource_file_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    expected = _shipped_resources()
    # the demo, both fonts with their licence, both compiled catalogs, the Dutch lists
    for needed in (
        "workbench/resources/demo/demo.json",
        "workbench/resources/fonts/DejaVuSans.ttf",
        "workbench/resources/fonts/DejaVuSans-Bold.ttf",
        "workbench/resources/fonts/LICENSE-DejaVu.txt",
        "workbench/resources/i18n/workbench_nl.qm",
        "workbench/resources/i18n/workbench_en.qm",
    ):
        assert needed in expected
    assert any(n.startswith("workbench/resources/i18n/nl/") for n in expected)
    assert [n for n in expected if n not in names] == []


def test_wheel_carries_the_migrations_and_both_commands(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    versions = sorted((ROOT / "workbench" / "store" / "migrations" / "versions").glob("*.py"))
    for path in [ROOT / "workbench" / "store" / "migrations" / "env.py", *versions]:
        assert path.relative_to(ROOT).as_posix() in names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode())
    assert parser["console_scripts"]["workbench"] == "workbench.cli.main:run"
    assert parser["gui_scripts"]["maatwerk-workbench"] == "ui.app:main"


def test_the_core_finds_its_data_through_the_package() -> None:
    from workbench.interchange.demo import demo_json_path
    from workbench.reports.pdf_fonts import REGULAR, font_path

    package = RESOURCES.resolve()
    assert demo_json_path().resolve().is_relative_to(package)
    assert font_path(REGULAR).resolve().is_relative_to(package)
