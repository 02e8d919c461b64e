"""Project-wide rows: the project's own settings and the audit log.

The audit log is written in the same transaction as every change it
records (who, when, which entity and field, old and new value as JSON).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, pk_column


class ProjectOption(Base):
    """A per-project setting (title, language, team name, position text, ...)."""

    __tablename__ = "project_option"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[str] = pk_column()
    # Monotonic order within the file; timestamps can tie or go backwards.
    seq: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64), default="")
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
