"""The person's own answers, bounded, for whoever writes the completion summary.

A summary written only from counts and a template reads like the template; the
person's words (each cut short, the newest kept when the session is long) let the
model, and the guided narrative, say what was actually told. Answers marked private
are never read here: they stay in the transcript and out of every summary.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from agent.guided.naming import address_name
from db.models import Interaction, Person, Session

_PER_ANSWER_CHARS = 300
_TOTAL_CHARS = 3_000  # about 750 tokens: room left for the instructions on an 8k-context local model
_MAX_ANSWERS = 60


async def person_answers(db: AsyncSession, session_id: uuid.UUID) -> list[str]:
    """The session's public answers in order (skips and private ones left out), each and all bounded."""
    return [a["text"] for a in await _answers(db, session_id)]


async def told(db: AsyncSession, session_id: uuid.UUID) -> dict[str, Any]:
    """What the summary writers read besides the stats: ``answers`` (the words, for a model),
    ``told`` (each answer with the question's category and who and where it names, for the
    guided narrative) and ``person`` (how the person is called)."""
    answers = await _answers(db, session_id)
    person = (
        await db.execute(
            select(Person.display_name, Person.called)
            .join(Session, Session.person_id == Person.id)
            .where(Session.id == session_id)
        )
    ).first()
    return {
        "answers": [a["text"] for a in answers],
        "told": answers,
        "person": address_name(person.display_name, person.called) if person else None,
    }


async def _answers(db: AsyncSession, session_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = await db.execute(
        select(
            Interaction.person_response,
            Interaction.prompt_category,
            Interaction.mentions_people,
            Interaction.mentions_places,
        )
        .where(
            Interaction.session_id == session_id,
            Interaction.person_response.is_not(None),
            Interaction.is_private.is_(False),
        )
        .order_by(Interaction.sequence.desc())
        .limit(_MAX_ANSWERS)
    )
    kept: list[dict[str, Any]] = []
    total = 0
    for text, category, people, places in rows.all():
        answer = " ".join(text.split())
        if len(answer) > _PER_ANSWER_CHARS:
            answer = answer[: answer.rfind(" ", 0, _PER_ANSWER_CHARS)] + " …"
        if not answer:
            continue
        total += len(answer)
        if kept and total > _TOTAL_CHARS:
            break
        kept.append({"text": answer, "category": category, "people": people or [], "places": places or []})
    return list(reversed(kept))
