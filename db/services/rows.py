"""One-statement reads that skip the ORM session: a Core ``SELECT`` compiled once, run on a pooled connection.

The ORM costs far more CPU than the read itself: a session, its transaction bookkeeping,
identity-map loading and attribute instrumentation came to ~0.6 ms of a 0.9 ms
authenticated ``GET`` (issue 12). A hot read of a few columns needs none of it.

``OneRow(select(...))`` compiles the statement once per dialect (with its column types'
bind and result processors, so values come back exactly as the ORM would give them:
UUIDs, UTC-aware datetimes, JSON). ``fetch(engine, **params)`` then:

checks a connection out of the engine's own pool and runs the compiled SQL on the driver's
connection (asyncpg, aiosqlite), then gives the connection back at once. No ``BEGIN``: asyncpg
outside a transaction and SQLite with ``isolation_level=None`` (``db.engine``) run a lone
statement as its own transaction, and a plain read at READ COMMITTED (or in WAL mode) needs
no more. On PostgreSQL that is one round trip; on SQLite one hop to aiosqlite's thread
instead of four (BEGIN, execute, fetch, ROLLBACK). SQLAlchemy's execution events do not see
these statements (they never pass through an SQLAlchemy ``Connection``): count them on the
wire, or add an observer to ``STATEMENT_OBSERVERS``. Any other driver gets the Core statement
on ``engine.connect()`` (pass the ``read_only`` engine).

Only plain single-row ``SELECT`` statements belong here (no locks, no writes).
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import Pool, QueuePool
from sqlalchemy.util import greenlet_spawn

# Called with (engine, SQL) for every statement ``fetch`` sends on the driver connection, which
# SQLAlchemy's execution events never see: how tests count round trips (tests/test_round_trips.py).
STATEMENT_OBSERVERS: list[Callable[[AsyncEngine, str], None]] = []


class _Compiled:
    __slots__ = ("binds", "names", "results", "sql")

    def __init__(self, stmt: Select[Any], dialect: Dialect) -> None:
        compiled = stmt.compile(dialect=dialect)
        self.sql = compiled.string
        self.names: Sequence[str] = tuple(compiled.positiontup or ())
        processors = compiled._bind_processors  # the statement's own type conversions
        self.binds: tuple[Callable[[Any], Any] | None, ...] = tuple(processors.get(n) for n in self.names)
        self.results: tuple[Callable[[Any], Any] | None, ...] = tuple(
            column[3]._cached_result_processor(dialect, None) for column in compiled._result_columns
        )


async def _asyncpg_row(conn: Any, sql: str, args: list[Any]) -> Any:
    return await conn.fetchrow(sql, *args)


async def _aiosqlite_row(conn: Any, sql: str, args: list[Any]) -> Any:
    rows = await conn.execute_fetchall(sql, args)  # one hop to the connection's thread
    return rows[0] if rows else None


# How to run one statement on each driver's own connection.
_DRIVERS = {"asyncpg": _asyncpg_row, "aiosqlite": _aiosqlite_row}

# A QueuePool closes a connection opened beyond its ``pool_size`` (an "overflow" one) as soon as
# it comes back, so a burst of reads wider than the pool opened and closed a connection for one
# read in ten (32 clients, pool of 10: ~1 ms of CPU and a TLS attempt each, issue 12). These reads
# hold a connection for one round trip: they wait for a kept one instead (at most the pool's
# size at once, per pool).
_GATES: weakref.WeakKeyDictionary[Pool, asyncio.Semaphore] = weakref.WeakKeyDictionary()


def _gate(engine: AsyncEngine) -> asyncio.Semaphore | None:
    pool = engine.sync_engine.pool
    gate = _GATES.get(pool)
    if gate is None:
        if not isinstance(pool, QueuePool):
            return None
        gate = _GATES[pool] = asyncio.Semaphore(max(1, pool.size()))
    return gate


class OneRow:
    """A single-row ``SELECT`` by bound parameters (``bindparam("name")``); ``fetch`` returns a tuple or ``None``."""

    def __init__(self, stmt: Select[Any]) -> None:
        self.stmt = stmt
        self._compiled: weakref.WeakKeyDictionary[Dialect, _Compiled] = weakref.WeakKeyDictionary()

    def _for(self, dialect: Dialect) -> _Compiled:
        compiled = self._compiled.get(dialect)
        if compiled is None:
            compiled = self._compiled[dialect] = _Compiled(self.stmt, dialect)
        return compiled

    async def fetch(self, engine: AsyncEngine, **params: Any) -> tuple[Any, ...] | None:
        run = _DRIVERS.get(engine.dialect.driver)
        if run is None:
            async with engine.connect() as conn:
                row = (await conn.execute(self.stmt, params)).first()
            return None if row is None else tuple(row)
        compiled = self._for(engine.dialect)
        args = [
            value if process is None else process(value)
            for value, process in zip((params[n] for n in compiled.names), compiled.binds, strict=True)
        ]
        for observe in STATEMENT_OBSERVERS:
            observe(engine, compiled.sql)
        gate = _gate(engine)
        if gate is None:
            record = await _run_pooled(engine, run, compiled.sql, args)
        else:
            async with gate:
                record = await _run_pooled(engine, run, compiled.sql, args)
        if record is None:
            return None
        results = compiled.results
        return tuple(v if process is None else process(v) for v, process in zip(record, results, strict=True))


async def _run_pooled(engine: AsyncEngine, run: Callable[..., Any], sql: str, args: list[Any]) -> Any:
    pooled = await engine.raw_connection()
    try:
        return await run(pooled.driver_connection, sql, args)
    except BaseException as exc:
        # A broken connection must not go back to the pool as if healthy; a cancelled
        # request may have left a query running on it. Either way: drop it.
        pooled.invalidate(exc if isinstance(exc, Exception) else None)
        raise
    finally:
        await greenlet_spawn(pooled.close)
