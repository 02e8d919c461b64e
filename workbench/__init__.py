"""Maatwerk Workbench core: the Qt-free model, store, services and analyses.

Everything a negotiator can do headless (the `workbench` command, exports,
every computation) lives here. This package never imports PySide6,
shiboken6, pyqtgraph or :mod:`ui`; a test enforces that.
"""

from __future__ import annotations

import os

# openpyxl parses through lxml whenever lxml is installed, and python-docx and
# docx2python (draft agreements, workbench.drafts) bring lxml in. The partner
# workbook import relies on openpyxl parsing through defusedxml (a second wall
# behind imports.guard's scan), so openpyxl stays on that route; set before
# anything imports openpyxl.
os.environ["OPENPYXL_LXML"] = "False"

__version__ = "0.1.0"
APP_NAME = "Maatwerk Workbench"
