"""The shape of the interchange format, derived from the model.

Each :class:`Section` says which entity a list of JSON objects holds, which
columns are references written as user-facing keys (``"measure": "M01"``
instead of a measure id), and which column ties a nested row to its parent.
Every other column of the entity is a plain field with the column's own
name, so a column added to the model travels through dump and load without
a change here. Ids and ``sort_key`` are never written: row order carries
the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table

from workbench.model import ENTITIES
from workbench.services.fields import FieldSpec, specs

FORMAT = "maatwerk-workbench"
VERSION = 1

TOP_KEYS = ("format", "version", "exported_at", "project", "sources", "criteria", "measures",
            "assessments", "populations", "exposure_changes", "emission_changes",
            "health_parameters", "stakeholders", "positions", "weight_profiles", "packages",
            "drafts", "meetings")


@dataclass(frozen=True)
class Section:
    entity: str
    # (JSON key, column, referenced entity), written as that entity's key
    refs: tuple[tuple[str, str, str], ...] = ()
    # the column pointing at the enclosing row, for nested lists
    parent: str | None = None


SECTIONS: dict[str, Section] = {
    "sources": Section("source"),
    "criteria": Section("criterion"),
    "measures": Section("measure"),
    "measure.notes": Section("measure_note", parent="measure_id"),
    "assessments": Section(
        "assessment",
        refs=(
            ("measure", "measure_id", "measure"),
            ("criterion", "criterion_id", "criterion"),
            ("source", "source_id", "source"),
        ),
    ),
    "populations": Section("population"),
    "exposure_changes": Section(
        "exposure_change",
        refs=(
            ("measure", "measure_id", "measure"),
            ("population", "population_id", "population"),
        ),
    ),
    "emission_changes": Section("emission_change", refs=(("measure", "measure_id", "measure"),)),
    "health_parameters": Section("health_parameter"),
    "stakeholders": Section("stakeholder"),
    "positions": Section(
        "position",
        refs=(
            ("stakeholder", "stakeholder_id", "stakeholder"),
            ("measure", "measure_id", "measure"),
        ),
    ),
    "weight_profiles": Section(
        "weight_profile", refs=(("stakeholder", "stakeholder_id", "stakeholder"),)
    ),
    "packages": Section("package"),
    "drafts": Section("draft"),
    "draft.terms": Section(
        "draft_term", refs=(("measure", "measure_id", "measure"),), parent="draft_id"
    ),
    # an imported draft's text (stable clause ids travel as plain fields) and comments
    "draft.clauses": Section("draft_clause", parent="draft_id"),
    "draft.comments": Section("draft_comment", parent="draft_id"),
    "measure.clause_links": Section("clause_link", parent="measure_id"),
    "meetings": Section("meeting"),
    "meeting.action_items": Section("action_item", parent="meeting_id"),
    "meeting.commitments": Section(
        "commitment",
        refs=(
            ("party", "stakeholder_id", "stakeholder"),
            ("measure", "measure_id", "measure"),
        ),
        parent="meeting_id",
    ),
}

# Lists of keys nested in a row: JSON key -> (link entity, parent column,
# column of the referenced row, referenced entity, extra fixed values).
KEY_LISTS: dict[str, dict[str, tuple[str, str, str, str, dict[str, Any]]]] = {
    "measure": {
        "requires": ("measure_link", "measure_id", "other_id", "measure", {"kind": "requires"}),
        "excludes": ("measure_link", "measure_id", "other_id", "measure", {"kind": "excludes"}),
    },
    "package": {"measures": ("package_member", "package_id", "measure_id", "measure", {})},
    "meeting": {
        "parties": ("meeting_party", "meeting_id", "stakeholder_id", "stakeholder", {}),
        "measures": ("meeting_measure", "meeting_id", "measure_id", "measure", {}),
    },
}

# Nested row lists: parent entity -> JSON key -> section name.
NESTED: dict[str, dict[str, str]] = {
    "measure": {"notes": "measure.notes", "clause_links": "measure.clause_links"},
    "draft": {
        "terms": "draft.terms",
        "clauses": "draft.clauses",
        "comments": "draft.comments",
    },
    "meeting": {"action_items": "meeting.action_items", "commitments": "meeting.commitments"},
}

# Project options written first in "project", in this order; others follow by key.
LEADING_OPTIONS = ("title", "language")


@cache
def plain_fields(section_name: str) -> tuple[FieldSpec, ...]:
    """The section's columns written under their own names, in model order."""
    sec = SECTIONS[section_name]
    skip = {col for _key, col, _ref in sec.refs} | {sec.parent, "sort_key"}
    return tuple(s for s in specs(sec.entity).values() if s.name not in skip)


def table(entity: str) -> Table:
    t = ENTITIES[entity].__table__
    assert isinstance(t, Table)
    return t


def column_defaults(entity: str) -> dict[str, Any]:
    """The scalar defaults of the entity's columns (what a missing key means)."""
    out: dict[str, Any] = {}
    for col in table(entity).columns:
        default = col.default
        if default is not None and getattr(default, "is_scalar", False):
            out[col.key] = default.arg  # type: ignore[attr-defined]
    return out
