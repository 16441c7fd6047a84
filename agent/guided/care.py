"""A loss told in practice or study, met once with care: one reply for the coach, the tutor and the
free sessions without a routine or questions, which the model path takes whole (``agent.loop``).

A death, a grave accident or a grave illness told beside a report or an answer (:func:`grief.sorrow`)
comes before anything else, whatever the report says: an item done, not done or not reported, a
question answered or not. It is acknowledged and a pause offered (the ``<kind>/care`` bank), with no
praise and no next item or question in the same breath. Once per loss: the reply to the care, or to
the pause it led to, is met as the person chose (going on, or leaving it there), not with care again.
"""

from __future__ import annotations

from typing import Any

from agent.guided import grief, wishes
from agent.guided.phrasing import pick
from agent.guided.state import Outcome, Turn
from agent.model import PromptInfo, TurnContext
from agent.tools import Args

PREFIX = "care."  # the question id of a moment of care: ``care.<sequence of the answer>``
MOMENTS = (PREFIX, "pause.")  # the prompts whose reply answers care already given


def answers_care(turn: Turn) -> bool:
    """This answer replies to a moment of care (or to the pause it led to)."""
    return (turn.last_id or "").startswith(MOMENTS)


def meet(
    ctx: TurnContext, turn: Turn, calls: list[tuple[str, Args]], *, waiting: str | None = None, **said: Any
) -> Outcome | None:
    """Care for a loss this answer tells, or None (none told, or it answers care already given).
    ``waiting``: the routine item this answer left unreported, asked again once the person goes on;
    ``said``: what the bank says quietly (``item`` noted, or the answer ``right``; neither by default)."""
    if turn.answer is None or answers_care(turn):
        return None
    kind = grief.sorrow(turn.text or "")
    if kind is None:
        return None
    qid = f"{PREFIX}{turn.answer.sequence}"
    text = pick(ctx.session_id, qid, f"{ctx.kind}/care", kind=kind, **{"item": None, "right": False, **said})
    return Outcome(text, PromptInfo("followup", qid, item_id=waiting), calls)


def given(outcome: Outcome) -> bool:
    """The planned reply is a moment of care."""
    return (outcome.info.question_id or "").startswith(PREFIX)


def resume(ctx: TurnContext, turn: Turn) -> str | None:
    """The words that go on after care, as the person chose ("Thank you. Let's go on gently.", or
    "Of course. We'll leave that there."); None when this answer does not reply to care."""
    text = turn.text or ""
    if not answers_care(turn) or not text:
        return None
    why = "leave" if wishes.declined(text) and not wishes.goes_on(text) else "on"
    return pick(ctx.session_id, f"resume.{why}.{turn.count}", "story/resume", why=why)
