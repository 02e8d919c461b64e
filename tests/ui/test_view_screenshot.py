"""``main.py --screenshot OUT.png --view KEY``: a chosen view as a PNG; an unknown view exits 2."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_app import run_main

PNG = b"\x89PNG\r\n\x1a\n"


def test_view_matrix_screenshot_writes_a_png(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "matrix.png"
    done = run_main(tmp_path, str(sample[0]), "--screenshot", str(out), "--view", "matrix")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == PNG


def test_unknown_view_is_one_line_and_exit_2(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.png"
    done = run_main(tmp_path, str(sample[0]), "--screenshot", str(out), "--view", "bestaatniet")
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if "maatwerk-workbench" in line]
    assert len(lines) == 1 and "bestaatniet" in lines[0] and "register" in lines[0]
    assert "Traceback" not in done.stderr
    assert not out.exists()
