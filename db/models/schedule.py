"""Recurring plans (series), reminders before a session, and per-person calendar feeds."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, Timestamps, UUIDKey, json_list


class Series(UUIDKey, Timestamps, Base):
    """An RFC 5545 RRULE expanded in local wall time (``start`` in ``timezone``).

    Occurrences become scheduled sessions a window ahead (``materialised_until``); the
    worker extends the window again at ``next_materialise_at``.
    """

    __tablename__ = "series"
    __table_args__ = (
        Index("ix_series_account_created", "account_id", "created_at"),
        Index("ix_series_status_next", "status", "next_materialise_at"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    person_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(length=16), ForeignKey("session_template.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(20))
    intention: Mapped[str | None] = mapped_column(Text)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    rrule: Mapped[str] = mapped_column(String(500))  # without DTSTART, COUNT and UNTIL (own columns)
    start_local: Mapped[str] = mapped_column(String(19))  # wall time, "YYYY-MM-DDTHH:MM:SS"
    timezone: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    count: Mapped[int | None] = mapped_column(Integer)
    reminders: Mapped[list[int]] = json_list()  # minutes before each occurrence
    exdates: Mapped[list[str]] = json_list()  # skipped occurrences not materialised yet (UTC ISO)
    status: Mapped[str] = mapped_column(String(10), default="active")
    ended_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    materialised_until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    next_materialise_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


_PENDING = text("fired_at IS NULL")


class Reminder(UUIDKey, Base):
    """One "N minutes before" of one session; fires at most once per scheduled time."""

    __tablename__ = "reminder"
    __table_args__ = (
        UniqueConstraint("session_id", "offset_minutes"),
        Index("ix_reminder_pending_due", "due_at", sqlite_where=_PENDING, postgresql_where=_PENDING),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("session.id", ondelete="CASCADE"))
    offset_minutes: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))  # None: no scheduled_at yet
    status: Mapped[str] = mapped_column(String(10), default="pending")
    fired_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))


class CalendarFeed(Base):
    """The secret iCalendar feed URL of a person (only a SHA-256 of its token is kept)."""

    __tablename__ = "calendar_feed"

    person_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
