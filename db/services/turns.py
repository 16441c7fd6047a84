"""Persistence for agent turns: the per-session lease, answers, prompts, idempotency.

A turn with a model spans two commits (the person's answer first, so a model failure
loses nothing; then the agent's reply with everything its tools did); the built-in guided
interviewer, which calls nothing remote, runs in one. The session is claimed by a lease
(``turn_owner`` + ``turn_lease_until`` on the session row), so turns from any number of
processes never interleave. The lease is short and renewed while the
turn runs (``db.services.heartbeat``), so a killed process's lease lapses within one lease
and the next turn, on any server, takes the session over.

What a dead turn leaves behind is finished, not worked around: its answer, stored without
a reply, is replied to before a different answer is stored (so no answer is ever stored
without the question it answers), and its ``running`` key is continued by the key's retry
or, once a later turn replied to its answer, replayed from the transcript.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ScalarSelect, bindparam, delete, func, insert, or_, select, update

from db.errors import Conflict, InvalidField, NotFound
from db.models import Artifact, Interaction, Person, Session, SessionTopic, Topic, TurnRequest
from db.models.enums import CLOSED_STATUSES, SessionStatus
from db.services.common import ScopedService
from db.services.lifecycle import LifecycleService
from db.services.people import clean_called
from db.services.records import allocate_sequences
from db.services.sessions import SessionService


class TurnBusy(Conflict):
    """Another turn holds the session."""


ARTIFACTS_IN_CONTEXT = 10  # the newest artifacts a turn's context shows
# What a turn knows of each linked topic (after its id), in the interviewer's order: the claim's JSON
# and agent.context's own read of them select these, so the two cannot drift.
TOPIC_FIELDS = (
    Topic.title,
    Topic.kind,
    Topic.period_start,
    Topic.period_end,
    SessionTopic.coverage_level,
    SessionTopic.is_primary_focus,
)
TOPIC_ORDER = (SessionTopic.is_primary_focus.desc(), Topic.period_start, Topic.title)


@dataclass(slots=True)
class ClaimedTopic:
    id: uuid.UUID
    title: str
    kind: str
    period_start: date | None
    period_end: date | None
    coverage_level: str
    is_primary_focus: bool


@dataclass(slots=True)
class ClaimedArtifact:
    artifact_type: str
    title: str | None
    content: str
    is_approved: bool


@dataclass(slots=True)
class Claim:
    """What claiming the session returned: the session (locked for this transaction), its
    person's name and what they like to be called, the interviewer's memory (see
    ``agent.context.Memory``), and the session's topics and newest artifacts as the turn's context
    shows them (read by the same statement: nothing in the turn changes them before the context
    is built)."""

    session: Session
    person_name: str
    memory: dict[str, Any] | None
    topics: list[ClaimedTopic] = field(default_factory=list)
    artifacts: list[ClaimedArtifact] = field(default_factory=list)
    person_called: str | None = None


@dataclass(frozen=True, slots=True)
class LastInteraction:
    """The session's newest interaction, as much of it as storing an answer needs."""

    id: uuid.UUID
    person_response: str | None
    response_method: str | None

    @property
    def answered(self) -> bool:
        return self.person_response is not None or self.response_method is not None

    def same_answer(self, fields: dict[str, Any]) -> bool:
        return self.person_response == fields.get("person_response") and self.response_method == fields.get(
            "response_method"
        )


_CLOSED = [s.value for s in CLOSED_STATUSES]


