"""Practice or study without a structure: a short walk of open questions, asked in order.

The bank's lines (``<kind>/open.j2``) are the questions; the first answer names what the
person is working on, and later questions reflect it back. As with a routine or questions, an
answer telling of a death, an illness, abuse or money is kept private, a loss is met with care
first (:mod:`agent.guided.care`), and after the care a wish to stop for today is the closing.
"""

from __future__ import annotations

import re

from agent.guided import care, grief, wishes
from agent.guided.naming import address_name
from agent.guided.phrasing import join, pick, rotate, variants
from agent.guided.records import annotation
from agent.guided.state import Outcome, Turn, question_id
from agent.model import PromptInfo, TurnContext
from agent.tools import Args, KeepPrivateArgs, ProposeEndArgs

_LEAD = re.compile(
    r"^(?:(?:i'?m|i am|we'?re|we are|i|we|today|just|mostly|some|my|our|the|on|about|"
    r"practi[sc]ing|studying|learning|working|doing|revising|playing|reading)\b[\s,]*)+",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s+(?:for|because|since|so|and then|but|with)\b.*$|[.!?,;:]+.*$", re.IGNORECASE)


def respond(ctx: TurnContext, turn: Turn, category: str) -> Outcome:
    """The next open question (``category`` names it: exercise or question), then a closing."""
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    if turn.answer is not None and (private := grief.sensitive(turn.text)):
        calls.append(("keep_private", KeepPrivateArgs(topic=private)))  # type: ignore[arg-type]
    if (met := care.meet(ctx, turn, calls)) is not None:
        return met
    lead = care.resume(ctx, turn)
    stop = lead is not None and wishes.tired(turn.text) and not wishes.not_done(turn.text)
    subject = _subject(ctx, turn)
    name = address_name(ctx.person_name, ctx.person_called)
    lines = variants(f"{ctx.kind}/open", person_name=name, subject=subject)
    asked = sum(1 for q in turn.asked_ids if re.fullmatch(r"open\.\d+", q))
    if asked < len(lines) and not stop:
        qid = f"open.{asked + 1}"
        text = lines[asked]
        if ctx.opening and not turn.first:
            text = join(f"Welcome back, {name}.", text)
        return Outcome(join(lead, text), PromptInfo(category, qid), calls)
    if "closing" not in turn.asked_ids:
        reason = "All the open questions for this session are answered."
        reason = f"{name} would like to stop for today." if stop else reason
        calls.append(("propose_end", ProposeEndArgs(reason=reason)))
        text = pick(ctx.session_id, "closing", f"{ctx.kind}/open_closing", person_name=name)
        return Outcome(join(lead, text), PromptInfo("closing", "closing"), calls)
    extra = 1 + sum(1 for q in turn.asked_ids if q.startswith("extra."))
    text = rotate(ctx.session_id, turn.count, f"{ctx.kind}/after_close")
    return Outcome(join(lead, text), PromptInfo("closing", f"extra.{extra}"), calls)


def _subject(ctx: TurnContext, turn: Turn) -> str | None:
    """What the person said they work on, from their answer to the first open question."""
    for view in reversed(ctx.history):
        if question_id(view) == "open.1" and view.person_response:
            return subject_phrase(view.person_response)
    return None


def subject_phrase(text: str) -> str | None:
    """ "I'm studying fractions for my test." → "fractions"."""
    phrase = _TAIL.sub("", _LEAD.sub("", text.strip()))
    words = phrase.split()[:6]
    return " ".join(words) or None
