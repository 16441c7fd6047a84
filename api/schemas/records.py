"""Interactions, artifacts, notes and metric samples."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import MAX_SEQUENCE, NO_NUL, Input, LongText, SequenceNumber, SmallList, UtcDateTime
from db.models.enums import (
    ArtifactType,
    InteractionType,
    NotedBy,
    NoteType,
    PromptCategory,
    ResponseMethod,
    Sentiment,
)

JsonObject = Annotated[dict[str, Any], Meta(max_length=100)]
MetricName = Annotated[str, Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]
MAX_METRIC_BATCH = 10_000
ArtifactContent = Annotated[str, Meta(min_length=1, max_length=50_000, pattern=NO_NUL)]
ArtifactTitle = Annotated[str, Meta(max_length=300, pattern=NO_NUL)]


class InteractionCreate(Input):
    interaction_type: InteractionType = InteractionType.RESPONSE
    agent_prompt: LongText | None = None
    prompt_category: PromptCategory | None = None
    person_response: LongText | None = None
    response_method: ResponseMethod | None = None
    sentiment: Sentiment | None = None
    key_themes: SmallList = []
    mentions_people: SmallList = []
    mentions_places: SmallList = []
    duration_seconds: Annotated[float, Meta(ge=0, le=86_400)] | None = None
    is_correct: bool | None = None
    response_time_ms: Annotated[int, Meta(ge=0, le=86_400_000)] | None = None
    transcript_confidence: Annotated[float, Meta(ge=0, le=1)] | None = None
    topic_id: UUID | None = None
    data: JsonObject | None = None


class InteractionOut(Struct):
    id: UUID
    session_id: UUID
    sequence: int
    interaction_type: InteractionType
    agent_prompt: str | None
    prompt_category: PromptCategory | None
    person_response: str | None
    response_method: ResponseMethod | None
    sentiment: Sentiment | None
    key_themes: list[str]
    mentions_people: list[str]
    mentions_places: list[str]
    duration_seconds: float | None
    is_correct: bool | None
    response_time_ms: int | None
    transcript_confidence: float | None
    topic_id: UUID | None
    data: dict[str, Any] | None
    created_at: datetime


class InteractionPage(Struct):
    items: list[InteractionOut]
    total: int
    limit: int
    offset: int


class ArtifactCreate(Input):
    artifact_type: ArtifactType
    content: ArtifactContent
    title: ArtifactTitle | None = None
    structured_data: JsonObject | None = None
    topic_id: UUID | None = None
    source_interaction_sequence: Annotated[int, Meta(ge=1, le=MAX_SEQUENCE)] | None = None
    is_provisional: bool = True
    is_approved: bool = False
    included_in_synthesis: bool = False


class ArtifactUpdate(Input):
    title: ArtifactTitle | UnsetType | None = UNSET
    content: ArtifactContent | UnsetType = UNSET
    structured_data: JsonObject | UnsetType | None = UNSET
    is_provisional: bool | UnsetType = UNSET
    is_approved: bool | UnsetType = UNSET
    included_in_synthesis: bool | UnsetType = UNSET


class ArtifactOut(Struct):
    id: UUID
    session_id: UUID
    artifact_type: ArtifactType
    title: str | None
    content: str
    structured_data: dict[str, Any] | None
    topic_id: UUID | None
    source_interaction_sequence: int | None
    is_provisional: bool
    is_approved: bool
    approved_at: datetime | None
    included_in_synthesis: bool
    created_at: datetime
    updated_at: datetime


class ArtifactPage(Struct):
    items: list[ArtifactOut]
    total: int
    limit: int
    offset: int


class NoteCreate(Input):
    content: Annotated[str, Meta(min_length=1, max_length=20_000, pattern=NO_NUL)]
    note_type: NoteType = NoteType.OBSERVATION
    noted_at_interaction_sequence: SequenceNumber | None = None
    is_important: bool = False
    requires_followup: bool = False
    noted_by: NotedBy = NotedBy.USER


class NoteOut(Struct):
    id: UUID
    session_id: UUID
    note_type: NoteType
    content: str
    noted_at_interaction_sequence: int | None
    is_important: bool
    requires_followup: bool
    noted_by: NotedBy
    created_at: datetime


class NotePage(Struct):
    items: list[NoteOut]
    total: int
    limit: int
    offset: int


class MetricSampleIn(Input):
    name: MetricName
    value: Annotated[float, Meta(ge=-1e12, le=1e12)]
    recorded_at: UtcDateTime
    data: JsonObject | None = None


class MetricBatch(Input):
    samples: Annotated[list[MetricSampleIn], Meta(min_length=1, max_length=MAX_METRIC_BATCH)]


class MetricIngestResult(Struct):
    accepted: int


class MetricPoint(Struct):
    name: str
    recorded_at: datetime
    value: float
    data: dict[str, Any] | None


class MetricBucket(Struct):
    name: str
    bucket_start: datetime
    count: int
    mean: float
    min: float
    max: float


class MetricAggregate(Struct):
    name: str
    count: int
    mean: float
    min: float
    max: float
    final: float | None
    final_at: datetime | None


class MetricSeries(Struct):
    points: list[MetricPoint] | None
    buckets: list[MetricBucket] | None
    aggregates: list[MetricAggregate]