class TurnStore(ScopedService):
    async def claim(self, session_id: uuid.UUID, owner: uuid.UUID, lease_seconds: float) -> Claim:
        """Take the turn lease in one conditional ``UPDATE … RETURNING`` that also reads the
        session, its person's name, the interviewer's memory, and the session's topics and
        newest artifacts (each as one JSON array: one round trip, not three); raise
        ``TurnBusy`` if another turn holds it (``NotFound``/``Conflict`` for a missing or
        closed session)."""
        now = self.now()
        dialect = self.db.get_bind().dialect.name
        stmt = _CLAIMS.get(dialect)
        if stmt is None:
            stmt = _CLAIMS[dialect] = _claim_statement(dialect)
        params = {
            "claim_session": session_id,
            "claim_account": self.account_id,
            "claim_owner": owner,
            "claim_now": now,
            "claim_until": now + timedelta(seconds=lease_seconds),
        }
        row = (await self.db.execute(stmt, params)).first()
        if row is None:
            raise await self._refusal(session_id, "a turn needs a scheduled, in-progress or paused session")
        topics = [
            ClaimedTopic(uuid.UUID(tid), title, kind, _day(start), _day(end), coverage, bool(primary))
            for _, tid, title, kind, start, end, coverage, primary in _rows(row[3])
        ]
        artifacts = [
            ClaimedArtifact(kind, title, content, bool(approved)) for _, kind, title, content, approved in _rows(row[4])
        ]
        return Claim(row[0], row[1], row[2], topics, artifacts, row[5])

    async def keep_called(self, person_id: uuid.UUID, called: str) -> str | None:
        """What the person just said they like to be called (``agent.guided.naming.called_name``),
        kept on the person in the turn's transaction as the people service keeps it; None (nothing
        kept) when it is not a name that service would keep."""
        try:
            kept = clean_called(called)
        except InvalidField:
            return None
        await self.db.execute(
            update(Person)
            .where(Person.id == person_id, Person.account_id == self.account_id)
            .values(called=kept)
            .execution_options(synchronize_session=False)
        )
        return kept

    async def finish(
        self, session_id: uuid.UUID, owner: uuid.UUID, memory: dict[str, Any], *, numbers: int = 1
    ) -> tuple[int, str, int]:
        """At the end of a turn, in one ``UPDATE … RETURNING``: check the lease is still this
        turn's and the session still open, reserve ``numbers`` interaction numbers, store the
        interviewer's memory and release the lease. Returns the first number, and the
        session's status and version as the turn leaves them."""
        params = {
            "finish_session": session_id,
            "finish_owner": owner,
            "finish_numbers": numbers,
            "finish_now": self.now(),
            "finish_memory": memory,
        }
        found = (await self.db.execute(_FINISH, params)).first()
        if found is None:
            raise await self._refusal(
                session_id,
                "the interviewer was answering",
                busy="this turn's claim on the session expired before it finished; send it again",
            )
        return int(found.last_sequence) - numbers + 1, found.status, found.version

    async def keep_memory(self, session_id: uuid.UUID, memory: dict[str, Any]) -> None:
        """Rewrite the interviewer's memory (when ``finish`` numbered the reply unexpectedly)."""
        table = Session.__table__
        await self.db.execute(
            update(table)
            .where(table.c.id == session_id)
            .values(interviewer_memory=memory, updated_at=table.c.updated_at)
        )

    async def _refusal(self, session_id: uuid.UUID, closed_while: str, *, busy: str | None = None) -> Exception:
        """Why a conditional lease UPDATE matched no row (the failure path only: one more read)."""
        row = (
            await self.db.execute(
                select(Session.status, Session.turn_owner).where(
                    Session.id == session_id, Session.account_id == self.account_id
                )
            )
        ).first()
        if row is None:
            return NotFound("session", session_id)
        if row.status in _CLOSED:
            if busy is None:
                return Conflict(f"session is {row.status}; {closed_while}")
            return Conflict(f"session became {row.status} while {closed_while}")
        return TurnBusy(busy or "another turn is in progress for this session; retry shortly")

    async def release(self, session_id: uuid.UUID, owner: uuid.UUID) -> None:
        await self._set_lease(session_id, None, None, only_owner=owner)

    async def renew(self, session_id: uuid.UUID, owner: uuid.UUID, lease_seconds: float) -> bool:
        """The heartbeat: extend this turn's lease; False once it is no longer this turn's."""
        table = Session.__table__
        result = await self.db.execute(
            update(table)
            .where(table.c.id == session_id, table.c.turn_owner == owner)
            .values(turn_lease_until=self.now() + timedelta(seconds=lease_seconds), updated_at=table.c.updated_at)
        )
        return result.rowcount == 1

    async def holder(self, session_id: uuid.UUID) -> uuid.UUID | None:
        """Whose turn holds the session's lease now (None: no turn)."""
        table = Session.__table__
        return await self.db.scalar(select(table.c.turn_owner).where(table.c.id == session_id))

    async def _set_lease(
        self,
        session_id: uuid.UUID,
        owner: uuid.UUID | None,
        until: datetime | None,
        *,
        only_owner: uuid.UUID | None = None,
    ) -> None:
        """Write the lease with a Core UPDATE: it is bookkeeping, not an edit, so neither the
        session's ``version`` (clients' ``If-Match``) nor ``updated_at`` may move."""
        table = Session.__table__
        stmt = update(table).where(table.c.id == session_id)
        if only_owner is not None:
            stmt = stmt.where(table.c.turn_owner == only_owner)
        await self.db.execute(stmt.values(turn_owner=owner, turn_lease_until=until, updated_at=table.c.updated_at))

    async def store_answer(
        self, session: Session, last: LastInteraction | None, fields: dict[str, Any]
    ) -> tuple[Interaction, bool]:
        """Store the person's answer on the open question, or reuse it when retrying a failed turn.

        Returns the answer and whether this turn stored it (``False``: an earlier, failed turn
        did). Only a session without any question yet takes an answer on a row of its own (the
        person spoke first); an answered last row with another answer is the caller's to reply
        to first (``Unreplied`` in ``agent.turns``).
        """
        if last is not None and not last.answered:  # the question the agent asked waits for this answer
            stmt = _answer_statement(tuple(fields))
            answer = await self.db.scalar(stmt, {"answer_id": last.id, **{f"answer_{k}": v for k, v in fields.items()}})
            return answer, True
        if last is not None and last.same_answer(fields):
            # The same answer again after a failed turn: continue, do not duplicate.
            return await self.db.get_one(Interaction, last.id), False
        if last is not None:
            raise Conflict("the previous answer has no reply yet; it must be replied to first")
        sequence = await allocate_sequences(self.db, session.id, now=self.now())
        answer = await self.db.scalar(
            insert(Interaction)
            .values(
                session_id=session.id, sequence=sequence, interaction_type="response", created_at=self.now(), **fields
            )
            .returning(Interaction)
        )
        return answer, True

    def add_prompt(self, session_id: uuid.UUID, sequence: int, text: str, fields: dict[str, Any]) -> Interaction:
        """The agent's reply, numbered by ``finish``; inserted at the commit."""
        prompt = Interaction(
            session_id=session_id,
            sequence=sequence,
            interaction_type="prompt",
            agent_prompt=text,
            created_at=self.now(),
            **fields,
        )
        self.db.add(prompt)
        return prompt

    async def settle_requests(self, session_id: uuid.UUID, answer_id: uuid.UUID) -> None:
        """Keys still ``running`` for the answer this turn replies to belong to turns that died
        (this turn holds the lease): they become ``replied``, replayed from the transcript, so a
        late retry returns this reply instead of storing its answer again. Only an answer stored
        by an earlier turn can have such keys."""
        await self.db.execute(
            update(TurnRequest)
            .where(
                TurnRequest.session_id == session_id,
                TurnRequest.answer_id == answer_id,
                TurnRequest.status == "running",
            )
            .values(status="replied")
            .execution_options(synchronize_session=False)
        )

    async def start_if_scheduled(self, session: Session) -> bool:
        """A turn on a scheduled session starts it (the one-active rule still applies).

        A turn on a paused session resumes it: the person is talking again, and time spent
        answering must not be counted as paused time.
        """
        if session.status == SessionStatus.PAUSED:
            await self.peer(LifecycleService).resume(session.id)
            return False
        if session.status not in (SessionStatus.SCHEDULED, SessionStatus.MISSED):  # a missed one starts late
            return False
        await self.peer(LifecycleService).start(session.id)
        return True

    # --- idempotency ------------------------------------------------------------------

    async def find_request(self, session_id: uuid.UUID, key: str) -> TurnRequest | None:
        return await self.db.scalar(
            select(TurnRequest).where(
                TurnRequest.account_id == self.account_id, TurnRequest.session_id == session_id, TurnRequest.key == key
            )
        )

    async def find_request_and_lease(self, session_id: uuid.UUID, key: str) -> tuple[TurnRequest | None, bool]:
        """The key's record, and whether it is live, in one read.

        A ``running`` key is live while its turn holds the session's lease (renewed by its
        heartbeat); otherwise that turn died or lost its claim, and a retry continues it.
        """
        row = (
            await self.db.execute(
                select(TurnRequest, Session.turn_owner, Session.turn_lease_until)
                .join(Session, Session.id == TurnRequest.session_id)
                .where(
                    TurnRequest.account_id == self.account_id,
                    TurnRequest.session_id == session_id,
                    TurnRequest.key == key,
                )
            )
        ).first()
        if row is None:
            return None, False
        record, owner, until = row
        live = (
            record.status == "running"
            and record.owner is not None
            and owner == record.owner
            and until is not None
            and until > self.now()
        )
        return record, live

    def begin_request(
        self, session_id: uuid.UUID, key: str, request_hash: str, owner: uuid.UUID, answer_id: uuid.UUID
    ) -> TurnRequest:
        record = TurnRequest(
            account_id=self.account_id,
            session_id=session_id,
            key=key,
            request_hash=request_hash,
            status="running",
            owner=owner,
            answer_id=answer_id,
            created_at=self.now(),
        )
        self.db.add(record)
        return record

    def continue_request(self, record: TurnRequest, owner: uuid.UUID, answer_id: uuid.UUID) -> None:
        """A retry takes over a key whose turn died: it runs on, from the stored answer."""
        record.owner = owner
        record.answer_id = answer_id

    async def keep_replay(self, record: TurnRequest, response: dict[str, Any]) -> dict[str, Any]:
        """Fix the body a ``replied`` key is replayed with from now on (the first one wins)."""
        await self.db.execute(
            update(TurnRequest)
            .where(TurnRequest.id == record.id, TurnRequest.status == "replied")
            .values(status="done", response=response)
            .execution_options(synchronize_session=False)
        )
        kept = await self.db.scalar(select(TurnRequest.response).where(TurnRequest.id == record.id))
        return kept if kept is not None else response

    async def replied_turn(self, record: TurnRequest) -> tuple[Session, Interaction, Interaction] | None:
        """A ``replied`` key's turn as the transcript has it: the session, its answer, the reply."""
        answer = await self.db.get(Interaction, record.answer_id) if record.answer_id is not None else None
        if answer is None or answer.session_id != record.session_id:
            return None
        reply = await self.db.scalar(
            select(Interaction)
            .where(
                Interaction.session_id == answer.session_id,
                Interaction.sequence > answer.sequence,
                Interaction.agent_prompt.is_not(None),
            )
            .order_by(Interaction.sequence)
            .limit(1)
        )
        if reply is None:
            return None
        return await self.peer(SessionService).get(record.session_id), answer, reply

    async def finish_request(self, session_id: uuid.UUID, key: str, response: dict[str, Any]) -> None:
        await self.db.execute(
            update(TurnRequest)
            .where(
                TurnRequest.account_id == self.account_id, TurnRequest.session_id == session_id, TurnRequest.key == key
            )
            .values(status="done", response=response)
            .execution_options(synchronize_session=False)
        )

    async def drop_request(self, session_id: uuid.UUID, key: str, owner: uuid.UUID) -> None:
        """A failed turn forgets its key, so retrying with the same key runs the turn again
        (unless another turn has taken the key over since: then it is that turn's)."""
        await self.db.execute(
            delete(TurnRequest).where(
                TurnRequest.account_id == self.account_id,
                TurnRequest.session_id == session_id,
                TurnRequest.key == key,
                TurnRequest.owner == owner,
            )
        )


