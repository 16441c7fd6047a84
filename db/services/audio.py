"""Recorded speech: stored with the answer it became, listed and read back per session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.errors import NotFound
from db.models import AudioClip, Interaction, Person, Session, SessionTopic, Topic
from db.services.common import ScopedService

# Everything but the bytes, for listings.
CLIP_FIELDS = (
    AudioClip.id,
    AudioClip.session_id,
    AudioClip.interaction_id,
    AudioClip.source,
    AudioClip.mime_type,
    AudioClip.size_bytes,
    AudioClip.duration_seconds,
    AudioClip.offset_seconds,
    AudioClip.start_seconds,
    AudioClip.end_seconds,
    AudioClip.created_at,
)


@dataclass(frozen=True, slots=True)
class NewClip:
    """Audio to keep with an answer. ``start``/``end``: the speech on the recording's timeline
    (the upload's, or the WebSocket stream's); the clip begins at ``offset`` on it."""

    id: uuid.UUID
    source: str  # upload | stream
    mime_type: str
    audio: bytes
    duration: float
    start: float
    end: float
    offset: float = 0.0

    def reference(self) -> dict[str, Any]:
        """What the interaction's ``data["audio"]`` holds: enough to find the clip and the moment."""
        return {
            "clip_id": str(self.id),
            "source": self.source,
            "mime_type": self.mime_type,
            "offset": round(self.offset, 3),
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "duration": round(self.duration, 3),
        }


async def attach_clip(db: AsyncSession, answer: Interaction, clip: NewClip, now: datetime) -> None:
    """Store ``clip`` for ``answer`` in the caller's transaction and reference it from the answer."""
    await db.flush()  # the answer's id
    db.add(
        AudioClip(
            id=clip.id,
            session_id=answer.session_id,
            interaction_id=answer.id,
            source=clip.source,
            mime_type=clip.mime_type,
            size_bytes=len(clip.audio),
            duration_seconds=clip.duration,
            offset_seconds=clip.offset,
            start_seconds=clip.start,
            end_seconds=clip.end,
            audio=clip.audio,
            created_at=now,
        )
    )
    answer.data = {**(answer.data or {}), "audio": clip.reference()}  # a new dict: JSON changes are by value


class AudioService(ScopedService):
    async def list_clips(self, session_id: uuid.UUID) -> list[Any]:
        await self.ensure_session(session_id)
        rows = await self.db.execute(
            select(*CLIP_FIELDS, Interaction.sequence)
            .join(Interaction, Interaction.id == AudioClip.interaction_id)
            .where(AudioClip.session_id == session_id)
            .order_by(AudioClip.created_at, Interaction.sequence)
        )
        return list(rows.mappings())

    async def get_clip(self, session_id: uuid.UUID, clip_id: uuid.UUID) -> AudioClip:
        clip = await self.db.scalar(
            select(AudioClip)
            .join(Session, Session.id == AudioClip.session_id)
            .where(AudioClip.id == clip_id, AudioClip.session_id == session_id, Session.account_id == self.account_id)
        )
        if clip is None:
            raise NotFound("audio clip", clip_id)
        return clip

    async def ensure_session(self, session_id: uuid.UUID) -> str:
        """The session's status; ``NotFound`` unless it is this account's (checked before costly work)."""
        status = await self.db.scalar(
            select(Session.status).where(Session.id == session_id, Session.account_id == self.account_id)
        )
        if status is None:
            raise NotFound("session", session_id)
        return status

    async def known_names(self, session_id: uuid.UUID, limit: int = 40) -> list[str]:
        """Names the speaker is likely to say: the person, the session's topics, and the people and
        places recorded in this person's sessions (newest first), for biasing speech recognition."""
        person_id = await self.db.scalar(
            select(Session.person_id).where(Session.id == session_id, Session.account_id == self.account_id)
        )
        if person_id is None:
            return []
        names: dict[str, None] = {}
        display = await self.db.scalar(select(Person.display_name).where(Person.id == person_id))
        if display:
            names[display] = None
        topics = await self.db.scalars(
            select(Topic.title)
            .join(SessionTopic, SessionTopic.topic_id == Topic.id)
            .where(SessionTopic.session_id == session_id)
        )
        names |= dict.fromkeys(t for t in topics if t)
        mentioned = await self.db.execute(
            select(Interaction.mentions_people, Interaction.mentions_places)
            .join(Session, Session.id == Interaction.session_id)
            .where(Session.person_id == person_id, Session.account_id == self.account_id)
            .order_by(Interaction.created_at.desc())
            .limit(200)
        )
        for people, places in mentioned:
            names |= dict.fromkeys(n for n in [*(people or []), *(places or [])] if isinstance(n, str) and n.strip())
        return list(names)[:limit]

    async def latest_prompt(self, session_id: uuid.UUID) -> str | None:
        """The interviewer's last question (what a voice client shows while listening)."""
        return await self.db.scalar(
            select(Interaction.agent_prompt)
            .join(Session, Session.id == Interaction.session_id)
            .where(
                Interaction.session_id == session_id,
                Session.account_id == self.account_id,
                Interaction.agent_prompt.is_not(None),
            )
            .order_by(Interaction.sequence.desc())
            .limit(1)
        )
