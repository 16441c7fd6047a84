"""Progress and summary read models."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from msgspec import Struct

from api.schemas.common import Indicator
from api.schemas.records import MetricAggregate
from db.models.enums import CoverageLevel, SessionKind, SessionStatus, TopicKind


class Counts(Struct):
    interactions: int
    responses: int
    artifacts: int
    artifacts_approved: int
    notes: int
    notes_requiring_followup: int


class ItemCounts(Struct):
    sections_total: int
    sections_done: int
    items_total: int
    items_done: int
    planned_minutes: int
    actual_item_minutes: float


class Progress(Struct):
    session_id: UUID
    status: SessionStatus
    kind: SessionKind
    success_indicators: list[Indicator]
    completion_indicators: list[Indicator]
    success_met: int
    completion_met: int
    counts: Counts
    items: ItemCounts
    elapsed_minutes: float
    scheduled_duration_minutes: int | None
    remaining_minutes: float | None
    can_complete: bool
    unmet_completion_indicators: list[str]


class CoveredTopic(Struct):
    topic_id: UUID
    title: str
    kind: TopicKind
    coverage_level: CoverageLevel
    is_primary_focus: bool


class Frequency(Struct):
    value: str
    count: int


class StoryStats(Struct):
    topics_covered: list[CoveredTopic]
    themes: list[Frequency]
    people: list[Frequency]
    places: list[Frequency]


class PracticeItem(Struct):
    id: str
    section: str
    name: str
    description: str | None
    planned_minutes: int | None
    completed: bool
    completed_at: str | None
    notes: str | None
    actual_duration_minutes: float | None


class PracticeStats(ItemCounts):
    items: list[PracticeItem]
    focus_score: int | None
    energy_level: int | None


class StudyStats(Struct):
    attempted: int
    correct: int
    accuracy_pct: float | None
    total_time_ms: int
    average_time_ms: float | None
    subjects: list[str]
    # Seed 002's summary, as it spells it: whole numbers (accuracy an integer percent, 0
    # with no attempts), rounded half up.
    questions_attempted: int
    questions_correct: int
    accuracy: int
    avg_time_per_question_ms: int
    subjects_practiced: list[str]


class Summary(Struct):
    session_id: UUID
    name: str
    kind: SessionKind
    status: SessionStatus
    intention: str | None
    summary: str | None
    success_rating: int | None
    completion_percentage: int | None
    next_session_suggestion: str | None
    review: dict[str, Any] | None
    started_at: datetime | None
    ended_at: datetime | None
    planned_minutes: int | None
    actual_minutes: float
    success_indicators: list[Indicator]
    completion_indicators: list[Indicator]
    counts: Counts
    metrics: list[MetricAggregate]
    story: StoryStats | None
    practice: PracticeStats | None
    study: StudyStats | None
