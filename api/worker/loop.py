"""The worker loop: every ``poll_seconds`` one tick does whatever has come due.

A tick, in order: extend series windows, mark missed sessions, pause idle sessions, end
long-paused ones, fire due reminders, fan new events out into deliveries, then make the
due webhook calls. Each step works in batches of ``batch_size`` rows claimed with
``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL, so any number of API and worker
processes share the work without doing anything twice. The database steps change rows
and write their events in one transaction: the row lock is the claim and a crash rolls
it back. Webhook calls happen outside any transaction, so deliveries are claimed with a
lease (``claimed_by``, ``lease_until``) that another worker may take over once expired.
On SQLite the single-writer lock makes every claim atomic; run one worker there (the
one inside ``storyloom serve``).

Time comes from the injected clock, so tests move time instead of sleeping, and can run
``tick()`` directly (optionally limited to one account).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agent.answers import told
from agent.guided.summary import write_summary
from api.settings import Settings
from api.worker.sender import Sender
from db.models import Session
from db.models.base import utcnow
from db.services import deliveries, outbox, reminders, timeouts
from db.services.reports import ReportService
from db.services.series import materialise_due

log = logging.getLogger(__name__)

_MAX_BATCHES_PER_STEP = 200
_MAX_DELIVERY_ROUNDS = 1_000
_PRUNE_EVERY = timedelta(hours=1)


@dataclass
class TickReport:
    materialised: int = 0  # series whose window was extended
    missed: int = 0
    paused: int = 0
    ended: int = 0
    reminders: int = 0  # fired or skipped
    dispatched: int = 0  # events fanned out
    delivered: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per step

    @property
    def busy(self) -> bool:
        return any((self.materialised, self.missed, self.paused, self.ended, self.reminders, self.dispatched))


def backoff(attempt: int, base: float, cap: float, jitter: float, rng: random.Random) -> float:
    """Seconds to wait after failed attempt ``attempt`` (1-based): ``base·2^(n-1)``, capped, ± jitter."""
    delay = min(cap, base * 2 ** (attempt - 1))
    return delay * rng.uniform(1 - jitter, 1 + jitter)


class Worker:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
        *,
        account_id: uuid.UUID | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.factory = session_factory
        self.settings = settings
        self.clock = clock
        self.account_id = account_id  # tests: only this account's rows
        self.worker_id = worker_id or f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.sender = Sender(settings.webhooks.timeout_seconds, settings.webhooks.targets, clock)
        self.rng = random.Random()
        self._last_prune: datetime | None = None

    async def close(self) -> None:
        await self.sender.close()

    # --- the loop ---------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        log.info("worker %s started", self.worker_id)
        while not stop.is_set():
            try:
                await self.tick()
            except Exception:  # the loop outlives any one bad tick
                log.exception("worker tick failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.settings.worker.poll_seconds)
        log.info("worker %s stopped", self.worker_id)

    async def tick(self) -> TickReport:
        s, w = self.settings.schedule, self.settings.worker
        report = TickReport()
        scope = {"limit": w.batch_size, "account_id": self.account_id}
        horizon = timedelta(days=s.horizon_days)
        report.materialised = await self._step(
            report, "series", lambda db, now: materialise_due(db, now, horizon, **scope)
        )
        if s.missed_grace_minutes >= 0:
            grace = timedelta(minutes=s.missed_grace_minutes)
            report.missed = await self._step(
                report, "missed", lambda db, now: timeouts.mark_missed(db, now, grace, **scope)
            )
        if s.idle_pause_minutes > 0:
            idle = timedelta(minutes=s.idle_pause_minutes)
            report.paused = await self._step(
                report, "idle", lambda db, now: timeouts.pause_idle(db, now, idle, **scope)
            )
        if s.idle_end_hours > 0:
            after = timedelta(hours=s.idle_end_hours)
            report.ended = await self._step(
                report,
                "paused",
                lambda db, now: timeouts.end_paused(
                    db, now, after, s.idle_end_action, summarise=self._summarise, **scope
                ),
            )
        report.reminders = await self._step(report, "reminders", lambda db, now: reminders.fire_due(db, now, **scope))
        report.dispatched = await self._step(report, "events", lambda db, now: outbox.dispatch(db, now, **scope))
        await self._deliver(report)
        await self._prune(report)
        return report

    async def _step(
        self, report: TickReport, name: str, work: Callable[[AsyncSession, datetime], Awaitable[int]]
    ) -> int:
        """Run ``work`` in one transaction per batch until a batch comes back short."""
        done = 0
        started = time.perf_counter()
        try:
            for _ in range(_MAX_BATCHES_PER_STEP):
                async with self.factory() as db:
                    count = await work(db, self.clock())
                    await db.commit()
                done += count
                if count < self.settings.worker.batch_size:
                    break
        except Exception as exc:
            log.exception("worker step %s failed", name)
            report.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        report.timings[name] = round((time.perf_counter() - started) * 1000.0, 2)
        return done

    async def _summarise(self, db: AsyncSession, session: Session) -> tuple[str | None, str | None]:
        """The template-written summary for an idle session (no model call from the background)."""
        stats = await ReportService(db, session.account_id, self.clock).summary(session.id)
        stats.update(await told(db, session.id))  # the person's own (public) words
        return write_summary(stats)

    # --- webhook deliveries -----------------------------------------------------------

    async def _deliver(self, report: TickReport) -> None:
        w, hooks = self.settings.worker, self.settings.webhooks
        lease = timedelta(seconds=w.lease_seconds)
        # Claim what can be sent before the lease runs out: two rounds of `concurrency` calls,
        # then record the batch's results in one transaction.
        claim_size = max(1, min(w.batch_size, 2 * w.concurrency))
        gate = asyncio.Semaphore(max(1, w.concurrency))

        async def attempt(job: deliveries.Job) -> tuple[deliveries.Job, deliveries.Outcome, datetime | None]:
            async with gate:
                outcome = await self.sender.send(job)
            retry_at = None
            if not outcome.ok and job.attempt < hooks.max_attempts:
                wait = backoff(
                    job.attempt, hooks.backoff_base_seconds, hooks.backoff_max_seconds, hooks.backoff_jitter, self.rng
                )
                retry_at = outcome.attempted_at + timedelta(seconds=wait)
            return job, outcome, retry_at

        started = time.perf_counter()
        try:
            for _ in range(_MAX_DELIVERY_ROUNDS):
                async with self.factory() as db:
                    jobs = await deliveries.claim(
                        db, self.worker_id, self.clock(), lease, limit=claim_size, account_id=self.account_id
                    )
                if not jobs:
                    break
                results = await asyncio.gather(*(attempt(job) for job in jobs))
                async with self.factory() as db:
                    await deliveries.record(db, self.worker_id, results)
                for _job, outcome, retry_at in results:
                    if outcome.ok:
                        report.delivered += 1
                    elif retry_at is None:
                        report.failed += 1
                    else:
                        report.retried += 1
                if len(jobs) < claim_size:
                    break
        except Exception as exc:
            log.exception("worker deliveries failed")
            report.errors.append(f"deliveries: {type(exc).__name__}: {exc}")
        report.timings["deliveries"] = round((time.perf_counter() - started) * 1000.0, 2)

    async def _prune(self, report: TickReport) -> None:
        now = self.clock()
        if self._last_prune is not None and now - self._last_prune < _PRUNE_EVERY:
            return
        self._last_prune = now
        keep = timedelta(days=self.settings.webhooks.event_retention_days)
        await self._step(report, "prune", lambda db, at: _prune_batch(db, at, keep))


async def _prune_batch(db: AsyncSession, now: datetime, keep: timedelta) -> Any:
    return await outbox.prune(db, now, keep)
