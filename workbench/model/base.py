"""Declarative base and the column conventions every entity shares.

Primary keys are UUID strings generated in Python, so that rows keep their
identity across dumps, undo and (later) merging laptop copies; the keys a
user sees (measure codes, criterion keys) are separate unique columns.
Enumerations are stored as their string values.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.model.enums import Visibility

# Stable constraint names make alembic batch migrations on SQLite reliable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh primary key."""
    return str(uuid.uuid4())


# The optimistic lock of every row (schema 6): the services raise it by one with
# each update and refuse an update made against an older version, so two people
# editing the same row on a team server cannot overwrite each other unseen.
ROW_VERSION = "row_version"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """Store an enumeration as its string values (not its Python names)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def pk_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


def visibility_column(**kw: Any) -> Mapped[Visibility]:
    return mapped_column(enum_type(Visibility), default=Visibility.INTERNAL, nullable=False, **kw)
