"""The material of a person's book: chapters (life events) in order, their approved artifacts, and
the storyteller's own edits (``book_chapter``).

A chapter is a topic of kind ``life_event``. Its pieces are the artifacts of the person's sessions
that are approved and ``included_in_synthesis`` (never a machine ``summary``), placed by the
artifact's topic, else the topic of the answer it came from, else its session's primary focus
(a piece tied to a goal or a subject is in no chapter).
Approved pieces of a life event not marked for synthesis are offered as candidates to add.
Private answers never reach a book: an artifact made from one (``source_interaction_sequence``)
is left out, and so is any artifact whose text quotes a private answer of the same person.

Order: chapters with a known ``period_start`` by that date, then the others by the first session
that covered them; a position the storyteller set wins (see ``_effective_order``).
The words of a chapter are composed above this layer (``agent/book.py``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, or_, select

from db.errors import NotFound
from db.models import Artifact, BookChapter, Interaction, Person, Session, SessionTopic, Topic
from db.models.enums import TopicKind
from db.services.common import ScopedService, get_scoped

# Private answers shorter than this are too common ("Yes.") to look for inside other artifacts.
_QUOTE_MIN_CHARS = 12


@dataclass(frozen=True, slots=True)
class Piece:
    """One approved artifact, in the storyteller's words, with where it came from."""

    artifact_id: uuid.UUID
    artifact_type: str
    title: str | None
    content: str
    session_id: uuid.UUID
    session_name: str
    session_at: datetime
    source_interaction_sequence: int | None
    created_at: datetime


@dataclass(slots=True)
class ChapterMaterial:
    topic: Topic
    first_session_at: datetime | None
    pieces: list[Piece] = field(default_factory=list)
    edit: BookChapter | None = None
    default_position: int = 0  # 1-based place before any reordering

    @property
    def topic_id(self) -> uuid.UUID:
        return self.topic.id

    @property
    def period_start(self) -> date | None:
        return self.topic.period_start


@dataclass(frozen=True, slots=True)
class BookMaterial:
    person: Person
    chapters: list[ChapterMaterial]  # in the book's order; excluded chapters too
    unplaced: int  # approved pieces tied to no life event (they are not in any chapter)
    private_left_out: int  # approved pieces left out because they hold a private answer
    # Approved pieces of a life event not (yet) marked for the book, for the storyteller to add.
    candidates: list[tuple[Topic, Piece]] = field(default_factory=list)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _session_at(session: Session) -> datetime:
    return session.started_at or session.scheduled_at or session.created_at


