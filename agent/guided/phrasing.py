"""Words from the banks in ``prompts/guided/``: one phrasing per line, picked by a stable hash.

Editors add or reword lines without touching code. The pick hashes the session id and a
key (usually the question id), so a session always hears the same wording for the same
question while different sessions hear different ones; nothing is random.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from typing import Any

from agent.model import TextSink
from agent.prompting import render

_PIECE = re.compile(r"\S+\s*")


def variants(template: str, **context: Any) -> list[str]:
    """The non-empty lines a bank renders to, each one way of saying the same thing."""
    text = render(f"guided/{template}.j2", **context)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def stable_index(session_id: uuid.UUID, key: str, count: int) -> int:
    digest = hashlib.sha256(f"{session_id}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % count if count else 0


def pick(session_id: uuid.UUID, key: str, template: str, *, said: str = "", **context: Any) -> str:
    """The line of ``template`` this session uses for ``key`` (a question id), skipping lines
    already in ``said`` (everything asked so far), so a question is never repeated word for word."""
    lines = variants(template, **context)
    if not lines:
        return ""
    index = stable_index(session_id, key, len(lines))
    fresh = [lines[(index + n) % len(lines)] for n in range(len(lines))]
    return next((line for line in fresh if line not in said), lines[index])


def rotate(session_id: uuid.UUID, turn: int, template: str, **context: Any) -> str:
    """A line for something said every turn (acknowledgements): the next variant each turn,
    so the same words never come twice in a row and all of them are used before any repeats."""
    lines = variants(template, **context)
    return lines[(stable_index(session_id, template, len(lines)) + turn) % len(lines)] if lines else ""


def join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def before_question(text: str, line: str) -> str:
    """``line`` said just before the reply's last sentence (its question), so that what is
    acknowledged first stays first: "I'm so sorry. <line> Would you like to pause?"."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2:
        return f"{line} {text}".strip()
    return " ".join([*sentences[:-1], line, sentences[-1]])


def pieces(text: str) -> list[str]:
    """Word-by-word pieces (each keeps its trailing space) that join back to ``text``."""
    return _PIECE.findall(text)


async def stream(text: str, on_text: TextSink | None) -> None:
    if on_text is None:
        return
    for piece in pieces(text):
        await on_text(piece)
