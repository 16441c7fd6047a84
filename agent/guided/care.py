"""A loss told in practice or study, met once with care: one reply for the coach, the tutor and the
free sessions without a routine or questions, which the model path takes whole (``agent.loop``).

A death, a grave accident or a grave illness told beside a report or an answer (:func:`grief.sorrow`)
comes before anything else, whatever the report says: an item done, not done or not reported, a
question answered or not. It is acknowledged and a pause offered (the ``<kind>/care`` bank), with no
praise and no next item or question in the same breath. Once per loss: the reply to the care, or to
the pause it led to, is met as the person chose (going on, or leaving it there), not with care again;
but a new loss told in that reply (the death of someone the cared-for answer did not name: :func:`new_loss`)
is met with care of its own.
"""

from __future__ import annotations

import re
from typing import Any

from agent.guided import grief, wishes
from agent.guided.annotate import read
from agent.guided.lexicon import KIN
from agent.guided.phrasing import pick
from agent.guided.state import Outcome, Turn
from agent.model import PromptInfo, TurnContext
from agent.tools import Args

PREFIX = "care."  # the question id of a moment of care: ``care.<sequence of the answer>``
MOMENTS = (PREFIX, "pause.")  # the prompts whose reply answers care already given


def answers_care(turn: Turn) -> bool:
    """This answer replies to a moment of care (or to the pause it led to)."""
    return (turn.last_id or "").startswith(MOMENTS)


# Someone said in an answer: a relative said as one's own or as a name ("my little brother", "Grandmother", "Mor"),
# never a kin word of another language that is an English word in lower case ("da", "pop")
_KIN_SAID = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:[\w'’-]+\s+)?(?P<kin>"
    + "|".join(sorted(map(re.escape, KIN), key=len, reverse=True))
    + r")\b|\b(?P<named>(?-i:[A-Z])[\w'’-]{2,})",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_WORD = re.compile(r"[\w'’-]+")


def _mentions(text: str, known: Any) -> list[tuple[int, str]]:
    """Where the answer names someone and who ("brother", "sione"): relatives by their role, people by name."""
    found = []
    for m in _KIN_SAID.finditer(text):
        word = (m.group("kin") or m.group("named")).lower()
        if word not in KIN:
            continue
        found.append((m.start(), KIN.get(word, word)))
    for name in read(text, known=known).people:
        if not name[:1].isupper():
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            opens = text[: m.start()].rstrip()[-1:] in ("", ".", "!", "?")
            if not (opens and text[m.end() : m.end() + 1] in (".", "!", "?")):  # (a sentence alone: "Thanks.")
                found.append((m.start(), name.lower()))
    return sorted(found)


def _aliases(answers: tuple[str, ...], known: Any) -> list[set[str]]:
    """One person said by role and by name in an answer ("my husband Manoel": husband, manoel), so a later "my
    husband" is the Manoel of the cared-for answer."""
    said = [
        [word.lower() for word in reflection.split()[1:]]
        for answer in answers
        for reflection in read(answer, known=known).reflections
    ]
    return [{KIN.get(word, word) for word in words} for words in said if len(words) > 1]


def _deaths_at(text: str) -> list[int]:
    """Where the answer says a death: in each sentence that says one, the word it is said by (the whole answer's
    end when only the whole tells it, as a flood and someone found a week later)."""
    said = []
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        if grief.death_said(part):
            words = (w.start() for w in _WORD.finditer(part) if grief.death_said(part[: w.end()]))
            said.append(sentence.start() + next(words, len(part)))
    return said or [len(text)]


def new_loss(turn: Turn) -> bool:
    """The reply to a moment of care tells a new loss: a death said of someone the cared-for answer did not name
    ("He drowned." after "My brother went through the ice", told right after care for a mother), the one named
    nearest before the word for it ("how Grandmother died" is hers, not the sister's who still cries). Never the
    same loss said again ("She died in her sleep", "my grandmother died at ninety-one")."""
    text = turn.text or ""
    if not answers_care(turn) or not turn.earlier or not grief.death_said(text):
        return False
    # the answer the care was for, and the reply to it when the pause came between
    cared = turn.earlier[-1:] if (turn.last_id or "").startswith(PREFIX) else turn.earlier[-2:]
    before = {who for answer in cared for _, who in _mentions(answer, turn.known)}
    before |= {who for same in _aliases((*turn.earlier, text), turn.known) if same & before for who in same}
    mentions = _mentions(text, turn.known)
    for at in _deaths_at(text):
        earlier = [who for where, who in mentions if where < at]
        sentence = _SENTENCE.match(text, at)  # ("He died, my brother": named after it, in its sentence)
        ends = sentence.end() if sentence else len(text)
        later = [who for where, who in mentions if at <= where < ends]
        who = earlier[-1] if earlier else later[0] if later else None
        if who is not None and who not in before:
            return True
    return False


def meet(
    ctx: TurnContext, turn: Turn, calls: list[tuple[str, Args]], *, waiting: str | None = None, **said: Any
) -> Outcome | None:
    """Care for a loss this answer tells, or None (none told, or it answers care already given and tells no new
    loss).
    ``waiting``: the routine item this answer left unreported, asked again once the person goes on;
    ``said``: what the bank says quietly (``item`` noted, or the answer ``right``; neither by default)."""
    if turn.answer is None or (answers_care(turn) and not new_loss(turn)):
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
