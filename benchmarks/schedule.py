"""The scheduling worker on PostgreSQL with 10,000 series and 100,000 materialised sessions.

Run (from the repository root; about a minute)::

    .venv/bin/python -m benchmarks.schedule [--postgres-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]

It makes a throw-away PostgreSQL database next to ``--postgres-url`` (dropped at the end),
migrates it and bulk-inserts one account with 1,000 people, 10,000 daily series (10 per
person) and their 100,000 scheduled sessions (10 per series), each with a 15-minute
reminder (100,000 reminder rows), plus a webhook subscribed to ``session.reminder`` that
points at a receiver in its own process on 127.0.0.1 (a threaded ``http.server``
answering 200). Then it times ``Worker.tick()`` (api/worker/loop.py, the code that runs
in ``storyloom serve`` and ``storyloom worker``) in this process:

1. nothing due (median of 5 ticks);
2. 1,000 due reminders → 1,000 events → 1,000 signed webhook calls to the receiver;
3. 1,000 sessions past their grace period → missed (+ events, no subscriber);
4. 1,000 series whose window is due → one new session each (+ ``session.scheduled`` events);
5. 5,000 pending deliveries sent by one worker at concurrency 8 and 32 → deliveries/s.

It prints a table and refreshes its section of ``benchmarks/RESULTS.md``. Not part of the
test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text, update

from api.settings import Settings, WebhookSettings, WorkerSettings
from api.worker import Worker
from benchmarks.databases import postgres_database
from benchmarks.machine import machine
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade
from db.models import Account, Delivery, Event, Person, Reminder, Series, Session, Webhook

RESULTS = Path(__file__).parent / "RESULTS.md"
BEGIN, END = "<!-- benchmarks.schedule:begin -->", "<!-- benchmarks.schedule:end -->"
PEOPLE, SERIES_PER_PERSON, SESSIONS_PER_SERIES = 1_000, 10, 10
DUE = 1_000
RECEIVER = r"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
ThreadingHTTPServer.request_queue_size = 256
s = ThreadingHTTPServer(("127.0.0.1", 0), H); s.daemon_threads = True
print(s.server_address[1], flush=True); s.serve_forever()
"""


