"""Criteria (with their fixed value-function scale) and assessments.

A criterion's `scale` is a JSON object: ``{"type": "linear", "worst": x,
"best": y}``, ``{"type": "piecewise", "points": [[x, v], ...]}`` or
``{"type": "levels", "levels": [{"label": l, "value": v}, ...]}``. An
assessment stores low/best/high on the criterion's own unit (for a levels
criterion: the level's value). A missing assessment is a missing row,
never a zero.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, enum_type, pk_column, visibility_column
from workbench.model.enums import Confidence, CriterionKind, Direction, Visibility


class Criterion(Base):
    __tablename__ = "criterion"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CriterionKind] = mapped_column(
        enum_type(CriterionKind), default=CriterionKind.OTHER
    )
    unit: Mapped[str] = mapped_column(String(64), default="")
    direction: Mapped[Direction] = mapped_column(
        enum_type(Direction), default=Direction.HIGHER_IS_BETTER
    )
    scale: Mapped[dict[str, Any]] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text, default="")
    # A health criterion may be computed by the health calculator.
    computed: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class Assessment(Base):
    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("measure_id", "criterion_id"),)

    id: Mapped[str] = pk_column()
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    low: Mapped[float] = mapped_column(Float)
    best: Mapped[float] = mapped_column(Float)
    high: Mapped[float] = mapped_column(Float)
    rationale: Mapped[str] = mapped_column(Text, default="")
    # The visibility of the rationale; the numbers go where the measure goes.
    visibility: Mapped[Visibility] = visibility_column()
    source_id: Mapped[str | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), nullable=True
    )
    confidence: Mapped[Confidence | None] = mapped_column(enum_type(Confidence), nullable=True)