def _finish_statement() -> Any:
    table = Session.__table__
    return (
        update(table)
        .where(
            table.c.id == bindparam("finish_session", type_=table.c.id.type),
            table.c.turn_owner == bindparam("finish_owner", type_=table.c.turn_owner.type),
            table.c.status.not_in(_CLOSED),
        )
        .values(
            last_sequence=table.c.last_sequence + bindparam("finish_numbers", type_=table.c.last_sequence.type),
            last_activity_at=bindparam("finish_now", type_=table.c.last_activity_at.type),
            interviewer_memory=bindparam("finish_memory", type_=table.c.interviewer_memory.type),
            turn_owner=None,
            turn_lease_until=None,
            updated_at=table.c.updated_at,
        )
        .returning(table.c.last_sequence, table.c.status, table.c.version)
    )


_FINISH = _finish_statement()  # built once: see _CLAIMS
_ANSWERS: dict[tuple[str, ...], Any] = {}


def _answer_statement(keys: tuple[str, ...]) -> Any:
    """The answer's ``UPDATE … RETURNING`` for these fields, built once per set of fields."""
    stmt = _ANSWERS.get(keys)
    if stmt is None:
        columns = Interaction.__table__.c
        stmt = _ANSWERS[keys] = (
            update(Interaction)
            .where(Interaction.id == bindparam("answer_id", type_=columns.id.type))
            .values({k: bindparam(f"answer_{k}", type_=columns[k].type) for k in keys})
            .returning(Interaction)
            .execution_options(synchronize_session=False)
        )
    return stmt


