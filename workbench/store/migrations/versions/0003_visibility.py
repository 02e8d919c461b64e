"""Visibility of stakeholders and of health-parameter sources

Revision ID: 0003_visibility
Revises: 0002_health

A stakeholder row gets a `visibility` (a party the team tracks quietly
stays internal) and a health-parameter override a `source_visibility`.
Rows that exist already become `partners`, so the exports of existing
projects do not change; new rows default to `internal` (set by the model,
so the column keeps no server default once the rows are filled).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_visibility"
down_revision = "0002_health"
branch_labels = None
depends_on = None

_VISIBILITY = sa.Enum(
    "public", "partners", "internal", name="visibility", native_enum=False, length=24
)

# table -> new column
_COLUMNS = {"stakeholder": "visibility", "health_parameter": "source_visibility"}


def upgrade() -> None:
    for table, column in _COLUMNS.items():
        # Filled for existing rows by the server default, which batch mode then drops.
        op.add_column(
            table,
            sa.Column(column, _VISIBILITY, nullable=False, server_default="partners"),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=_VISIBILITY, server_default=None)


def downgrade() -> None:
    for table, column in _COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
