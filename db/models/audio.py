"""Recorded speech: what the person said, kept with the answer it became.

A clip is the uploaded file as it came (or, for live voice, the utterance as a WAV) and
points at the interaction holding its transcript. ``start``/``end`` place the speech on
the recording's timeline (the uploaded file's, or the WebSocket stream's for live voice);
the clip begins at ``offset`` on it (0 for an upload). Deleting the session, or the
interaction, deletes its audio.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, UUIDKey


class AudioClip(UUIDKey, Base):
    __tablename__ = "audio_clip"
    __table_args__ = (Index("ix_audio_clip_session_created", "session_id", "created_at"),)

    session_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("session.id", ondelete="CASCADE"))
    interaction_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("interaction.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(10))  # upload | stream
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    duration_seconds: Mapped[float] = mapped_column(Float)
    offset_seconds: Mapped[float] = mapped_column(Float)  # where the clip begins on the recording's timeline
    start_seconds: Mapped[float] = mapped_column(Float)
    end_seconds: Mapped[float] = mapped_column(Float)
    audio: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
