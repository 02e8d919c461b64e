"""The negotiation record: meeting kind and delegation, commitments, snapshots, origins

Revision ID: 0005_record
Revises: 0004_drafts

A meeting gets its kind (plenary, bilateral, technical, internal, other;
existing meetings become plenary) and our delegation (empty). New tables:
`commitment` (a promise by a party on a measure, made at a meeting: what,
by when, open/kept/broken, with a visibility), `meeting_snapshot` (the
audit sequence and entry when a meeting was opened or closed) and
`audit_origin` (a range of audit entries that came from one import).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_record"
down_revision = "0004_drafts"
branch_labels = None
depends_on = None

_MEETING_COLUMNS = (
    ("kind", sa.String(length=24), "plenary"),
    ("delegation", sa.String(length=500), ""),
)


def upgrade() -> None:
    for name, type_, default in _MEETING_COLUMNS:
        # Filled for existing rows by the server default, which batch mode then drops.
        op.add_column(
            "meeting", sa.Column(name, type_, nullable=False, server_default=default)
        )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        for name, type_, _default in _MEETING_COLUMNS:
            batch_op.alter_column(name, existing_type=type_, server_default=None)

    op.create_table(
        "commitment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "kept", "broken", name="commitmentstatus",
                    native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "visibility",
            sa.Enum("public", "partners", "internal", name="visibility",
                    native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name=op.f("fk_commitment_meeting_id_meeting"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"], ["stakeholder.id"],
            name=op.f("fk_commitment_stakeholder_id_stakeholder"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"],
            name=op.f("fk_commitment_measure_id_measure"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_commitment_stakeholder_id"), ["stakeholder_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commitment_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "meeting_snapshot",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entry", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name=op.f("fk_meeting_snapshot_meeting_id_meeting"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_snapshot")),
    )
    with op.batch_alter_table("meeting_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_snapshot_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "audit_origin",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=260), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_origin")),
    )
    with op.batch_alter_table("audit_origin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_origin_seq_from"), ["seq_from"], unique=False)


def downgrade() -> None:
    op.drop_table("audit_origin")
    op.drop_table("meeting_snapshot")
    op.drop_table("commitment")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        for name, _type, _default in reversed(_MEETING_COLUMNS):
            batch_op.drop_column(name)
