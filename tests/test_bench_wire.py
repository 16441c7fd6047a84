"""The wire counter benchmarks/turns.py reports round trips and transactions with counts what PostgreSQL sees.

Needs ``STORYLOOM_TEST_POSTGRES_URL`` (the counter speaks PostgreSQL's protocol); skipped without it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from benchmarks.pgwire import PgWireCounter, WireCounts
from tests.conftest import POSTGRES_URL

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs STORYLOOM_TEST_POSTGRES_URL")


def _through(counter: PgWireCounter) -> str:
    url = make_url(POSTGRES_URL)
    return url.set(drivername="postgresql", host="127.0.0.1", port=counter.port).render_as_string(hide_password=False)


def test_round_trips_statements_and_transactions_are_counted_as_sent() -> None:
    url = make_url(POSTGRES_URL)
    counter = PgWireCounter(url.host or "127.0.0.1", url.port or 5432)
    counter.start()
    steps: dict[str, WireCounts] = {}

    async def run() -> None:
        conn = await asyncpg.connect(_through(counter))
        try:
            await conn.fetchval("SELECT 1")  # warm asyncpg's statement cache
            await asyncio.sleep(0.05)

            async def step(name: str, work: Awaitable[Any]) -> None:
                before = counter.snapshot()
                await work
                await asyncio.sleep(0.05)
                steps[name] = counter.snapshot().minus(before)

            await step("cached", conn.fetchval("SELECT 1"))
            await step("uncached", conn.fetchval("SELECT $1::int + 1", 41))

            async def explicit() -> None:
                async with conn.transaction():
                    await conn.execute("SELECT 1")
                    await conn.execute("SELECT 2")

            await step("explicit", explicit())

            async def failed() -> None:
                try:
                    async with conn.transaction():
                        await conn.execute("SELECT 1/0")
                except asyncpg.DivisionByZeroError:
                    pass

            await step("failed", failed())
        finally:
            await conn.close()

    try:
        asyncio.run(run())
    finally:
        counter.stop()

    cached, uncached, explicit, failed = steps["cached"], steps["uncached"], steps["explicit"], steps["failed"]
    assert (cached.round_trips, cached.statements, cached.transactions) == (1, 1, 1)
    # A statement asyncpg has not prepared yet costs a round trip more (Parse/Describe, then Bind/Execute).
    assert (uncached.round_trips, uncached.statements, uncached.transactions) == (2, 1, 1)
    assert (explicit.round_trips, explicit.transactions) == (4, 1)
    assert dict(explicit.tags) == {"BEGIN": 1, "SELECT": 2, "COMMIT": 1}
    # The failed statement completes nothing; the ROLLBACK ends the one transaction.
    assert (failed.round_trips, failed.transactions) == (3, 1)
    assert dict(failed.tags) == {"BEGIN": 1, "ROLLBACK": 1}
    assert counter.snapshot().connections == 1
