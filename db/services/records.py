"""What a session records: interactions (sequenced), artifacts and notes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update

from db.errors import InvalidField, NotFound
from db.models import Artifact, Interaction, Note, Session
from db.services.common import Page, ScopedService, paginate
from db.services.sessions import SessionService, ensure_open


async def allocate_sequences(db: Any, session_id: uuid.UUID, count: int = 1) -> int:
    """Reserve ``count`` consecutive interaction numbers; return the first.

    ``UPDATE … RETURNING`` takes the session row's write lock, so concurrent writers
    queue here and numbers stay unique and gap-free on both engines.
    """
    last = await db.scalar(
        update(Session.__table__)
        .where(Session.__table__.c.id == session_id)
        .values(last_sequence=Session.__table__.c.last_sequence + count)
        .returning(Session.__table__.c.last_sequence)
    )
    return int(last) - count + 1


class RecordService(ScopedService):
    @property
    def sessions(self) -> SessionService:
        return SessionService(self.db, self.account_id, self.now)

    async def _attach_body_topic(self, session: Session, topic_id: uuid.UUID | None) -> None:
        if topic_id is None:
            return
        try:
            await self.sessions.attach_topic(session, topic_id, {})
        except NotFound:
            raise InvalidField("topic_id", f"no topic {topic_id} for this session's person") from None

    # --- interactions -----------------------------------------------------------------

    async def add_interaction(self, session_id: uuid.UUID, fields: dict[str, Any]) -> Interaction:
        session = await self.sessions.get(session_id)
        ensure_open(session)
        await self._attach_body_topic(session, fields.get("topic_id"))
        sequence = await allocate_sequences(self.db, session.id)
        interaction = Interaction(session_id=session.id, sequence=sequence, created_at=self.now(), **fields)
        self.db.add(interaction)
        await self.db.commit()
        return interaction

    async def list_interactions(
        self, session_id: uuid.UUID, *, after_sequence: int | None, limit: int, offset: int
    ) -> Page[Interaction]:
        await self.sessions.get(session_id)
        stmt = select(Interaction).where(Interaction.session_id == session_id)
        if after_sequence is not None:
            stmt = stmt.where(Interaction.sequence > after_sequence)
        stmt = stmt.order_by(Interaction.sequence)
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    # --- artifacts --------------------------------------------------------------------

    async def add_artifact(self, session_id: uuid.UUID, fields: dict[str, Any]) -> Artifact:
        session = await self.sessions.get(session_id)
        ensure_open(session)
        await self._attach_body_topic(session, fields.get("topic_id"))
        artifact = Artifact(session_id=session.id, **fields)
        if artifact.is_approved:
            artifact.is_provisional = False
            artifact.approved_at = self.now()
        self.db.add(artifact)
        await self.db.commit()
        return artifact

    async def list_artifacts(
        self, session_id: uuid.UUID, *, artifact_type: str | None, approved: bool | None, limit: int, offset: int
    ) -> Page[Artifact]:
        await self.sessions.get(session_id)
        stmt = select(Artifact).where(Artifact.session_id == session_id)
        if artifact_type is not None:
            stmt = stmt.where(Artifact.artifact_type == artifact_type)
        if approved is not None:
            stmt = stmt.where(Artifact.is_approved.is_(approved))
        stmt = stmt.order_by(Artifact.created_at, Artifact.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def get_artifact(self, artifact_id: uuid.UUID) -> tuple[Artifact, Session]:
        row = (
            await self.db.execute(
                select(Artifact, Session)
                .join(Session, Session.id == Artifact.session_id)
                .where(Artifact.id == artifact_id, Session.account_id == self.account_id)
            )
        ).first()
        if row is None:
            raise NotFound("artifact", artifact_id)
        return row[0], row[1]

    async def update_artifact(self, artifact_id: uuid.UUID, changes: dict[str, Any]) -> Artifact:
        """Edit an artifact; approval (and only approval) is allowed after the session closed."""
        artifact, session = await self.get_artifact(artifact_id)
        content_changes = {k: v for k, v in changes.items() if k not in ("is_approved", "included_in_synthesis")}
        if content_changes:
            ensure_open(session)
        if "is_approved" in changes:
            approved = changes.pop("is_approved")
            artifact.is_approved = approved
            artifact.approved_at = self.now() if approved else None
            if approved:
                artifact.is_provisional = False
        for key, value in changes.items():
            setattr(artifact, key, value)
        await self.db.commit()
        return artifact

    # --- notes ------------------------------------------------------------------------

    async def add_note(self, session_id: uuid.UUID, fields: dict[str, Any]) -> Note:
        session = await self.sessions.get(session_id)
        ensure_open(session)
        if fields.get("noted_at_interaction_sequence") is None:
            fields["noted_at_interaction_sequence"] = session.last_sequence or None
        note = Note(session_id=session.id, created_at=self.now(), **fields)
        self.db.add(note)
        await self.db.commit()
        return note

    async def list_notes(
        self, session_id: uuid.UUID, *, requires_followup: bool | None, limit: int, offset: int
    ) -> Page[Note]:
        await self.sessions.get(session_id)
        stmt = select(Note).where(Note.session_id == session_id)
        if requires_followup is not None:
            stmt = stmt.where(Note.requires_followup.is_(requires_followup))
        stmt = stmt.order_by(Note.created_at, Note.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)
