"""Build what the model sees for one turn, in a fixed number of bounded queries.

Recent history is kept verbatim up to a token budget; for a model, anything older is folded
into a short running summary made from the annotations already stored (themes, people,
places), so the prompt stays bounded however long the session runs. What was asked before
the recent history (question ids, the latest prompts' words) comes from the session's
``interviewer_memory``, which every turn brings up to date: no turn re-reads every prompt,
so a turn costs the same at the thousandth interaction as at the tenth.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from agent.model import ArtifactView, InteractionView, TopicView, TurnContext
from agent.prompting import render
from agent.settings import AgentSettings
from db.models import Artifact, Interaction, Session, SessionTopic, Topic
from db.services.reports import top_values

_ARTIFACTS_IN_CONTEXT = 10
_CHARS_PER_TOKEN = 4  # a deliberately rough estimate; the budget is a soft bound
_WORDS_KEPT = 50  # prompts before the recent history kept whole (words, so none is worded twice); older: ids, a count

_RECENT_COLUMNS = (
    Interaction.id,
    Interaction.sequence,
    Interaction.agent_prompt,
    Interaction.person_response,
    Interaction.response_method,
    Interaction.prompt_category,
    Interaction.data,
    Interaction.topic_id,
    Interaction.created_at,
)


@dataclass(slots=True)
class Recent:
    """The session's newest interactions, oldest first, with the ids a turn writes to."""

    ids: list[uuid.UUID]
    views: list[InteractionView]

    @property
    def last(self) -> InteractionView | None:
        return self.views[-1] if self.views else None

    @property
    def last_id(self) -> uuid.UUID | None:
        return self.ids[-1] if self.ids else None

    def with_answer(self, answer: Interaction) -> Recent:
        """The history as it reads once the turn stored ``answer`` (on the newest row, or a new one)."""
        view = _view(answer)
        if self.ids and self.ids[-1] == answer.id:
            return Recent(self.ids, [*self.views[:-1], view])
        return Recent([*self.ids, answer.id], [*self.views, view])


async def read_recent(db: AsyncSession, session_id: uuid.UUID, limit: int) -> Recent:
    """The newest ``limit`` interactions, only the columns a turn reads."""
    rows = (
        await db.execute(
            select(*_RECENT_COLUMNS)
            .where(Interaction.session_id == session_id)
            .order_by(Interaction.sequence.desc())
            .limit(limit)
        )
    ).all()
    rows.reverse()
    return Recent(
        [r.id for r in rows],
        [
            InteractionView(
                r.sequence,
                r.agent_prompt,
                r.person_response,
                r.response_method,
                r.prompt_category,
                r.data,
                r.topic_id,
                r.created_at,
            )
            for r in rows
        ],
    )


@dataclass(slots=True)
class Memory:
    """What the interviewer asked before the recent history, bounded: ``[sequence, question id,
    words]`` for the newest ``_WORDS_KEPT`` prompts older than it (words only for those), and
    for the ones before, just how many (``older``) and their distinct question ids
    (``older_ids``): what the guided interviewer counts and never asks twice. Complete up to
    ``through``. A turn decodes, walks and re-encodes only the window, not the whole session."""

    through: int = 0
    first_at: str | None = None
    prompts: list[list[Any]] | None = None
    structured: bool = False  # the model went to structured mode (agent.loop reads it back)
    older: int = 0
    older_ids: list[str] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Memory | None:
        if not data:
            return None
        return cls(
            data.get("through", 0),
            data.get("first_at"),
            data.get("prompts") or [],
            data.get("structured", False),
            data.get("older", 0),
            data.get("older_ids") or [],
        )

    def views_before(self, sequence: int) -> list[InteractionView]:
        """Stand-ins for the windowed prompts older than ``sequence``: the id and words the interviewer checks."""
        first = datetime.fromisoformat(self.first_at) if self.first_at else None
        data_extra = {"tool_mode": "structured"} if self.structured else {}
        return [
            InteractionView(seq, words, None, None, None, {"question_id": qid, **data_extra}, None, first)  # type: ignore[arg-type]
            for seq, qid, words in self.prompts or []
            if seq < sequence
        ]

    def after_turn(self, recent: Recent, prompt: InteractionView) -> dict[str, Any]:
        """The memory once ``prompt`` is stored: the recent prompts and the new one added, and
        what falls out of the window folded into the count and the ids."""
        oldest = recent.views[0].sequence if recent.views else prompt.sequence
        seen = [v for v in (*recent.views, prompt) if v.agent_prompt is not None]
        entries = _entries([e for e in self.prompts or [] if e[0] < oldest], seen)
        first = self.first_at or (seen[0].created_at.isoformat() if seen else None)
        older, older_ids, entries = _fold(self.older, self.older_ids or [], entries, oldest)
        return {
            "through": prompt.sequence,
            "first_at": first,
            "prompts": entries,
            "structured": self.structured or _structured(seen),
            "older": older,
            "older_ids": older_ids,
        }


