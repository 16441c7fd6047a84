"""Interactions, artifacts, notes and metric samples."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar
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
# A title names the artifact for the person who keeps it: 1 to 300 characters, not only spaces.
ArtifactTitle = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=300,
        pattern=r"^\s*[^\s\x00][^\x00]*$",
        description="1 to 300 characters, not only spaces",
    ),
]
PrivateFlag = Annotated[
    bool,
    Meta(
        description="A private answer stays in the transcript and out of artifacts (those made from it are deleted), "
        "summaries, the book and webhook payloads; it can be set after the session closed"
    ),
]
Seconds = Annotated[float, Meta(ge=0, le=86_400)]
Milliseconds = Annotated[int, Meta(ge=0, le=86_400_000)]


def _seed(number: str, field: str) -> Any:
    return Meta(description=f"Seed {number}'s name for `{field}` (see the README's mapping table)")


# Seed 003 names a session's life event ``life_event_id`` and the storyteller's words
# ``storyteller_response``.
_INTERACTION_SPELLINGS = {"life_event_id": "topic_id", "storyteller_response": "person_response"}


class InteractionCreate(Input):
    """``interaction_sequence`` (seed 003 numbers interactions on the client) is optional; the
    server numbers them, and a number sent must be the next one (409 otherwise)."""

    spellings: ClassVar[dict[str, str]] = _INTERACTION_SPELLINGS

    interaction_type: InteractionType = InteractionType.RESPONSE
    agent_prompt: LongText | None = None
    prompt_category: PromptCategory | None = None
    person_response: LongText | None = None
    response_method: ResponseMethod | None = None
    sentiment: Sentiment | None = None
    key_themes: SmallList = []
    mentions_people: SmallList = []
    mentions_places: SmallList = []
    duration_seconds: Seconds | None = None
    is_correct: bool | None = None
    response_time_ms: Milliseconds | None = None
    transcript_confidence: Annotated[float, Meta(ge=0, le=1)] | None = None
    topic_id: UUID | None = None
    data: JsonObject | None = None
    interaction_sequence: Annotated[int, Meta(ge=1, le=MAX_SEQUENCE)] | UnsetType = UNSET
    life_event_id: Annotated[UUID, _seed("003", "topic_id")] | UnsetType | None = UNSET
    storyteller_response: Annotated[LongText, _seed("003", "person_response")] | UnsetType | None = UNSET


class InteractionUpdate(Input):
    """What became known after the prompt was stored: the answer and what was read from it."""

    spellings: ClassVar[dict[str, str]] = _INTERACTION_SPELLINGS

    person_response: LongText | UnsetType | None = UNSET
    response_method: ResponseMethod | UnsetType | None = UNSET
    prompt_category: PromptCategory | UnsetType | None = UNSET
    sentiment: Sentiment | UnsetType | None = UNSET
    key_themes: SmallList | UnsetType = UNSET
    mentions_people: SmallList | UnsetType = UNSET
    mentions_places: SmallList | UnsetType = UNSET
    duration_seconds: Seconds | UnsetType | None = UNSET
    is_correct: bool | UnsetType | None = UNSET
    response_time_ms: Milliseconds | UnsetType | None = UNSET
    topic_id: UUID | UnsetType | None = UNSET
    data: JsonObject | UnsetType = UNSET
    is_private: PrivateFlag | UnsetType = UNSET
    life_event_id: Annotated[UUID, _seed("003", "topic_id")] | UnsetType | None = UNSET
    storyteller_response: Annotated[LongText, _seed("003", "person_response")] | UnsetType | None = UNSET


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
    is_private: bool = False


class InteractionPage(Struct):
    items: list[InteractionOut]
    total: int
    limit: int
    offset: int


class ArtifactCreate(Input):
    spellings: ClassVar[dict[str, str]] = {"artifact_name": "title", "life_event_id": "topic_id"}

    artifact_type: ArtifactType
    content: ArtifactContent
    title: ArtifactTitle | None = None
    structured_data: JsonObject | None = None
    topic_id: UUID | None = None
    source_interaction_sequence: Annotated[int, Meta(ge=1, le=MAX_SEQUENCE)] | None = None
    is_provisional: bool = True
    is_approved: bool = False
    included_in_synthesis: bool = False
    artifact_name: Annotated[ArtifactTitle, _seed("003", "title")] | UnsetType | None = UNSET
    life_event_id: Annotated[UUID, _seed("003", "topic_id")] | UnsetType | None = UNSET


class ArtifactUpdate(Input):
    spellings: ClassVar[dict[str, str]] = {"artifact_name": "title"}

    title: ArtifactTitle | UnsetType = UNSET
    content: ArtifactContent | UnsetType = UNSET
    structured_data: JsonObject | UnsetType | None = UNSET
    is_provisional: bool | UnsetType = UNSET
    is_approved: bool | UnsetType = UNSET
    included_in_synthesis: bool | UnsetType = UNSET
    artifact_name: Annotated[ArtifactTitle, _seed("003", "title")] | UnsetType = UNSET


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


NoteText = Annotated[str, Meta(min_length=1, max_length=20_000, pattern=NO_NUL)]


class NoteCreate(Input):
    """A note; the server stamps its time (``created_at``, and ``stamp``: ``[HH:MM]`` in the
    person's time zone, as seed 004 writes notes)."""

    spellings: ClassVar[dict[str, str]] = {"note_content": "content"}
    required: ClassVar[tuple[str, ...]] = ("content",)

    content: NoteText | UnsetType = UNSET
    note_type: NoteType = NoteType.OBSERVATION
    noted_at_interaction_sequence: SequenceNumber | None = None
    is_important: bool = False
    requires_followup: bool = False
    noted_by: NotedBy = NotedBy.USER
    note_content: Annotated[NoteText, _seed("003", "content")] | UnsetType = UNSET


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
    # "[HH:MM] content" with the time in the person's time zone, as seed 004 writes notes
    # (on the notes resource; a turn's result leaves it out).
    line: str | None = None


class NotePage(Struct):
    items: list[NoteOut]
    total: int
    limit: int
    offset: int


class MetricSampleIn(Struct, kw_only=True, forbid_unknown_fields=True):
    """One value at one moment. Without ``recorded_at`` the server stamps the moment it
    receives the batch (seed 001's logger does not send times).

    Not an ``Input``: a batch holds up to 10,000 samples, and a ``__post_init__`` call per
    sample cost ~60 % more decoding time, so ``MetricBatch`` folds the spellings in one pass.
    """

    name: MetricName
    value: Annotated[float, Meta(ge=-1e12, le=1e12)]
    recorded_at: UtcDateTime | UnsetType = UNSET
    data: JsonObject | None = None
    timestamp: Annotated[UtcDateTime, _seed("001", "recorded_at")] | UnsetType = UNSET
    debug_info: Annotated[JsonObject, _seed("001", "data")] | UnsetType | None = UNSET


class MetricBatch(Input):
    samples: Annotated[list[MetricSampleIn], Meta(min_length=1, max_length=MAX_METRIC_BATCH)]

    def __post_init__(self) -> None:
        super().__post_init__()
        for index, sample in enumerate(self.samples):
            if sample.timestamp is UNSET and sample.debug_info is UNSET:
                continue
            for alias, field in (("timestamp", "recorded_at"), ("debug_info", "data")):
                value = getattr(sample, alias)
                if value is UNSET:
                    continue
                if getattr(sample, field) not in (UNSET, None):
                    raise ValueError(f"samples[{index}]: `{alias}` and `{field}` are two spellings; send one")
                setattr(sample, field, value)
                setattr(sample, alias, UNSET)


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
