"""Declarative base and the column types shared by every table.

advanced-alchemy supplies the portable types: ``GUID`` (native UUID on PostgreSQL,
16 bytes elsewhere), ``DateTimeUTC`` (always timezone-aware UTC, also on SQLite) and
``JsonB`` (JSONB on PostgreSQL, JSON on SQLite). Its registry also brings a naming
convention for constraints, which keeps Alembic migrations deterministic.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from advanced_alchemy.base import create_registry
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

orm_registry = create_registry()


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    registry = orm_registry
    metadata = orm_registry.metadata
    __abstract__ = True


class UUIDKey:
    id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), primary_key=True, default=uuid.uuid4, sort_order=-100)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), default=utcnow, sort_order=1000)
    updated_at: Mapped[datetime] = mapped_column(
        DateTimeUTC(timezone=True), default=utcnow, onupdate=utcnow, sort_order=1001
    )


def json_list() -> Any:
    """A JSON array column that is never NULL."""
    return mapped_column(JsonB, default=list, nullable=False)


__all__ = ["GUID", "Base", "DateTimeUTC", "JsonB", "Timestamps", "UUIDKey", "json_list", "utcnow"]
