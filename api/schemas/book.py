"""A person's book: chapters with their text and the original pieces, and the storyteller's edits."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, Input

ChapterTitle = Annotated[str, Meta(min_length=1, max_length=200, pattern=NO_NUL)]
ChapterText = Annotated[str, Meta(min_length=1, max_length=100_000, pattern=NO_NUL)]
Position = Annotated[int, Meta(ge=1, le=10_000)]


class BookPiece(Struct):
    """An approved artifact a chapter is made from: the storyteller's original words."""

    artifact_id: UUID
    artifact_type: str
    title: str | None
    content: str
    session_id: UUID
    session_name: str
    session_at: datetime


class BookCandidate(Struct):
    """An approved piece of a life event not marked for the book (``included_in_synthesis``)."""

    topic_id: UUID
    topic_title: str
    piece: BookPiece


class ChapterOut(Struct):
    topic_id: UUID
    number: int
    title: Annotated[str, Meta(description="The storyteller's title, else the life event's")]
    default_title: str
    period: Annotated[str | None, Meta(description="The years the life event spans, e.g. `1952–1958`")]
    period_start: date | None
    period_end: date | None
    text: Annotated[str, Meta(description="The storyteller's edited text, else `composed_text`")]
    composed_text: Annotated[
        str, Meta(description="The approved pieces word for word, with short joins between conversations")
    ]
    edited_text: bool
    excluded: Annotated[bool, Meta(description="Left out of the exports (kept here to bring back)")]
    position_set: Annotated[bool, Meta(description="The storyteller placed it; else it sits by date")]
    default_position: int
    pieces: list[BookPiece]


class BookOut(Struct):
    person_id: UUID
    person_name: str
    title: str
    chapters: list[ChapterOut]
    unplaced_pieces: Annotated[
        int, Meta(description="Approved pieces tied to no life event, so in no chapter (link a life event)")
    ]
    private_pieces_left_out: Annotated[int, Meta(description="Approved pieces left out: they hold a private answer")]
    candidates: Annotated[
        list[BookCandidate],
        Meta(description="Approved pieces not marked for the book: PATCH the artifact's `included_in_synthesis`"),
    ]


class ChapterUpdate(Input):
    """The storyteller's edit of one chapter; a field sent as null goes back to its default."""

    position: Position | UnsetType | None = UNSET  # 1-based place in the book; null: back to its place by date
    title: ChapterTitle | UnsetType | None = UNSET
    text: ChapterText | UnsetType | None = UNSET
    excluded: bool | UnsetType | None = UNSET
