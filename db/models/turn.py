"""Idempotency records for agent turns (``Idempotency-Key`` header)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, JsonB, UUIDKey


class TurnRequest(UUIDKey, Base):
    """One keyed POST of a turn: ``running`` until it finishes, then ``done`` with its result.

    ``owner`` is the turn (its lease on the session) running it: a ``running`` key whose
    owner no longer holds the lease belongs to a turn that died, and a retry continues it.
    ``answer_id`` is the answer it stored. A key is ``replied`` when a later turn replied
    to that answer after the key's own turn died: its retry is answered from the
    transcript, and that body is kept (``done``) for later replays.
    """

    __tablename__ = "turn_request"
    __table_args__ = (UniqueConstraint("account_id", "session_id", "key"),)

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    session_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    response: Mapped[dict | None] = mapped_column(JsonB)
    owner: Mapped[uuid.UUID | None] = mapped_column(GUID(length=16))
    answer_id: Mapped[uuid.UUID | None] = mapped_column(GUID(length=16))
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
