"""The words of a book: each chapter written from the storyteller's approved pieces, as they said them.

No model and no invention: the pieces are kept word for word (whitespace tidied, a first letter
capitalised, a closing full stop added when the words stop without one), repeated pieces are
dropped, and the only words added are short joins where the story moves to another conversation
("Another time, Margaret remembered:"), which say nothing that is not so. The storyteller's own
edits (title, text, order, exclusion) replace these defaults; the pieces stay available beside
the edited text, so the original words are always one click away.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from db.services.book import BookMaterial, ChapterMaterial, Piece

_CLOSING = (".", "!", "?", "…", '"', "'", "”", "’", ")", ":")


@dataclass(frozen=True, slots=True)
class Chapter:
    topic_id: uuid.UUID
    number: int  # 1-based place in the book, excluded chapters counted
    title: str
    default_title: str
    text: str
    composed_text: str
    edited_text: bool
    excluded: bool
    position_set: bool
    default_position: int
    period_start: date | None
    period_end: date | None
    pieces: list[Piece]


@dataclass(frozen=True, slots=True)
class Book:
    person_id: uuid.UUID
    person_name: str
    language: str
    title: str
    chapters: list[Chapter]
    unplaced: int
    private_left_out: int
    candidates: list[tuple[uuid.UUID, str, Piece]]  # (life event, its title, piece) not marked for the book

    @property
    def included(self) -> list[Chapter]:
        """The chapters an export prints: every one not excluded, in order."""
        return [c for c in self.chapters if not c.excluded]


def book_title(name: str) -> str:
    return f"{name}’s story"


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def tidy(text: str) -> str:
    """The same words with their spacing tidied: paragraphs kept, a capital first letter, a closing stop."""
    paragraphs = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return ""
    first = paragraphs[0]
    paragraphs[0] = first[0].upper() + first[1:]
    if not paragraphs[-1].endswith(_CLOSING):
        paragraphs[-1] += "."
    return "\n\n".join(paragraphs)


def join_line(name: str) -> str:
    """The one join the book adds, before words from a later conversation."""
    return f"Another time, {first_name(name)} remembered:"


def compose(pieces: list[Piece], name: str) -> str:
    """A chapter's text: the pieces in the order they were told, a join where the conversation changes."""
    paragraphs: list[str] = []
    seen: set[str] = set()
    previous_session: uuid.UUID | None = None
    for piece in pieces:
        words = tidy(piece.content)
        key = " ".join(words.casefold().split())
        if not words or key in seen:
            continue
        seen.add(key)
        if previous_session is not None and piece.session_id != previous_session:
            paragraphs.append(join_line(name))
        paragraphs.append(words)
        previous_session = piece.session_id
    return "\n\n".join(paragraphs)


def _chapter(material: ChapterMaterial, number: int, name: str) -> Chapter:
    edit = material.edit
    composed = compose(material.pieces, name)
    edited_text = edit is not None and edit.text is not None
    return Chapter(
        topic_id=material.topic_id,
        number=number,
        title=(edit.title if edit is not None and edit.title else None) or material.topic.title,
        default_title=material.topic.title,
        text=edit.text if edit is not None and edit.text is not None else composed,
        composed_text=composed,
        edited_text=edited_text,
        excluded=bool(edit is not None and edit.excluded),
        position_set=edit is not None and edit.position is not None,
        default_position=material.default_position,
        period_start=material.topic.period_start,
        period_end=material.topic.period_end,
        pieces=material.pieces,
    )


def write_book(material: BookMaterial) -> Book:
    name = material.person.display_name
    return Book(
        person_id=material.person.id,
        person_name=name,
        language=material.person.locale or "en",
        title=book_title(name),
        chapters=[_chapter(c, n, name) for n, c in enumerate(material.chapters, start=1)],
        unplaced=material.unplaced,
        private_left_out=material.private_left_out,
        candidates=[(topic.id, topic.title, piece) for topic, piece in material.candidates],
    )


def period(chapter: Chapter) -> str | None:
    """The years the life event spans, as recorded: "1952–1958", "1952", "until 1958" or None."""
    start, end = chapter.period_start, chapter.period_end
    if start is None:
        return f"until {end.year}" if end is not None else None
    if end is None:
        return str(start.year)
    return str(start.year) if end.year == start.year else f"{start.year}–{end.year}"
