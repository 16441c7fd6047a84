"""Time-driven session changes the worker makes: missed sessions and idle sessions.

- a scheduled session not started within ``grace`` after its ``scheduled_at`` → ``missed``
  (``session.missed``);
- an in-progress session with no activity (start, resume, an interaction) for ``idle``
  → paused (``session.paused`` with ``reason: idle``), unless a turn holds it; the pause
  counts from the last activity, so idle time is not session time;
- a session paused for ``ended_after`` → completed or cancelled, per the setting
  (``session.completed`` / ``session.cancelled`` with ``reason: idle``).

Candidates are claimed ``FOR UPDATE SKIP LOCKED`` and every change goes through the
lifecycle's transition check under the row lock, so each fires exactly once however many
workers run. Each function handles one batch; the caller commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Session
from db.models.enums import EventType, SessionStatus
from db.services.lifecycle import LifecycleService, check_transition
from db.services.outbox import emit

# Writes a completion summary for an idle session: (db, session) → (summary, next suggestion).
Summariser = Callable[[AsyncSession, Session], Awaitable[tuple[str | None, str | None]]]


def _scoped(stmt: Select[Any], account_id: uuid.UUID | None) -> Select[Any]:
    return stmt if account_id is None else stmt.where(Session.account_id == account_id)


async def mark_missed(
    db: AsyncSession, now: datetime, grace: timedelta, *, limit: int, account_id: uuid.UUID | None = None
) -> int:
    stmt = select(Session).where(Session.status == SessionStatus.SCHEDULED.value, Session.scheduled_at < now - grace)
    sessions = list(
        await db.scalars(
            _scoped(stmt, account_id).order_by(Session.scheduled_at).limit(limit).with_for_update(skip_locked=True)
        )
    )
    for session in sessions:
        session.status = SessionStatus.MISSED.value
        data = {"grace_minutes": round(grace.total_seconds() / 60)}
        emit(db, session.account_id, EventType.SESSION_MISSED, now, session=session, data=data)
    await db.flush()
    return len(sessions)


async def pause_idle(
    db: AsyncSession, now: datetime, idle: timedelta, *, limit: int, account_id: uuid.UUID | None = None
) -> int:
    last_sign = func.coalesce(Session.last_activity_at, Session.started_at)
    stmt = select(Session).where(
        Session.status == SessionStatus.IN_PROGRESS.value,
        last_sign < now - idle,
        or_(Session.turn_lease_until.is_(None), Session.turn_lease_until < now),
    )
    sessions = list(await db.scalars(_scoped(stmt, account_id).limit(limit).with_for_update(skip_locked=True)))
    for session in sessions:
        lifecycle = LifecycleService(db, session.account_id, lambda: now, autocommit=False)
        # The idle time is not session time: the pause starts at the last sign of life.
        await lifecycle.pause(session.id, reason="idle", since=session.last_activity_at or session.started_at)
    return len(sessions)


async def end_paused(
    db: AsyncSession,
    now: datetime,
    after: timedelta,
    action: str,
    *,
    limit: int,
    summarise: Summariser | None = None,
    account_id: uuid.UUID | None = None,
) -> int:
    """Complete (``action="complete"``) or cancel sessions paused longer than ``after``."""
    stmt = select(Session).where(Session.status == SessionStatus.PAUSED.value, Session.paused_at < now - after)
    sessions = list(await db.scalars(_scoped(stmt, account_id).limit(limit).with_for_update(skip_locked=True)))
    hours = round(after.total_seconds() / 3600, 2)
    note = f"ended automatically after {hours:g} h paused"
    for session in sessions:
        lifecycle = LifecycleService(db, session.account_id, lambda: now, autocommit=False)
        if action == "cancel":
            await lifecycle.cancel(session.id, note)
            continue
        check_transition(session, "complete")
        summary, suggestion = await summarise(db, session) if summarise else (None, None)
        outcome = {"followup_notes": note, "summary": summary, "next_session_suggestion": suggestion}
        await lifecycle.complete(session.id, outcome, None)
    return len(sessions)
