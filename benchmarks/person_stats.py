"""How long a person's stats and history take on a long history, on each engine.

Run (from the repository root; about a minute)::

    .venv/bin/python -m benchmarks.person_stats                      # SQLite
    .venv/bin/python -m benchmarks.person_stats --postgres-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

Seeds one person (America/New_York) with ``--days`` days of completed sessions, one a day
in turn practice (3 metrics), study (10 attempts) and story (two life events, 6 answers
naming people and places), written straight to a fresh database; then times
``StatsService.stats`` and one page of ``HistoryService.history`` (the services the API
calls, without HTTP) ``--runs`` times each and prints the median and the slowest. Not
part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from benchmarks.databases import postgres_database, sqlite_database
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade
from db.models import Interaction, MetricRollup, Person, Session, SessionTopic, Topic
from db.services import accounts
from db.services.history import HistoryService
from db.services.stats import StatsService

NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)


async def _seed(factory: Any, days: int) -> tuple[uuid.UUID, uuid.UUID]:
    async with factory() as db:
        account = await accounts.create_account(db, f"bench-{uuid.uuid4().hex[:8]}")
        person = Person(account_id=account.id, display_name="Bench", timezone="America/New_York")
        db.add(person)
        await db.flush()
        events = [
            Topic(account_id=account.id, person_id=person.id, kind="life_event", title=f"Event {n}") for n in range(40)
        ]
        db.add_all(events)
        await db.flush()
        sessions, rollups, interactions, links = [], [], [], []
        for day in range(days):
            ended = NOW - timedelta(days=days - day, hours=day % 5)
            kind = ("practice", "study", "story")[day % 3]
            sid = uuid.uuid4()
            sessions.append(
                {
                    "id": sid,
                    "account_id": account.id,
                    "person_id": person.id,
                    "kind": kind,
                    "name": f"{kind} {day}",
                    "status": "completed",
                    "started_at": ended - timedelta(minutes=30),
                    "ended_at": ended,
                    "actual_duration_minutes": 30.0,
                    "scheduled_duration_minutes": 30,
                    "data": {},
                    "version": 1,
                    "created_at": ended - timedelta(minutes=31),
                    "updated_at": ended,
                }
            )
            if kind == "practice":
                for name in ("pitch_accuracy", "timing", "wrong_notes"):
                    rollups.append(
                        {
                            "session_id": sid,
                            "name": name,
                            "sample_count": 600,
                            "value_sum": 300.0 + day,
                            "value_min": 0.0,
                            "value_max": 1.0,
                            "final_value": 0.5,
                            "final_at": ended,
                        }
                    )
            rows = 10 if kind == "study" else 6 if kind == "story" else 0
            for n in range(rows):
                interactions.append(
                    {
                        "id": uuid.uuid4(),
                        "session_id": sid,
                        "sequence": n + 1,
                        "interaction_type": "question" if kind == "study" else "response",
                        "person_response": "answer",
                        "is_correct": (n % 3 != 0) if kind == "study" else None,
                        "response_time_ms": 3000 + 100 * n if kind == "study" else None,
                        "mentions_people": [f"Person {(day + n) % 50}"] if kind == "story" else [],
                        "mentions_places": [f"Place {(day * n) % 30}"] if kind == "story" else [],
                        "key_themes": [],
                        "is_private": n == 5,
                        "created_at": ended,
                    }
                )
            if kind == "story":
                for offset, level in ((0, "exploration"), (1, "deep_dive")):
                    event = events[(day + offset) % len(events)]
                    links.append(
                        {
                            "session_id": sid,
                            "topic_id": event.id,
                            "coverage_level": level,
                            "is_primary_focus": offset == 0,
                            "prompts_completed": 3,
                            "created_at": ended,
                        }
                    )
        for model, rows_ in ((Session, sessions), (MetricRollup, rollups), (Interaction, interactions)):
            for start in range(0, len(rows_), 500):
                await db.execute(insert(model), rows_[start : start + 500])
        for start in range(0, len(links), 500):
            await db.execute(insert(SessionTopic), links[start : start + 500])
        await db.commit()
        print(f"seeded {len(sessions)} sessions, {len(rollups)} rollups, {len(interactions)} interactions")
        return account.id, person.id


async def _time(label: str, runs: int, work: Any) -> None:
    await work()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        await work()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<28} median {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms   ({runs} runs)")


async def _run(url: str, days: int, runs: int) -> None:
    engine = create_engine(url, pool_size=2)
    await upgrade(engine)
    factory = create_session_factory(engine)
    account_id, person_id = await _seed(factory, days)

    async def stats() -> None:
        async with factory() as db:
            await StatsService(db, account_id, lambda: NOW).stats(person_id, weeks=52, months=24, sessions=100)

    async def history() -> None:
        async with factory() as db:
            await HistoryService(db, account_id, lambda: NOW).history(person_id, limit=50, offset=100)

    await _time("stats (52 weeks, 100 sessions)", runs, stats)
    await _time("history (page of 50)", runs, history)
    await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres-url", help="benchmark PostgreSQL instead of SQLite")
    parser.add_argument("--days", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    database = postgres_database(args.postgres_url) if args.postgres_url else sqlite_database()
    with database as (url, version):
        print(f"{'postgresql' if args.postgres_url else 'sqlite'} {version}")
        asyncio.run(_run(url, args.days, args.runs))


if __name__ == "__main__":
    main()
