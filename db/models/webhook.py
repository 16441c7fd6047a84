"""The transactional outbox (``event``), webhook subscriptions and their deliveries."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, JsonB, Timestamps, UUIDKey, json_list

_UNDISPATCHED = text("dispatched_at IS NULL")
_PENDING = text("status = 'pending'")


class Event(UUIDKey, Base):
    """Something that happened, written in the same transaction as the change itself.

    The worker fans each event out into one delivery per subscribed webhook and sets
    ``dispatched_at``; a rolled-back change leaves no event behind.
    """

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_account_created", "account_id", "created_at"),
        Index("ix_event_undispatched", "created_at", sqlite_where=_UNDISPATCHED, postgresql_where=_UNDISPATCHED),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(40))
    session_id: Mapped[uuid.UUID | None] = mapped_column(GUID(length=16))  # kept after the session is deleted
    payload: Mapped[dict] = mapped_column(JsonB)
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class Webhook(UUIDKey, Timestamps, Base):
    __tablename__ = "webhook"
    __table_args__ = (Index("ix_webhook_account_created", "account_id", "created_at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2000))
    events: Mapped[list[str]] = json_list()
    secret: Mapped[str] = mapped_column(String(200))  # the HMAC key: needed in clear to sign
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class Delivery(UUIDKey, Base):
    """One event to one webhook: attempts with backoff until a 2xx or the last attempt.

    A worker claims a due delivery with a lease (``claimed_by``/``lease_until``) before
    the HTTP call; a crashed worker's lease expires and another worker retries.
    """

    __tablename__ = "delivery"
    __table_args__ = (
        Index("ix_delivery_webhook_created", "webhook_id", "created_at"),
        Index("ix_delivery_pending_due", "next_attempt_at", sqlite_where=_PENDING, postgresql_where=_PENDING),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    webhook_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("webhook.id", ondelete="CASCADE"))
    event_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("event.id", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(500))
    # [{"attempt", "at", "status_code", "error", "duration_ms", "worker"}], one per attempt.
    attempt_log: Mapped[list[dict]] = json_list()
    redelivery_of: Mapped[uuid.UUID | None] = mapped_column(GUID(length=16))
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
