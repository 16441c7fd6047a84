"""The person's own answers, bounded, for a model writing the completion summary.

A summary written only from counts and a template reads like the template; the
person's words (each cut short, the newest kept when the session is long) let the
model say what was actually told.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Interaction

_PER_ANSWER_CHARS = 300
_TOTAL_CHARS = 3_000  # about 750 tokens: room left for the instructions on an 8k-context local model
_MAX_ANSWERS = 60


async def person_answers(db: AsyncSession, session_id: uuid.UUID) -> list[str]:
    """The session's answers in order (skips left out), each and all of them bounded."""
    rows = await db.scalars(
        select(Interaction.person_response)
        .where(Interaction.session_id == session_id, Interaction.person_response.is_not(None))
        .order_by(Interaction.sequence.desc())
        .limit(_MAX_ANSWERS)
    )
    kept: list[str] = []
    total = 0
    for text in rows:
        answer = " ".join(text.split())
        if len(answer) > _PER_ANSWER_CHARS:
            answer = answer[: answer.rfind(" ", 0, _PER_ANSWER_CHARS)] + " …"
        if not answer:
            continue
        total += len(answer)
        if kept and total > _TOTAL_CHARS:
            break
        kept.append(answer)
    return list(reversed(kept))
