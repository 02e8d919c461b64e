"""The text of a draft agreement: clauses, the team's comments, measure-clause links.

A draft version (:class:`~workbench.model.agreement.Draft`) that was imported
from a document is immutable: its clauses are written once, by the import.
Each clause has a printed *label* (which may change between versions) and a
stable *clause_id* of our own that survives renumbering (as Akoma Ntoso's
``wId`` does beside its ``eId``); the tree is kept by the parent's stable id,
so it travels through the interchange format without row ids. Comments sit
beside a version; links tie a measure to a clause's stable id, so a link
holds in every version in which the clause exists.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.model.base import Base, enum_type, pk_column, visibility_column
from workbench.model.enums import Visibility


class ClauseLevel(StrEnum):
    """Structure levels of a Dutch agreement (Aanwijzingen voor de regelgeving)."""

    HOOFDSTUK = "hoofdstuk"
    PARAGRAAF = "paragraaf"
    ARTIKEL = "artikel"
    LID = "lid"
    ONDERDEEL = "onderdeel"
    TEXT = "text"  # preamble, considerations, closing text: no number


class ClauseLinkKind(StrEnum):
    IMPLEMENTS = "implements"
    WEAKENS = "weakens"
    MENTIONS = "mentions"


class DraftClause(Base):
    """One clause of one imported draft version, in document order."""

    __tablename__ = "draft_clause"

    id: Mapped[str] = pk_column()
    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    clause_id: Mapped[str] = mapped_column(String(36), index=True)
    parent_clause_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    level: Mapped[ClauseLevel] = mapped_column(enum_type(ClauseLevel))
    label: Mapped[str] = mapped_column(String(32), default="")
    path: Mapped[str] = mapped_column(String(200), default="")
    heading: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class DraftComment(Base):
    """A team comment beside a draft version, optionally on one clause (stable id)."""

    __tablename__ = "draft_comment"

    id: Mapped[str] = pk_column()
    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    clause_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)


class ClauseLink(Base):
    """A measure in the text: the clause (stable id) that implements, weakens or mentions it."""

    __tablename__ = "clause_link"

    id: Mapped[str] = pk_column()
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    clause_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[ClauseLinkKind] = mapped_column(
        enum_type(ClauseLinkKind), default=ClauseLinkKind.IMPLEMENTS
    )
    quote: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = visibility_column()
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
