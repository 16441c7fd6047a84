"""The schedule window, session reminders, and calendars (per person, and the secret feed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from litestar import Controller, Request, Response, delete, get, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody, PathParameter, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from api.calendar_ics import render
from api.controllers.params import LimitParam, OffsetParam, utc
from api.deps import service
from api.schemas.common import out
from api.schemas.schedule import (
    CalendarFeedIssued,
    CalendarFeedOut,
    ReminderOut,
    RemindersUpdate,
    ScheduledSessionOut,
    SchedulePage,
)
from db.errors import NotFound
from db.models import Person, Session
from db.models.enums import SessionStatus
from db.services.reminders import ReminderService
from db.services.schedule import ScheduleService, feed_by_token

ICS = "text/calendar"
FromParam = Annotated[
    datetime | None, QueryParameter(name="from", required=False, description="Window start (default: now)")
]
ToParam = Annotated[
    datetime | None, QueryParameter(required=False, description="Window end, exclusive (default: from + 30 days)")
]
StatusFilter = Annotated[
    list[SessionStatus] | None,
    QueryParameter(required=False, description="Repeat for several; default: every status but cancelled"),
]
FeedName = Annotated[str, PathParameter(max_length=120, description="The secret token, then .ics")]


def local_iso(moment: datetime, timezone: str) -> str:
    try:
        zone = ZoneInfo(timezone)
    except Exception:  # a person stored before time zones were checked: show UTC
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).isoformat()


def scheduled(session: Session, person: Person) -> ScheduledSessionOut:
    assert session.scheduled_at is not None
    minutes = session.scheduled_duration_minutes
    return ScheduledSessionOut(
        session_id=session.id,
        person_id=session.person_id,
        series_id=session.series_id,
        name=session.name,
        kind=session.kind,
        status=session.status,
        scheduled_at=session.scheduled_at.astimezone(UTC),
        scheduled_local=local_iso(session.scheduled_at, person.timezone),
        timezone=person.timezone,
        duration_minutes=minutes,
        ends_at=session.scheduled_at + timedelta(minutes=minutes) if minutes else None,
    )


def _ics(body: bytes, name: str) -> Response[bytes]:
    headers = {"Content-Disposition": f'inline; filename="{name}.ics"', "Cache-Control": "private, max-age=300"}
    return Response(body, media_type=f"{ICS}; charset=utf-8", headers=headers)


class ScheduleController(Controller):
    path = "/schedule"
    tags = ["scheduling"]
    dependencies = {"schedule": service(ScheduleService)}

    @get("/")
    async def get_schedule(
        self,
        schedule: NamedDependency[ScheduleService],
        state: State,
        from_: FromParam = None,
        to: ToParam = None,
        person_id: FromQuery[UUID | None] = None,
        series_id: FromQuery[UUID | None] = None,
        status: StatusFilter = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ) -> SchedulePage:
        """Sessions scheduled in ``[from, to)``, earliest first, each with ``scheduled_at`` in UTC and
        in the person's time zone (``scheduled_local``, ``timezone``). At most 400 days at once."""
        start = utc(from_, "from") or state.clock()
        end = utc(to, "to") or start + timedelta(days=30)
        page = await schedule.window(
            start,
            end,
            person_id=person_id,
            series_id=series_id,
            status=[s.value for s in status] if status else None,
            limit=limit,
            offset=offset,
        )
        items = [scheduled(session, person) for session, person in page.items]
        return SchedulePage(items=items, total=page.total, limit=page.limit, offset=page.offset)


class ReminderController(Controller):
    path = "/sessions/{session_id:uuid}/reminders"
    tags = ["scheduling"]
    # Not named ``reminders``: Litestar drops a body error whose key is a dependency's name
    # (the body's ``reminders`` field), turning "more than 10" into a bare 500.
    dependencies = {"reminder_service": service(ReminderService)}

    @get("/")
    async def list_reminders(
        self, session_id: FromPath[UUID], reminder_service: NamedDependency[ReminderService]
    ) -> list[ReminderOut]:
        return [out(r, ReminderOut) for r in await reminder_service.list(session_id)]

    @put("/")
    async def set_reminders(
        self,
        session_id: FromPath[UUID],
        data: JSONBody[RemindersUpdate],
        reminder_service: NamedDependency[ReminderService],
    ) -> list[ReminderOut]:
        """Replace the session's reminders: minutes before ``scheduled_at`` (0–43200, distinct, at most 10).
        Each sends one ``session.reminder`` webhook event when it comes due."""
        return [out(r, ReminderOut) for r in await reminder_service.replace(session_id, data.reminders)]


class CalendarController(Controller):
    path = "/people/{person_id:uuid}"
    tags = ["scheduling"]
    dependencies = {"schedule": service(ScheduleService)}

    @get("/calendar.ics", media_type=ICS)
    async def person_calendar(
        self, person_id: FromPath[UUID], schedule: NamedDependency[ScheduleService], state: State
    ) -> Response[bytes]:
        """The person's sessions as iCalendar: the last 90 days and everything ahead, cancelled ones left out."""
        person, sessions = await schedule.calendar(person_id)
        return _ics(render(person, sessions, state.clock()), "storyloom")

    @get("/calendar-feed")
    async def get_calendar_feed(
        self, person_id: FromPath[UUID], schedule: NamedDependency[ScheduleService]
    ) -> CalendarFeedOut:
        """Whether the person has a secret feed URL (the URL itself is shown only when made)."""
        feed = await schedule.feed(person_id)
        if feed is None:
            return CalendarFeedOut(enabled=False)
        return CalendarFeedOut(enabled=True, token_prefix=feed.prefix, created_at=feed.created_at)

    @post("/calendar-feed", status_code=201)
    async def issue_calendar_feed(
        self, person_id: FromPath[UUID], schedule: NamedDependency[ScheduleService], request: Request[UUID, Any, Any]
    ) -> CalendarFeedIssued:
        """Make (or rotate: the old URL stops working) the person's secret feed URL for calendar apps.
        It needs no bearer token; treat it like a password."""
        issued = await schedule.issue_feed(person_id)
        base = str(request.base_url).rstrip("/")
        return CalendarFeedIssued(
            url=f"{base}/calendar/{issued.token}.ics", token=issued.token, created_at=issued.feed.created_at
        )

    @delete("/calendar-feed")
    async def revoke_calendar_feed(self, person_id: FromPath[UUID], schedule: NamedDependency[ScheduleService]) -> None:
        await schedule.revoke_feed(person_id)


@get("/calendar/{feed:str}", media_type=ICS, tags=["scheduling"])
async def calendar_feed(feed: FeedName, db: NamedDependency[AsyncSession], state: State) -> Response[bytes]:
    """A person's calendar by its secret feed URL (``POST /api/v1/people/{id}/calendar-feed``); no bearer token."""
    found = await feed_by_token(db, feed.removesuffix(".ics"), state.clock()) if feed.endswith(".ics") else None
    if found is None:
        raise NotFound("calendar feed", "for this URL")
    person, sessions = found
    return _ics(render(person, sessions, state.clock()), "storyloom")
