"""One conversational turn, end to end.

commit 1: claim the session (lease), start it if it was scheduled, store the person's
answer (and the idempotency record). Then, outside any transaction: build the context
and call the model (``agent.loop``). Tool calls run in the second transaction, each in a
savepoint; the loop ends when the model answers in text, or after ``max_steps`` with a
graceful wrap-up. commit 2: the agent's next prompt, the tools' effects, the lease
released, the idempotency record completed. If the model fails, the answer stays
stored, the lease and key are released, and retrying continues from the stored answer.

If the process dies mid-turn, its lease stops being renewed (``db.services.heartbeat``)
and lapses: the next turn, on any server, takes the session over. A new answer first
gets the dead turn's answer replied to (``_recover``); the dead turn's keyed retry
continues it from the stored answer, or replays the reply a later turn wrote for it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agent.context import load_context
from agent.loop import ModelLoop
from agent.metrics import observe_turn
from agent.model import Provider, TextSink
from agent.settings import AgentSettings
from agent.tools import ToolContext, TurnEffects
from db.errors import Conflict, InvalidField
from db.models import Interaction, Session, TurnRequest
from db.services.audio import NewClip, attach_clip
from db.services.heartbeat import keep_lease
from db.services.turns import TurnBusy, TurnStore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TurnInput:
    text: str | None = None
    skip: bool = False
    method: str = "text"
    transcript_confidence: float | None = None
    duration_seconds: float | None = None
    data: dict[str, Any] | None = None
    audio: NewClip | None = None  # the recording of the answer: stored with it, in the same commit

    def answer_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "person_response": None if self.skip else self.text,
            "response_method": "skip" if self.skip else self.method,
        }
        if self.transcript_confidence is not None:
            fields["transcript_confidence"] = self.transcript_confidence
        if self.duration_seconds is not None:
            fields["duration_seconds"] = self.duration_seconds
        if self.data:
            fields["data"] = self.data
        return fields

    def fingerprint(self) -> str:
        raw = repr((self.text, self.skip, self.method, self.transcript_confidence, self.duration_seconds))
        return hashlib.sha256(raw.encode()).hexdigest()


@dataclass
class TurnOutcome:
    session: Session
    answer: Interaction | None
    prompt: Interaction
    reply: str
    effects: TurnEffects
    started: bool
    timings: dict[str, Any] = field(default_factory=dict)


# Turns the caller's presenter into the JSON body stored for idempotent replays.
Presenter = Callable[[TurnOutcome], dict[str, Any]]


class Replay(Exception):
    """A keyed request already finished: answer with its stored body, no model call."""

    def __init__(self, record: TurnRequest) -> None:
        super().__init__("replay")
        self.record = record


class Unreplied(Exception):
    """The session's last answer never got its reply (its turn died or failed): reply to it
    before storing a different answer, which would otherwise answer no question."""

    def __init__(self, answer: Interaction) -> None:
        super().__init__("unreplied answer")
        self.answer = answer


class TurnRunner:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        provider: Provider,
        settings: AgentSettings,
        clock: Callable[[], datetime],
        read_factory: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.read_factory = read_factory or session_factory  # read-only work: never waits for writers
        self.provider = provider
        self.settings = settings
        self.clock = clock
        self._locks: weakref.WeakValueDictionary[uuid.UUID, asyncio.Lock] = weakref.WeakValueDictionary()
        self.loop = ModelLoop(provider, settings)

    async def run(
        self,
        account_id: uuid.UUID,
        session_id: uuid.UUID,
        turn: TurnInput | None,
        present: Presenter,
        *,
        idempotency_key: str | None = None,
        on_text: TextSink | None = None,
    ) -> dict[str, Any]:
        """Run a turn (``turn=None``: the opening prompt) and return the presented body."""
        started_at = time.perf_counter()
        owner = uuid.uuid4()
        lock = self._locks.get(session_id)
        if lock is None:
            lock = self._locks[session_id] = asyncio.Lock()
        deadline = time.monotonic() + self.settings.turn_wait_seconds
        if idempotency_key is not None and turn is not None:
            done = await self._check_key(account_id, session_id, idempotency_key, turn.fingerprint())
            if done is not None:  # a finished keyed request: no queueing behind running turns
                return await self._replay(account_id, done, present)
        try:  # turns of one session queue here within a process (the lease covers processes) …
            async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                await lock.acquire()
        except TimeoutError:  # … but no longer than turn_wait_seconds, like a wait for the lease
            raise TurnBusy("another turn is in progress for this session; retry shortly") from None
        try:
            timings: dict[str, Any] = {"queued_ms": _ms(started_at), "_started": started_at}
            while True:
                try:
                    answer, started = await self._store_answer(
                        account_id, session_id, owner, turn, idempotency_key, deadline
                    )
                    break
                except Replay as replay:
                    return await self._replay(account_id, replay.record, present)
                except Unreplied as unreplied:  # holding the lease: reply to it, then store this answer
                    await self._recover(account_id, session_id, owner, unreplied.answer)
            timings["answer_ms"] = _ms(started_at) - timings["queued_ms"]
            try:
                async with self._heartbeat(account_id, session_id, owner):
                    return await self._respond(
                        account_id, session_id, owner, answer, started, present, idempotency_key, on_text, timings
                    )
            except BaseException:
                await self._abandon(account_id, session_id, owner, idempotency_key)
                raise
        finally:
            lock.release()

    # --- commit 1 ---------------------------------------------------------------------

    async def _check_key(
        self, account_id: uuid.UUID, session_id: uuid.UUID, key: str, fingerprint: str
    ) -> TurnRequest | None:
        """Fail fast, before queueing: a key reused for another body, or one whose turn is
        still running; a finished one is returned for replay. A key whose turn died is
        neither: this request queues for the session and continues it."""
        async with self.read_factory() as db:
            store = TurnStore(db, account_id, self.clock)
            existing = await store.find_request(session_id, key)
            live = existing is not None and await store.request_is_live(existing)
        if existing is None:
            return None
        if existing.request_hash != fingerprint:
            raise InvalidField("Idempotency-Key", "was already used for a different request body")
        if live:
            raise Conflict("a request with this Idempotency-Key is still running")
        return existing if existing.status != "running" else None

    async def _replay(self, account_id: uuid.UUID, record: TurnRequest, present: Presenter) -> dict[str, Any]:
        """A finished key's body. A ``replied`` key (its request died, a later turn replied to
        its answer) is answered from the transcript (the tools' effects are in the session),
        and that body is kept for its later replays."""
        if record.status == "done" and record.response is not None:
            return record.response
        async with self.session_factory() as db:
            store = TurnStore(db, account_id, self.clock, autocommit=False)
            found = await store.replied_turn(record)
            if found is None:  # not reachable: a replied key's answer has a reply
                raise Conflict("a request with this Idempotency-Key is still running")
            session, answer, reply = found
            body = present(TurnOutcome(session, answer, reply, reply.agent_prompt or "", TurnEffects(), False))
            body = await store.keep_replay(record, body)
            await db.commit()
            return body

    async def _recover(
        self, account_id: uuid.UUID, session_id: uuid.UUID, owner: uuid.UUID, answer: Interaction
    ) -> None:
        """Reply to an answer whose turn died, under this turn's lease (released after)."""
        log.warning("session %s: replying to answer %s, whose turn never replied", session_id, answer.sequence)
        timings: dict[str, Any] = {"_started": time.perf_counter(), "recovered": True}
        try:
            async with self._heartbeat(account_id, session_id, owner):
                await self._respond(account_id, session_id, owner, answer, False, _unpresented, None, None, timings)
        except BaseException:
            await self._abandon(account_id, session_id, owner, None)
            raise

    def _heartbeat(self, account_id: uuid.UUID, session_id: uuid.UUID, owner: uuid.UUID) -> Any:
        return keep_lease(
            self.session_factory,
            account_id,
            session_id,
            owner,
            lease_seconds=self.settings.turn_lease_seconds,
            every=self.settings.turn_heartbeat_seconds,
            clock=self.clock,
        )

    async def _store_answer(
        self,
        account_id: uuid.UUID,
        session_id: uuid.UUID,
        owner: uuid.UUID,
        turn: TurnInput | None,
        key: str | None,
        deadline: float,
    ) -> tuple[Interaction | None, bool]:
        while True:
            async with self.session_factory() as db:
                store = TurnStore(db, account_id, self.clock, autocommit=False)
                try:
                    session = await store.claim(session_id, owner, self.settings.turn_lease_seconds)
                except TurnBusy:
                    await db.rollback()
                    if time.monotonic() > deadline:
                        raise
                    await asyncio.sleep(0.05)
                    continue
                # Under the lease (and the session row's lock) from here: no other turn runs.
                record = None
                if key is not None and turn is not None:
                    record = await store.find_request(session_id, key)
                    if record is not None:
                        if record.request_hash != turn.fingerprint():
                            raise InvalidField("Idempotency-Key", "was already used for a different request body")
                        if record.status != "running":
                            raise Replay(record)
                        # Still running, yet this turn holds the lease: the key's turn died. Continue it.
                if turn is not None:
                    unreplied = await store.unreplied_answer(session_id, turn.answer_fields())
                    if unreplied is not None:
                        await db.commit()  # keep the lease while replying to it
                        raise Unreplied(unreplied)
                started = await store.start_if_scheduled(session)
                answer = await store.store_answer(session, turn.answer_fields()) if turn is not None else None
                if answer is not None and turn is not None and turn.audio is not None:
                    await attach_clip(db, answer, turn.audio, self.clock())
                if answer is not None and key is not None and turn is not None:
                    await db.flush()  # the answer's id
                    if record is None:
                        store.begin_request(session_id, key, turn.fingerprint(), owner, answer.id)
                    else:
                        store.continue_request(record, owner, answer.id)
                try:
                    await db.commit()
                except IntegrityError:
                    # Another process inserted the same key between our check and our commit.
                    raise Conflict("a request with this Idempotency-Key is still running") from None
                return answer, started

    # --- the model, the tools, commit 2 -----------------------------------------------

    async def _respond(
        self,
        account_id: uuid.UUID,
        session_id: uuid.UUID,
        owner: uuid.UUID,
        answer: Interaction | None,
        started: bool,
        present: Presenter,
        key: str | None,
        on_text: TextSink | None,
        timings: dict[str, Any],
    ) -> dict[str, Any]:
        turn_started = timings.pop("_started")
        t = time.perf_counter()
        async with self.read_factory() as reader:
            ctx = await load_context(
                reader, account_id, session_id, self.settings, self.clock(), opening=answer is None
            )
        timings["context_ms"] = _ms(t)
        async with self.session_factory() as db:  # first used by a tool, or by commit 2
            tools = ToolContext(
                db, account_id, session_id, ctx.person_id, answer.sequence if answer else None, self.clock
            )
            result = await self.loop.run(ctx, tools, on_text, timings)

            t = time.perf_counter()
            store = TurnStore(db, account_id, self.clock, autocommit=False)
            session = await store.confirm(session_id, owner)
            prompt = await store.write_prompt(session, result.text, result.prompt_fields(timings))
            await store.release(session_id, owner)
            await db.flush()
            if answer is not None:
                answer = await db.get(Interaction, answer.id)
            outcome = TurnOutcome(session, answer, prompt, result.text, tools.effects, started, timings)
            body = present(outcome)
            if key is not None:
                await store.finish_request(session_id, key, body)
            await db.commit()
            timings["commit_ms"] = _ms(t)
            timings["total_ms"] = _ms(turn_started)
            observe_turn(self.provider.name, timings)
            return body

    async def _abandon(self, account_id: uuid.UUID, session_id: uuid.UUID, owner: uuid.UUID, key: str | None) -> None:
        """After a failure: keep the stored answer, free the session and the key for a retry."""
        try:
            async with self.session_factory() as db:
                store = TurnStore(db, account_id, self.clock, autocommit=False)
                await store.release(session_id, owner)
                if key is not None:
                    await store.drop_request(session_id, key, owner)
                await db.commit()
        except Exception:  # the lease expires on its own; never hide the original error
            log.exception("could not release the turn lease of session %s", session_id)


def _unpresented(outcome: TurnOutcome) -> dict[str, Any]:
    """A recovered turn's body: its request died, so nobody receives it."""
    return {}


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000.0, 2)
