"""Story sessions: walk scene → people → tension → change → meaning for each linked topic.

The primary focus comes first (the context lists it first); a session without topics is
about its own name. Question ids are ``<category>@<topic id hex>`` (``.more`` for the
one follow-up a short answer may earn), so what was asked is read back from the stored
prompts and nothing is ever asked twice.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from agent.guided.phrasing import join, pick, rotate
from agent.guided.records import annotation, indicator_marks, scene_capture
from agent.guided.state import STORY_CATEGORIES, Outcome, Turn, read_turn, sentence
from agent.model import PromptInfo, TurnContext
from agent.tools import Args, LinkTopicArgs, ProposeEndArgs

_LEVELS = ("introduction", "exploration", "deep_dive", "completion")
_LEVEL_AFTER = {
    "scene": "exploration",
    "people": "exploration",
    "tension": "deep_dive",
    "change": "deep_dive",
    "meaning": "completion",
}
_DECLINE = re.compile(
    r"\b(?:don'?t|do not|can'?t|cannot)\s+(?:really\s+)?(?:remember|recall|know)\b|\bnot sure\b|\brather not\b"
    r"|\bnext question\b|\bnothing (?:more|else)\b|\bthat'?s all\b|^\W*(?:pass|skip|no|nope|nothing|none)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Subject:
    key: str  # question-id suffix: "@<topic id hex>" for a topic, "" for the session itself
    title: str
    topic_id: uuid.UUID | None
    year: int | None
    coverage: str
    primary: bool


def subjects(ctx: TurnContext) -> list[Subject]:
    if not ctx.topics:
        return [Subject("", ctx.name or sentence(ctx.intention) or "your story", None, None, "introduction", True)]
    return [
        Subject(f"@{t.id.hex}", t.title, t.id, _year(t.period_start), t.coverage_level, t.is_primary_focus)
        for t in ctx.topics
    ]


def respond(ctx: TurnContext) -> Outcome:
    turn = read_turn(ctx)
    subs = subjects(ctx)
    category, answered = _answered(turn, subs)
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    saved = turn.reading is not None and turn.reading.rich
    if saved:
        title, topic_id = (answered.title, answered.topic_id) if answered else (ctx.name, None)
        calls.append(
            ("save_artifact", scene_capture(turn, category=category or "story", topic_title=title, topic_id=topic_id))
        )
    if turn.reading and answered and (coverage := _coverage(answered, category)) is not None:
        calls.append(("link_topic", coverage))
    calls.extend(("mark_indicator", mark) for mark in indicator_marks(ctx, turn, scene_saved=saved))
    outcome = _next(ctx, turn, subs, answered, saved and not ctx.artifacts)
    outcome.calls[:0] = calls
    return outcome


def _next(ctx: TurnContext, turn: Turn, subs: list[Subject], answered: Subject | None, first_save: bool) -> Outcome:
    reading = turn.reading
    person = reading.reflections[0] if reading and reading.reflections else None
    place = reading.places[0] if reading and reading.places else None
    declined = turn.skipped or bool(turn.text and _DECLINE.search(turn.text))
    if (
        reading is not None
        and reading.short
        and not declined
        and turn.last_category in STORY_CATEGORIES
        and turn.last_id
        and f"{turn.last_id}.more" not in turn.asked_ids
    ):
        qid = f"{turn.last_id}.more"
        text = pick(
            ctx.session_id,
            qid,
            "story/followup",
            said=turn.said,
            category=turn.last_category,
            topic=answered.title if answered else ctx.name,
            person=person,
            place=place,
        )
        return Outcome(text, PromptInfo("followup", qid, answered.topic_id if answered else None))

    if turn.first or ctx.opening:
        greeting = pick(
            ctx.session_id,
            "opening",
            "story/opening",
            person_name=ctx.person_name,
            intention=sentence(ctx.intention),
            returning=not turn.first,
        )
    else:
        greeting = None
    pending = [(s, c) for s in subs for c in STORY_CATEGORIES if f"{c}{s.key}" not in turn.asked_ids]
    ack = None
    if turn.answer is not None and not (turn.first and turn.skipped):  # nothing was asked to skip
        if declined:
            ack = rotate(ctx.session_id, turn.count, "story/skip")
        else:
            # The people question names the person itself; the acknowledgement need not as well.
            named = None if pending and pending[0][1] == "people" else person
            ack = rotate(
                ctx.session_id,
                turn.count,
                "story/acknowledge",
                person=named,
                place=place,
                sentiment=reading.sentiment if reading else "neutral",
            )
            if first_save:
                ack = join(ack, pick(ctx.session_id, "saved", "story/saved"))

    if pending:
        subject, category = pending[0]
        qid = f"{category}{subject.key}"
        bridge = None
        if answered is not None and subject != answered and not greeting:
            bridge = pick(
                ctx.session_id, f"to{subject.key}", "story/transition", topic=subject.title, previous=answered.title
            )
        question = pick(
            ctx.session_id,
            qid,
            f"story/{category}",
            said=turn.said,
            topic=subject.title,
            year=subject.year,
            person=person,
            place=place,
        )
        return Outcome(join(greeting, ack, bridge, question), PromptInfo(category, qid, subject.topic_id))

    titles = _titles([s.title for s in subs])
    if "closing" not in turn.asked_ids:
        text = join(
            greeting, ack, pick(ctx.session_id, "closing", "story/closing", person_name=ctx.person_name, topics=titles)
        )
        reason = f"Every prompt category (scene, people, tension, change, meaning) is covered for {titles}."
        return Outcome(text, PromptInfo("closing", "closing"), [("propose_end", ProposeEndArgs(reason=reason))])
    extra = 1 + sum(1 for q in turn.asked_ids if q.startswith("extra."))
    text = join(greeting, ack, rotate(ctx.session_id, turn.count, "story/after_close"))
    return Outcome(text, PromptInfo("closing", f"extra.{extra}"))


def _coverage(subject: Subject, category: str | None) -> LinkTopicArgs | None:
    """Raise the topic's coverage level as its categories get answered (never lower it)."""
    level = _LEVEL_AFTER.get(category or "")
    current = subject.coverage if subject.coverage in _LEVELS else "introduction"
    if subject.topic_id is None or level is None or _LEVELS.index(level) <= _LEVELS.index(current):
        return None
    return LinkTopicArgs(topic_id=subject.topic_id, is_primary_focus=subject.primary, coverage_level=level)  # type: ignore[arg-type]


def _answered(turn: Turn, subs: list[Subject]) -> tuple[str | None, Subject | None]:
    """The story category and subject of the question being answered ("scene@ab12cd34.more" → scene)."""
    qid = turn.last_id or ""
    head = qid.split(".")[0]
    category, _, key = head.partition("@")
    key = f"@{key}" if key else ""
    subject = next((s for s in subs if s.key == key), None)
    if subject is None and turn.last is not None and turn.last.topic_id is not None:
        subject = next((s for s in subs if s.topic_id == turn.last.topic_id), None)
    return (category if category in STORY_CATEGORIES else None), subject


def _titles(titles: list[str]) -> str:
    quoted = [f"“{t}”" for t in titles]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _year(value: Any) -> int | None:
    if value is None:
        return None
    if hasattr(value, "year"):
        return int(value.year)
    match = re.match(r"\d{4}", str(value))
    return int(match.group()) if match else None
