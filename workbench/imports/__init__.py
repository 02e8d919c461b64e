"""Partner spreadsheets back in: guard, read, plan, apply.

A returned comparison workbook is untrusted. :func:`read_partner_workbook`
refuses a hostile file before any XML is parsed (:mod:`.guard`) and reads the
cells a partner may edit (:mod:`.workbook`); :func:`plan_import` lists every
change with its cell and every problem (:mod:`.plan`); :func:`build_command`
turns the accepted changes into one undoable macro (:mod:`.apply`).
"""

from __future__ import annotations

from pathlib import Path

from workbench.imports.apply import build_command
from workbench.imports.guard import DEFAULT_LIMITS, Limits, read_guarded
from workbench.imports.plan import ImportPlan, PlannedChange, Problem, plan_import
from workbench.imports.workbook import PartnerWorkbook, read_workbook


def read_partner_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> PartnerWorkbook:
    """The guarded, parsed workbook at `path` (a UserError names any refusal)."""
    data = read_guarded(path, limits)
    return read_workbook(data, path.name, limits)


__all__ = [
    "DEFAULT_LIMITS",
    "ImportPlan",
    "Limits",
    "PartnerWorkbook",
    "PlannedChange",
    "Problem",
    "build_command",
    "plan_import",
    "read_partner_workbook",
]
