"""``people/{id}/book``: the book of a life as JSON, its storyteller's edits, and its exports."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from uuid import UUID

from litestar import Controller, Request, Response, get, patch, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.exceptions import HTTPException, ServiceUnavailableException
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIType, Operation, Schema
from litestar.params import FromPath, JSONBody, QueryParameter

from agent.book import Book, Chapter, period, write_book
from agent.book_polish import PolishUnavailable, polish_chapter
from agent.interviewer import Interviewer
from agent.model import ProviderError
from api import book_export
from api.deps import service
from api.schemas.book import BookCandidate, BookOut, BookPiece, ChapterOut, ChapterUpdate
from api.schemas.common import fields_of, out
from db.errors import Conflict
from db.services.book import BookService

ExportFormat = Literal["md", "html", "epub", "pdf"]
Format = Annotated[
    Literal["json", "md", "html", "epub", "pdf"],
    QueryParameter(description="`json` (default), `md`, `html` (print CSS), `epub` or `pdf`"),
]
_EXPORT_PATHS = [f"/book.{ext}" for ext in book_export.MEDIA_TYPES]
_PROVIDER_STATUS = {"timeout": 504, "rate_limited": 503}


@dataclass
class _Exports(Operation):
    """The OpenAPI operation also lists the files the 200 response can be."""

    def __post_init__(self) -> None:
        ok = (self.responses or {}).get("200")
        content = getattr(ok, "content", None)
        if content is not None:
            for media_type in book_export.MEDIA_TYPES.values():
                content[media_type.split(";")[0]] = OpenAPIMediaType(
                    schema=Schema(type=OpenAPIType.STRING, format="binary")
                )


class BookController(Controller):
    path = "/people/{person_id:uuid}"
    tags = ["book"]
    dependencies = {"books": service(BookService)}

    @get("/book", operation_class=_Exports)
    async def get_book(
        self,
        person_id: FromPath[UUID],
        books: NamedDependency[BookService],
        request: Request[Any, Any, Any],
        format: Format = "json",
    ) -> Response[BookOut]:
        """The person's book: a chapter per life event, in order, from approved pieces marked for the
        book (never a private answer); with `format`, the same as a file to download."""
        book = write_book(await books.material(person_id))
        if format == "json":
            return Response(present(book))
        await books.release()  # no transaction held while a PDF is laid out
        return await _export(book, format, request.app.state)  # type: ignore[return-value]

    @get(_EXPORT_PATHS, operation_class=_Exports)
    async def export_book(
        self,
        person_id: FromPath[UUID],
        books: NamedDependency[BookService],
        request: Request[Any, Any, Any],
    ) -> Response[bytes]:
        """`book.md`, `book.html`, `book.epub` or `book.pdf`: the chapters not excluded, in order."""
        fmt: ExportFormat = request.url.path.rsplit(".", 1)[-1]  # type: ignore[assignment]
        book = write_book(await books.material(person_id))
        await books.release()  # no transaction held while a PDF is laid out
        return await _export(book, fmt, request.app.state)

    @patch("/book/chapters/{topic_id:uuid}")
    async def update_chapter(
        self,
        person_id: FromPath[UUID],
        topic_id: FromPath[UUID],
        data: JSONBody[ChapterUpdate],
        books: NamedDependency[BookService],
    ) -> BookOut:
        """Reorder (`position`), retitle, rewrite or exclude a chapter; a field sent as null resets it.
        Answers with the whole book: a new position renumbers the other chapters too."""
        await books.update_chapter(person_id, topic_id, fields_of(data))
        return present(write_book(await books.material(person_id)))

    @post("/book/chapters/{topic_id:uuid}/polish", status_code=200)
    async def polish_chapter(
        self,
        person_id: FromPath[UUID],
        topic_id: FromPath[UUID],
        books: NamedDependency[BookService],
        interviewer: NamedDependency[Interviewer],
    ) -> BookOut:
        """Have the configured model write the chapter as prose from its words, adding nothing (names and
        numbers it did not hear are refused); it becomes the chapter's text, and `composed_text` and the
        pieces keep the original words. 409 with the built-in guided interviewer (no model)."""
        try:
            await polish_chapter(books, interviewer.provider, interviewer.settings, person_id, topic_id)
        except PolishUnavailable as exc:
            raise Conflict(str(exc)) from None
        except ProviderError as exc:
            status = _PROVIDER_STATUS.get(exc.kind, 502)
            raise HTTPException(status_code=status, detail=f"{exc.message}. The chapter is unchanged.") from None
        return present(write_book(await books.material(person_id)))


async def _export(book: Book, fmt: ExportFormat, state: State) -> Response[Any]:
    """Build the file in a thread (zip and PDF layout block) and send it as a download.
    ``state`` is the app's own (``request.app.state``): the PDF semaphore lives there."""
    if fmt == "md":
        body: bytes = book_export.markdown(book).encode()
    elif fmt == "html":
        body = (await asyncio.to_thread(book_export.html_document, book)).encode()
    elif fmt == "epub":
        body = await asyncio.to_thread(book_export.epub, book, state.clock())
    else:
        try:
            async with _pdf_gate(state):  # one layout at a time; the others wait here, not in a thread
                body = await asyncio.to_thread(book_export.pdf, book)
        except book_export.PdfUnavailable as exc:
            raise ServiceUnavailableException(detail=str(exc)) from None
    disposition = "inline" if fmt == "html" else "attachment"
    headers = {"Content-Disposition": f'{disposition}; filename="{book_export.filename(book, fmt)}"'}
    return Response(body, media_type=book_export.MEDIA_TYPES[fmt], headers=headers)


def _pdf_gate(state: State) -> asyncio.Semaphore:
    """The app's PDF semaphore, made on first use (on the app's own event loop).

    A PDF layout takes seconds and the whole book's memory; queued requests must not each hold
    one of the default executor's few threads, which speech decoding and uploads share.
    """
    gate = state.get("book_pdf_gate")
    if gate is None:
        gate = state["book_pdf_gate"] = asyncio.Semaphore(1)
    return gate


def _chapter_out(chapter: Chapter) -> ChapterOut:
    return ChapterOut(
        topic_id=chapter.topic_id,
        number=chapter.number,
        title=chapter.title,
        default_title=chapter.default_title,
        period=period(chapter),
        period_start=chapter.period_start,
        period_end=chapter.period_end,
        text=chapter.text,
        composed_text=chapter.composed_text,
        edited_text=chapter.edited_text,
        excluded=chapter.excluded,
        position_set=chapter.position_set,
        default_position=chapter.default_position,
        pieces=[out(p, BookPiece) for p in chapter.pieces],
    )


def present(book: Book) -> BookOut:
    return BookOut(
        person_id=book.person_id,
        person_name=book.person_name,
        title=book.title,
        chapters=[_chapter_out(c) for c in book.chapters],
        unplaced_pieces=book.unplaced,
        private_pieces_left_out=book.private_left_out,
        candidates=[
            BookCandidate(topic_id=tid, topic_title=title, piece=out(piece, BookPiece))
            for tid, title, piece in book.candidates
        ],
    )