def _rows(now: datetime) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    account = uuid.uuid4()
    people, series, sessions, reminders = [], [], [], []
    for p in range(PEOPLE):
        person = uuid.uuid4()
        people.append(
            {
                "id": person,
                "account_id": account,
                "display_name": f"P{p}",
                "timezone": "Europe/Berlin",
                "locale": "en",
                "created_at": now,
                "updated_at": now,
            }
        )
        for k in range(SERIES_PER_PERSON):
            sid = uuid.uuid4()
            start = (now + timedelta(days=1)).replace(hour=6 + k, minute=0, second=0, microsecond=0, tzinfo=None)
            series.append(
                {
                    "id": sid,
                    "account_id": account,
                    "person_id": person,
                    "name": f"Series {k}",
                    "rrule": "FREQ=DAILY",
                    "start_local": start.isoformat(),
                    "timezone": "UTC",
                    "reminders": [15],
                    "exdates": [],
                    "status": "active",
                    "created_at": now,
                    "updated_at": now,
                    "materialised_until": now + timedelta(days=30),
                    "next_materialise_at": now + timedelta(days=1),
                }
            )
            for n in range(SESSIONS_PER_SERIES):
                at = start.replace(tzinfo=UTC) + timedelta(days=n)
                session = uuid.uuid4()
                sessions.append(
                    {
                        "id": session,
                        "account_id": account,
                        "person_id": person,
                        "series_id": sid,
                        "occurrence_at": at,
                        "scheduled_at": at,
                        "kind": "practice",
                        "name": f"Series {k}",
                        "status": "scheduled",
                        "data": {},
                        "success_indicators": [],
                        "completion_indicators": [],
                        "version": 1,
                        "paused_seconds": 0.0,
                        "notifications_enabled": True,
                        "needs_followup": False,
                        "last_sequence": 0,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                reminders.append(
                    {
                        "id": uuid.uuid4(),
                        "account_id": account,
                        "session_id": session,
                        "offset_minutes": 15,
                        "due_at": at - timedelta(minutes=15),
                        "status": "pending",
                        "created_at": now,
                    }
                )
    return people, series, sessions, reminders


async def _seed(url: str, receiver: str, now: datetime) -> uuid.UUID:
    engine = create_engine(url, pool_size=2)
    try:
        await upgrade(engine)
        people, series, sessions, reminders = _rows(now)
        account = people[0]["account_id"]
        async with engine.begin() as conn:
            await conn.execute(
                insert(Account), [{"id": account, "name": "bench", "created_at": now, "updated_at": now}]
            )
            for table, rows in ((Person, people), (Series, series), (Session, sessions), (Reminder, reminders)):
                for i in range(0, len(rows), 5_000):
                    await conn.execute(insert(table), rows[i : i + 5_000])
            await conn.execute(
                insert(Webhook),
                [
                    {
                        "id": uuid.uuid4(),
                        "account_id": account,
                        "url": receiver,
                        "events": ["session.reminder"],
                        "secret": "whsec_" + "x" * 32,
                        "active": True,
                        "created_at": now,
                        "updated_at": now,
                    }
                ],
            )
        async with engine.connect() as conn:
            await conn.execute(text("ANALYZE"))
            await conn.commit()
        return account
    finally:
        await engine.dispose()


class Bench:
    def __init__(self, url: str, now: datetime) -> None:
        self.engine = create_engine(url, pool_size=10)
        self.factory = create_session_factory(self.engine)
        self.now = now

    def worker(self, concurrency: int = 8) -> Worker:
        settings = replace(
            Settings(),
            webhooks=WebhookSettings(targets="loopback"),
            worker=WorkerSettings(enabled=False, batch_size=100, concurrency=concurrency),
        )
        return Worker(self.factory, settings, lambda: self.now)

    async def tick(self, concurrency: int = 8) -> tuple[float, Any]:
        worker = self.worker(concurrency)
        try:
            started = time.perf_counter()
            report = await worker.tick()
            return (time.perf_counter() - started) * 1000.0, report
        finally:
            await worker.close()

    async def execute(self, stmt: Any) -> None:
        async with self.factory() as db:
            await db.execute(stmt)
            await db.commit()

    async def ids(self, stmt: Any) -> list[Any]:
        async with self.factory() as db:
            return list(await db.scalars(stmt))


async def run(url: str) -> dict[str, Any]:
    receiver = subprocess.Popen([sys.executable, "-c", RECEIVER], stdout=subprocess.PIPE, text=True)
    try:
        port = int(receiver.stdout.readline())  # type: ignore[union-attr]
        now = datetime.now(UTC).replace(microsecond=0)
        t0 = time.perf_counter()
        await _seed(url, f"http://127.0.0.1:{port}/hook", now)
        seed_s = time.perf_counter() - t0
        bench = Bench(url, now)
        results: dict[str, Any] = {"seed_seconds": seed_s, "rows": {}}
        try:
            async with bench.factory() as db:
                for model in (Series, Session, Reminder):
                    results["rows"][model.__tablename__] = await db.scalar(
                        text(f"SELECT count(*) FROM {model.__tablename__}")
                    )
            await bench.tick()  # warm-up: connections, statement caches
            idle = [(await bench.tick())[0] for _ in range(5)]
            results["idle_ms"] = statistics.median(idle)

            # 1,000 reminders due: fire → events → deliveries → HTTP.
            due = await bench.ids(select(Reminder.id).limit(DUE))
            await bench.execute(update(Reminder).where(Reminder.id.in_(due)).values(due_at=now - timedelta(minutes=1)))
            ms, report = await bench.tick()
            results["reminders"] = (ms, report)

            # 1,000 sessions past their grace period.
            late = await bench.ids(select(Session.id).where(Session.status == "scheduled").limit(DUE))
            await bench.execute(
                update(Session).where(Session.id.in_(late)).values(scheduled_at=now - timedelta(hours=1))
            )
            results["missed"] = await bench.tick()

            # 1,000 series windows due: each gets one new day.
            extend = await bench.ids(select(Series.id).limit(DUE))
            await bench.execute(
                update(Series)
                .where(Series.id.in_(extend))
                .values(next_materialise_at=now - timedelta(seconds=1), materialised_until=now + timedelta(days=29))
            )
            results["series"] = await bench.tick()

            # Delivery throughput: 5,000 pending deliveries, one worker.
            for concurrency in (8, 32):
                await _queue_deliveries(bench, 5_000)
                ms, report = await bench.tick(concurrency)
                results[f"deliver_{concurrency}"] = (ms, report)
        finally:
            await bench.engine.dispose()
        return results
    finally:
        receiver.terminate()
        receiver.wait(timeout=10)


async def _queue_deliveries(bench: Bench, count: int) -> None:
    async with bench.factory() as db:
        [event] = (await db.scalars(select(Event).limit(1))).all()
        hook = await db.scalar(select(Webhook.id))
    rows = [
        {
            "id": uuid.uuid4(),
            "account_id": event.account_id,
            "webhook_id": hook,
            "event_id": event.id,
            "event_type": event.type,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": bench.now,
            "attempt_log": [],
            "created_at": bench.now,
        }
        for _ in range(count)
    ]
    async with bench.engine.begin() as conn:
        await conn.execute(insert(Delivery), rows)


def _steps(report: Any) -> str:
    keys = ("series", "missed", "idle", "paused", "reminders", "events", "deliveries")
    return ", ".join(f"{k} {report.timings.get(k, 0):.0f}" for k in keys if report.timings.get(k, 0) >= 0.5)


def section(results: dict[str, Any], pg_version: str) -> str:
    rem_ms, rem = results["reminders"]
    series_report = results["series"][1]
    per_series = series_report.timings["series"] / max(1, series_report.materialised)
    lines = [
        BEGIN,
        "## Scheduling worker (`benchmarks/schedule.py`)",
        "",
        "`.venv/bin/python -m benchmarks.schedule [--postgres-url …]` — a throw-away PostgreSQL database with one",
        f"account, {PEOPLE:,} people, {results['rows']['series']:,} daily series, {results['rows']['session']:,} "
        f"materialised sessions and {results['rows']['reminder']:,} reminders,",
        f"bulk-inserted ({results['seed_seconds']:.0f} s). One `Worker.tick()` — the code `storyloom serve` and "
        "`storyloom worker` run —",
        "in the benchmark process: batches of 100, 8 webhook calls in flight unless said; the receiver is a",
        "threaded `http.server` in its own process on 127.0.0.1.",
        "",
        f"### PostgreSQL — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"- Machine: {machine()}",
        f"- Database: PostgreSQL {pg_version}",
        f"- Load average (1 min) at the end: {os.getloadavg()[0]:.2f}",
        "",
        "| tick | due | ms | where the time went (ms) |",
        "|---|---:|---:|---|",
        f"| nothing due (median of 5) | 0 | {results['idle_ms']:.1f} | |",
        f"| reminders → events → signed webhook calls | {rem.reminders:,} | {rem_ms:.0f} | {_steps(rem)} |",
    ]
    ms, rep = results["missed"]
    lines.append(f"| sessions past the grace period → missed (+ events) | {rep.missed:,} | {ms:.0f} | {_steps(rep)} |")
    ms, rep = results["series"]
    lines.append(
        f"| series windows extended (one new session each, + events) | {rep.materialised:,} | {ms:.0f} "
        f"| {_steps(rep)} |"
    )
    lines += [
        "",
        "| webhook deliveries, one worker | delivered (retried) | s | deliveries/s |",
        "|---|---:|---:|---:|",
    ]
    rate = rem.delivered / (rem.timings["deliveries"] / 1000.0) if rem.delivered else 0.0
    lines.append(
        f"| the 1,000 reminders above (8 in flight) | {rem.delivered:,} ({rem.retried}) "
        f"| {rem.timings['deliveries'] / 1000:.2f} "
        f"| {rate:,.0f} |"
    )
    for concurrency in (8, 32):
        ms, rep = results[f"deliver_{concurrency}"]
        seconds = rep.timings["deliveries"] / 1000.0
        lines.append(
            f"| 5,000 queued deliveries, {concurrency} in flight | {rep.delivered:,} ({rep.retried}) | {seconds:.2f} "
            f"| {rep.delivered / seconds:,.0f} |"
        )
    lines += [
        "",
        "A tick with nothing due is one indexed probe per step (partial indexes on pending reminders, undispatched",
        "events and pending deliveries; `(status, scheduled_at)` on sessions; `(status, next_materialise_at)` on",
        "series), so its cost does not grow with the 100,000 sessions. Deliveries go in rounds of 2 × concurrency:",
        "one claim transaction (lease), the signed calls, one transaction recording the results. Extending a",
        f"series costs {per_series:.1f} ms (expand the rule, look up taken occurrences, insert the session, its",
        "reminder and its event). The machine was shared with other test runs: see the load average.",
        END,
    ]
    return "\n".join(lines)


def update_results(block: str) -> None:
    current = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        current = head + block + tail
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(current)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("STORYLOOM_TEST_POSTGRES_URL")
        or "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    with postgres_database(args.postgres_url) as (url, pg_version):
        results = asyncio.run(run(url))
    block = section(results, pg_version)
    print(block)
    if not args.no_write:
        update_results(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
