"""A session's whole conversation, in order, for export (``GET …/transcript``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from db.models import Interaction, Person, Session
from db.services.common import ScopedService
from db.services.sessions import SessionService


@dataclass(frozen=True, slots=True)
class Transcript:
    session: Session
    person: Person
    interactions: list[Interaction]


class TranscriptService(ScopedService):
    async def transcript(self, session_id: uuid.UUID) -> Transcript:
        """Three queries whatever the length: the session, its person, every interaction by sequence."""
        session = await self.peer(SessionService).get(session_id)
        person: Any = await self.db.get(Person, session.person_id)
        interactions = await self.db.scalars(
            select(Interaction).where(Interaction.session_id == session.id).order_by(Interaction.sequence)
        )
        return Transcript(session=session, person=person, interactions=list(interactions))
