"""A person's history (sessions over time) and stats (streaks, totals, trends, coverage)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from msgspec import Struct

from db.models.enums import CoverageLevel, SessionKind, SessionStatus, TopicKind


class IndicatorCount(Struct):
    met: int
    total: int


class Outcome(Struct):
    completion_percentage: int | None
    success_rating: int | None
    success_indicators: IndicatorCount
    completion_indicators: IndicatorCount


class HistoryTopic(Struct):
    topic_id: UUID
    title: str
    kind: TopicKind
    coverage_level: CoverageLevel
    is_primary_focus: bool


class HistoryEntry(Struct):
    session_id: UUID
    kind: SessionKind
    name: str
    status: SessionStatus
    scheduled_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    planned_minutes: int | None
    actual_minutes: float | None
    outcome: Outcome
    topics: list[HistoryTopic]
    previous_session_id: UUID | None


class HistoryPage(Struct):
    items: list[HistoryEntry]
    total: int
    limit: int
    offset: int


class KindTotal(Struct):
    kind: SessionKind
    sessions: int
    minutes: float


class Totals(Struct):
    sessions: int
    minutes: float
    by_kind: list[KindTotal]


class Period(Struct):
    start: date  # a Monday (weekly) or the 1st (monthly), in the person's time zone
    sessions: int
    minutes: float
    by_kind: list[KindTotal]


class Streaks(Struct):
    current_days: int
    current_start: date | None
    longest_days: int
    longest_start: date | None
    longest_end: date | None
    last_active_day: date | None
    active_days: int


class MetricPoint(Struct):
    session_id: UUID
    session_name: str
    ended_at: datetime
    final: float
    mean: float
    samples: int
    moving_average: float


class MetricTrend(Struct):
    name: str
    sessions: int
    points: list[MetricPoint]
    slope_per_session: float | None
    final_slope_per_session: float | None
    first_mean: float
    last_mean: float


class StudySession(Struct):
    session_id: UUID
    session_name: str
    ended_at: datetime
    attempted: int
    correct: int
    accuracy_pct: float | None
    mean_time_ms: float | None


class StudySubject(Struct):
    subject_id: UUID | None
    subject: str | None
    attempted: int
    correct: int
    accuracy_pct: float | None
    mean_time_ms: float | None


class StudyStats(Struct):
    attempted: int
    correct: int
    accuracy_pct: float | None
    mean_time_ms: float | None
    sessions: list[StudySession]
    subjects: list[StudySubject]


class LifeEventCoverage(Struct):
    topic_id: UUID
    title: str
    period_start: date | None
    period_end: date | None
    coverage_level: CoverageLevel | None
    level: int  # 0 not taken up yet, 1 introduction … 4 completion
    sessions: int
    prompts_completed: int
    first_session_at: datetime | None
    last_session_at: datetime | None


class Mention(Struct):
    name: str
    mentions: int
    sessions: int
    first_mentioned_at: datetime


class StoryStats(Struct):
    life_events: list[LifeEventCoverage]
    people: list[Mention]
    places: list[Mention]


class StatsWindow(Struct):
    weeks: int
    months: int
    sessions: int
    moving_average: int


class PersonStats(Struct):
    person_id: UUID
    timezone: str
    today: date
    totals: Totals
    streaks: Streaks
    weekly: list[Period]
    monthly: list[Period]
    metrics: list[MetricTrend]
    study: StudyStats
    story: StoryStats
    window: StatsWindow
