"""Follow-up sessions: the fields a session continuing another one starts with.

Every way of making a follow-up (completing with ``create_followup``, the ``schedule_followup``
tool, the draft API and the "Plan the next session" form, a session created with
``previous_session_id``, from a process node or not) goes through ``plan_followup``: the same
kind, template, indicators and life events as the session before, and for a story the open
threads (``agent.guided.threads``) as its intention. ``data["continuation"]`` carries the
threads, the question ids asked before and the newest earlier questions' words (for a model,
which has no ids), so the interviewer reads them from the session it already loads, with no
query per turn.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from agent.guided.threads import Exchange, Thread, asked_before, asked_words, intention, open_threads
from db.services.common import Clock
from db.services.continuation import ContinuationService, History

KEY = "continuation"
_SUFFIX = re.compile(r"\s*\((?:follow-up|continued)(?:\s+\d+)?\)\s*$", re.IGNORECASE)


@dataclass
class FollowupPlan:
    previous_id: uuid.UUID
    person_id: uuid.UUID
    kind: str
    template_id: uuid.UUID | None
    topic_ids: list[uuid.UUID]
    fields: dict[str, Any]  # the session fields, as ``SessionService.create`` takes them
    threads: list[Thread] = field(default_factory=list)
    topics: list[Any] = field(default_factory=list)  # the life events (``Topic`` rows), primary first
    suggestion: str | None = None  # the earlier session's next-session suggestion

    @property
    def asked_before(self) -> list[str]:
        return list(self.fields["data"][KEY]["asked_before"])

    def apply(
        self, fields: dict[str, Any], topic_ids: list[uuid.UUID] | None = None, stage: dict[str, Any] | None = None
    ) -> tuple[dict[str, Any], list[uuid.UUID]]:
        """The plan under what the caller chose: given fields win, ``data`` merges, topics default
        to the earlier session's. A process node's ``stage`` keeps its own name and aim, and the
        open threads are added to its objective."""
        chosen = {k: v for k, v in fields.items() if v is not None and v != "" and v != []}
        planned = dict(self.fields)
        if stage is not None:
            for key in ("name", "constraints", "procedure_notes"):
                planned.pop(key, None)
            aim = (stage.get("intention") or "").strip()
            planned["intention"] = f"{aim} {planned['intention'] or ''}".strip() if aim else planned["intention"]
        merged = {**planned, **chosen}
        merged["data"] = {**(chosen.get("data") or {}), KEY: self.fields["data"][KEY]}
        merged["previous_session_id"] = self.previous_id
        return merged, list(topic_ids) if topic_ids else list(self.topic_ids)


Planned = tuple[dict[str, Any], list[uuid.UUID], uuid.UUID | None]


def planner(
    db: AsyncSession, account_id: uuid.UUID, clock: Clock
) -> Callable[[uuid.UUID, dict[str, Any], list[uuid.UUID] | None, dict[str, Any] | None], Awaitable[Planned]]:
    """The ``FollowupPlanner`` the session services call (``db.services.lifecycle``), on ``db``'s
    transaction: a follow-up completed in the same commit sees the session as it is being closed."""

    async def plan(
        previous_id: uuid.UUID, fields: dict[str, Any], topic_ids: list[uuid.UUID] | None, stage: dict[str, Any] | None
    ) -> Planned:
        found = await plan_followup(db, account_id, clock, previous_id, autocommit=False)
        merged, topics = found.apply(fields, topic_ids, stage)
        return merged, topics, found.template_id

    return plan


async def plan_followup(
    db: AsyncSession, account_id: uuid.UUID, clock: Clock, previous_id: uuid.UUID, *, autocommit: bool = True
) -> FollowupPlan:
    """What a follow-up of ``previous_id`` starts with (404 when the session is not this account's)."""
    history = await ContinuationService(db, account_id, clock, autocommit=autocommit).history(previous_id)
    previous = history.previous
    exchanges = [_exchange(i) for i in history.exchanges]
    unmet = [i["text"] for i in previous.success_indicators + previous.completion_indicators if not i.get("met")]
    # Reading a long history takes a while (every answer's words): not on the event loop.
    threads, asked, words = await asyncio.to_thread(
        _read, exchanges, unmet if previous.kind == "story" else None, history.person_name
    )
    return plan_from(history, threads, asked, words)


def _read(
    exchanges: list[Exchange], unmet: list[str] | None, person_name: str
) -> tuple[list[Thread], list[str], list[str]]:
    """The open threads and the earlier questions' words (a story's only: ``unmet`` is None for
    other kinds, where asking again is practice) and the ids asked before."""
    if unmet is None:
        return [], asked_before(exchanges), []
    threads = open_threads(exchanges, unmet, person_name=person_name)
    return threads, asked_before(exchanges), asked_words(exchanges)


def plan_from(
    history: History, threads: list[Thread], asked: list[str], words: list[str] | None = None
) -> FollowupPlan:
    previous = history.previous
    story = previous.kind == "story"
    titles = [t.title for _, t in history.links] or [_SUFFIX.sub("", previous.name)]
    subject = _phrase([f"“{t}”" for t in titles])
    suggestion = previous.next_session_suggestion
    fields: dict[str, Any] = {
        "kind": previous.kind,
        "name": f"{_SUFFIX.sub('', previous.name)} (follow-up)"[:200],
        "intention": intention(subject, threads, previous.intention) if story else previous.intention,
        "success_indicators": [i["text"] for i in previous.success_indicators],
        "completion_indicators": [i["text"] for i in previous.completion_indicators],
        "constraints": previous.constraints,
        "procedure_notes": suggestion or previous.procedure_notes,
        "scheduled_duration_minutes": previous.scheduled_duration_minutes,
        "data": {
            KEY: {
                "from_session_id": str(previous.id),
                "subject": _phrase(titles),
                "threads": [t.to_json() for t in threads],
                "asked_before": asked,
                "asked_words": list(words or ()),  # for a model (``prompts/system/state.j2``)
            }
        },
    }
    return FollowupPlan(
        previous_id=previous.id,
        person_id=previous.person_id,
        kind=previous.kind,
        template_id=previous.template_id,
        topic_ids=[t.id for _, t in history.links],
        fields=fields,
        threads=threads,
        topics=[t for _, t in history.links],
        suggestion=suggestion,
    )


def _exchange(row: Any) -> Exchange:
    return Exchange(
        prompt=row.agent_prompt,
        question_id=(row.data or {}).get("question_id"),
        answer=row.person_response,
        people=tuple(row.mentions_people or ()),
        places=tuple(row.mentions_places or ()),
        private=bool(getattr(row, "is_private", False)),
        answered=row.person_response is not None or row.response_method == "skip",
    )


def _phrase(titles: list[str]) -> str:
    """What the sessions are about: the life events' titles, else the session's own name."""
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
