"""`python -m workbench` runs the command line."""

from __future__ import annotations

from workbench.cli.main import run

run()