def _entries(kept: list[list[Any]], views: list[InteractionView]) -> list[list[Any]]:
    entries = kept + [[v.sequence, (v.data or {}).get("question_id"), v.agent_prompt] for v in views]
    for entry in entries[:-_WORDS_KEPT]:
        entry[2] = None
    return entries


def _fold(
    older: int, older_ids: list[str], entries: list[list[Any]], oldest: int
) -> tuple[int, list[str], list[list[Any]]]:
    """Keep the entries from ``oldest`` on (the recent history, read again next turn) and the
    ``_WORDS_KEPT`` newest before it; fold the rest into a count and a set of ids. Only
    entries older than the recent history are folded: the history only moves forward, so
    nothing folded is ever read again as a recent prompt."""
    before = [e for e in entries if e[0] < oldest]
    if len(before) <= _WORDS_KEPT:
        return older, older_ids, entries
    dropped = before[: len(before) - _WORDS_KEPT]
    known = set(older_ids)
    fresh = [q for q in dict.fromkeys(e[1] for e in dropped) if isinstance(q, str) and q not in known]
    return older + len(dropped), older_ids + fresh, entries[len(dropped) :]


def _structured(views: list[InteractionView]) -> bool:
    return any((v.data or {}).get("tool_mode") == "structured" for v in views)


async def recall(db: AsyncSession, session_id: uuid.UUID, stored: dict[str, Any] | None, recent: Recent) -> Memory:
    """The session's memory, rebuilt from its prompts when it does not reach the recent history
    (a session from before the memory, or prompts written outside turns): once, then kept."""
    memory = Memory.from_json(stored)
    oldest = recent.views[0].sequence if recent.views else 1
    if memory is not None and memory.through >= oldest - 1:
        return memory
    if oldest <= 1:
        return Memory()
    rows = (
        await db.execute(
            select(Interaction.sequence, Interaction.agent_prompt, Interaction.data, Interaction.created_at)
            .where(
                Interaction.session_id == session_id,
                Interaction.agent_prompt.is_not(None),
                Interaction.sequence < oldest,
            )
            .order_by(Interaction.sequence)
        )
    ).all()
    views = [InteractionView(r.sequence, r.agent_prompt, None, None, None, r.data, None, r.created_at) for r in rows]
    first = views[0].created_at.isoformat() if views else None
    older, older_ids, entries = _fold(0, [], _entries([], views), oldest)
    return Memory(oldest - 1, first, entries, _structured(views), older, older_ids)


async def load_context(
    db: AsyncSession,
    session: Session,
    person_name: str,
    recent: Recent,
    memory: Memory,
    settings: AgentSettings,
    now: datetime,
    *,
    opening: bool = False,
    summarise: bool = True,
) -> TurnContext:
    """The turn's context from what the turn already holds, plus two small bounded reads.

    ``summarise``: fold the history older than the budget into a running summary; only a
    model reads it (three aggregate queries), the guided interviewer does not.
    """
    topics = [
        TopicView(r.id, r.title, r.kind, r.period_start, r.period_end, r.coverage_level, r.is_primary_focus)
        for r in await db.execute(
            select(
                Topic.id,
                Topic.title,
                Topic.kind,
                Topic.period_start,
                Topic.period_end,
                SessionTopic.coverage_level,
                SessionTopic.is_primary_focus,
            )
            .join(SessionTopic, SessionTopic.topic_id == Topic.id)
            .where(SessionTopic.session_id == session.id)
            .order_by(SessionTopic.is_primary_focus.desc(), Topic.period_start, Topic.title)
        )
    ]
    artifacts = [
        ArtifactView(r.artifact_type, r.title, r.content, r.is_approved)
        for r in await db.execute(
            select(Artifact.artifact_type, Artifact.title, Artifact.content, Artifact.is_approved)
            .where(Artifact.session_id == session.id)
            .order_by(Artifact.created_at.desc())
            .limit(_ARTIFACTS_IN_CONTEXT)
        )
    ]
    newest_first = list(reversed(recent.views))
    history = _within_budget(newest_first, settings.history_token_budget)
    oldest = recent.views[0].sequence if recent.views else 1
    asked = memory.views_before(oldest) + [v for v in recent.views if v.agent_prompt is not None]
    summary = None
    if summarise and history and history[0].sequence > 1:
        summary = await _running_summary(db, session.id, history[0].sequence - 1)
    return TurnContext(
        session_id=session.id,
        person_id=session.person_id,
        kind=session.kind,
        name=session.name,
        status=session.status,
        person_name=person_name,
        intention=session.intention,
        success_indicators=session.success_indicators,
        completion_indicators=session.completion_indicators,
        constraints=session.constraints,
        procedure_notes=session.procedure_notes,
        data=session.data or {},
        topics=topics,
        history=history,
        asked=asked,
        artifacts=list(reversed(artifacts)),
        running_summary=summary,
        now=now,
        opening=opening,
        scheduled_minutes=session.scheduled_duration_minutes,
        started_at=session.started_at,
        asked_before=memory.older,
        ids_before=frozenset(memory.older_ids or ()),
    )


