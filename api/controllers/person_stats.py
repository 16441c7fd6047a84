"""A person over time: ``/people/{id}/history`` and ``/people/{id}/stats``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.exceptions import ValidationException
from litestar.params import FromPath, FromQuery, QueryParameter

from api.controllers.params import LimitParam, OffsetParam, utc
from api.deps import service
from api.schemas.common import out
from api.schemas.stats import HistoryPage, PersonStats
from db.models.enums import SessionKind
from db.services.history import HistoryService
from db.services.stats import StatsService

# Read as text and parsed here: a bad value is then a 400 naming `from`/`to`, the names the
# client sent (Litestar's own date-time parsing names the handler's argument instead).
FromParam = Annotated[
    str | None,
    QueryParameter(
        name="from",
        required=False,
        max_length=64,
        description="Sessions that happened at or after this moment (RFC 3339, with a UTC offset)",
    ),
]
ToParam = Annotated[
    str | None,
    QueryParameter(name="to", required=False, max_length=64, description="…and before this one (exclusive)"),
]
Weeks = Annotated[int, QueryParameter(ge=1, le=104, description="Weekly totals for the last N weeks (1–104)")]
Months = Annotated[int, QueryParameter(ge=1, le=60, description="Monthly totals for the last N months (1–60)")]
TrendSessions = Annotated[
    int, QueryParameter(ge=2, le=200, description="Metric and study trends over the last N sessions (2–200)")
]
Window = Annotated[int, QueryParameter(ge=1, le=20, description="Sessions in the trends' moving average (1–20)")]


class PersonStatsController(Controller):
    path = "/people"
    tags = ["people"]
    dependencies = {"history": service(HistoryService), "stats": service(StatsService)}

    @get("/{person_id:uuid}/history")
    async def get_history(
        self,
        person_id: FromPath[UUID],
        history: NamedDependency[HistoryService],
        kind: FromQuery[SessionKind | None] = None,
        start: FromParam = None,
        end: ToParam = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ) -> HistoryPage:
        """The person's sessions, newest first (by start, else planned time, else creation): kind,
        status, times, planned and actual minutes, outcome (completion %, rating, indicators met)
        and topics. ``from``/``to`` (with a UTC offset) bound when they happened."""
        since, until = _moment(start, "from"), _moment(end, "to")
        if since is not None and until is not None and until <= since:
            raise _invalid("to", "must be after `from`")
        page = await history.history(person_id, kind=kind, start=since, end=until, limit=limit, offset=offset)
        return out(page, HistoryPage)

    @get("/{person_id:uuid}/stats")
    async def get_stats(
        self,
        person_id: FromPath[UUID],
        stats: NamedDependency[StatsService],
        weeks: Weeks = 12,
        months: Months = 12,
        sessions: TrendSessions = 30,
        window: Window = 3,
    ) -> PersonStats:
        """Across completed sessions, in the person's time zone: streaks of days in a row, totals per
        week and month (by kind), each metric's per-session final and mean with a moving average
        and least-squares slope, study accuracy and time per question by session and subject,
        story coverage per life event, and the people and places the answers mention (private
        answers left out)."""
        result = await stats.stats(person_id, weeks=weeks, months=months, sessions=sessions, window=window)
        return out(result, PersonStats)


def _moment(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        hint = " (send a + in the offset as %2B)" if " " in value.strip() else ""
        raise _invalid(name, f"must be a date-time such as 2026-01-31T09:00:00Z{hint}") from None
    return utc(moment, name)


def _invalid(name: str, message: str) -> ValidationException:
    return ValidationException(detail="Validation failed", extra=[{"key": name, "message": message, "source": "query"}])
