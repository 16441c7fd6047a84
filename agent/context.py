"""Build what the model sees for one turn, in a fixed number of queries.

Recent history is kept verbatim up to a token budget; anything older is folded into a
short running summary made from the annotations already stored (themes, people,
places), so the prompt stays bounded however long the session runs.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from agent.model import ArtifactView, InteractionView, TopicView, TurnContext
from agent.prompting import render
from agent.settings import AgentSettings
from db.errors import NotFound
from db.models import Artifact, Interaction, Person, Session, SessionTopic, Topic
from db.services.reports import top_values

_ASKED_LIMIT = 500
_ARTIFACTS_IN_CONTEXT = 10
_CHARS_PER_TOKEN = 4  # a deliberately rough estimate; the budget is a soft bound


async def load_context(
    db: AsyncSession,
    account_id: uuid.UUID,
    session_id: uuid.UUID,
    settings: AgentSettings,
    now: datetime,
    *,
    opening: bool = False,
) -> TurnContext:
    row = (
        await db.execute(
            select(Session, Person.display_name)
            .join(Person, Person.id == Session.person_id)
            .where(Session.id == session_id, Session.account_id == account_id)
        )
    ).first()
    if row is None:
        raise NotFound("session", session_id)
    session, person_name = row

    topics = [
        TopicView(t.id, t.title, t.kind, t.period_start, t.period_end, link.coverage_level, link.is_primary_focus)
        for t, link in (
            await db.execute(
                select(Topic, SessionTopic)
                .join(SessionTopic, SessionTopic.topic_id == Topic.id)
                .where(SessionTopic.session_id == session_id)
                .order_by(SessionTopic.is_primary_focus.desc(), Topic.period_start, Topic.title)
            )
        ).all()
    ]
    recent = list(
        await db.scalars(
            select(Interaction)
            .where(Interaction.session_id == session_id)
            .order_by(Interaction.sequence.desc())
            .limit(settings.max_history_interactions)
        )
    )
    history = _within_budget([_view(i) for i in recent], settings.history_token_budget)
    asked_rows = await db.execute(
        select(
            Interaction.sequence,
            Interaction.agent_prompt,
            Interaction.prompt_category,
            Interaction.data,
            Interaction.topic_id,
            Interaction.created_at,
        )
        .where(Interaction.session_id == session_id, Interaction.agent_prompt.is_not(None))
        .order_by(Interaction.sequence.desc())
        .limit(_ASKED_LIMIT)
    )
    asked = [
        InteractionView(seq, prompt, None, None, category, data, topic_id, created)
        for seq, prompt, category, data, topic_id, created in reversed(asked_rows.all())
    ]
    artifacts = [
        ArtifactView(a.artifact_type, a.title, a.content, a.is_approved)
        for a in await db.scalars(
            select(Artifact)
            .where(Artifact.session_id == session_id)
            .order_by(Artifact.created_at.desc())
            .limit(_ARTIFACTS_IN_CONTEXT)
        )
    ]
    summary = None
    if history and history[0].sequence > 1:
        summary = await _running_summary(db, session_id, history[0].sequence - 1)
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
