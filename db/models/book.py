"""The storyteller's own edits to the book of a life: a row per chapter they changed (moving one
numbers them all, so the order they see is the order kept; ``db/services/book.py``)."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, Timestamps, UUIDKey


class BookChapter(UUIDKey, Timestamps, Base):
    """A chapter is a life event (topic) of a person; without a row here it takes its defaults
    (ordered by when it happened, titled by the topic, written from approved artifacts)."""

    __tablename__ = "book_chapter"
    __table_args__ = (UniqueConstraint("person_id", "topic_id"),)

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("person.id", ondelete="CASCADE"))
    topic_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("topic.id", ondelete="CASCADE"))
    position: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    excluded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
