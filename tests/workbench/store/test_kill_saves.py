"""A short run of benchmarks/kill_saves.py: kill -9 during edits and saves leaves
no corrupt file, loses no reported save and leaves no file behind (issue 10).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[3] / "benchmarks" / "kill_saves.py"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_five_kills_during_saves_lose_and_leave_nothing() -> None:
    env = {k: v for k, v in os.environ.items() if k != "MAATWERK_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--iterations", "5", "--max-seconds", "90",
         "--seed", "20260310"],
        capture_output=True, text=True, timeout=240, env=env,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "5 kills" in out
    for line in ("corrupt files: 0", "lost saves:    0", "left behind:   0"):
        assert line in out
