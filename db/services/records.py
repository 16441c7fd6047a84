"""What a session records: interactions (sequenced), artifacts and notes."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update

from db.errors import Conflict, InvalidField, NotFound
from db.models import Artifact, Event, Interaction, Note, Person, Session
from db.models.base import utcnow
from db.models.enums import EventType, ResponseMethod
from db.services.common import Page, ScopedService, paginate
from db.services.outbox import emit
from db.services.sessions import SessionService, ensure_open, held_answer


async def allocate_sequences(db: Any, session_id: uuid.UUID, count: int = 1, now: datetime | None = None) -> int:
    """Reserve ``count`` consecutive interaction numbers; return the first.

    ``UPDATE … RETURNING`` takes the session row's write lock, so concurrent writers
    queue here and numbers stay unique and gap-free on both engines. The same statement
    records the session's ``last_activity_at`` (the worker pauses idle sessions).
    """
    table = Session.__table__
    last = await db.scalar(
        update(table)
        .where(table.c.id == session_id)
        .values(last_sequence=table.c.last_sequence + count, last_activity_at=now or utcnow())
        .returning(Session.__table__.c.last_sequence)
    )
    return int(last) - count + 1


class RecordService(ScopedService):
    @property
    def sessions(self) -> SessionService:
        return self.peer(SessionService)

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
        expected = fields.pop("interaction_sequence", None)
        sequence = await allocate_sequences(self.db, session.id, now=self.now())
        if expected is not None and expected != sequence:
            # The client numbers its interactions (seed 003): a stale number is refused, not renumbered.
            raise Conflict(
                f"interaction_sequence {expected} is not the next one; the next is {sequence}",
                next_sequence=sequence,
            )
        interaction = Interaction(session_id=session.id, sequence=sequence, created_at=self.now(), **fields)
        self.db.add(interaction)
        await self.commit()
        return interaction

    async def annotate(
        self, session_id: uuid.UUID, sequence: int, fields: dict[str, Any], *, interaction: Interaction | None = None
    ) -> Interaction:
        """Add what was learnt about one answer (themes, people, correctness…); ``data`` merges.

        ``interaction``: the answer itself, when the caller (an agent turn) already holds it
        in this database session; it is then not read again.
        """
        session = await self.sessions.get(session_id)
        ensure_open(session)
        if interaction is None or interaction.session_id != session.id or interaction.sequence != sequence:
            interaction = await self.db.scalar(
                select(Interaction).where(Interaction.session_id == session.id, Interaction.sequence == sequence)
            )
        if interaction is None:
            raise NotFound("interaction", sequence)
        await self._attach_body_topic(session, fields.get("topic_id"))
        if "data" in fields:
            fields = {**fields, "data": {**(interaction.data or {}), **fields["data"]}}
        fields = _keep_original_transcript(interaction, fields)
        for key, value in fields.items():
            setattr(interaction, key, value)
        await self.commit()
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
        """A new artifact; never one made from an answer marked private (that answer stays in the transcript only)."""
        session = await self.sessions.get(session_id)
        ensure_open(session)
        source = fields.get("source_interaction_sequence")
        if source is not None and await self._is_private(session.id, source):
            raise InvalidField(
                "source_interaction_sequence", f"answer {source} is private: it is kept out of artifacts"
            )
        await self._attach_body_topic(session, fields.get("topic_id"))
        # Its id and flags before the INSERT: the event below names them.
        artifact = Artifact(id=uuid.uuid4(), session_id=session.id, **fields)
        if artifact.is_approved is None:
            artifact.is_approved = False
        if artifact.is_provisional is None:
            artifact.is_provisional = True
        if artifact.is_approved:
            artifact.is_provisional = False
            artifact.approved_at = self.now()
        self.db.add(artifact)
        emit(
            self.db,
            self.account_id,
            EventType.ARTIFACT_CREATED,
            self.now(),
            session=session,
            data={
                "artifact": {
                    "id": str(artifact.id),
                    "session_id": str(session.id),
                    "artifact_type": artifact.artifact_type,
                    "title": artifact.title,
                    "is_provisional": artifact.is_provisional,
                }
            },
        )
        if self.autocommit:
            await self.commit()
        # Else the caller's (an agent turn's) next flush inserts both rows: at its end, with its
        # reply, as one statement on PostgreSQL (db.services.batch); a query before it autoflushes.
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
        """Edit an artifact. After the session closed its words are final, but its title, approval
        and place in the book can still change: they are how the person keeps it."""
        artifact, session = await self.get_artifact(artifact_id)
        if isinstance(changes.get("title"), str):  # the API's schema and the page's form alike
            title = " ".join(changes["title"].split())
            if not 1 <= len(title) <= 300:
                raise InvalidField("title", "must be 1 to 300 characters, not only spaces")
            changes = {**changes, "title": title}
        after_close = ("is_approved", "included_in_synthesis", "title")
        content_changes = {k: v for k, v in changes.items() if k not in after_close}
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
        await self.commit()
        return artifact

    # --- private answers ----------------------------------------------------------------

    async def private_sequences(self, session_id: uuid.UUID) -> set[int]:
        """The sequences of the session's answers marked private."""
        rows = await self.db.scalars(
            select(Interaction.sequence).where(Interaction.session_id == session_id, Interaction.is_private.is_(True))
        )
        return set(rows)

    async def _is_private(self, session_id: uuid.UUID, sequence: int) -> bool:
        """Whether answer ``sequence`` is private; a turn's own answer, held, is not read again."""
        answer = held_answer(self.db, session_id, sequence)
        if answer is not None:
            return answer.is_private
        return sequence in await self.private_sequences(session_id)

    async def set_private(self, session_id: uuid.UUID, sequence: int, private: bool) -> Interaction:
        """Mark an answer private (or not), at any time, also after the session closed.

        A private answer stays in the transcript and leaves everything made from it: its
        artifacts are deleted, and the ``artifact.created`` events that named them lose the
        title (a webhook not yet delivered sends none). Unmarking brings nothing back.
        """
        session = await self.sessions.get(session_id)
        interaction = await self.db.scalar(
            select(Interaction).where(Interaction.session_id == session.id, Interaction.sequence == sequence)
        )
        if interaction is None:
            raise NotFound("interaction", sequence)
        if interaction.person_response is None and private:
            raise InvalidField("is_private", f"interaction {sequence} holds no answer to keep private")
        interaction.is_private = private
        if private:
            await self._forget_artifacts(session.id, sequence)
            public = await self.db.scalars(
                select(Interaction.person_response).where(
                    Interaction.session_id == session.id,
                    Interaction.is_private.is_(False),
                    Interaction.person_response.is_not(None),
                )
            )
            _redact_evidence(session, interaction.person_response or "", " ".join(public))
        await self.commit()
        return interaction

    async def replace_summary(self, session_id: uuid.UUID, summary: str | None, suggestion: str | None) -> None:
        """A closed session's summary and suggestion rewritten without an answer marked private after
        they were written."""
        session = await self.sessions.get(session_id)
        session.summary = summary
        session.next_session_suggestion = suggestion
        await self.commit()

    async def _forget_artifacts(self, session_id: uuid.UUID, sequence: int) -> None:
        made = list(
            await self.db.scalars(
                select(Artifact.id).where(
                    Artifact.session_id == session_id, Artifact.source_interaction_sequence == sequence
                )
            )
        )
        if not made:
            return
        names = {str(i) for i in made}
        events = await self.db.scalars(
            select(Event).where(
                Event.account_id == self.account_id,
                Event.session_id == session_id,
                Event.type == EventType.ARTIFACT_CREATED.value,
            )
        )
        for event in events:
            artifact = (event.payload or {}).get("artifact") or {}
            if artifact.get("id") in names:
                event.payload = {**event.payload, "artifact": {**artifact, "title": None, "private": True}}
        await self.db.execute(delete(Artifact).where(Artifact.id.in_(made)))

    # --- notes ------------------------------------------------------------------------

    async def add_note(self, session_id: uuid.UUID, fields: dict[str, Any]) -> Note:
        session = await self.sessions.get(session_id)
        ensure_open(session)
        if fields.get("noted_at_interaction_sequence") is None:
            fields["noted_at_interaction_sequence"] = session.last_sequence or None
        note = Note(session_id=session.id, created_at=self.now(), **fields)
        self.db.add(note)
        await self.commit()
        return note

    async def timezone_of(self, session_id: uuid.UUID) -> str:
        """The time zone of the session's person (notes are shown in it)."""
        zone = await self.db.scalar(
            select(Person.timezone)
            .join(Session, Session.person_id == Person.id)
            .where(Session.id == session_id, Session.account_id == self.account_id)
        )
        if zone is None:
            raise NotFound("session", session_id)
        return zone

    async def list_notes(
        self, session_id: uuid.UUID, *, requires_followup: bool | None, limit: int, offset: int
    ) -> Page[Note]:
        await self.sessions.get(session_id)
        stmt = select(Note).where(Note.session_id == session_id)
        if requires_followup is not None:
            stmt = stmt.where(Note.requires_followup.is_(requires_followup))
        stmt = stmt.order_by(Note.created_at, Note.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)


