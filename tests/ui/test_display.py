"""Without a display, the GUI says in one line what to do instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.display import display_problem

ROOT = Path(__file__).resolve().parents[2]


def _all_load(soname: str) -> bool:
    return True


def test_no_display_and_no_platform_names_offscreen() -> None:
    text = display_problem({}, platform="linux", loads=_all_load)
    assert text is not None
    assert "QT_QPA_PLATFORM=offscreen" in text
    assert "DISPLAY" in text
    assert "\n" not in text


def test_missing_x_libraries_are_named_by_package() -> None:
    text = display_problem(
        {"DISPLAY": ":0"},
        platform="linux",
        loads=lambda soname: soname != "libxcb-cursor.so.0",
        lang="en",
    )
    assert text is not None
    assert "apt install libxcb-cursor0." in text
    assert "libxcb-icccm4" not in text
    assert text.startswith("maatwerk-workbench: Qt's X11 plugin cannot load;")


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"DISPLAY": ":0"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_a_usable_display_or_platform_is_no_problem(
    environ: dict[str, str], platform: str
) -> None:
    assert display_problem(environ, platform=platform, loads=_all_load) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
@pytest.mark.parametrize(
    ("lang", "words"), [([], "geen beeldscherm"), (["--lang", "en"], "no display")]
)
def test_main_without_display_prints_one_line_and_exits_1(
    tmp_path: Path, lang: list[str], words: str
) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["MAATWERK_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert words in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert done.stdout == ""
