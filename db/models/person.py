"""People (storytellers, learners, musicians) and the topic tree sessions are about."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, JsonB, Timestamps, UUIDKey


class Person(UUIDKey, Timestamps, Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_account_created", "account_id", "created_at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    display_name: Mapped[str] = mapped_column(String(200))
    # What the person likes to be called ("Henk"), set by the family or learned from their own words;
    # when set it is what the interviewer says instead of a name read from ``display_name``.
    called: Mapped[str | None] = mapped_column(String(80))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(35), default="en")
    notes: Mapped[str | None] = mapped_column(Text)


class Topic(UUIDKey, Timestamps, Base):
    """A node of a person's topic tree: a life event, a goal or a subject."""

    __tablename__ = "topic"
    __table_args__ = (Index("ix_topic_person_kind", "person_id", "kind"),)

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("person.id", ondelete="CASCADE"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(length=16), ForeignKey("topic.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    data: Mapped[dict | None] = mapped_column(JsonB)
