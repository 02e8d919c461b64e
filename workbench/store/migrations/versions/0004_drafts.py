"""Draft agreements as documents: clauses, comments, measure-clause links

Revision ID: 0004_drafts
Revises: 0003_visibility

A draft version gets who sent it and the file it came from (name and
SHA-256); existing drafts keep empty values. New tables: `draft_clause`
(the clause tree of an imported version, each clause with its printed label
and a stable clause id), `draft_comment` (the team's comments beside a
version, with a visibility) and `clause_link` (a measure linked to a
clause's stable id: implements, weakens or mentions, with the quoted span
and a visibility).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_drafts"
down_revision = "0003_visibility"
branch_labels = None
depends_on = None


def _visibility() -> sa.Enum:
    return sa.Enum(
        "public", "partners", "internal", name="visibility", native_enum=False, length=24
    )


_DRAFT_COLUMNS = (
    ("received_from", sa.String(length=200)),
    ("source_name", sa.String(length=260)),
    ("source_sha256", sa.String(length=64)),
)


def upgrade() -> None:
    for name, type_ in _DRAFT_COLUMNS:
        # Filled for existing rows by the server default, which batch mode then drops.
        op.add_column("draft", sa.Column(name, type_, nullable=False, server_default=""))
    with op.batch_alter_table("draft", schema=None) as batch_op:
        for name, type_ in _DRAFT_COLUMNS:
            batch_op.alter_column(name, existing_type=type_, server_default=None)

    op.create_table(
        "draft_clause",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("clause_id", sa.String(length=36), nullable=False),
        sa.Column("parent_clause_id", sa.String(length=36), nullable=True),
        sa.Column(
            "level",
            sa.Enum(
                "hoofdstuk", "paragraaf", "artikel", "lid", "onderdeel", "text",
                name="clauselevel", native_enum=False, length=24,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("path", sa.String(length=200), nullable=False),
        sa.Column("heading", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"],
            name=op.f("fk_draft_clause_draft_id_draft"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_clause")),
    )
    with op.batch_alter_table("draft_clause", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_clause_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_draft_clause_clause_id"), ["clause_id"], unique=False)

    op.create_table(
        "draft_comment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("clause_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("visibility", _visibility(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"],
            name=op.f("fk_draft_comment_draft_id_draft"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_comment")),
    )
    with op.batch_alter_table("draft_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_comment_draft_id"), ["draft_id"], unique=False)

    op.create_table(
        "clause_link",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("clause_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "implements", "weakens", "mentions",
                name="clauselinkkind", native_enum=False, length=24,
            ),
            nullable=False,
        ),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("visibility", _visibility(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"],
            name=op.f("fk_clause_link_measure_id_measure"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause_link")),
    )
    with op.batch_alter_table("clause_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clause_link_measure_id"), ["measure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clause_link_clause_id"), ["clause_id"], unique=False)


def downgrade() -> None:
    op.drop_table("clause_link")
    op.drop_table("draft_comment")
    op.drop_table("draft_clause")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        for name, _type in reversed(_DRAFT_COLUMNS):
            batch_op.drop_column(name)
