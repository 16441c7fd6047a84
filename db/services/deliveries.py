"""The worker's side of webhook deliveries: claim due ones with a lease, record attempts.

``claim`` takes due deliveries ``FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite's single
writer makes the claim atomic anyway) and stamps them with the worker's id and a lease,
then commits, so the HTTP call happens outside any transaction. A worker that dies
mid-delivery leaves the lease to expire; any worker then claims the delivery again.
``record`` writes a batch's attempts in one transaction, each only while the worker still
holds its claim.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, Event, Webhook
from db.models.enums import DeliveryStatus
from db.services.outbox import envelope


@dataclass(frozen=True, slots=True)
class Job:
    delivery_id: uuid.UUID
    webhook_id: uuid.UUID
    url: str
    secret: str
    event_id: uuid.UUID
    event_type: str
    attempt: int  # 1 for the first try
    body: dict


@dataclass(frozen=True, slots=True)
class Outcome:
    ok: bool
    status_code: int | None
    error: str | None
    duration_ms: float
    attempted_at: datetime


async def claim(
    db: AsyncSession,
    worker_id: str,
    now: datetime,
    lease: timedelta,
    *,
    limit: int,
    account_id: uuid.UUID | None = None,
) -> list[Job]:
    """Claim up to ``limit`` due deliveries and commit the claim."""
    stmt = (
        select(Delivery, Webhook)
        .join(Webhook, Webhook.id == Delivery.webhook_id)
        .where(
            Delivery.status == DeliveryStatus.PENDING.value,
            Delivery.next_attempt_at <= now,
            or_(Delivery.lease_until.is_(None), Delivery.lease_until < now),
            Webhook.active.is_(True),
        )
    )
    if account_id is not None:
        stmt = stmt.where(Delivery.account_id == account_id)
    rows = (
        await db.execute(
            stmt.order_by(Delivery.next_attempt_at).limit(limit).with_for_update(of=Delivery, skip_locked=True)
        )
    ).all()
    if not rows:
        await db.commit()
        return []
    events = {
        event.id: event for event in await db.scalars(select(Event).where(Event.id.in_({d.event_id for d, _ in rows})))
    }
    jobs = []
    for delivery, webhook in rows:
        delivery.claimed_by = worker_id
        delivery.lease_until = now + lease
        delivery.attempts += 1
        event = events[delivery.event_id]
        jobs.append(
            Job(
                delivery_id=delivery.id,
                webhook_id=webhook.id,
                url=webhook.url,
                secret=webhook.secret,
                event_id=event.id,
                event_type=event.type,
                attempt=delivery.attempts,
                body=envelope(event),
            )
        )
    await db.commit()
    return jobs


async def record(db: AsyncSession, worker_id: str, results: list[tuple[Job, Outcome, datetime | None]]) -> int:
    """Store attempts in one transaction: per ``(job, outcome, retry_at)``, ``retry_at=None`` after a
    failure means give up. Returns how many were stored (a lost claim is not)."""
    if not results:
        return 0
    rows = await db.scalars(
        select(Delivery)
        .where(Delivery.id.in_([job.delivery_id for job, _, _ in results]), Delivery.claimed_by == worker_id)
        .with_for_update()
    )
    held = {d.id: d for d in rows if d.status == DeliveryStatus.PENDING}
    for job, outcome, retry_at in results:
        delivery = held.get(job.delivery_id)
        if delivery is not None:
            _apply(delivery, job, worker_id, outcome, retry_at)
    await db.commit()
    return len(held)


def _apply(delivery: Delivery, job: Job, worker_id: str, outcome: Outcome, retry_at: datetime | None) -> None:
    entry = {
        "attempt": job.attempt,
        "at": outcome.attempted_at.isoformat().replace("+00:00", "Z"),
        "status_code": outcome.status_code,
        "error": outcome.error,
        "duration_ms": round(outcome.duration_ms, 1),
        "worker": worker_id,
    }
    delivery.attempt_log = [*delivery.attempt_log, entry]
    delivery.last_status_code = outcome.status_code
    delivery.last_error = (outcome.error or "")[:500] or None
    delivery.claimed_by = None
    delivery.lease_until = None
    if outcome.ok:
        delivery.status = DeliveryStatus.SUCCEEDED.value
        delivery.delivered_at = outcome.attempted_at
        delivery.next_attempt_at = None
    elif retry_at is None:
        delivery.status = DeliveryStatus.FAILED.value
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = retry_at
