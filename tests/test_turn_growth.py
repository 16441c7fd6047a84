"""What a turn reads and writes does not grow with its session (counted in bytes, not timed).

A guided turn reads the recent history (at most ``max_history_interactions`` rows) and the
interviewer's memory, and writes the memory back: the history is full from 40 interactions
on, so from there on nothing a turn moves may grow with the session. The memory used to: it
listed every question id asked (a long story asks ``extra.1``, ``extra.2``, … one per turn)
and the prompts the history already holds, ~21 KB read and written on every turn at 1,000
interactions. These tests count, on the live server's engine, the bytes of every parameter a
turn sends, and the memory stored, at 100 and at 1,000 interactions; on both engines.

The long sessions are written straight into the database (a story's prompts and answers,
numbered ``extra.<n>`` questions with an ``.angle`` now and then, as the guided interviewer
asks them), without a memory: their first turn builds it from the interactions, as for a
session from before the memory, and the turns after it keep it, as every turn does.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import msgspec
from sqlalchemy import event, insert, select, update

from db.models import Interaction, Session
from tests.support import Api, Database, LiveServer
from tests.turns_support import new_session, transcript

GROWTH_MAX = 1.2  # bytes per turn at 1,000 interactions ÷ at 100 (the history is full at both)
MEMORY_MAX_BYTES = 4_000  # the stored memory at 1,000 interactions (it was ~21,000)
MEMORY_GROWTH_MAX = 0.5  # bytes per interaction between 100 and 1,000 (it was ~13: every id written out)
ANSWER = "My grandmother Rosa sang while she cooked in the kitchen in Naples, in 1952."


@dataclass
class Written:
    statements: int = 0
    bytes: int = 0
    largest: list[tuple[int, str]] = field(default_factory=list)


def _size(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str | bytes | bytearray):
        return len(value)
    if isinstance(value, dict):
        return sum(_size(v) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(_size(v) for v in value)
    return len(str(value))


@contextmanager
def written(server: LiveServer) -> Iterator[Written]:
    """The statements the server's engine sends while the block runs, and their parameters' bytes."""
    engine = server.server.config.app.state.engine.sync_engine
    out = Written()
    lock = threading.Lock()

    def on_statement(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        size = _size(parameters)
        with lock:
            out.statements += 1
            out.bytes += size
            out.largest.append((size, " ".join(statement.split())[:60]))

    event.listen(engine, "before_cursor_execute", on_statement)
    try:
        yield out
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        out.largest.sort(reverse=True)


def _turn(api: Api, sid: str, text: str = ANSWER) -> dict[str, Any]:
    api.clock.advance(seconds=5)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})


def _grow(db: Database, sid: str, length: int, clock: Any) -> None:
    """Interactions 2…``length`` of a story (the opening prompt is 1), the last one a question
    waiting for its answer; the session without a memory (as before migration 0009)."""
    session_id = uuid.UUID(sid)
    now = clock()
    rows = []
    for n in range(2, length + 1):
        k = n - 1
        qid = f"extra.{k // 7}.angle" if k % 7 == 0 else f"extra.{k - k // 7}"
        rows.append(
            {
                "id": uuid.uuid4(),
                "session_id": session_id,
                "sequence": n,
                "interaction_type": "prompt",
                "agent_prompt": f"That stays with you. What else do you remember about the house, part {k}?",
                "prompt_category": "followup",
                "person_response": None if n == length else f"Answer {k}: the market, the bread and my cousin Ada.",
                "response_method": None if n == length else "text",
                "data": {"question_id": qid, "tool_mode": "native"},
                "created_at": now,
            }
        )

    async def work(session: Any) -> None:
        await session.execute(
            update(Interaction)
            .where(Interaction.session_id == session_id, Interaction.sequence == 1)
            .values(person_response="Hello, I'm ready.", response_method="text")
        )
        await session.execute(insert(Interaction), rows)
        await session.execute(
            update(Session).where(Session.id == session_id).values(last_sequence=length, interviewer_memory=None)
        )
        await session.commit()

    db.run(work)


def _memory(db: Database, sid: str) -> bytes:
    async def work(session: Any) -> Any:
        return await session.scalar(select(Session.interviewer_memory).where(Session.id == uuid.UUID(sid)))

    return msgspec.json.encode(db.run(work))


def _at(api: Api, server: LiveServer, length: int) -> tuple[Written, bytes, str]:
    """A turn's writes and the stored memory, once a session of ``length`` interactions has had
    two turns (the first builds its memory)."""
    sid = new_session(api)["id"]
    _grow(api.db, sid, length, api.clock)
    _turn(api, sid)
    _turn(api, sid)
    with written(server) as counted:
        _turn(api, sid)
    return counted, _memory(api.db, sid), sid


def test_a_turn_writes_no_more_at_a_thousand_interactions_than_at_a_hundred(
    api: Api, servers: dict[str, tuple[LiveServer, Database]], engine_name: str
) -> None:
    server = servers[engine_name][0]
    short = new_session(api)["id"]
    for _ in range(8):
        _turn(api, short)
    with written(server) as at_ten:
        _turn(api, short)
    at_hundred, memory_hundred, _ = _at(api, server, 100)
    at_thousand, memory_thousand, sid = _at(api, server, 1000)
    print(
        f"\n[{engine_name}] bytes of parameters per turn at ~10 / 100 / 1,000 interactions: "
        f"{at_ten.bytes} / {at_hundred.bytes} / {at_thousand.bytes}; stored memory at 100 / 1,000: "
        f"{len(memory_hundred)} / {len(memory_thousand)} bytes\n  largest at 1,000: {at_thousand.largest[:3]}"
    )
    assert at_thousand.statements == at_hundred.statements
    assert at_thousand.bytes <= GROWTH_MAX * at_hundred.bytes, f"{at_hundred.largest[:3]}\n{at_thousand.largest[:3]}"
    # The memory grows by the question ids only, a bit (or less) per number: not by their text.
    assert (len(memory_thousand) - len(memory_hundred)) / 900 <= MEMORY_GROWTH_MAX, (memory_hundred, memory_thousand)
    assert len(memory_thousand) <= MEMORY_MAX_BYTES, memory_thousand[:400]

    # Nothing is asked twice: the turns' questions are new ids, though the memory lists none of the old.
    prompts = [i for i in transcript(api, sid) if i["agent_prompt"]]
    ids = [(p["data"] or {}).get("question_id") for p in prompts]
    assert None not in ids and len(set(ids)) == len(ids), [q for q in ids if ids.count(q) > 1]
