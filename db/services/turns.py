"""Persistence for agent turns: the per-session lease, answers, prompts, idempotency.

A turn spans two commits (the person's answer first, so a model failure loses nothing;
then the agent's reply with everything its tools did). Between them the session is
claimed by a lease (``turn_owner`` + ``turn_lease_until`` on the session row), so turns
from any number of processes never interleave. The lease is short and renewed while the
turn runs (``db.services.heartbeat``), so a killed process's lease lapses within one lease
and the next turn, on any server, takes the session over.

What a dead turn leaves behind is finished, not worked around: its answer, stored without
a reply, is replied to before a different answer is stored (so no answer is ever stored
without the question it answers), and its ``running`` key is continued by the key's retry
or, once a later turn replied to its answer, replayed from the transcript.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update

from db.errors import Conflict
from db.models import Interaction, Session, TurnRequest
from db.models.enums import CLOSED_STATUSES, SessionStatus
from db.services.common import ScopedService
from db.services.lifecycle import LifecycleService
from db.services.records import allocate_sequences
from db.services.sessions import SessionService


class TurnBusy(Conflict):
    """Another turn holds the session."""


class TurnStore(ScopedService):
    async def claim(self, session_id: uuid.UUID, owner: uuid.UUID, lease_seconds: float) -> Session:
        """Lock the session row and take the turn lease; raise ``TurnBusy`` if another turn has it."""
        session = await self.peer(SessionService).get(session_id, for_update=True)
        if session.status in CLOSED_STATUSES:
            raise Conflict(f"session is {session.status}; a turn needs a scheduled, in-progress or paused session")
        now = self.now()
        if session.turn_owner not in (None, owner) and session.turn_lease_until and session.turn_lease_until > now:
            raise TurnBusy("another turn is in progress for this session; retry shortly")
        await self._set_lease(session_id, owner, now + timedelta(seconds=lease_seconds))
        return session

    async def confirm(self, session_id: uuid.UUID, owner: uuid.UUID) -> Session:
        """Lock the session row for commit 2 and check the lease is still this turn's."""
        session = await self.peer(SessionService).get(session_id, for_update=True)
        if session.status in CLOSED_STATUSES:
            raise Conflict(f"session became {session.status} while the interviewer was answering")
        if session.turn_owner != owner:
            raise TurnBusy("this turn's claim on the session expired before it finished; send it again")
        return session

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

    async def _last(self, session_id: uuid.UUID) -> Interaction | None:
        return await self.db.scalar(
            select(Interaction)
            .where(Interaction.session_id == session_id)
            .order_by(Interaction.sequence.desc())
            .limit(1)
        )

    async def unreplied_answer(self, session_id: uuid.UUID, fields: dict[str, Any]) -> Interaction | None:
        """The session's last answer if nothing replied to it and ``fields`` are another answer.

        Its turn died or failed after storing it. It must be replied to before ``fields``
        are stored: stored now, they would answer no question (a response row without a
        prompt) and the earlier answer would never get its reply.
        """
        last = await self._last(session_id)
        if last is None or not _answered(last) or _same_answer(last, fields):
            return None
        return last

    async def store_answer(self, session: Session, fields: dict[str, Any]) -> Interaction:
        """Store the person's answer on the open question, or reuse it when retrying a failed turn.

        Only a session without any question yet takes an answer on a row of its own (the
        person spoke first); an unreplied earlier answer is replied to first (see
        ``unreplied_answer``).
        """
        last = await self._last(session.id)
        if last is not None and not _answered(last):
            for key, value in fields.items():  # the question the agent asked is waiting for this answer
                setattr(last, key, value)
            return last
        if last is not None and _same_answer(last, fields):
            return last  # the same answer again after a failed turn: continue, do not duplicate
        if last is not None:
            raise Conflict("the previous answer has no reply yet; it must be replied to first")
        sequence = await allocate_sequences(self.db, session.id, now=self.now())
        answer = Interaction(
            session_id=session.id, sequence=sequence, interaction_type="response", created_at=self.now(), **fields
        )
        self.db.add(answer)
        return answer

    async def write_prompt(self, session: Session, text: str, fields: dict[str, Any]) -> Interaction:
        """The agent's reply. Keys still ``running`` for the answer it replies to belong to
        turns that died (this turn holds the lease): they become ``replied``, replayed from
        the transcript, so a late retry returns this reply instead of storing its answer again."""
        last = await self._last(session.id)
        if last is not None and _answered(last):
            await self._settle_requests(session.id, last.id)
        sequence = await allocate_sequences(self.db, session.id, now=self.now())
        prompt = Interaction(
            session_id=session.id,
            sequence=sequence,
            interaction_type="prompt",
            agent_prompt=text,
            created_at=self.now(),
            **fields,
        )
        self.db.add(prompt)
        return prompt

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

    async def request_is_live(self, record: TurnRequest) -> bool:
        """A ``running`` key is live while its turn holds the session's lease (renewed by its
        heartbeat); otherwise that turn died or lost its claim, and a retry continues it."""
        if record.status != "running" or record.owner is None:
            return False
        row = (
            await self.db.execute(
                select(Session.turn_owner, Session.turn_lease_until).where(Session.id == record.session_id)
            )
        ).one_or_none()
        return (
            row is not None
            and row.turn_owner == record.owner
            and row.turn_lease_until is not None
            and row.turn_lease_until > self.now()
        )

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

    async def _settle_requests(self, session_id: uuid.UUID, answer_id: uuid.UUID) -> None:
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


def _answered(interaction: Interaction) -> bool:
    return interaction.person_response is not None or interaction.response_method is not None


def _same_answer(interaction: Interaction, fields: dict[str, Any]) -> bool:
    return interaction.person_response == fields.get("person_response") and interaction.response_method == fields.get(
        "response_method"
    )
