"""Start-up from the command line: screenshot mode, clear errors, demo copies, light imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.demo import new_demo_path

ROOT = Path(__file__).resolve().parents[2]


def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_screenshot_writes_a_png_and_exits_zero(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    done = run_main(tmp_path, str(sample[0]), "--screenshot", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_bad_file_is_one_dutch_line_not_a_traceback(tmp_path: Path) -> None:
    done = run_main(
        tmp_path, str(tmp_path / "bestaat-niet.mwb"), "--screenshot", str(tmp_path / "x.png")
    )
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if "propagateSizeHints" not in ln]
    assert len(lines) == 1, done.stderr
    assert "Bestand niet gevonden" in lines[0]
    assert "Traceback" not in done.stderr


def test_demo_copies_never_overwrite(tmp_path: Path) -> None:
    import datetime as dt

    now = dt.datetime(2026, 3, 10, 14, 5)
    first = new_demo_path(now)
    first.write_text("mijn eigen aantekeningen")
    second = new_demo_path(now)
    assert second != first and not second.exists()
    assert first.read_text() == "mijn eigen aantekeningen"


def test_the_start_up_path_imports_no_heavy_libraries() -> None:
    code = (
        "import sys; import ui.app, ui.main_window; "
        "print(','.join(m for m in ('scipy', 'openpyxl', 'reportlab', 'pyqtgraph') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert done.stdout.strip() == ""


def test_demo_opens_a_fresh_copy_in_the_data_folder(tmp_path: Path) -> None:
    out = tmp_path / "demo.png"
    done = run_main(tmp_path, "--demo", "--screenshot", str(out))
    assert done.returncode == 0, done.stderr
    copies = list((Path(os.environ["MAATWERK_DATA_DIR"]) / "demo").glob("Demo-*.mwb"))
    assert len(copies) == 1
    assert out.exists()


def test_a_screenshot_leaves_the_window_open_while_it_is_drawn(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    """The screenshot is taken of the open window: parts that read when shown have
    read (the weights of the selected profile), and nothing is saved as on a user's
    close (QApplication.quit() closed the window first: Wegingen beheren was empty)."""
    out = tmp_path / "shot.png"
    done = run_main(tmp_path, str(sample[0]), "--screenshot", str(out), "--view", "profiles")
    assert done.returncode == 0, done.stderr
    saved = [p.read_text(errors="replace") for p in (tmp_path / "config").rglob("*") if p.is_file()]
    assert not any("profiles" in text for text in saved), saved
