"""What a follow-up session needs to know about the sessions before it, read in a few queries.

The session being continued, its life-event links, and every exchange of the earlier sessions
of the same life events (and of the chain of ``previous_session_id``), oldest first. Deciding
what is still open is the agent's business (``agent.guided.threads``); this only reads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import or_, select

from db.models import Interaction, Person, Session, SessionTopic, Topic
from db.services.sessions import SessionService

_CHAIN = 10  # earlier sessions read at most (the newest ones)
_EXCHANGES = 1_000  # exchanges read at most (the newest ones): ten long sessions


@dataclass
class History:
    previous: Session
    person_name: str
    links: list[tuple[SessionTopic, Topic]]  # the previous session's topics, primary first
    sessions: list[Session] = field(default_factory=list)  # the earlier sessions read, oldest first
    exchanges: list[Interaction] = field(default_factory=list)  # their interactions, oldest first


class ContinuationService(SessionService):
    async def history(self, previous_id: uuid.UUID) -> History:
        """The session to continue (404 for another account's) and what came before it."""
        previous = await self.get(previous_id)
        person_name = await self.db.scalar(select(Person.display_name).where(Person.id == previous.person_id))
        links = [
            (link, topic)
            for link, topic in (
                await self.db.execute(
                    select(SessionTopic, Topic)
                    .join(Topic, Topic.id == SessionTopic.topic_id)
                    .where(SessionTopic.session_id == previous.id)
                    .order_by(SessionTopic.is_primary_focus.desc(), SessionTopic.created_at)
                )
            ).all()
        ]
        chain = await self._chain(previous)
        same_events = select(SessionTopic.session_id).where(SessionTopic.topic_id.in_([t.id for _, t in links]))
        sessions = list(
            await self.db.scalars(
                select(Session)
                .where(
                    Session.account_id == self.account_id,
                    Session.person_id == previous.person_id,
                    or_(Session.id.in_(chain), Session.id.in_(same_events)),
                )
                .order_by(Session.created_at.desc())
                .limit(_CHAIN)
            )
        )
        sessions.reverse()
        order = {s.id: n for n, s in enumerate(sessions)}
        rows = list(
            await self.db.scalars(
                select(Interaction)
                .join(Session, Session.id == Interaction.session_id)
                .where(Interaction.session_id.in_(list(order)))
                .order_by(Session.created_at.desc(), Interaction.sequence.desc())
                .limit(_EXCHANGES)
            )
        )
        rows.sort(key=lambda i: (order[i.session_id], i.sequence))
        return History(previous, person_name or "", links, sessions, rows)

    async def _chain(self, previous: Session) -> list[uuid.UUID]:
        """The previous session and the ones it continued, following ``previous_session_id``."""
        ids = [previous.id]
        at = previous.previous_session_id
        while at is not None and at not in ids and len(ids) < _CHAIN:
            ids.append(at)
            at = await self.db.scalar(
                select(Session.previous_session_id).where(Session.id == at, Session.account_id == self.account_id)
            )
        return ids
