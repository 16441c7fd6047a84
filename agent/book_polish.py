"""A chapter polished into prose by the configured model, grounded in the storyteller's words.

The model sees only the chapter's pieces (approved, marked for the book, never a private answer)
and is told to add nothing. Its prose is then checked: a name (a capitalised word inside a
sentence) or a number that is in none of the pieces means it invented something, and the prose
is refused. The storyteller's original words are not replaced: they stay with the chapter
(``composed_text`` and its pieces), one click from the polished text.
"""

from __future__ import annotations

import re
import uuid

from agent.book import Chapter, tidy, write_book
from agent.model import ModelRequest, Provider, ProviderError
from agent.prompting import render
from agent.settings import AgentSettings
from db.errors import NotFound
from db.services.book import BookService

_WORD = re.compile(r"[^\W_][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:[.!?…:;][\"”’)]*\s+|\n\s*|[\"“‘(]\s*)$")  # what ends a sentence before a word
_ALWAYS_FINE = {"I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve", "I'll", "I’ll"}
_MAX_TOKENS = 2_048
_SEPARATOR = re.compile(r"\s*(?:^|\s)-{3,}(?:\s|$)\s*")  # the prompt's "---" between pieces, if echoed


class PolishUnavailable(Exception):
    """The configured interviewer is the built-in one: there is no model to write prose."""


def needs_model(provider: Provider) -> bool:
    return provider.name == "guided"


def ungrounded(prose: str, sources: list[str]) -> list[str]:
    """Names and numbers in ``prose`` that no source contains (case-insensitive), in order, once each."""
    said = " ".join(sources).casefold()
    found: list[str] = []
    for match in _WORD.finditer(prose):
        word = match.group(0).rstrip("'’-")
        is_number = any(ch.isdigit() for ch in word)
        start = match.start()
        opens = start == 0 or _SENTENCE_START.search(prose[max(0, start - 8) : start]) is not None
        is_name = word[:1].isupper() and not opens
        if not (is_number or is_name) or word in _ALWAYS_FINE or word in found:
            continue
        if word.casefold() not in said:
            found.append(word)
    return found


async def polish(provider: Provider, settings: AgentSettings, chapter: Chapter, name: str) -> str:
    """The chapter as prose; ``ProviderError`` if the model fails or adds what was never said."""
    if needs_model(provider):
        raise PolishUnavailable(
            "polishing a chapter needs a model: run `storyloom serve --provider openai` (or `--provider local`); "
            "the built-in guided interviewer keeps the storyteller's words as they are"
        )
    # The storyteller's words: their edited text, else the pieces themselves (not the book's joins).
    if chapter.edited_text:
        pieces = [p.strip() for p in chapter.text.split("\n\n") if p.strip()]
    else:
        pieces = [tidy(p.content) for p in chapter.pieces]
    prompt = render("book/polish.j2", name=name, title=chapter.title, pieces=pieces)
    words = len(chapter.text.split())
    cap = min(_MAX_TOKENS, max(settings.llm.record_max_tokens, words * 2 + 64))
    request = ModelRequest([{"role": "user", "content": prompt}], [], None, 0, max_tokens=cap, temperature=0.2)
    reply = await provider.reply(request)
    prose = tidy(_SEPARATOR.sub("\n\n", reply.text or ""))
    if not prose:
        raise ProviderError("bad_response", "the model returned no prose for the chapter")
    sources = [chapter.text, chapter.composed_text, chapter.title, name, *(p.content for p in chapter.pieces)]
    invented = ungrounded(prose, sources)
    if invented:
        raise ProviderError(
            "bad_response",
            "the model's prose names what the storyteller never said ("
            + ", ".join(invented[:8])
            + "); the chapter keeps its words",
        )
    return prose


async def polish_chapter(
    books: BookService, provider: Provider, settings: AgentSettings, person_id: uuid.UUID, topic_id: uuid.UUID
) -> None:
    """Polish one chapter of a person's book and keep the prose as its text. The database
    connection is released while the model writes (seconds to minutes on a CPU)."""
    book = write_book(await books.material(person_id))
    chapter = next((c for c in book.chapters if c.topic_id == topic_id), None)
    if chapter is None:
        raise NotFound("chapter (a life event with words in this book)", topic_id)
    await books.release()
    prose = await polish(provider, settings, chapter, book.person_name)
    await books.update_chapter(person_id, topic_id, {"text": prose})
