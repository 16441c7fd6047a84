"""Reading the plan: sessions in a time window (with local times) and calendar feeds.

A calendar feed is a secret URL per person that calendar apps poll without a bearer
token. Only a SHA-256 of its token is stored, like API tokens: the URL is shown when it
is made (or rotated) and cannot be read back later.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.errors import InvalidField, NotFound
from db.models import CalendarFeed, Person, Session
from db.models.enums import SessionStatus
from db.services.common import Page, ScopedService, get_scoped

FEED_PREFIX = "cal_"
MAX_WINDOW = timedelta(days=400)
# What a calendar feed holds: the last 90 days and everything ahead, cancelled ones left out.
FEED_PAST = timedelta(days=90)
FEED_LIMIT = 2_000


@dataclass(frozen=True, slots=True)
class IssuedFeed:
    token: str
    feed: CalendarFeed


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ScheduleService(ScopedService):
    async def window(
        self,
        start: datetime,
        end: datetime,
        *,
        person_id: uuid.UUID | None,
        series_id: uuid.UUID | None,
        status: list[str] | None,
        limit: int,
        offset: int,
    ) -> Page[tuple[Session, Person]]:
        """Sessions with ``start <= scheduled_at < end``, earliest first, with their person."""
        if end <= start:
            raise InvalidField("to", "must be after from")
        if end - start > MAX_WINDOW:
            raise InvalidField("to", f"the window may span at most {MAX_WINDOW.days} days")
        stmt = (
            select(Session, Person)
            .join(Person, Person.id == Session.person_id)
            .where(Session.account_id == self.account_id, Session.scheduled_at >= start, Session.scheduled_at < end)
        )
        if person_id is not None:
            stmt = stmt.where(Session.person_id == person_id)
        if series_id is not None:
            stmt = stmt.where(Session.series_id == series_id)
        statuses = status or [s.value for s in SessionStatus if s != SessionStatus.CANCELLED]
        stmt = stmt.where(Session.status.in_(statuses)).order_by(Session.scheduled_at, Session.id)
        total = await self.db.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
        rows = (await self.db.execute(stmt.limit(limit).offset(offset))).all()
        return Page(items=[(s, p) for s, p in rows], total=total or 0, limit=limit, offset=offset)

    async def person(self, person_id: uuid.UUID) -> Person:
        return await get_scoped(self.db, Person, person_id, self.account_id, "person")

    async def calendar(self, person_id: uuid.UUID) -> tuple[Person, list[Session]]:
        person = await self.person(person_id)
        return person, await calendar_sessions(self.db, person, self.now())

    # --- the secret feed URL ------------------------------------------------------------

    async def feed(self, person_id: uuid.UUID) -> CalendarFeed | None:
        await self.person(person_id)
        return await self.db.get(CalendarFeed, person_id)

    async def issue_feed(self, person_id: uuid.UUID) -> IssuedFeed:
        """Make the person's feed token, or replace it (the old URL stops working)."""
        await self.person(person_id)
        await self.db.execute(delete(CalendarFeed).where(CalendarFeed.person_id == person_id))
        token = FEED_PREFIX + secrets.token_urlsafe(32)
        feed = CalendarFeed(
            person_id=person_id,
            account_id=self.account_id,
            token_hash=_hash(token),
            prefix=token[:10],
            created_at=self.now(),
        )
        self.db.add(feed)
        await self.commit()
        return IssuedFeed(token, feed)

    async def revoke_feed(self, person_id: uuid.UUID) -> None:
        await self.person(person_id)
        result = await self.db.execute(delete(CalendarFeed).where(CalendarFeed.person_id == person_id))
        if not result.rowcount:
            raise NotFound("calendar feed of person", person_id)
        await self.commit()


async def calendar_sessions(db: AsyncSession, person: Person, now: datetime) -> list[Session]:
    stmt = (
        select(Session)
        .where(
            Session.account_id == person.account_id,
            Session.person_id == person.id,
            Session.scheduled_at >= now - FEED_PAST,
            Session.status != SessionStatus.CANCELLED.value,
        )
        .order_by(Session.scheduled_at, Session.id)
        .limit(FEED_LIMIT)
    )
    return list(await db.scalars(stmt))


async def feed_by_token(db: AsyncSession, token: str, now: datetime) -> tuple[Person, list[Session]] | None:
    """The person and sessions behind a feed token (no account needed), or ``None``."""
    if not token.startswith(FEED_PREFIX) or len(token) > 100:
        return None
    feed = await db.scalar(select(CalendarFeed).where(CalendarFeed.token_hash == _hash(token)))
    if feed is None:
        return None
    person = await db.get(Person, feed.person_id)
    if person is None:
        return None
    return person, await calendar_sessions(db, person, now)
