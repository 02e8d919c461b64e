"""Row versions: an optimistic lock on every row, for editing on a team server.

Revision ID: 0006_row_version
Revises: 0005_record

Every table gets ``row_version`` (integer, 1 for existing rows). The
services raise it with each update and refuse an update made against an
older version (:mod:`workbench.services.project`). The server default
stays, so rows written by hand (or by an older program's SQL) start at 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_row_version"
down_revision = "0005_record"
branch_labels = None
depends_on = None

# Every table at schema 5; a table added later declares the column itself.
_TABLES = (
    "action_item", "assessment", "audit_entry", "audit_origin", "clause_link", "commitment",
    "criterion", "draft", "draft_clause", "draft_comment", "draft_term", "emission_change",
    "exposure_change", "health_parameter", "measure", "measure_link", "measure_note",
    "meeting", "meeting_measure", "meeting_party", "meeting_snapshot", "package",
    "package_member", "population", "position", "project_option", "source", "stakeholder",
    "weight", "weight_profile",
)


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