class BookService(ScopedService):
    async def material(self, person_id: uuid.UUID) -> BookMaterial:
        """Everything a book is made from, in a fixed number of queries whatever the history."""
        person = await get_scoped(self.db, Person, person_id, self.account_id, "person")
        topics = list(
            await self.db.scalars(
                select(Topic).where(
                    Topic.person_id == person.id,
                    Topic.account_id == self.account_id,
                    Topic.kind == TopicKind.LIFE_EVENT.value,
                )
            )
        )
        mine = select(Session.id).where(Session.person_id == person.id, Session.account_id == self.account_id)
        sessions = {s.id: s for s in await self.db.scalars(select(Session).where(Session.id.in_(mine)))}
        links = (
            list(await self.db.scalars(select(SessionTopic).where(SessionTopic.session_id.in_(mine))))
            if sessions
            else []
        )
        artifacts = (
            list(
                await self.db.scalars(
                    select(Artifact)
                    .where(
                        Artifact.session_id.in_(mine),
                        Artifact.is_approved.is_(True),
                        Artifact.artifact_type != "summary",
                    )
                    .order_by(Artifact.created_at, Artifact.id)
                )
            )
            if sessions
            else []
        )
        sources = {(a.session_id, a.source_interaction_sequence) for a in artifacts if a.source_interaction_sequence}
        answers = await self._answers(mine, sources) if sessions else {}
        edits = {
            e.topic_id: e
            for e in await self.db.scalars(
                select(BookChapter).where(BookChapter.person_id == person.id, BookChapter.account_id == self.account_id)
            )
        }

        life_events = {t.id: t for t in topics}
        first_seen: dict[uuid.UUID, datetime] = {}
        primary: dict[uuid.UUID, uuid.UUID] = {}
        for link in links:
            at = _session_at(sessions[link.session_id])
            if link.topic_id in life_events and (link.topic_id not in first_seen or at < first_seen[link.topic_id]):
                first_seen[link.topic_id] = at
            if link.is_primary_focus and link.topic_id in life_events:
                primary[link.session_id] = link.topic_id

        private_quotes = [_normal(text) for _, private, text in answers.values() if private and text]
        private_quotes = [q for q in private_quotes if len(q) >= _QUOTE_MIN_CHARS]
        chapters = {t.id: ChapterMaterial(topic=t, first_session_at=first_seen.get(t.id)) for t in topics}
        unplaced = left_out = 0
        candidates: list[tuple[Topic, Piece]] = []
        for artifact in artifacts:
            source = answers.get((artifact.session_id, artifact.source_interaction_sequence or -1))
            content = _normal(artifact.content)
            if (source is not None and source[1]) or any(q in content for q in private_quotes):
                left_out += artifact.included_in_synthesis
                continue
            topic_id = artifact.topic_id
            if topic_id is None and source is not None:  # untied: the answer's topic, else the session's focus
                topic_id = source[0]
            topic_id = topic_id or primary.get(artifact.session_id)
            if topic_id not in life_events:  # tied to a goal or a subject: no chapter of a life
                unplaced += artifact.included_in_synthesis
                continue
            session = sessions[artifact.session_id]
            at = _session_at(session)
            piece = Piece(
                artifact_id=artifact.id,
                artifact_type=artifact.artifact_type,
                title=artifact.title,
                content=artifact.content,
                session_id=session.id,
                session_name=session.name,
                session_at=at,
                source_interaction_sequence=artifact.source_interaction_sequence,
                created_at=artifact.created_at,
            )
            if not artifact.included_in_synthesis:
                candidates.append((life_events[topic_id], piece))  # type: ignore[index]
                continue
            chapter = chapters[topic_id]  # type: ignore[index]
            if chapter.first_session_at is None or at < chapter.first_session_at:
                chapter.first_session_at = at
            chapter.pieces.append(piece)
        for chapter in chapters.values():
            chapter.pieces.sort(key=lambda p: (p.session_at, p.source_interaction_sequence or 0, p.created_at))
            chapter.edit = edits.get(chapter.topic_id)
        # A life event is a chapter once it has words: approved pieces, or text the storyteller wrote.
        present = [c for c in chapters.values() if c.pieces or (c.edit is not None and c.edit.text)]
        return BookMaterial(
            person=person,
            chapters=_effective_order(present),
            unplaced=unplaced,
            private_left_out=left_out,
            candidates=sorted(candidates, key=lambda tp: (tp[1].session_at, tp[1].created_at)),
        )

    async def release(self) -> None:
        """End the read transaction (a model may take minutes to write; hold nothing meanwhile)."""
        await self.db.rollback()

    async def _answers(
        self, sessions: Select[Any], sources: set[tuple[uuid.UUID, int]]
    ) -> dict[tuple[uuid.UUID, int], tuple[uuid.UUID | None, bool, str | None]]:
        """(topic, is_private, answer) of every private answer and of every artifact's source answer."""
        condition = Interaction.is_private.is_(True)
        if sources:
            condition = or_(condition, Interaction.sequence.in_({n for _, n in sources}))
        rows = await self.db.execute(
            select(
                Interaction.session_id,
                Interaction.sequence,
                Interaction.topic_id,
                Interaction.is_private,
                Interaction.person_response,
            ).where(Interaction.session_id.in_(sessions), condition)
        )
        return {(r[0], r[1]): (r[2], bool(r[3]), r[4]) for r in rows if r[3] or (r[0], r[1]) in sources}

    async def update_chapter(self, person_id: uuid.UUID, topic_id: uuid.UUID, changes: dict[str, Any]) -> None:
        """Apply the storyteller's edit of one chapter; ``None`` resets a field to its default.

        A new ``position`` moves the chapter there and numbers every chapter of the book, so the
        order the storyteller sees is the order that is kept.
        """
        topic = await self.db.scalar(
            select(Topic).where(
                Topic.id == topic_id,
                Topic.person_id == person_id,
                Topic.account_id == self.account_id,
                Topic.kind == TopicKind.LIFE_EVENT.value,
            )
        )
        if topic is None:
            await get_scoped(self.db, Person, person_id, self.account_id, "person")
            raise NotFound("chapter (a life event of this person)", topic_id)
        edit = await self._edit(person_id, topic_id)
        for key in ("title", "text"):
            if key in changes:
                setattr(edit, key, changes[key])
        if "excluded" in changes:
            edit.excluded = bool(changes["excluded"])
        if "position" in changes:
            await self.db.flush()
            await self._move(person_id, topic_id, changes["position"])
        await self.commit()

    async def _edit(self, person_id: uuid.UUID, topic_id: uuid.UUID) -> BookChapter:
        edit = await self.db.scalar(
            select(BookChapter).where(
                BookChapter.person_id == person_id,
                BookChapter.topic_id == topic_id,
                BookChapter.account_id == self.account_id,
            )
        )
        if edit is None:
            edit = BookChapter(account_id=self.account_id, person_id=person_id, topic_id=topic_id, excluded=False)
            self.db.add(edit)
        return edit

    async def _move(self, person_id: uuid.UUID, topic_id: uuid.UUID, position: int | None) -> None:
        book = await self.material(person_id)
        order = [c.topic_id for c in book.chapters]
        if position is None:  # back to its place by date; the others keep theirs
            (await self._edit(person_id, topic_id)).position = None
            return
        if topic_id in order:
            order.remove(topic_id)
        order.insert(min(max(position, 1), len(order) + 1) - 1, topic_id)
        for number, tid in enumerate(order, start=1):
            (await self._edit(person_id, tid)).position = number


def _default_key(chapter: ChapterMaterial) -> tuple[Any, ...]:
    """Dated life events by date first, then undated ones by the first session that covered them."""
    first = chapter.first_session_at
    if chapter.period_start is not None:
        return (0, chapter.period_start.isoformat(), first.isoformat() if first else "", chapter.topic.title)
    return (1, first.isoformat() if first else "9999", "", chapter.topic.title)


def _effective_order(chapters: list[ChapterMaterial]) -> list[ChapterMaterial]:
    """The default order, then the storyteller's positions: a chapter they placed sits at its
    number; one they never moved (or reset) keeps its default place among them."""
    by_default = sorted(chapters, key=_default_key)
    for number, chapter in enumerate(by_default, start=1):
        chapter.default_position = number

    def key(chapter: ChapterMaterial) -> tuple[int, int, int]:
        placed = chapter.edit.position if chapter.edit is not None else None
        if placed is not None:
            return (placed, 0, chapter.default_position)
        return (chapter.default_position, 1, chapter.default_position)

    return sorted(by_default, key=key)
