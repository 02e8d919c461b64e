"""Measures (maatregelen), their notes and requires/excludes links, and sources.

A measure is the unit of negotiation: one step Tata Steel (or another
party) takes. Its `visibility` says who may learn that the measure exists
at all; its description and each note carry their own visibility.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base, enum_type, pk_column, visibility_column
from workbench.model.enums import LinkKind, Origin, Payer, Status, Theme, Visibility


class Measure(Base):
    __tablename__ = "measure"

    id: Mapped[str] = pk_column()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    visibility: Mapped[Visibility] = visibility_column()
    description: Mapped[str] = mapped_column(Text, default="")
    description_visibility: Mapped[Visibility] = visibility_column()
    theme: Mapped[Theme] = mapped_column(enum_type(Theme), default=Theme.OTHER)
    above_statutory: Mapped[bool] = mapped_column(Boolean, default=True)
    statutory_baseline: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[Origin] = mapped_column(enum_type(Origin), default=Origin.OUR_AGENDA)
    payer: Mapped[Payer] = mapped_column(enum_type(Payer), default=Payer.UNKNOWN)
    start_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deadline_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[Status] = mapped_column(enum_type(Status), default=Status.IDEA)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)

    notes: Mapped[list[MeasureNote]] = relationship(
        back_populates="measure", order_by="MeasureNote.sort_key", passive_deletes=True
    )


class MeasureNote(Base):
    __tablename__ = "measure_note"

    id: Mapped[str] = pk_column()
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)

    measure: Mapped[Measure] = relationship(back_populates="notes")


class MeasureLink(Base):
    """`measure` requires (or excludes) `other`."""

    __tablename__ = "measure_link"
    __table_args__ = (UniqueConstraint("measure_id", "other_id", "kind"),)

    id: Mapped[str] = pk_column()
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    other_id: Mapped[str] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(enum_type(LinkKind))


class Source(Base):
    """A report, letter or dataset behind a number."""

    __tablename__ = "source"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    url: Mapped[str] = mapped_column(Text, default="")
    citation: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = visibility_column()
