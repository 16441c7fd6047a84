"""Tenants and their bearer tokens (only a SHA-256 of each token is stored)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, Timestamps, UUIDKey


class Account(UUIDKey, Timestamps, Base):
    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class ApiToken(UUIDKey, Base):
    __tablename__ = "api_token"

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
