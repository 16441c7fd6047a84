"""Persistence for agent turns: the per-session lease, answers, prompts, idempotency.

A turn spans two commits (the person's answer first, so a model failure loses nothing;
then the agent's reply with everything its tools did). Between them the session is
claimed by a lease (``turn_owner`` + ``turn_lease_until`` on the session row), so turns
from any number of processes never interleave; a crashed turn's lease simply expires.
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

    async def store_answer(self, session: Session, fields: dict[str, Any]) -> Interaction:
        """Store the person's answer on the open question, or reuse it when retrying a failed turn."""
        last = await self.db.scalar(
            select(Interaction)
            .where(Interaction.session_id == session.id)
            .order_by(Interaction.sequence.desc())
            .limit(1)
        )
        if last is not None and last.person_response is None and last.response_method is None:
            for key, value in fields.items():  # the question the agent asked is waiting for this answer
                setattr(last, key, value)
            return last
        if (
            last is not None
            and last.person_response == fields.get("person_response")
            and last.response_method == fields.get("response_method")
        ):
            return last  # the same answer again after a failed turn: continue, do not duplicate
        sequence = await allocate_sequences(self.db, session.id, now=self.now())
        answer = Interaction(
            session_id=session.id, sequence=sequence, interaction_type="response", created_at=self.now(), **fields
        )
        self.db.add(answer)
        return answer

    async def write_prompt(self, session: Session, text: str, fields: dict[str, Any]) -> Interaction:
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

    def begin_request(self, session_id: uuid.UUID, key: str, request_hash: str) -> TurnRequest:
        record = TurnRequest(
            account_id=self.account_id,
            session_id=session_id,
            key=key,
            request_hash=request_hash,
            status="running",
            created_at=self.now(),
        )
        self.db.add(record)
        return record

    async def finish_request(self, session_id: uuid.UUID, key: str, response: dict[str, Any]) -> None:
        await self.db.execute(
            update(TurnRequest)
            .where(
                TurnRequest.account_id == self.account_id, TurnRequest.session_id == session_id, TurnRequest.key == key
            )
            .values(status="done", response=response)
            .execution_options(synchronize_session=False)
        )

    async def drop_request(self, session_id: uuid.UUID, key: str) -> None:
        """A failed turn forgets its key, so retrying with the same key runs the turn again."""
        await self.db.execute(
            delete(TurnRequest).where(
                TurnRequest.account_id == self.account_id, TurnRequest.session_id == session_id, TurnRequest.key == key
            )
        )
