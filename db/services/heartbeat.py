"""The heartbeat that keeps a running turn's lease on its session alive.

The lease is short (``turn_lease_seconds``, seconds rather than minutes) so that a turn
whose process was killed frees its session within one lease: nothing in the database
can tell a dead process from a slow one except that it stopped renewing. While the turn
runs, this renews the lease every ``every`` seconds in its own short transaction.

Why not PostgreSQL advisory locks (freed the moment a killed process's connection
drops): they hold a pooled connection for the whole model call of every running turn,
they exist on one engine only (SQLite would still need this lease), and a process that
is alive but stuck would keep them forever. One mechanism on both engines, which also
frees a session from a turn that hangs, is simpler to reason about.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.services.common import Clock
from db.services.turns import TurnStore

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def keep_lease(
    session_factory: async_sessionmaker[AsyncSession],
    account_id: uuid.UUID,
    session_id: uuid.UUID,
    owner: uuid.UUID,
    *,
    lease_seconds: float,
    every: float,
    clock: Clock,
) -> AsyncIterator[None]:
    """Renew ``owner``'s lease on the session while the body runs.

    A renewal that fails (the database busy or down) is retried at the next beat; once
    the lease is someone else's the heartbeat stops, and the turn's commit finds out
    (``TurnStore.finish``) and stores nothing.
    """

    stop = asyncio.Event()

    async def beat() -> None:
        while True:
            try:
                await asyncio.wait_for(stop.wait(), every)
                return
            except TimeoutError:
                pass
            try:
                async with session_factory() as db:
                    store = TurnStore(db, account_id, clock)
                    held = await store.renew(session_id, owner, lease_seconds)
                    holder = None if held else await store.holder(session_id)
                    await db.commit()
            except Exception as exc:  # the next beat tries again; the lease has room for a few misses
                log.warning("could not renew the turn lease of session %s: %s", session_id, exc)
                continue
            if held:
                continue
            if holder is None:
                # The turn's own commit released it, a beat before the heartbeat was told to stop
                # (a window that widens on a loaded machine): nothing is wrong.
                log.debug("no turn holds the lease of session %s any more: its heartbeat stops", session_id)
            else:
                log.warning("the turn lease of session %s was taken over; this turn will not be stored", session_id)
            return

    task = asyncio.create_task(beat())
    try:
        yield
    finally:
        # Stop, and let a renewal in flight finish: cancelled mid-statement, a SQLite connection
        # could be left inside BEGIN IMMEDIATE, holding the database's write lock. It cannot wait
        # for long: the turn's own transaction, the only thing it could be waiting for, is closed.
        stop.set()
        await task
