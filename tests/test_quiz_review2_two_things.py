"""Second review of the quiz-grading fixes (6290cd3): one of two things said unsure of ('The date, I'm not sure
about the place.') and one only asked back ('What time? The place of the meeting.') counted as said. The
reviewer's sentences and others; look-alikes: both said, a hedge of both, a question asked back and answered."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

BATTLE = "What two things about the battle does the plaque record?"
MEETING = "What two things does the notice give about the meeting?"
CARPET = "What do you measure before ordering a carpet?"
SIGN = "What does a fingerpost on the fell tell a walker?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("The date, I'm not sure about the place.", "the date and place of the battle", BATTLE),  # the reviewer's
        ("What time? The place of the meeting.", "the time and place of the meeting", MEETING),
        ("The length, but no idea of the width.", "the length and width of the room", CARPET),  # other wording
        ("The width. I can't remember the length.", "the length and width of the room", CARPET),
        ("The distance, not certain about the direction.", "the direction and distance of the village", SIGN),
        ("Which way? The distance to the village.", "the direction and distance of the village", SIGN),
    ],
)
def test_one_thing_unsure_or_asked_back_is_not_said(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("The date and the place.", "the date and place of the battle", BATTLE),
        ("I'm not sure, the time and the place?", "the time and place of the meeting", MEETING),  # a hedge of both
        ("The time and the place, not sure which matters more.", "the time and place of the meeting", MEETING),
        ("The length and the width, I'm not sure about the height.", "the length and width of the room", CARPET),
        ("Which way it is and how far.", "the direction and distance of the village", SIGN),
    ],
)
def test_both_said_stay_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True
