"""Baseline schema: the whole vocabulary of DESIGN.md

Revision ID: 0001_baseline
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_seq"), ["seq"], unique=False)

    op.create_table(
        "criterion",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "health",
                "cost",
                "feasibility",
                "other",
                name="criterionkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "higher_is_better",
                "lower_is_better",
                name="direction",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("scale", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("computed", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("key", name=op.f("uq_criterion_key")),
    )
    op.create_table(
        "draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "description_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
        sa.UniqueConstraint("key", name=op.f("uq_draft_key")),
    )
    op.create_table(
        "measure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "description_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "theme",
            sa.Enum(
                "dust",
                "pah",
                "metals",
                "nox",
                "noise",
                "odour",
                "co2",
                "monitoring",
                "other",
                name="theme",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("above_statutory", sa.Boolean(), nullable=False),
        sa.Column("statutory_baseline", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum(
                "jloi",
                "company_offer",
                "our_agenda",
                "expert_advice",
                "ger",
                name="origin",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "payer",
            sa.Enum(
                "company",
                "state",
                "province",
                "municipalities",
                "shared",
                "eu",
                "unknown",
                name="payer",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("deadline_year", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "proposed",
                "in_draft",
                "agreed",
                "rejected",
                "parked",
                name="status",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
        sa.UniqueConstraint("code", name=op.f("uq_measure_code")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "notes_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column(
            "decisions_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("key", name=op.f("uq_meeting_key")),
    )
    op.create_table(
        "package",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "description_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package")),
        sa.UniqueConstraint("key", name=op.f("uq_package_key")),
    )
    op.create_table(
        "project_option",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_project_option")),
    )
    op.create_table(
        "source",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
        sa.UniqueConstraint("key", name=op.f("uq_source_key")),
    )
    op.create_table(
        "stakeholder",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "government",
                "municipality",
                "company",
                "health",
                "union",
                "residents",
                "ngo",
                "other",
                name="stakeholderkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("coalition", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "notes_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
        sa.UniqueConstraint("key", name=op.f("uq_stakeholder_key")),
    )
    op.create_table(
        "action_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_id", sa.String(length=36), nullable=False),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("best", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("source_id", sa.String(length=36), nullable=True),
        sa.Column(
            "confidence",
            sa.Enum("low", "medium", "high", name="confidence", native_enum=False, length=24),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_assessment_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_assessment_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_assessment_source_id_source"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint(
            "measure_id", "criterion_id", name=op.f("uq_assessment_measure_id_criterion_id")
        ),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "draft_term",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("clause", sa.String(length=64), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("deadline_year", sa.Integer(), nullable=True),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column(
            "wording_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column(
            "comment_visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["draft_id"],
            ["draft.id"],
            name=op.f("fk_draft_term_draft_id_draft"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_draft_term_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_term")),
        sa.UniqueConstraint(
            "draft_id", "measure_id", name=op.f("uq_draft_term_draft_id_measure_id")
        ),
    )
    with op.batch_alter_table("draft_term", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_term_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_draft_term_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "measure_link",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("requires", "excludes", name="linkkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_link_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["measure.id"],
            name=op.f("fk_measure_link_other_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_link")),
        sa.UniqueConstraint(
            "measure_id", "other_id", "kind", name=op.f("uq_measure_link_measure_id_other_id_kind")
        ),
    )
    with op.batch_alter_table("measure_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measure_link_measure_id"), ["measure_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_measure_link_other_id"), ["other_id"], unique=False)

    op.create_table(
        "measure_note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_note_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_note")),
    )
    with op.batch_alter_table("measure_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measure_note_measure_id"), ["measure_id"], unique=False
        )

    op.create_table(
        "meeting_measure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_meeting_measure_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_measure_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_measure")),
        sa.UniqueConstraint(
            "meeting_id", "measure_id", name=op.f("uq_meeting_measure_meeting_id_measure_id")
        ),
    )
    with op.batch_alter_table("meeting_measure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_measure_measure_id"), ["measure_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_measure_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_party",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_party_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_meeting_party_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_party")),
        sa.UniqueConstraint(
            "meeting_id", "stakeholder_id", name=op.f("uq_meeting_party_meeting_id_stakeholder_id")
        ),
    )
    with op.batch_alter_table("meeting_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_party_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_party_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "package_member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_package_member_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["package.id"],
            name=op.f("fk_package_member_package_id_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_member")),
        sa.UniqueConstraint(
            "package_id", "measure_id", name=op.f("uq_package_member_package_id_measure_id")
        ),
    )
    with op.batch_alter_table("package_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_package_member_measure_id"), ["measure_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_package_member_package_id"), ["package_id"], unique=False
        )

    op.create_table(
        "position",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("stance", sa.Integer(), nullable=False),
        sa.Column(
            "priority",
            sa.Enum("low", "medium", "high", name="priority", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("red_line", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_position_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_position_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
    )
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_position_measure_id"), ["measure_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_position_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "weight_profile",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=True),
        sa.Column(
            "method",
            sa.Enum(
                "direct", "swing", "roc", "ahp", name="weightmethod", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("elicitation", sa.JSON(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "public", "partners", "internal", name="visibility", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_weight_profile_stakeholder_id_stakeholder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight_profile")),
        sa.UniqueConstraint("key", name=op.f("uq_weight_profile_key")),
    )
    op.create_table(
        "weight",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_id", sa.String(length=36), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_weight_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["weight_profile.id"],
            name=op.f("fk_weight_profile_id_weight_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight")),
        sa.UniqueConstraint(
            "profile_id", "criterion_id", name=op.f("uq_weight_profile_id_criterion_id")
        ),
    )
    with op.batch_alter_table("weight", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weight_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_weight_profile_id"), ["profile_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("weight", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weight_profile_id"))
        batch_op.drop_index(batch_op.f("ix_weight_criterion_id"))

    op.drop_table("weight")
    op.drop_table("weight_profile")
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_position_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_position_measure_id"))

    op.drop_table("position")
    with op.batch_alter_table("package_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_package_member_package_id"))
        batch_op.drop_index(batch_op.f("ix_package_member_measure_id"))

    op.drop_table("package_member")
    with op.batch_alter_table("meeting_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_party_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_party_meeting_id"))

    op.drop_table("meeting_party")
    with op.batch_alter_table("meeting_measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_measure_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_measure_measure_id"))

    op.drop_table("meeting_measure")
    with op.batch_alter_table("measure_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_note_measure_id"))

    op.drop_table("measure_note")
    with op.batch_alter_table("measure_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_link_other_id"))
        batch_op.drop_index(batch_op.f("ix_measure_link_measure_id"))

    op.drop_table("measure_link")
    with op.batch_alter_table("draft_term", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_term_measure_id"))
        batch_op.drop_index(batch_op.f("ix_draft_term_draft_id"))

    op.drop_table("draft_term")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_measure_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_criterion_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))

    op.drop_table("action_item")
    op.drop_table("stakeholder")
    op.drop_table("source")
    op.drop_table("project_option")
    op.drop_table("package")
    op.drop_table("meeting")
    op.drop_table("measure")
    op.drop_table("draft")
    op.drop_table("criterion")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_seq"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))

    op.drop_table("audit_entry")
