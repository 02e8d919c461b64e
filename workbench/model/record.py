"""The negotiation record beyond meetings' own rows: commitments and marks on the audit log.

A :class:`Commitment` is a promise a named party made on a measure at a
meeting (what, by when, open/kept/broken), with a visibility like every
text. :class:`MeetingSnapshot` marks the project state (the audit sequence
and entry id) when a meeting was opened or closed, so "what changed since"
can rebuild that state. :class:`AuditOrigin` names where a range of audit
entries came from (a partner-workbook import, an undo). The two marks are
about the audit log itself, so, like the log, they are not audited
entities (not in ``ENTITIES``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, enum_type, pk_column, visibility_column
from workbench.model.enums import Visibility


class MeetingKind(StrEnum):
    PLENARY = "plenary"
    BILATERAL = "bilateral"
    TECHNICAL = "technical"
    INTERNAL = "internal"
    OTHER = "other"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class Commitment(Base):
    """A promise by a named party on a measure, made at a meeting."""

    __tablename__ = "commitment"

    id: Mapped[str] = pk_column()
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[str | None] = mapped_column(
        ForeignKey("measure.id", ondelete="SET NULL"), index=True, nullable=True
    )
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[CommitmentStatus] = mapped_column(
        enum_type(CommitmentStatus), default=CommitmentStatus.OPEN
    )
    visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class MeetingSnapshot(Base):
    """The project state when a meeting was opened (``open``) or closed (``close``)."""

    __tablename__ = "meeting_snapshot"

    id: Mapped[str] = pk_column()
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    entry: Mapped[str] = mapped_column(String(36))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(120))


class AuditOrigin(Base):
    """Audit entries ``seq_from``..``seq_to`` came from one import (or an undo of one)."""

    __tablename__ = "audit_origin"

    id: Mapped[str] = pk_column()
    seq_from: Mapped[int] = mapped_column(Integer, index=True)
    seq_to: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(260), default="")
