"""Health inputs of a project: population groups, exposure and emission changes,
and the project's overrides of the health calculator's sourced parameters.

Defaults of every coefficient live in :mod:`workbench.health.defaults`; a row
in `health_parameter` replaces one of them for this project (value, interval
and source together), and is audited like every other change.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, enum_type, pk_column, visibility_column
from workbench.model.enums import ExposureAgent, Substance, Visibility


class Population(Base):
    __tablename__ = "population"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    # deaths per person-year
    baseline_mortality: Mapped[float] = mapped_column(Float)
    # new cases per person-year; needed only where PM10 changes
    chronic_bronchitis_incidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class ExposureChange(Base):
    """A measure's change (after minus before) of one group's exposure to one agent."""

    __tablename__ = "exposure_change"

    id: Mapped[str] = pk_column()
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    population_id: Mapped[str] = mapped_column(
        ForeignKey("population.id", ondelete="CASCADE"), index=True
    )
    agent: Mapped[ExposureAgent] = mapped_column(enum_type(ExposureAgent))
    low: Mapped[float] = mapped_column(Float)
    best: Mapped[float] = mapped_column(Float)
    high: Mapped[float] = mapped_column(Float)
    # the level before the measure; required for noise
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    tonal: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class EmissionChange(Base):
    """A measure's change of yearly emissions of one substance, tonnes per year."""

    __tablename__ = "emission_change"

    id: Mapped[str] = pk_column()
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    substance: Mapped[Substance] = mapped_column(enum_type(Substance))
    low: Mapped[float] = mapped_column(Float)
    best: Mapped[float] = mapped_column(Float)
    high: Mapped[float] = mapped_column(Float)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class HealthParameter(Base):
    """A project's override of one calculator parameter."""

    __tablename__ = "health_parameter"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[float] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float, nullable=True)
    high: Mapped[float | None] = mapped_column(Float, nullable=True)
    source: Mapped[str] = mapped_column(Text)
    # The source text may name an unpublished study or a letter.
    source_visibility: Mapped[Visibility] = visibility_column()
