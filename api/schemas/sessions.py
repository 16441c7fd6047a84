"""Sessions: create/update bodies, lifecycle action bodies, and the session resource."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, Indicator, IndicatorTexts, Input, LongText, Minutes, Name, ShortText, UtcDateTime
from api.schemas.schedule import ReminderOffsets
from db.models.enums import CoverageLevel, SessionKind, SessionStatus, TopicKind

Score5 = Annotated[int, Meta(ge=1, le=5)]
Score10 = Annotated[int, Meta(ge=1, le=10)]
Percent = Annotated[int, Meta(ge=0, le=100)]
TaskText = Annotated[str, Meta(max_length=500, pattern=NO_NUL)]
SessionData = Annotated[dict[str, Any], Meta(max_length=100)]
SubjectPath = Annotated[list[Name], Meta(min_length=1, max_length=5)]


class Review(Input):
    """Only the fields sent are stored, so a later edit merges instead of wiping."""

    satisfaction_score: Score5 | None | UnsetType = UNSET
    tasks_done: Annotated[list[TaskText], Meta(max_length=100)] | None | UnsetType = UNSET
    notes: LongText | None | UnsetType = UNSET
    focus_score: Score10 | None | UnsetType = UNSET
    energy_level: Score10 | None | UnsetType = UNSET


class SessionFields(Input):
    """Fields a client may set at creation; with a template or node they override its defaults."""

    kind: SessionKind | UnsetType = UNSET
    name: Name | UnsetType = UNSET
    intention: LongText | UnsetType | None = UNSET
    success_indicators: IndicatorTexts | UnsetType = UNSET
    completion_indicators: IndicatorTexts | UnsetType = UNSET
    constraints: LongText | UnsetType | None = UNSET
    procedure_notes: LongText | UnsetType | None = UNSET
    scheduled_at: UtcDateTime | UnsetType | None = UNSET
    scheduled_duration_minutes: Minutes | UnsetType | None = UNSET
    notifications_enabled: bool | UnsetType = UNSET
    data: SessionData | UnsetType = UNSET
    previous_session_id: UUID | UnsetType | None = UNSET


class SessionCreate(SessionFields, kw_only=True):
    person_id: UUID
    template_id: UUID | None = None
    topic_ids: Annotated[list[UUID], Meta(max_length=20)] = []
    subject_path: SubjectPath | None = None
    start: bool = False
    reminders: ReminderOffsets = []  # minutes before scheduled_at; see sessions/{id}/reminders


class NodeSessionCreate(SessionFields, kw_only=True):
    person_id: UUID
    topic_ids: Annotated[list[UUID], Meta(max_length=20)] = []
    start: bool = False


class ActiveSessionRequest(SessionFields, kw_only=True):
    """Get-or-create: used only when the person has no active session."""

    template_id: UUID | None = None
    topic_ids: Annotated[list[UUID], Meta(max_length=20)] = []
    subject_path: SubjectPath | None = None


class SessionUpdate(Input):
    name: Name | UnsetType = UNSET
    intention: LongText | UnsetType | None = UNSET
    success_indicators: IndicatorTexts | UnsetType = UNSET
    completion_indicators: IndicatorTexts | UnsetType = UNSET
    constraints: LongText | UnsetType | None = UNSET
    procedure_notes: LongText | UnsetType | None = UNSET
    scheduled_at: UtcDateTime | UnsetType | None = UNSET
    scheduled_duration_minutes: Minutes | UnsetType | None = UNSET
    notifications_enabled: bool | UnsetType = UNSET
    data: SessionData | UnsetType = UNSET
    summary: LongText | UnsetType | None = UNSET
    success_rating: Score5 | UnsetType | None = UNSET
    completion_percentage: Percent | UnsetType | None = UNSET
    needs_followup: bool | UnsetType = UNSET
    followup_notes: LongText | UnsetType | None = UNSET
    next_session_suggestion: LongText | UnsetType | None = UNSET
    review: Review | UnsetType | None = UNSET


class CompleteRequest(Input):
    review: Review | None = None
    summary: LongText | None = None
    success_rating: Score5 | None = None
    completion_percentage: Percent | None = None
    needs_followup: bool = False
    followup_notes: LongText | None = None
    next_session_suggestion: LongText | None = None
    create_followup: bool = False
    followup_scheduled_at: UtcDateTime | None = None


class CancelRequest(Input):
    reason: ShortText | None = None


class ExtendRequest(Input):
    minutes: Annotated[int, Meta(ge=1, le=600)]


class NotificationsRequest(Input):
    enabled: bool


class ItemUpdate(Input):
    completed: bool | UnsetType = UNSET
    notes: LongText | UnsetType | None = UNSET
    actual_duration_minutes: Annotated[float, Meta(ge=0, le=1440)] | UnsetType | None = UNSET


class IndicatorUpdate(Input):
    met: bool
    evidence: LongText | None = None


class TopicLink(Input):
    is_primary_focus: bool = False
    coverage_level: CoverageLevel = CoverageLevel.INTRODUCTION
    prompts_completed: Annotated[int, Meta(ge=0, le=10_000)] = 0
    notes: LongText | None = None


class SessionOut(Struct):
    id: UUID
    person_id: UUID
    template_id: UUID | None
    process_node_id: UUID | None
    previous_session_id: UUID | None
    kind: SessionKind
    name: str
    intention: str | None
    success_indicators: list[Indicator]
    completion_indicators: list[Indicator]
    constraints: str | None
    procedure_notes: str | None
    scheduled_at: datetime | None
    scheduled_duration_minutes: int | None
    started_at: datetime | None
    paused_at: datetime | None
    ended_at: datetime | None
    paused_seconds: float
    actual_duration_minutes: float | None
    status: SessionStatus
    summary: str | None
    success_rating: int | None
    completion_percentage: int | None
    needs_followup: bool
    followup_notes: str | None
    next_session_suggestion: str | None
    notifications_enabled: bool
    review: dict[str, Any] | None
    data: dict[str, Any]
    version: int
    created_at: datetime
    updated_at: datetime


class SessionPage(Struct):
    items: list[SessionOut]
    total: int
    limit: int
    offset: int


class CompleteResult(Struct):
    session: SessionOut
    followup: SessionOut | None


class ActiveSessionResult(Struct):
    session: SessionOut
    created: bool


class SessionTopicOut(Struct):
    topic_id: UUID
    title: str
    kind: TopicKind
    is_primary_focus: bool
    coverage_level: CoverageLevel
    prompts_completed: int
    notes: str | None


class ItemOut(Struct):
    id: str
    name: str
    description: str | None
    planned_minutes: int | None
    completed: bool
    completed_at: str | None
    notes: str | None
    actual_duration_minutes: float | None


IndicatorKind = Literal["success", "completion"]
