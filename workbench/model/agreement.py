"""Packages, draft versions of the agreement with per-measure terms, and meetings.

These are the negotiation's artefacts: what is on the table (packages),
what the text of the agreement says in each version (drafts and their
terms), and where it was discussed (meetings with parties, notes,
decisions, action items and the measures they touched).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, pk_column, visibility_column
from workbench.model.enums import Visibility


class Package(Base):
    __tablename__ = "package"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    visibility: Mapped[Visibility] = visibility_column()
    description: Mapped[str] = mapped_column(Text, default="")
    description_visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class PackageMember(Base):
    __tablename__ = "package_member"
    __table_args__ = (UniqueConstraint("package_id", "measure_id"),)

    id: Mapped[str] = pk_column()
    package_id: Mapped[str] = mapped_column(
        ForeignKey("package.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )


class Draft(Base):
    """A version of the agreement text (conceptversie)."""

    __tablename__ = "draft"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    visibility: Mapped[Visibility] = visibility_column()
    description: Mapped[str] = mapped_column(Text, default="")
    description_visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
    # An imported version (workbench.drafts): who sent it and the file it came from.
    # Its clauses (model.draft_text) are written once and never edited.
    received_from: Mapped[str] = mapped_column(String(200), default="")
    source_name: Mapped[str] = mapped_column(String(260), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")


class DraftTerm(Base):
    """A measure as it stands in one draft: clause, target, deadline, wording."""

    __tablename__ = "draft_term"
    __table_args__ = (UniqueConstraint("draft_id", "measure_id"),)

    id: Mapped[str] = pk_column()
    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    clause: Mapped[str] = mapped_column(String(64), default="")
    target: Mapped[str] = mapped_column(Text, default="")
    deadline_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wording: Mapped[str] = mapped_column(Text, default="")
    wording_visibility: Mapped[Visibility] = visibility_column()
    comment: Mapped[str] = mapped_column(Text, default="")
    comment_visibility: Mapped[Visibility] = visibility_column()


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[str] = pk_column()
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(200), default="")
    # plenary, bilateral, technical, internal, other (workbench.model.record.MeetingKind)
    kind: Mapped[str] = mapped_column(String(24), default="plenary")
    # our delegation: the team members present, as the team writes them
    delegation: Mapped[str] = mapped_column(String(500), default="")
    visibility: Mapped[Visibility] = visibility_column()
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_visibility: Mapped[Visibility] = visibility_column()
    decisions: Mapped[str] = mapped_column(Text, default="")
    decisions_visibility: Mapped[Visibility] = visibility_column()


class MeetingParty(Base):
    __tablename__ = "meeting_party"
    __table_args__ = (UniqueConstraint("meeting_id", "stakeholder_id"),)

    id: Mapped[str] = pk_column()
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )


class MeetingMeasure(Base):
    __tablename__ = "meeting_measure"
    __table_args__ = (UniqueConstraint("meeting_id", "measure_id"),)

    id: Mapped[str] = pk_column()
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[str] = pk_column()
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
