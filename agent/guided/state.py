"""Where the conversation stands, read from the turn context: the new answer and the question it answers.

The provider keeps no memory between calls: every fact it needs (what was asked, with
which question id, and what came back) is already stored on the interactions.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, datetime

import msgspec

from agent.context import QuestionIds
from agent.guided.annotate import Known, Reading, read
from agent.guided.teller_name import without_teller
from agent.guided.threads import Thread
from agent.model import InteractionView, PromptInfo, TurnContext
from agent.tools import Args

STORY_CATEGORIES = ("scene", "people", "tension", "change", "meaning")
ANNOTATED_CATEGORIES = frozenset((*STORY_CATEGORIES, "followup", "exercise", "question"))


@dataclass(frozen=True)
class Turn:
    answer: InteractionView | None  # the person's answer this turn (None on an opening)
    last: InteractionView | None  # the agent's newest prompt, the one being answered
    asked_ids: AbstractSet[str]  # every question id asked (a QuestionIds: a set, looked up in place)
    count: int  # prompts asked so far: turns acknowledgements rotate by
    said: str  # every prompt so far, so no question is worded the same twice
    reading: Reading | None  # heuristics over the answer's words (None for a skip)
    known: Known = field(default_factory=Known)  # people and things earlier answers named
    earlier: tuple[str, ...] = ()  # the earlier answers still in the context, oldest first
    threads: tuple[Thread, ...] = ()  # a follow-up's open threads from the sessions before it
    continued: bool = False  # this session continues an earlier one

    @property
    def text(self) -> str | None:
        return self.answer.person_response if self.answer else None

    @property
    def skipped(self) -> bool:
        return self.answer is not None and self.answer.person_response is None

    @property
    def last_id(self) -> str | None:
        return question_id(self.last)

    @property
    def last_category(self) -> str | None:
        return self.last.prompt_category if self.last else None

    @property
    def last_text(self) -> str | None:
        return self.last.agent_prompt if self.last else None

    @property
    def first(self) -> bool:
        """Nothing has been asked yet: the reply must greet."""
        return self.last is None


@dataclass
class Outcome:
    """What the guided interviewer does this turn: tool calls first, then the next prompt."""

    text: str
    info: PromptInfo
    calls: list[tuple[str, Args]] = field(default_factory=list)


def read_turn(ctx: TurnContext) -> Turn:
    newest = ctx.history[-1] if ctx.history else None
    answered = newest is not None and (newest.person_response is not None or newest.response_method == "skip")
    answer = newest if answered and not ctx.opening else None
    text = answer.person_response if answer else None
    earlier = tuple(v.person_response for v in ctx.history if v.person_response and v is not answer)
    known = Known.from_answers(list(earlier))
    carried = continuation(ctx.data)
    before = carried.get("asked_before")
    # The memory's ids stay as they are kept (looked up in place, not copied: see QuestionIds).
    ids_before = ctx.ids_before if isinstance(ctx.ids_before, QuestionIds) else QuestionIds.of(ctx.ids_before)
    asked_ids = ids_before.plus([*map(question_id, ctx.asked), *(before if isinstance(before, list) else ())])
    return Turn(
        answer=answer,
        last=ctx.asked[-1] if ctx.asked else None,
        asked_ids=asked_ids,
        count=ctx.asked_before + len(ctx.asked),
        said="\n".join(view.agent_prompt or "" for view in ctx.asked),
        # the teller's own name said bare is no one they mention (``teller_name``)
        reading=without_teller(read(text, known=known), ctx.person_name, ctx.person_called, text)
        if text and text.strip()
        else None,
        known=known,
        earlier=earlier,
        threads=tuple(t for t in map(Thread.from_json, carried.get("threads") or ()) if t is not None),
        continued=bool(carried),
    )


def extras_asked(asked_ids: AbstractSet[str]) -> int:
    """How many ``extra.<n>`` prompts were asked. Each is numbered one more than those before it
    (1, 2, 3…), so the count is the first number missing, found by doubling then bisecting: a
    few look-ups however long the session, not a walk over every id it has asked."""
    high = 1
    while f"extra.{high}" in asked_ids:
        high *= 2
    low = high // 2  # extra.<low> asked (or low == 0), extra.<high> not
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if f"extra.{middle}" in asked_ids else (low, middle)
    return low


def continuation(data: dict | None) -> dict:
    """What a follow-up carries from the sessions before it (``agent.continuation``): its open
    threads and the question ids asked before, so nothing answered then is asked again."""
    carried = (data or {}).get("continuation")
    return carried if isinstance(carried, dict) else {}


def question_id(view: InteractionView | None) -> str | None:
    return (view.data or {}).get("question_id") if view else None


def item_id(view: InteractionView | None) -> str | None:
    return (view.data or {}).get("item_id") if view else None


def elapsed_ms(since: datetime, now: datetime) -> int:
    """Milliseconds between two instants, naive ones read as UTC, clamped to the tool's range."""
    since = since if since.tzinfo else since.replace(tzinfo=UTC)
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    return max(0, min(86_400_000, int((now - since).total_seconds() * 1000)))


def clean(text: str, limit: int) -> str:
    """Collapse whitespace and cut to ``limit`` characters (tool arguments have maximum lengths)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def sentence(text: str | None) -> str | None:
    """A stored sentence ready to quote inside another: no trailing full stop."""
    return text.strip().rstrip(".!;: ") or None if text else None


def encode(args: Args) -> str:
    return msgspec.json.encode(args).decode()
