"""Recurring series and their occurrences."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, Input, LongText, Name, UtcDateTime
from api.schemas.people import TimeZone
from api.schemas.schedule import ReminderOffsets
from db.models.enums import SeriesStatus, SessionKind, SessionStatus

RRuleText = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=500,
        pattern=NO_NUL,
        description="An RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU (DAILY/WEEKLY/MONTHLY/YEARLY)",
        examples=["FREQ=WEEKLY;BYDAY=TU"],
    ),
]
LocalStart = Annotated[
    datetime,
    Meta(
        description="First occurrence as a local wall time in `timezone`, without offset",
        examples=["2027-03-16T10:00:00"],
    ),
]
Duration = Annotated[int, Meta(ge=1, le=1_440)]
Count = Annotated[int, Meta(description="Number of occurrences, 1–10000")]


class SeriesCreate(Input):
    person_id: UUID
    rrule: RRuleText
    start: LocalStart
    timezone: TimeZone | None = None  # default: the person's
    template_id: UUID | None = None
    name: Name | None = None  # default: the template's name
    kind: SessionKind | None = None
    intention: LongText | None = None
    duration_minutes: Duration | None = None
    until: UtcDateTime | None = None
    count: Count | None = None
    reminders: ReminderOffsets = []


class SeriesUpdate(Input):
    """Future, not-yet-started occurrences follow; past and started ones stay as they were."""

    rrule: RRuleText | UnsetType = UNSET
    start: LocalStart | UnsetType = UNSET
    timezone: TimeZone | UnsetType = UNSET
    name: Name | UnsetType = UNSET
    kind: SessionKind | UnsetType | None = UNSET
    intention: LongText | UnsetType | None = UNSET
    duration_minutes: Duration | UnsetType | None = UNSET
    until: UtcDateTime | UnsetType | None = UNSET
    count: Count | UnsetType | None = UNSET
    reminders: ReminderOffsets | UnsetType = UNSET


class SeriesOut(Struct):
    id: UUID
    person_id: UUID
    template_id: UUID | None
    name: str
    kind: SessionKind | None
    intention: str | None
    duration_minutes: int | None
    rrule: str
    start: str  # local wall time, YYYY-MM-DDTHH:MM:SS
    timezone: str
    until: datetime | None
    count: int | None
    reminders: list[int]
    skipped: list[str]  # skipped occurrences not materialised yet (UTC)
    status: SeriesStatus
    ended_at: datetime | None
    materialised_until: datetime | None
    created_at: datetime
    updated_at: datetime


class SeriesPage(Struct):
    items: list[SeriesOut]
    total: int
    limit: int
    offset: int


class SkipRequest(Input):
    occurrence_at: UtcDateTime  # the occurrence's time in the rule (see GET …/occurrences)


class MoveRequest(Input):
    occurrence_at: UtcDateTime
    scheduled_at: UtcDateTime  # its new time


class EndRequest(Input):
    at: UtcDateTime | None = None  # no occurrences from then on (default: now)


class OccurrenceOut(Struct):
    occurrence_at: datetime  # UTC, the rule's time
    occurrence_local: str  # the same in the series' time zone
    skipped: bool
    session_id: UUID | None  # materialised?
    status: SessionStatus | None
    scheduled_at: datetime | None  # differs from occurrence_at when moved


class OccurrenceList(Struct):
    items: list[OccurrenceOut]