# The claim's statement, built once per dialect (its construction and cache key cost more than
# running it): every value is a bound parameter, passed at execution.
_CLAIMS: dict[str, Any] = {}


def _claim_statement(dialect: str) -> Any:
    session_id = bindparam("claim_session", type_=Session.id.type)
    owner = bindparam("claim_owner", type_=Session.turn_owner.type)
    now = bindparam("claim_now", type_=Session.turn_lease_until.type)
    person_name = select(Person.display_name).where(Person.id == Session.person_id).scalar_subquery()
    person_called = select(Person.called).where(Person.id == Session.person_id).scalar_subquery()
    return (
        update(Session)
        .where(
            Session.id == session_id,
            Session.account_id == bindparam("claim_account", type_=Session.account_id.type),
            Session.status.not_in(_CLOSED),
            or_(
                Session.turn_owner.is_(None),
                Session.turn_owner == owner,
                Session.turn_lease_until.is_(None),
                Session.turn_lease_until <= now,
            ),
        )
        .values(
            turn_owner=owner,
            turn_lease_until=bindparam("claim_until", type_=Session.turn_lease_until.type),
            updated_at=Session.updated_at,  # bookkeeping, not an edit: see TurnStore._set_lease
        )
        .returning(
            Session,
            person_name,
            Session.interviewer_memory,
            _topics_json(dialect, session_id),
            _artifacts_json(dialect, session_id),
            person_called,
        )
        .execution_options(synchronize_session=False)
    )


