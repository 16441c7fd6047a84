"""The turn lease's heartbeat tells a turn that finished from one whose session was taken over.

A turn's own commit releases its lease while the heartbeat still runs; a beat landing in that
window (wider on a loaded machine) found the lease gone and warned "taken over; this turn will not
be stored" about a turn that was stored (seen in a real-model benchmark at load 10). Only a lease
held by another turn is that warning.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import pytest

from db.engine import create_session_factory
from db.services.heartbeat import keep_lease
from db.services.turns import TurnStore
from tests.support import Api
from tests.turns_support import new_session

_LOGGER = "db.services.heartbeat"


def _beat_after(api: Api, caplog: pytest.LogCaptureFixture, then_owner: uuid.UUID | None) -> logging.LogRecord:
    """Hold a turn's lease with a fast heartbeat, hand the lease to ``then_owner`` (None: the
    turn's own commit releasing it), and return what the next beat logged."""
    sid = uuid.UUID(new_session(api, start=False)["id"])
    owner = uuid.uuid4()
    factory = create_session_factory(api.db.engine)

    async def lease(db: Any, to: uuid.UUID | None, *, claim: bool = False) -> None:
        store = TurnStore(db, api.account_id, api.clock)
        if claim:
            await store.claim(sid, owner, 30)
        else:
            await store.release(sid, owner)
            if to is not None:
                await store.claim(sid, to, 30)
        await db.commit()

    async def work(db: Any) -> None:
        await lease(db, owner, claim=True)
        async with keep_lease(factory, api.account_id, sid, owner, lease_seconds=30, every=0.01, clock=api.clock):
            async with factory() as other:
                await lease(other, then_owner)
            for _ in range(1_000):  # until a beat has seen the lease gone (it then stops by itself)
                if any(r.name == _LOGGER for r in caplog.records):
                    return
                await asyncio.sleep(0.01)

    with caplog.at_level(logging.DEBUG, logger=_LOGGER):
        api.db.run(work)
    records = [r for r in caplog.records if r.name == _LOGGER]
    assert records, "no beat ran while the turn held its lease"
    return records[0]


def test_a_beat_after_the_turn_s_own_commit_is_no_warning(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    record = _beat_after(api, caplog, None)
    assert record.levelno < logging.WARNING, record.getMessage()
    assert "taken over" not in record.getMessage()


def test_a_lease_another_turn_took_is_a_warning(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    record = _beat_after(api, caplog, uuid.uuid4())
    assert record.levelno == logging.WARNING
    assert "taken over" in record.getMessage()
