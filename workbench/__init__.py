"""Maatwerk Workbench core: the Qt-free model, store, services and analyses.

Everything a negotiator can do headless (the `workbench` command, exports,
every computation) lives here. This package never imports PySide6,
shiboken6, pyqtgraph or :mod:`ui`; a test enforces that.
"""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Maatwerk Workbench"
