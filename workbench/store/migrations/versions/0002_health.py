"""Health inputs: populations, exposure and emission changes, parameter overrides

Revision ID: 0002_health
Revises: 0001_baseline
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_health"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_parameter",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_parameter")),
        sa.UniqueConstraint("key", name=op.f("uq_health_parameter_key")),
    )
    op.create_table(
        "population",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("baseline_mortality", sa.Float(), nullable=False),
        sa.Column("chronic_bronchitis_incidence", sa.Float(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_population")),
        sa.UniqueConstraint("key", name=op.f("uq_population_key")),
    )
    op.create_table(
        "emission_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column(
            "substance",
            sa.Enum(
                "pm25",
                "pm10",
                "nox",
                "so2",
                "nh3",
                "bap",
                "lead",
                "co2",
                name="substance",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("best", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_emission_change_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emission_change")),
    )
    with op.batch_alter_table("emission_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_emission_change_measure_id"), ["measure_id"], unique=False
        )

    op.create_table(
        "exposure_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("population_id", sa.String(length=36), nullable=False),
        sa.Column(
            "agent",
            sa.Enum(
                "pm25",
                "pm10",
                "no2",
                "bap",
                "lden",
                "lnight",
                name="exposureagent",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("best", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("tonal", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_exposure_change_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["population_id"],
            ["population.id"],
            name=op.f("fk_exposure_change_population_id_population"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exposure_change")),
    )
    with op.batch_alter_table("exposure_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exposure_change_measure_id"), ["measure_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exposure_change_population_id"), ["population_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("exposure_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exposure_change_population_id"))
        batch_op.drop_index(batch_op.f("ix_exposure_change_measure_id"))

    op.drop_table("exposure_change")
    with op.batch_alter_table("emission_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emission_change_measure_id"))

    op.drop_table("emission_change")
    op.drop_table("population")
    op.drop_table("health_parameter")
