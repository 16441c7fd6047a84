"""Reminders: "N minutes before" a session's ``scheduled_at``, each firing at most once.

A reminder is due at ``scheduled_at - offset``. The worker fires a due reminder exactly
once (one ``session.reminder`` event, written in the same transaction that marks it
sent) while the session is still scheduled, its time has not come, and its
notifications are on; otherwise it is marked skipped. A reminder set after its moment
(a one-day reminder on a session planned two hours ahead) fires at the next tick.
Rescheduling a session re-arms its reminders for the new time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.errors import Conflict, InvalidField, NotFound
from db.models import Reminder, Session
from db.models.enums import CLOSED_STATUSES, EventType, ReminderStatus, SessionStatus
from db.services.common import ScopedService
from db.services.outbox import emit

MIN_OFFSET_MINUTES = 0  # "at the start time"
MAX_OFFSET_MINUTES = 30 * 24 * 60  # thirty days ahead
MAX_REMINDERS = 10


def check_offsets(offsets: Iterable[int], field: str = "reminders") -> list[int]:
    """Distinct offsets in minutes, largest first; ``InvalidField`` outside the range."""
    values = list(offsets)
    if len(values) > MAX_REMINDERS:
        raise InvalidField(field, f"at most {MAX_REMINDERS} reminders")
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidField(field, "offsets are whole minutes")
        if not MIN_OFFSET_MINUTES <= value <= MAX_OFFSET_MINUTES:
            raise InvalidField(
                field,
                f"{value} is out of range: offsets are {MIN_OFFSET_MINUTES}–{MAX_OFFSET_MINUTES} minutes "
                "(up to 30 days) before the session",
            )
    if len(set(values)) != len(values):
        raise InvalidField(field, "offsets must be distinct")
    return sorted(values, reverse=True)


def _due(session: Session, offset: int) -> datetime | None:
    return session.scheduled_at - timedelta(minutes=offset) if session.scheduled_at is not None else None


async def replace_reminders(
    db: AsyncSession, session: Session, offsets: list[int], now: datetime, *, fresh: bool = False
) -> list[Reminder]:
    """Set the session's reminders to ``offsets`` (already checked); no commit. ``fresh``: the
    session was just made and has none yet."""
    if not fresh:
        await db.execute(delete(Reminder).where(Reminder.session_id == session.id))
    reminders = [
        Reminder(
            id=uuid.uuid4(),
            account_id=session.account_id,
            session_id=session.id,
            offset_minutes=offset,
            due_at=_due(session, offset),
            status=ReminderStatus.PENDING.value,
            created_at=now,
        )
        for offset in offsets
    ]
    db.add_all(reminders)
    return reminders


async def rearm(db: AsyncSession, session: Session) -> None:
    """After ``scheduled_at`` changed: every reminder is pending again, due for the new time."""
    for reminder in await db.scalars(select(Reminder).where(Reminder.session_id == session.id)):
        reminder.due_at = _due(session, reminder.offset_minutes)
        reminder.status = ReminderStatus.PENDING.value
        reminder.fired_at = None


async def fire_due(db: AsyncSession, now: datetime, *, limit: int, account_id: uuid.UUID | None = None) -> int:
    """Fire (or skip) up to ``limit`` due reminders; returns how many were handled. The caller commits."""
    stmt = (
        select(Reminder, Session)
        .join(Session, Session.id == Reminder.session_id)
        .where(Reminder.fired_at.is_(None), Reminder.due_at <= now)
    )
    if account_id is not None:
        stmt = stmt.where(Reminder.account_id == account_id)
    rows = (
        await db.execute(stmt.order_by(Reminder.due_at).limit(limit).with_for_update(of=Reminder, skip_locked=True))
    ).all()
    for reminder, session in rows:
        reminder.fired_at = now
        live = (
            session.status == SessionStatus.SCHEDULED
            and session.scheduled_at is not None
            and session.scheduled_at > now
            and session.notifications_enabled
        )
        if not live:
            reminder.status = ReminderStatus.SKIPPED.value
            continue
        reminder.status = ReminderStatus.SENT.value
        emit(
            db,
            session.account_id,
            EventType.SESSION_REMINDER,
            now,
            session=session,
            data={
                "reminder": {
                    "offset_minutes": reminder.offset_minutes,
                    "due_at": reminder.due_at.isoformat().replace("+00:00", "Z") if reminder.due_at else None,
                    "minutes_before": max(0, round((session.scheduled_at - now).total_seconds() / 60)),
                }
            },
        )
    await db.flush()
    return len(rows)


class ReminderService(ScopedService):
    """A session's reminders (``sessions.py`` uses the functions above; it cannot import this
    module's callers, hence the own lookup)."""

    async def _session(self, session_id: uuid.UUID, *, for_update: bool = False) -> Session:
        stmt = select(Session).where(Session.id == session_id, Session.account_id == self.account_id)
        session = await self.db.scalar(stmt.with_for_update() if for_update else stmt)
        if session is None:
            raise NotFound("session", session_id)
        return session

    async def list(self, session_id: uuid.UUID) -> list[Reminder]:
        await self._session(session_id)
        return list(
            await self.db.scalars(
                select(Reminder).where(Reminder.session_id == session_id).order_by(Reminder.offset_minutes.desc())
            )
        )

    async def replace(self, session_id: uuid.UUID, offsets: list[int]) -> list[Reminder]:
        session = await self._session(session_id, for_update=True)
        if session.status in CLOSED_STATUSES:
            raise Conflict(f"session is {session.status}; its reminders can no longer change")
        reminders = await replace_reminders(self.db, session, check_offsets(offsets), self.now())
        await self.commit()
        return reminders
