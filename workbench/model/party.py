"""Stakeholders (partijen), their dated positions, and weight profiles.

Positions keep history: a new stance is a new row; the current position of
a party on a measure is the row with the latest (date, recorded_at). A
weight profile may estimate a party's view (`stakeholder_id`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, enum_type, pk_column, visibility_column
from workbench.model.enums import Priority, StakeholderKind, Visibility, WeightMethod


class Stakeholder(Base):
    __tablename__ = "stakeholder"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[StakeholderKind] = mapped_column(
        enum_type(StakeholderKind), default=StakeholderKind.OTHER
    )
    # Who may learn that the team tracks this party at all (its name, kind and
    # every row about it); a party followed quietly stays `internal`.
    visibility: Mapped[Visibility] = visibility_column()
    # A coalition partner receives `partners` exports.
    coalition: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class Position(Base):
    __tablename__ = "position"

    id: Mapped[str] = pk_column()
    stakeholder_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    stance: Mapped[int] = mapped_column(Integer)
    priority: Mapped[Priority | None] = mapped_column(enum_type(Priority), nullable=True)
    red_line: Mapped[bool] = mapped_column(Boolean, default=False)
    conditions: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = visibility_column()
    date: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class WeightProfile(Base):
    __tablename__ = "weight_profile"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    stakeholder_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    method: Mapped[WeightMethod] = mapped_column(
        enum_type(WeightMethod), default=WeightMethod.DIRECT
    )
    # The elicitation inputs (swing points, rank order, AHP matrix).
    elicitation: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class Weight(Base):
    __tablename__ = "weight"
    __table_args__ = (UniqueConstraint("profile_id", "criterion_id"),)

    id: Mapped[str] = pk_column()
    profile_id: Mapped[str] = mapped_column(
        ForeignKey("weight_profile.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    weight: Mapped[float] = mapped_column(Float)
