"""The study tutor on round 18's answer of two things of a third, in other wording (a hiking, a building and a
sailing quiz): "the direction and distance of the hut" is said "which way to go and how far it is", or "the
height and width of the arch" "how high and how wide"; the third thing goes without saying ("length and width"
for "the length and width of the room"). Look-alikes that stay wrong: one of the two alone, another measure in
place of one, one of them denied."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

SIGN = "What does a fingerpost on the fell tell a walker?"
ARCH = "What must the surveyor measure before the arch is rebuilt?"
ROOM = "What do you need to work out the area of a floor?"
LOG = "What does the ship's log record for each leg?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Which way to go, and how far it is, in miles usually.", "the direction and distance of the hut", SIGN),
        ("How high it stands and how wide, I'd say.", "the height and width of the arch", ARCH),
        ("Length and width, then you times them.", "the length and width of the room", ROOM),
        ("How fast we went and which way, the heading.", "the speed and direction of the ship", LOG),
    ],
)
def test_two_things_of_a_third_said_by_their_names_or_questions_are_right(
    said: str, expected: str, prompt: str
) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Which way to go.", "the direction and distance of the hut", SIGN),  # one of the two
        ("How far it is, in miles.", "the direction and distance of the hut", SIGN),
        ("How high it is and how far away.", "the height and width of the arch", ARCH),  # another measure
        ("Not which way, only how far.", "the direction and distance of the hut", SIGN),  # one denied
        ("The length, then the height.", "the length and width of the room", ROOM),
    ],
)
def test_one_of_them_alone_or_another_measure_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