def build_messages(ctx: TurnContext, mode: str = "native", task: str | None = None) -> list[dict[str, Any]]:
    """The OpenAI-format conversation, the fixed part first so a server's prompt cache holds.

    ``native``: the system prompt (fixed, then the session's state), the history as turns.
    ``structured``: the fixed system prompt, the history, then one closing system message with
    the state and the task (``"record"`` or ``"ask"``): only that message changes between the
    two calls of a turn, and only the newest turns are new from one turn to the next.
    """
    values = {
        "person_name": ctx.person_name,
        "kind": ctx.kind,
        "name": ctx.name,
        "intention": ctx.intention,
        "success_indicators": ctx.success_indicators,
        "completion_indicators": ctx.completion_indicators,
        "constraints": ctx.constraints,
        "procedure_notes": ctx.procedure_notes,
        "topics": ctx.topics,
        "data": ctx.data,
        "artifacts": ctx.artifacts,
        "running_summary": ctx.running_summary,
        "mode": mode,
    }
    system = render(f"system/{ctx.kind}.j2", **values)
    state = render("system/state.j2", **values)
    if mode != "structured" and state:
        system = f"{system}\n\n{state}"
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for item in ctx.history:
        if item.agent_prompt:
            messages.append({"role": "assistant", "content": item.agent_prompt})
        if item.response_method == "skip":
            messages.append({"role": "user", "content": "(I'd rather skip this question.)"})
        elif item.person_response is not None:
            messages.append({"role": "user", "content": item.person_response})
    if mode == "structured":
        latest = ctx.history[-1].person_response if ctx.history else None
        closing = render(
            f"system/{task or 'ask'}_task.j2",
            state=state,
            opening=ctx.opening,
            latest_answer=_quote(latest) if latest else None,
            **values,
        )
        messages.append({"role": "system", "content": closing})
    elif ctx.opening:
        messages.append({"role": "user", "content": render("system/opening_cue.j2", person_name=ctx.person_name)})
    return messages


def _quote(answer: str, limit: int = 600) -> str:
    """The latest answer, bounded, for the closing message (small models lose it in the history)."""
    text = " ".join(answer.split()).replace('"', "'")
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


def _view(i: Interaction) -> InteractionView:
    return InteractionView(
        i.sequence,
        i.agent_prompt,
        i.person_response,
        i.response_method,
        i.prompt_category,
        i.data,
        i.topic_id,
        i.created_at,
    )


def _within_budget(newest_first: list[InteractionView], token_budget: int) -> list[InteractionView]:
    kept: list[InteractionView] = []
    chars = 0
    for item in newest_first:
        chars += len(item.agent_prompt or "") + len(item.person_response or "")
        if kept and chars > token_budget * _CHARS_PER_TOKEN:
            break
        kept.append(item)
    return list(reversed(kept))


async def _running_summary(db: AsyncSession, session_id: uuid.UUID, up_to: int) -> str:
    digest = {
        name: [v["value"] for v in await top_values(db, session_id, column, up_to_sequence=up_to, limit=8)]
        for name, column in (
            ("themes", Interaction.key_themes),
            ("people", Interaction.mentions_people),
            ("places", Interaction.mentions_places),
        )
    }
    return render("summary/running.j2", exchanges=up_to, **digest)
