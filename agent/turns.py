"""One conversational turn, end to end, in as few database round trips as it can.

With the built-in guided interviewer (nothing remote is called) a turn is one transaction:
claim the session (one conditional ``UPDATE … RETURNING`` that also reads it, the person's
name, the interviewer's memory and the session's topics and newest artifacts), read the
recent history, store the answer, run the interviewer and its tools, then one more
``UPDATE … RETURNING`` numbers the reply, stores the interviewer's memory and releases the
lease, and the reply is inserted. A failure rolls it all back: the
person was never told their answer was taken, and nothing is left claimed.

With a model the answer must survive the model's failure, so the turn spans two commits.
commit 1: claim the session (the lease), start it if it was scheduled, store the answer
(and the idempotency record), read the context. Then, outside any transaction, the model
(``agent.loop``); tool calls run in the second transaction. commit 2: the reply, the tools'
effects, the lease released, the idempotency record completed. If the model fails, the
answer stays stored, the lease and key are released, and retrying continues from it.

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
from sqlalchemy.orm.attributes import set_committed_value

from agent.context import Memory, Recent, load_context, read_recent, recall
from agent.guided.naming import called_name
from agent.loop import LoopResult, ModelLoop
from agent.metrics import observe_turn
from agent.model import InteractionView, Provider, TextSink, TurnContext
from agent.settings import AgentSettings
from agent.tools import ToolContext, TurnEffects
from db.errors import Conflict, InvalidField
from db.models import Interaction, Session, TurnRequest
from db.services.audio import NewClip, attach_clip
from db.services.batch import flush_new_rows
from db.services.heartbeat import keep_lease
from db.services.rejoin import Join, join_answer
from db.services.sessions import hold
from db.services.turns import Claim, LastInteraction, TurnBusy, TurnStore

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
    join: Join | None = None  # spoken words that go on the answer before: joined to it (db.services.rejoin)

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


@dataclass
class _Begun:
    """What a turn holds once its answer is stored: nothing of it is read again."""

    claim: Claim
    recent: Recent
    memory: Memory
    ctx: TurnContext
    answer: Interaction | None
    fresh: bool  # this turn stored the answer (no earlier turn's key can point at it)
    started: bool


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
        if idempotency_key is not None and turn is not None and lock.locked():
            # A turn of this session runs here: a finished key is replayed (a running one refused)
            # without queueing behind it. Uncontended, the claim's transaction checks the key.
            done = await self._check_key(account_id, session_id, idempotency_key, turn.fingerprint())
            if done is not None:
                return await self._replay(account_id, done, present)
        try:  # turns of one session queue here within a process (the lease covers processes) …
            async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                await lock.acquire()
        except TimeoutError:  # … but no longer than turn_wait_seconds, like a wait for the lease
            raise TurnBusy("another turn is in progress for this session; retry shortly") from None
        try:
            job = _Job(account_id, session_id, owner, turn, present, idempotency_key, on_text, deadline)
            while True:
                job.started, job.timings = started_at, {"queued_ms": _ms(started_at)}
                try:
                    if self.loop.model_driven:
                        return await self._two_commits(job)
                    return await self._one_commit(job)
                except Replay as replay:
                    return await self._replay(account_id, replay.record, present)
                except Unreplied:  # holding the lease: reply to it, then store this answer
                    await self._recover(job)
        finally:
            lock.release()

    # --- the two shapes of a turn -------------------------------------------------------

    async def _one_commit(self, job: _Job, *, recovering: bool = False) -> dict[str, Any]:
        """No remote call: the whole turn in one transaction (see the module's docstring)."""
        async with self.session_factory() as db:
            store = TurnStore(db, job.account_id, self.clock, autocommit=False)
            begun = await self._begin(db, store, job, recovering=recovering)
            tools = self._tools(db, job, begun, begun.answer)
            result = await self.loop.run(begun.ctx, tools, job.on_text, job.timings)
            body = await self._finish(db, store, job, begun, result, tools)
            await db.commit()
        return self._observed(job, body)

    async def _two_commits(self, job: _Job, *, recovering: bool = False) -> dict[str, Any]:
        """A model: the answer is committed before the model is called (see the module's docstring)."""
        async with self.session_factory() as db:
            store = TurnStore(db, job.account_id, self.clock, autocommit=False)
            begun = await self._begin(db, store, job, recovering=recovering)
            try:
                await db.commit()
            except IntegrityError:
                # Another process inserted the same key between our check and our commit.
                raise Conflict("a request with this Idempotency-Key is still running") from None
        try:
            async with self._heartbeat(job), self.session_factory() as db:  # first used by a tool, or by commit 2
                answer = await db.merge(begun.answer, load=False) if begun.answer is not None else None
                tools = self._tools(db, job, begun, answer)
                result = await self.loop.run(begun.ctx, tools, job.on_text, job.timings)
                store = TurnStore(db, job.account_id, self.clock, autocommit=False)
                body = await self._finish(db, store, job, begun, result, tools)
                await db.commit()
        except BaseException:
            await self._abandon(job.account_id, job.session_id, job.owner, job.key)
            raise
        return self._observed(job, body)

    # --- before the interviewer ---------------------------------------------------------

    async def _begin(self, db: AsyncSession, store: TurnStore, job: _Job, *, recovering: bool = False) -> _Begun:
        """Claim the session, store the answer, read the context: all in the open transaction."""
        claim = await self._claim(db, store, job)
        hold(db, claim.session)  # locked by the claim: the tools need not read it again
        turn = job.turn
        # The key first: a finished one is replayed without reading anything more.
        record = await self._keyed(store, job) if job.key is not None and turn is not None else None
        if turn is not None and turn.join is not None:
            return await self._rejoin(db, store, job, claim, turn, turn.join)
        recent = await read_recent(db, job.session_id, self.settings.max_history_interactions)
        last = _last(recent)
        if turn is not None and last is not None and last.answered and not last.same_answer(turn.answer_fields()):
            await db.commit()  # keep the lease while replying to it
            raise Unreplied()
        started = await store.start_if_scheduled(claim.session)
        answer, fresh = None, False
        if turn is not None:
            answer, fresh = await store.store_answer(claim.session, last, turn.answer_fields())
            if fresh:  # written (so locked) by this transaction: the tools need not read it again
                hold(db, claim.session, answer)
            await self._keep_answer(db, store, job, answer, record)
            recent = recent.with_answer(answer)
        elif recovering and recent.last_id is not None:
            answer = await db.get_one(Interaction, recent.last_id)
        return await self._context(db, store, job, claim, recent, answer, fresh, started)

    async def _rejoin(
        self, db: AsyncSession, store: TurnStore, job: _Job, claim: Claim, turn: TurnInput, join: Join
    ) -> _Begun:
        """The answer amended with the words that go on it, the reply to its first half withdrawn
        (``db.services.rejoin``); the turn then replies to the whole answer. ``NotJoined`` changes nothing."""
        if job.key is not None:
            raise InvalidField("Idempotency-Key", "a joined answer is not keyed")
        answer, withdrawn = await join_answer(db, claim.session, join, turn.answer_fields(), turn.audio, self.clock())
        hold(db, claim.session, answer)
        if withdrawn.artifacts:  # the claim listed them: the context must not
            gone = set(withdrawn.artifacts)
            claim.artifacts = [a for a in claim.artifacts if (a.artifact_type, a.title, a.content) not in gone]
        recent = await read_recent(db, job.session_id, self.settings.max_history_interactions)
        return await self._context(db, store, job, claim, recent, answer, True, False)

    async def _context(
        self,
        db: AsyncSession,
        store: TurnStore,
        job: _Job,
        claim: Claim,
        recent: Recent,
        answer: Interaction | None,
        fresh: bool,
        started: bool,
    ) -> _Begun:
        called = await self._called(store, claim, answer)
        memory = await recall(db, job.session_id, claim.memory, recent)
        job.timings["answer_ms"] = _ms(job.started) - job.timings["queued_ms"]
        t = time.perf_counter()
        ctx = await load_context(
            db,
            claim.session,
            claim.person_name,
            recent,
            memory,
            self.settings,
            self.clock(),
            opening=answer is None,
            summarise=self.loop.model_driven,
            claimed=claim,  # its topics and artifacts: nothing in this transaction changed them since
            person_called=called,
        )
        job.timings["context_ms"] = _ms(t)
        return _Begun(claim, recent, memory, ctx, answer, fresh, started)

    async def _called(self, store: TurnStore, claim: Claim, answer: Interaction | None) -> str | None:
        """What the person likes to be called: a name they just asked for in their answer ("call me
        Henk", in any mode: their own words, never the model's) is kept and used from this reply on."""
        said = called_name(answer.person_response) if answer is not None else None
        if said is None or said == claim.person_called:
            return claim.person_called
        return await store.keep_called(claim.session.person_id, said) or claim.person_called

    async def _claim(self, db: AsyncSession, store: TurnStore, job: _Job) -> Claim:
        """The lease, waiting (up to the turn's deadline) for another process's turn to end.

        A keyed turn refused the lease (another process's turn holds it, or the session closed)
        first looks its key up, once: a finished key is replayed and a running one refused at
        once, as before queueing in ``run``. A claimed turn checks its key under the lease."""
        while True:
            try:
                return await store.claim(job.session_id, job.owner, self.settings.turn_lease_seconds)
            except Conflict as refusal:  # TurnBusy, or a closed session
                await db.rollback()
                if job.key is not None and job.turn is not None and not job.key_checked:
                    job.key_checked = True
                    done = await self._check_key(job.account_id, job.session_id, job.key, job.turn.fingerprint())
                    if done is not None:
                        raise Replay(done) from None
                if not isinstance(refusal, TurnBusy) or time.monotonic() > job.deadline:
                    raise
                await asyncio.sleep(0.05)

    async def _keyed(self, store: TurnStore, job: _Job) -> TurnRequest | None:
        """Under the lease: a finished key is replayed; a ``running`` one's turn died (this
        turn holds the lease), and this turn continues it."""
        assert job.key is not None and job.turn is not None
        record = await store.find_request(job.session_id, job.key)
        if record is not None:
            if record.request_hash != job.turn.fingerprint():
                raise InvalidField("Idempotency-Key", "was already used for a different request body")
            if record.status != "running":
                raise Replay(record)
        return record

    async def _keep_answer(
        self, db: AsyncSession, store: TurnStore, job: _Job, answer: Interaction, record: TurnRequest | None
    ) -> None:
        """The answer's recording and idempotency record, in the answer's transaction."""
        turn = job.turn
        assert turn is not None
        if turn.audio is not None:
            await attach_clip(db, answer, turn.audio, self.clock())
        if job.key is None:
            return
        try:
            await db.flush()  # the answer's id (a new row), and a duplicate key shows here
            if record is None:
                store.begin_request(job.session_id, job.key, turn.fingerprint(), job.owner, answer.id)
            else:
                store.continue_request(record, job.owner, answer.id)
            await db.flush()
        except IntegrityError:
            raise Conflict("a request with this Idempotency-Key is still running") from None

    def _tools(self, db: AsyncSession, job: _Job, begun: _Begun, answer: Interaction | None) -> ToolContext:
        # A tool may leave rows for the reply's flush (``RecordService.add_artifact``): a query a
        # later tool makes must see them, so from here on a query flushes first.
        db.sync_session.autoflush = True
        return ToolContext(
            db,
            job.account_id,
            job.session_id,
            begun.claim.session.person_id,
            answer.sequence if answer is not None else None,
            self.clock,
            answer=answer,
        )

    # --- after the interviewer ----------------------------------------------------------

    async def _finish(
        self, db: AsyncSession, store: TurnStore, job: _Job, begun: _Begun, result: LoopResult, tools: ToolContext
    ) -> dict[str, Any]:
        """Number and store the reply, keep the memory, release the lease: one UPDATE, one INSERT."""
        t = time.perf_counter()
        db.sync_session.autoflush = False  # the rows the tools left go with the reply, below
        session = begun.claim.session
        known = max(session.last_sequence or 0, begun.answer.sequence if begun.answer is not None else 0)
        fields = result.prompt_fields(job.timings)
        window = self.settings.max_history_interactions  # what the next turn reads (read_recent)
        memory = begun.memory.after_turn(
            begun.recent, _prompt_view(known + 1, result.text, fields, self.clock()), window
        )
        sequence, status, version = await store.finish(job.session_id, job.owner, memory)
        if sequence != known + 1:  # someone numbered an interaction between our commits
            memory = begun.memory.after_turn(
                begun.recent, _prompt_view(sequence, result.text, fields, self.clock()), window
            )
            await store.keep_memory(job.session_id, memory)
        if begun.answer is not None and not begun.fresh:
            await store.settle_requests(job.session_id, begun.answer.id)
        prompt = store.add_prompt(job.session_id, sequence, result.text, fields)
        await flush_new_rows(db)  # the reply's INSERT, with the rows a tool left (one statement on PostgreSQL)
        set_committed_value(session, "status", status)  # as the tools left them: nothing is read again
        set_committed_value(session, "version", version)
        answer = tools.answer if tools.answer is not None else begun.answer
        outcome = TurnOutcome(session, answer, prompt, result.text, tools.effects, begun.started, job.timings)
        body = job.present(outcome)
        if job.key is not None:
            await store.finish_request(job.session_id, job.key, body)
        job.timings["commit_ms"] = _ms(t)
        return body

    def _observed(self, job: _Job, body: dict[str, Any]) -> dict[str, Any]:
        job.timings["total_ms"] = _ms(job.started)
        observe_turn(self.provider.name, job.timings)
        return body

    # --- keys, replays, recovery ----------------------------------------------------------

    async def _check_key(
        self, account_id: uuid.UUID, session_id: uuid.UUID, key: str, fingerprint: str
    ) -> TurnRequest | None:
        """Fail fast, before queueing: a key reused for another body, or one whose turn is
        still running; a finished one is returned for replay. A key whose turn died is
        neither: this request queues for the session and continues it."""
        async with self.read_factory() as db:
            store = TurnStore(db, account_id, self.clock)
            existing, live = await store.find_request_and_lease(session_id, key)
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

    async def _recover(self, job: _Job) -> None:
        """Reply to an answer whose turn died, under this turn's lease (released after)."""
        log.warning("session %s: replying to an answer whose turn never replied", job.session_id)
        rescue = _Job(job.account_id, job.session_id, job.owner, None, _unpresented, None, None, job.deadline)
        rescue.started, rescue.timings = time.perf_counter(), {"queued_ms": 0.0, "recovered": True}
        try:
            if self.loop.model_driven:
                await self._two_commits(rescue, recovering=True)
            else:
                await self._one_commit(rescue, recovering=True)
        except BaseException:
            await self._abandon(job.account_id, job.session_id, job.owner, None)
            raise

    def _heartbeat(self, job: _Job) -> Any:
        return keep_lease(
            self.session_factory,
            job.account_id,
            job.session_id,
            job.owner,
            lease_seconds=self.settings.turn_lease_seconds,
            every=self.settings.turn_heartbeat_seconds,
            clock=self.clock,
        )

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


@dataclass
class _Job:
    """One request for a turn, as the runner passes it between its steps."""

    account_id: uuid.UUID
    session_id: uuid.UUID
    owner: uuid.UUID
    turn: TurnInput | None
    present: Presenter
    key: str | None
    on_text: TextSink | None
    deadline: float
    started: float = 0.0  # perf_counter when the request arrived
    key_checked: bool = False  # its key was looked up outside the claim (see ``_claim``)
    timings: dict[str, Any] = field(default_factory=dict)


def _last(recent: Recent) -> LastInteraction | None:
    last, last_id = recent.last, recent.last_id
    if last is None or last_id is None:
        return None
    return LastInteraction(last_id, last.person_response, last.response_method)


def _prompt_view(sequence: int, text: str, fields: dict[str, Any], now: datetime) -> InteractionView:
    """The reply as the interviewer's memory records it."""
    return InteractionView(
        sequence, text, None, None, fields.get("prompt_category"), fields.get("data"), fields.get("topic_id"), now
    )


def _unpresented(outcome: TurnOutcome) -> dict[str, Any]:
    """A recovered turn's body: its request died, so nobody receives it."""
    return {}


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000.0, 2)
