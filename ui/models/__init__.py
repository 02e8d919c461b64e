"""Qt item models as adapters over the core's read models and commands.

One generic :class:`EntityTableModel` serves every table; each table is
described by a tuple of :class:`ColumnSpec`. :class:`SpecDelegate` picks
the proper editor per column; :class:`FilterProxy` filters and forwards
sorting to the source model.
"""

from __future__ import annotations

from ui.models.columns import ColumnSpec, EditorKind, Role, choice_column, text_column
from ui.models.delegates import SpecDelegate
from ui.models.proxy import FilterProxy
from ui.models.table_model import EntityTableModel

__all__ = [
    "ColumnSpec",
    "EditorKind",
    "EntityTableModel",
    "FilterProxy",
    "Role",
    "SpecDelegate",
    "choice_column",
    "text_column",
]
