"""The conversation: a turn request and what a turn produced."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

from msgspec import Meta, Struct

from api.schemas.common import NO_NUL, Input
from api.schemas.records import ArtifactOut, InteractionOut, NoteOut
from db.models.enums import SessionStatus

MAX_TURN_CHARS = 10_000


class TurnRequest(Input):
    """The person's answer (``text``), or ``skip: true`` to pass on the question."""

    text: Annotated[str, Meta(min_length=1, max_length=MAX_TURN_CHARS, pattern=NO_NUL)] | None = None
    skip: bool = False
    method: Literal["text", "voice"] = "text"


class IndicatorChange(Struct):
    which: Literal["success", "completion"]
    index: int
    text: str
    met: bool
    evidence: str | None
    met_at: str | None


class TurnResult(Struct):
    session_id: UUID
    status: SessionStatus
    version: int
    started: bool  # this turn started a scheduled session
    reply: str
    interactions: list[InteractionOut]  # the person's answer (if any), then the agent's next prompt
    artifacts: list[ArtifactOut]
    notes: list[NoteOut]
    indicators: list[IndicatorChange]
    items: list[dict[str, Any]]
    topics_linked: list[UUID]
    proposed_end: str | None
    followup_session_id: UUID | None
    timings: dict[str, Any]