def _json_rows(dialect: str, inner: Any) -> ScalarSelect[Any]:
    """The rows of ``inner`` (a subquery whose first column ``n`` numbers them) as one JSON array of arrays."""
    if dialect == "postgresql":
        return select(func.json_agg(func.json_build_array(*inner.c))).scalar_subquery()
    return select(func.json_group_array(func.json_array(*inner.c))).scalar_subquery()


def _topics_json(dialect: str, session_id: Any) -> ScalarSelect[Any]:
    inner = (
        select(
            func.row_number().over(order_by=TOPIC_ORDER).label("n"),
            (Topic.id if dialect == "postgresql" else func.hex(Topic.id)).label("id"),
            *TOPIC_FIELDS,
        )
        .join(SessionTopic, SessionTopic.topic_id == Topic.id)
        .where(SessionTopic.session_id == session_id)
        .subquery("claimed_topic")
    )
    return _json_rows(dialect, inner)


def _artifacts_json(dialect: str, session_id: Any) -> ScalarSelect[Any]:
    order = Artifact.created_at.desc()
    inner = (
        select(
            func.row_number().over(order_by=order).label("n"),
            Artifact.artifact_type,
            Artifact.title,
            Artifact.content,
            Artifact.is_approved,
        )
        .where(Artifact.session_id == session_id)
        .order_by(order)
        .limit(ARTIFACTS_IN_CONTEXT)
        .subquery("claimed_artifact")
    )
    return _json_rows(dialect, inner)


def _rows(value: Any) -> list[list[Any]]:
    """A JSON array of rows (text from SQLite and asyncpg alike), in the order of their numbers."""
    rows = json.loads(value) if isinstance(value, str | bytes) else value or []
    return sorted(rows, key=lambda row: row[0])


def _day(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value
