"""The model speaking as the person (:func:`agent.replies.tells_as_the_person`): a reply that tells the
storyteller's own story in their first person instead of asking them is not used. Real runs with the
0.5B model wrote the person's memories as its reply. The interviewer's own first person ("I'd love to
hear…", "I've kept those words of yours", "where we left off") and anything said to the person stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent.replies import problem, tells_as_the_person
from agent.tools import TOOLS

SPEAKS_AS = "speaks as the person"


@pytest.mark.parametrize(
    "reply",
    [
        # a memory
        "I remember the smell of the tannery on the walk to school. What else comes back to you?",
        "I can still hear the ferry horn on foggy mornings.",
        "I'll never forget the winter the canal froze.",
        # a life told in the past, by the first person singular or plural
        "We moved to Dundee when I was six, and the flat had no bath.",
        "I worked at the jute mill until it shut.",
        "We've lived on this street for fifty years. What changed most?",
        "I used to sell newspapers outside the station.",
        # their own people and places
        "My grandmother kept hens behind the chapel.",
        "Our kitchen had a range that never went out. What did yours look like?",
    ],
)
def test_a_reply_telling_the_persons_story_in_their_first_person_is_not_used(reply: str) -> None:
    assert tells_as_the_person(reply)
    assert problem(reply, 800, TOOLS) == SPEAKS_AS


@pytest.mark.parametrize(
    "reply",
    [
        # the interviewer's own wishes, wonder, feelings and doings
        "I'd love to hear more about the tannery. What did it smell like?",
        "I wonder what the walk to school was like in winter?",
        "I'm so sorry. Would you like to pause for a moment?",
        "I see. Thank you.",
        "I can almost picture the ferry. What did it sound like?",
        "I was moved by that. What happened next?",
        "I wanted to ask about the station. What was it like?",
        # the conversation itself
        "We talked about the mill last time. What came after it shut?",
        "Welcome back. Let's carry on where we left off.",
        "That's a lovely place to pause: our time is nearly up.",
        "We've shared so many memories today. Shall we stop here?",
        "My condolences. Shall we take a break?",
        "Oh my, what a winter that must have been! What happened next?",
        # said to the person, or quoting them
        "I remember you said your father worked at the mill. What did he do there?",
        'You said, "my grandmother kept hens." What were their names?',
        "What did your grandmother keep behind the chapel?",
    ],
)
def test_the_interviewers_own_first_person_is_not_the_persons(reply: str) -> None:
    assert not tells_as_the_person(reply)
    assert problem(reply, 800, TOOLS) is None


def _bank_lines() -> list[str]:
    """Every line of the guided interviewer's banks, their placeholders filled with a name."""
    lines = []
    for path in sorted((Path(__file__).parent.parent / "prompts" / "guided").rglob("*.j2")):
        text = re.sub(r"\{#.*?#\}|\{%.*?%\}", "", path.read_text(), flags=re.DOTALL)
        text = re.sub(r"\{\{.*?\}\}", "Tomasz", text, flags=re.DOTALL)
        lines += [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines


def test_no_line_the_guided_interviewer_says_reads_as_the_person() -> None:
    """The model copies the guided replies it reads in its history: none of them is the person speaking."""
    lines = _bank_lines()
    assert len(lines) > 100
    assert [line for line in lines if tells_as_the_person(line)] == []


def test_only_a_story_has_a_storyteller_to_speak_as() -> None:
    """A coach or tutor speaking of its own practice is another matter (not this check's)."""
    reply = "I played that étude too fast at first as well. How did the second half go?"
    assert problem(reply, 800, TOOLS) == SPEAKS_AS
    assert problem(reply, 800, TOOLS, kind="practice") is None
