"""The transactional outbox: events are rows written by the change that caused them.

``emit`` only adds an ``Event`` to the caller's database session, so the event commits
with the change or vanishes with its rollback. The worker later fans each event out into
one ``Delivery`` per subscribed, active webhook of the account (``dispatch``).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, Event, Session, Webhook
from db.models.enums import DeliveryStatus, EventType


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def session_data(session: Session) -> dict[str, Any]:
    """What an event tells about a session: enough to act on without another request."""
    return {
        "id": str(session.id),
        "person_id": str(session.person_id),
        "series_id": str(session.series_id) if session.series_id else None,
        "name": session.name,
        "kind": session.kind,
        "status": session.status,
        "scheduled_at": _iso(session.scheduled_at),
        "scheduled_duration_minutes": session.scheduled_duration_minutes,
        "started_at": _iso(session.started_at),
        "ended_at": _iso(session.ended_at),
    }


def emit(
    db: AsyncSession,
    account_id: uuid.UUID,
    event_type: EventType,
    now: datetime,
    *,
    session: Session | None = None,
    data: dict[str, Any] | None = None,
) -> Event:
    """Add an event to the current transaction (no flush, no commit of its own)."""
    payload: dict[str, Any] = {}
    if session is not None:
        payload["session"] = session_data(session)
    payload.update(data or {})
    event = Event(
        id=uuid.uuid4(),
        account_id=account_id,
        type=event_type.value,
        session_id=session.id if session is not None else None,
        payload=payload,
        created_at=now,
    )
    db.add(event)
    return event


def envelope(event: Event) -> dict[str, Any]:
    """The JSON body a webhook receives."""
    return {"id": str(event.id), "type": event.type, "created_at": _iso(event.created_at), "data": event.payload}


async def dispatch(db: AsyncSession, now: datetime, *, limit: int, account_id: uuid.UUID | None = None) -> int:
    """Fan undispatched events out into deliveries; returns the number of events handled.

    Rows are claimed with ``FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serialises
    writers anyway), so concurrent workers split the work and no event is fanned out twice.
    The caller commits.
    """
    stmt = select(Event).where(Event.dispatched_at.is_(None))
    if account_id is not None:
        stmt = stmt.where(Event.account_id == account_id)
    events = list(await db.scalars(stmt.order_by(Event.created_at).limit(limit).with_for_update(skip_locked=True)))
    if not events:
        return 0
    accounts = {event.account_id for event in events}
    hooks = list(await db.scalars(select(Webhook).where(Webhook.account_id.in_(accounts), Webhook.active.is_(True))))
    deliveries = []
    for event in events:
        for hook in hooks:
            if hook.account_id == event.account_id and event.type in hook.events:
                deliveries.append(
                    Delivery(
                        id=uuid.uuid4(),
                        account_id=event.account_id,
                        webhook_id=hook.id,
                        event_id=event.id,
                        event_type=event.type,
                        status=DeliveryStatus.PENDING.value,
                        attempts=0,
                        next_attempt_at=now,
                        attempt_log=[],
                        created_at=now,
                    )
                )
        event.dispatched_at = now
    db.add_all(deliveries)
    await db.flush()
    return len(events)


async def prune(db: AsyncSession, now: datetime, keep: timedelta, *, limit: int = 5_000) -> int:
    """Forget dispatched events older than ``keep`` (and their finished deliveries)."""
    pending = select(Delivery.id).where(Delivery.event_id == Event.id, Delivery.status == DeliveryStatus.PENDING.value)
    old = (
        select(Event.id)
        .where(Event.dispatched_at.is_not(None), Event.created_at < now - keep, ~pending.exists())
        .limit(limit)
        .scalar_subquery()
    )
    result = await db.execute(delete(Event).where(Event.id.in_(old)))
    return int(result.rowcount or 0)
