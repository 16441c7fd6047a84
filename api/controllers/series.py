"""Recurring series: CRUD, their occurrences, skip or move one, end the series."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

from litestar import Controller, Request, delete, get, patch, post
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from api.controllers.params import LimitParam, OffsetParam, utc
from api.controllers.scheduling import FromParam, ToParam, local_iso
from api.schemas.common import fields_of
from api.schemas.series import (
    EndRequest,
    MoveRequest,
    OccurrenceList,
    OccurrenceOut,
    SeriesCreate,
    SeriesOut,
    SeriesPage,
    SeriesUpdate,
    SkipRequest,
)
from db.models import Series, Session
from db.models.enums import SeriesStatus
from db.services.series import Occurrence, SeriesService


def _provide_series(db: NamedDependency[AsyncSession], request: Request[UUID, Any, Any], state: State) -> SeriesService:
    horizon = timedelta(days=state.settings.schedule.horizon_days)
    return SeriesService(db, request.user, state.clock, horizon=horizon)


def series_out(series: Series) -> SeriesOut:
    return SeriesOut(
        id=series.id,
        person_id=series.person_id,
        template_id=series.template_id,
        name=series.name,
        kind=series.kind,
        intention=series.intention,
        duration_minutes=series.duration_minutes,
        rrule=series.rrule,
        start=series.start_local,
        timezone=series.timezone,
        until=series.until,
        count=series.count,
        reminders=list(series.reminders),
        skipped=list(series.exdates),
        status=series.status,
        ended_at=series.ended_at,
        materialised_until=series.materialised_until,
        created_at=series.created_at,
        updated_at=series.updated_at,
    )


def occurrence_out(occurrence: Occurrence, timezone: str) -> OccurrenceOut:
    session = occurrence.session
    return OccurrenceOut(
        occurrence_at=occurrence.occurrence_at,
        occurrence_local=local_iso(occurrence.occurrence_at, timezone),
        skipped=occurrence.skipped,
        session_id=session.id if session else None,
        status=session.status if session else None,
        scheduled_at=session.scheduled_at if session else None,
    )


def _moved(session: Session, timezone: str) -> OccurrenceOut:
    assert session.occurrence_at is not None
    return occurrence_out(Occurrence(session.occurrence_at, session, False), timezone)


class SeriesController(Controller):
    path = "/series"
    tags = ["scheduling"]
    dependencies = {"series": Provide(_provide_series, sync_to_thread=False)}

    @post("/")
    async def create_series(self, data: JSONBody[SeriesCreate], series: NamedDependency[SeriesService]) -> SeriesOut:
        """A recurring plan: an RFC 5545 RRULE expanded from ``start`` (local wall time) in ``timezone``
        (default: the person's), so a weekly 10:00 stays at 10:00 local across DST changes. Its
        occurrences become scheduled sessions a window ahead (``STORYLOOM_SCHEDULE_HORIZON_DAYS``)."""
        return series_out(await series.create(fields_of(data)))

    @get("/")
    async def list_series(
        self,
        series: NamedDependency[SeriesService],
        person_id: FromQuery[UUID | None] = None,
        status: FromQuery[SeriesStatus | None] = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ) -> SeriesPage:
        page = await series.list(person_id=person_id, status=status, limit=limit, offset=offset)
        return SeriesPage(items=[series_out(s) for s in page.items], total=page.total, limit=limit, offset=offset)

    @get("/{series_id:uuid}")
    async def get_series(self, series_id: FromPath[UUID], series: NamedDependency[SeriesService]) -> SeriesOut:
        return series_out(await series.get(series_id))

    @patch("/{series_id:uuid}")
    async def update_series(
        self, series_id: FromPath[UUID], data: JSONBody[SeriesUpdate], series: NamedDependency[SeriesService]
    ) -> SeriesOut:
        """Edit the plan. Future occurrences not started yet follow (moved ones keep their time);
        past, started, missed and skipped ones do not change."""
        return series_out(await series.update(series_id, fields_of(data)))

    @delete("/{series_id:uuid}")
    async def delete_series(self, series_id: FromPath[UUID], series: NamedDependency[SeriesService]) -> None:
        """Delete the series and its future not-started sessions; the others stay, without a series."""
        await series.delete(series_id)

    @get("/{series_id:uuid}/occurrences")
    async def list_occurrences(
        self,
        series_id: FromPath[UUID],
        series: NamedDependency[SeriesService],
        state: State,
        from_: FromParam = None,
        to: ToParam = None,
    ) -> OccurrenceList:
        """The rule's occurrences in ``[from, to)`` (default: the next 90 days; at most 366), materialised
        or not, with their sessions and whether they were skipped."""
        start = utc(from_, "from") or state.clock()
        end = utc(to, "to") or start + timedelta(days=90)
        found = await series.occurrences(series_id, start, end)
        timezone = (await series.get(series_id)).timezone
        return OccurrenceList(items=[occurrence_out(o, timezone) for o in found])

    @post("/{series_id:uuid}/skip", status_code=200)
    async def skip_occurrence(
        self, series_id: FromPath[UUID], data: JSONBody[SkipRequest], series: NamedDependency[SeriesService]
    ) -> OccurrenceOut:
        """Skip one occurrence: its scheduled session is cancelled, or it will not be materialised."""
        occurrence = await series.skip(series_id, data.occurrence_at)
        return occurrence_out(occurrence, (await series.get(series_id)).timezone)

    @post("/{series_id:uuid}/move", status_code=200)
    async def move_occurrence(
        self, series_id: FromPath[UUID], data: JSONBody[MoveRequest], series: NamedDependency[SeriesService]
    ) -> OccurrenceOut:
        """Move one occurrence to another time (its reminders follow); later edits keep the new time."""
        fields = fields_of(data)
        session = await series.move(series_id, fields["occurrence_at"], fields["scheduled_at"])
        return _moved(session, (await series.get(series_id)).timezone)

    @post("/{series_id:uuid}/end", status_code=200)
    async def end_series(
        self,
        series_id: FromPath[UUID],
        series: NamedDependency[SeriesService],
        data: JSONBody[EndRequest | None] = None,
    ) -> SeriesOut:
        """No occurrences from ``at`` (default: now) on; future not-started sessions are removed."""
        at = fields_of(data)["at"] if data is not None else None
        return series_out(await series.end(series_id, at))
