"""The schedule window, session reminders and calendar feeds."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from msgspec import Meta, Struct

from api.schemas.common import Input
from db.models.enums import ReminderStatus, SessionKind, SessionStatus

# Minutes before scheduled_at. The range (0 … 43,200 = 30 days) is checked by the service: 422 naming the field.
ReminderOffsets = Annotated[
    list[int],
    Meta(
        max_length=10,
        description="Minutes before scheduled_at, each 0–43200 (30 days), distinct; e.g. [1440, 15]",
    ),
]


class ScheduledSessionOut(Struct):
    session_id: UUID
    person_id: UUID
    series_id: UUID | None
    name: str
    kind: SessionKind
    status: SessionStatus
    scheduled_at: datetime  # UTC
    scheduled_local: str  # the same moment in the person's time zone, ISO 8601 with its offset
    timezone: str  # the person's IANA time zone
    duration_minutes: int | None
    ends_at: datetime | None


class SchedulePage(Struct):
    items: list[ScheduledSessionOut]
    total: int
    limit: int
    offset: int


class RemindersUpdate(Input):
    reminders: ReminderOffsets


class ReminderOut(Struct):
    offset_minutes: int
    due_at: datetime | None  # None while the session has no scheduled_at
    status: ReminderStatus
    fired_at: datetime | None


class CalendarFeedOut(Struct):
    enabled: bool
    token_prefix: str | None = None
    created_at: datetime | None = None


class CalendarFeedIssued(Struct):
    url: str  # subscribe to this in a calendar app; it is shown only now
    token: str
    created_at: datetime
