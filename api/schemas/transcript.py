"""A session's transcript export (JSON; the Markdown form says the same)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from msgspec import Struct

from db.models.enums import InteractionType, PromptCategory, ResponseMethod, SessionKind, SessionStatus


class TranscriptEntry(Struct):
    sequence: int
    interaction_type: InteractionType
    prompt_category: PromptCategory | None
    agent_prompt: str | None
    person_response: str | None
    response_method: ResponseMethod | None
    transcript_confidence: float | None
    duration_seconds: float | None
    created_at: datetime
    is_private: bool = False  # kept here, left out of artifacts, summaries, the book and webhooks


class TranscriptOut(Struct):
    session_id: UUID
    name: str
    kind: SessionKind
    status: SessionStatus
    person_id: UUID
    person_name: str
    intention: str | None
    started_at: datetime | None
    ended_at: datetime | None
    entries: list[TranscriptEntry]