PRIVATE_EVIDENCE = "from an answer kept private"  # an indicator a private answer met stays met
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_NOT_NAMES = frozenset({"In", "The", "And", "But", "She", "They", "His", "Her", "Their", "Named", "Described"})


def quotes_answer(text: str, answer: str) -> bool:
    """Whether ``text`` (a summary, an indicator's evidence) quotes ``answer``: a quoted piece
    of it, or one of its sentences of four words or more."""
    for quoted in re.findall(r"“([^”]+)”", text):
        piece = quoted.removesuffix(" …").strip()
        if len(piece.split()) >= 3 and piece in answer:
            return True
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(answer.split()))
    return any(len(s.split()) >= 4 and s in text for s in sentences)


def names_in(text: str) -> set[str]:
    """The capitalised words of ``text`` that may name someone or somewhere."""
    return set(_NAME.findall(text)) - _NOT_NAMES


def repeats_private(text: str | None, answer: str, public: str) -> bool:
    """Whether ``text`` quotes a private ``answer`` or names what only it named (not ``public``)."""
    if not text:
        return False
    only = {n for n in names_in(answer) if not re.search(rf"\b{re.escape(n)}\b", public)}
    return quotes_answer(text, answer) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in only)


def _redact_evidence(session: Session, answer: str, public: str) -> None:
    """Evidence that quotes a private answer, or names someone or somewhere only it named (not the
    ``public`` answers), is replaced (the indicator stays met): evidence shows in progress,
    summaries and pages. A place a public answer also named ("Des Moines") is not a secret."""
    for field in ("success_indicators", "completion_indicators"):
        items = [dict(i) for i in getattr(session, field) or []]  # copies: the column sees a new value
        changed = False
        for item in items:
            evidence = item.get("evidence") or ""
            if repeats_private(evidence, answer, public):
                item["evidence"] = PRIVATE_EVIDENCE
                changed = True
        if changed:
            setattr(session, field, items)


def _keep_original_transcript(interaction: Interaction, fields: dict[str, Any]) -> dict[str, Any]:
    """A corrected spoken answer keeps what the recogniser heard in ``data.original_transcript``.

    Only the first correction records it: the original is what was heard, not the last edit.
    """
    text = fields.get("person_response")
    if "person_response" not in fields or text == interaction.person_response:
        return fields
    if interaction.response_method != ResponseMethod.VOICE:
        return fields
    data = dict(fields.get("data", interaction.data or {}))
    if "original_transcript" in data:
        return fields
    data["original_transcript"] = interaction.person_response
    return {**fields, "data": data}
