"""The Book page: a person's chapters to reorder, retitle, rewrite or leave out, and the exports.

Plain forms (no script needed): each button posts one change and comes back to the chapter.
An empty title or text means "back to the default" (the life event's name, the original words).
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from agent.book import period, write_book
from agent.book_polish import PolishUnavailable, needs_model, polish_chapter
from agent.interviewer import Interviewer
from agent.model import ProviderError
from api.deps import service
from api.web.login import Form
from db.errors import InvalidField, NotFound
from db.services.book import BookService
from db.services.records import RecordService

_TITLE_MAX, _TEXT_MAX = 200, 100_000


def _changes(data: dict[str, str], position: int, count: int) -> dict[str, Any]:
    """What one form's button asks for, as the service's fields (``None`` resets)."""
    action = data.get("action", "save")
    if action == "up":
        return {"position": max(1, position - 1)}
    if action == "down":
        return {"position": min(count, position + 1)}
    if action == "by-date":
        return {"position": None}
    if action == "exclude":
        return {"excluded": True}
    if action == "include":
        return {"excluded": False}
    if action == "original":
        return {"text": None}
    if action != "save":
        raise InvalidField("action", f"unknown action {action!r}")
    title = " ".join(data.get("title", "").split())
    text = data.get("text", "").replace("\r\n", "\n").strip()
    if len(title) > _TITLE_MAX:
        raise InvalidField("title", f"give a title of at most {_TITLE_MAX} characters")
    if len(text) > _TEXT_MAX:
        raise InvalidField("text", f"keep a chapter under {_TEXT_MAX:,} characters")
    if "\x00" in title or "\x00" in text:
        raise InvalidField("text", "must not contain NUL characters")
    return {"title": title or None, "text": text or None}


class BookPage(Controller):
    path = "/people/{person_id:uuid}/book"
    include_in_schema = False
    dependencies = {"books": service(BookService), "records": service(RecordService)}

    @get("/")
    async def book(
        self, person_id: FromPath[UUID], books: NamedDependency[BookService], interviewer: NamedDependency[Interviewer]
    ) -> Template:
        return await _page(books, interviewer, person_id)

    @post("/chapters/{topic_id:uuid}")
    async def edit_chapter(
        self,
        person_id: FromPath[UUID],
        topic_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        books: NamedDependency[BookService],
        interviewer: NamedDependency[Interviewer],
    ) -> Response[Any]:
        book = write_book(await books.material(person_id))
        number = next((c.number for c in book.chapters if c.topic_id == topic_id), len(book.chapters))
        try:
            changes = _changes(data, number, len(book.chapters))
        except InvalidField as exc:
            return await _page(books, interviewer, person_id, error=(topic_id, exc.detail), status=422)
        await books.update_chapter(person_id, topic_id, changes)
        return Redirect(f"/people/{person_id}/book#chapter-{topic_id}", status_code=303)

    @post("/chapters/{topic_id:uuid}/polish")
    async def polish_chapter(
        self,
        person_id: FromPath[UUID],
        topic_id: FromPath[UUID],
        books: NamedDependency[BookService],
        interviewer: NamedDependency[Interviewer],
    ) -> Response[Any]:
        """The model writes the chapter as prose (see ``agent/book_polish.py``); a refusal is shown on it."""
        try:
            await polish_chapter(books, interviewer.provider, interviewer.settings, person_id, topic_id)
        except (PolishUnavailable, ProviderError) as exc:
            message = exc.message if isinstance(exc, ProviderError) else str(exc)
            return await _page(books, interviewer, person_id, error=(topic_id, message), status=502)
        return Redirect(f"/people/{person_id}/book#chapter-{topic_id}", status_code=303)

    @post("/pieces/{artifact_id:uuid}")
    async def mark_piece(
        self,
        person_id: FromPath[UUID],
        artifact_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        records: NamedDependency[RecordService],
    ) -> Redirect:
        """Put an approved piece in the book (``included_in_synthesis``), or take it out again."""
        artifact, session = await records.get_artifact(artifact_id)
        if session.person_id != person_id:
            raise NotFound("artifact", artifact_id)
        include = data.get("action") != "take-out"
        await records.update_artifact(artifact_id, {"included_in_synthesis": include})
        anchor = f"#chapter-{artifact.topic_id}" if include and artifact.topic_id else "#candidates"
        return Redirect(f"/people/{person_id}/book{anchor}", status_code=303)


async def _page(
    books: BookService,
    interviewer: Interviewer,
    person_id: UUID,
    *,
    error: tuple[UUID, str] | None = None,
    status: int = 200,
) -> Template:
    book = write_book(await books.material(person_id))
    chapters = [{"c": c, "period": period(c), "error": error[1] if error and error[0] == c.topic_id else None}
                for c in book.chapters]  # fmt: skip
    return Template(
        "book.html",
        context={
            "book": book,
            "chapters": chapters,
            "person_id": person_id,
            "count": len(book.chapters),
            "can_polish": not needs_model(interviewer.provider),
        },
        status_code=status,
    )
